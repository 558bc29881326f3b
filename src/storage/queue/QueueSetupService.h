#pragma once

#include "BaseDataAccess.h"
#include "Clock.h"
#include "Entities.h"
#include "queue/QueueTypes.h"

#include <QCoreApplication>
#include <optional>

namespace zz {

class Database;

// The hall's set-up, per township: its business types (prefix letter, daily cap, active), its windows
// (number, name, the types each calls, a resident department's window) and the weekly rota of
// resident departments, and the ratio of normal to priority calls. Everyone in the township reads
// it; admins whose scope holds the township change it (PostgreSQL says the same, migration
// queue). Changes are audited.
class QueueSetupService
{
    Q_DECLARE_TR_FUNCTIONS(zz::QueueSetupService)

public:
    static constexpr int maxNameLength = 30;

    // townshipId 0: the actor's own township (QueueService::townshipOf).
    QueueSetupService(const Database &db, const Clock &clock, const Actor &actor, qint64 townshipId = 0);

    qint64 townshipId() const { return m_townshipId; }
    bool mayManage() const;
    // The township center's own name (CenterSettings), else the township's name + 综治中心.
    QString hallName() const;

    QList<QueueServiceType> serviceTypes(bool activeOnly = false) const;
    std::optional<QueueServiceType> serviceType(qint64 id) const;
    // Inserts (id 0) or updates with the version read; returns the stored row. Throws zz::Error.
    QueueServiceType saveServiceType(QueueServiceType type);
    // 信访接待 A, 矛盾调解 B, 法律咨询 C, 社保/人社 D, 不动产/自然资源 E, 户籍 F: those whose letter is free.
    int addStandardTypes();

    QList<QueueWindow> windows(bool activeOnly = false) const;
    std::optional<QueueWindow> window(qint64 id) const;
    QueueWindow saveWindow(QueueWindow window);

    // The township's resident departments (司法所, 人社, 派出所 … of kind 'resident'), active ones.
    QList<Department> residentDepartments() const;

    QList<RotaSlot> rota() const;
    // Replaces the whole week of the township's windows.
    void saveRota(const QList<RotaSlot> &entries);
    // The department sitting at the window at `at` by the rota (0: none).
    qint64 rotaDepartment(qint64 windowId, const QDateTime &at) const;

    // How many normal tickets a window calls before the next priority one (QueueOrdering).
    int normalPerPriority() const;
    void setNormalPerPriority(int ratio);

private:
    void requireManage() const;
    void checkType(const QueueServiceType &type) const;
    QString ratioKey() const;

    const Database &m_db;
    const Clock &m_clock;
    Actor m_actor;
    BaseDataAccess m_access;
    qint64 m_townshipId = 0;
};

} // namespace zz
