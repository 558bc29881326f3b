#pragma once

#include "Entities.h"

#include <QAbstractTableModel>
#include <QHash>

namespace zz {

class Database;

// All accounts the connection may read (a county has tens to a few hundred: loaded whole), with
// their org unit and department names.
class AccountListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        LoginColumn,
        NameColumn,
        RolesColumn,
        OrgUnitColumn,
        DepartmentColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role { UserIdRole = Qt::UserRole + 1 };

    explicit AccountListModel(const Database &db, QObject *parent = nullptr);

    // Reads the accounts again; throws zz::Error when the database fails.
    void reload();
    const User &userAt(int row) const { return m_users.at(row); }
    // -1 when the account is not listed.
    int rowOf(qint64 userId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Database &m_db;
    QList<User> m_users;
    QHash<qint64, QString> m_unitNames;
    QHash<qint64, QString> m_departmentNames;
};

} // namespace zz
