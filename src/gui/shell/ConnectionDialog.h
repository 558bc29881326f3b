#pragma once

#include "Database.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ConnectionDialog;
}

namespace zz {

// Lets the user pick the database: a local SQLite file or a PostgreSQL server. Shows the resulting
// connection URL (which can also be typed or pasted), tests it, and returns it.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    enum class MessageKind { None, Info, Success, Error };

    explicit ConnectionDialog(const QString &initialUrl = {}, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // The chosen URL, with the password when one was typed. Empty while the input does not parse.
    QString url() const;
    bool isUrlValid() const { return m_urlValid; }

    // Opens the database once and reports the outcome in the dialog; true on success.
    bool testConnection();

private:
    void backendToggled();
    void fieldsEdited();
    void urlEdited(const QString &text);
    void browse();
    void setFields(const ConnectionUrl &url);
    void setUrlValid(bool valid);
    // `detail`: the driver's text behind the 详细信息 toggle (hidden when empty).
    void showMessage(const QString &text, MessageKind kind, const QString &detail = {});
    QString testSqliteFile(const QString &path) const;
    // The URL as the URL box shows it: never with the password.
    static QString displayText(const ConnectionUrl &url);

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    ConnectionUrl m_url;
    bool m_urlValid = false;
    bool m_updating = false; // fields and URL text update each other; this stops the echo
};

} // namespace zz
