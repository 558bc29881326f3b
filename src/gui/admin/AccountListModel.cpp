#include "AccountListModel.h"

#include "ReferenceRepositories.h"
#include "shell/AccountText.h"

#include <QBrush>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace zz {

AccountListModel::AccountListModel(const Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{}

void AccountListModel::reload()
{
    QList<User> users = UserRepository(m_db).list();
    QHash<qint64, QString> names;
    for (const OrgUnit &unit : OrgUnitRepository(m_db).all())
        names.insert(unit.id, unit.name);
    QHash<qint64, QString> departments;
    for (const Department &department : DepartmentRepository(m_db).list(0, false))
        departments.insert(department.id, department.name);
    beginResetModel();
    m_users = std::move(users);
    m_unitNames = std::move(names);
    m_departmentNames = std::move(departments);
    endResetModel();
}

int AccountListModel::rowOf(qint64 userId) const
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).id == userId)
            return row;
    }
    return -1;
}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int AccountListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_users.size())
        return {};
    const User &user = m_users.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case LoginColumn:
            return user.login;
        case NameColumn:
            return user.displayName;
        case RolesColumn:
            return AccountText::roles(user.roles);
        case OrgUnitColumn:
            return m_unitNames.value(user.orgUnitId);
        case DepartmentColumn:
            return m_departmentNames.value(user.departmentId);
        case StatusColumn:
            return user.active ? tr("启用") : tr("停用");
        case ColumnCount:
            break;
        }
        break;
    case Qt::ForegroundRole:
        if (!user.active)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        break;
    case UserIdRole:
        return user.id;
    default:
        break;
    }
    return {};
}

QVariant AccountListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case LoginColumn:
        return tr("登录名");
    case NameColumn:
        return tr("姓名");
    case RolesColumn:
        return tr("角色");
    case OrgUnitColumn:
        return tr("所属单位");
    case DepartmentColumn:
        return tr("所属部门");
    case StatusColumn:
        return tr("状态");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace zz
