#pragma once

#include "Entities.h"

#include <QCoreApplication>
#include <QStringList>

namespace zz {

// How an account is named on screen (status bar, lock screen, account list).
class AccountText
{
    Q_DECLARE_TR_FUNCTIONS(zz::AccountText)

public:
    // "受理员、领导"
    static QString roles(Roles roles)
    {
        QStringList labels;
        for (Role role : allValues<Role>()) {
            if (roles.testFlag(role))
                labels.append(label(role));
        }
        return labels.join(tr("、"));
    }

    // "张三（受理员、领导）"; the login when the account has no display name.
    static QString user(const User &user)
    {
        const QString name = user.displayName.isEmpty() ? user.login : user.displayName;
        const QString roleText = roles(user.roles);
        return roleText.isEmpty() ? name : tr("%1（%2）").arg(name, roleText);
    }
};

} // namespace zz
