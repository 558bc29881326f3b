#pragma once

#include "Database.h"

#include <QWidget>
#include <memory>

namespace Ui {
class ConnectionWidget;
}

namespace zz {

// The database choice: a local SQLite file or a PostgreSQL server, the resulting connection URL
// (which can also be typed or pasted) and its 测试连接 button. Shared by the connection dialog and
// the first-run wizard's database page.
class ConnectionWidget : public QWidget
{
    Q_OBJECT

public:
    enum class MessageKind { None, Info, Success, Error };

    explicit ConnectionWidget(const QString &initialUrl = {}, QWidget *parent = nullptr);
    ~ConnectionWidget() override;

    // The chosen URL, with the password when one was typed. Empty while the input does not parse.
    QString url() const;
    bool isUrlValid() const { return m_urlValid; }

    // Opens the database once and reports the outcome under the fields; true on success.
    bool testConnection();
    // Shows a sentence under the fields (e.g. why the chosen database cannot be used); `detail`,
    // the driver's own text, sits behind the 详细信息 toggle (hidden when empty).
    void showMessage(const QString &text, MessageKind kind, const QString &detail = {});

signals:
    // The URL started or stopped parsing.
    void validityChanged(bool valid);

private:
    void backendToggled();
    void fieldsEdited();
    void urlEdited(const QString &text);
    void browse();
    void setFields(const ConnectionUrl &url);
    void setUrlValid(bool valid);
    QString testSqliteFile(const QString &path) const;
    // The URL as the URL box shows it: never with the password.
    static QString displayText(const ConnectionUrl &url);

    std::unique_ptr<Ui::ConnectionWidget> m_ui;
    ConnectionUrl m_url;
    bool m_urlValid = false;
    bool m_updating = false; // fields and URL text update each other; this stops the echo
};

} // namespace zz
