#pragma once

#include "shell/Module.h"

#include <QPointer>

namespace zz {

class AccountsPage;
struct AppContext;

// 账号管理: accounts of the admin's org unit and below. Listed only for accounts allowed
// Permission::ManageAccounts (StandardModules).
class AccountsModule : public Module
{
    Q_OBJECT

public:
    explicit AccountsModule(const AppContext &context, QObject *parent = nullptr);

    QString id() const override;
    QString title() const override;
    QIcon icon() const override;
    QWidget *widget() override;
    void activate() override;

private:
    const AppContext &m_context;
    QPointer<AccountsPage> m_page;
};

} // namespace zz
