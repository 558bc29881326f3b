#pragma once

#include <QDialog>

class QDialogButtonBox;

namespace zz {

class ConnectionWidget;

// 连接数据库: lets the user pick the database (a ConnectionWidget) and returns its URL.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(const QString &initialUrl = {}, QWidget *parent = nullptr);

    // The chosen URL, with the password when one was typed. Empty while the input does not parse.
    QString url() const;
    bool isUrlValid() const;

    // Opens the database once and reports the outcome in the dialog; true on success.
    bool testConnection();

private:
    ConnectionWidget *m_connection = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace zz
