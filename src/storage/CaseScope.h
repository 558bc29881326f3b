#pragma once

#include "Entities.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace zz {

class Database;

// Which cases an account may see and act on: those that happened inside its org unit (the case's
// org_path starts with the unit's path) and, for confidential cases (保密件), only when it
// registered the case or is named in case_access. On PostgreSQL the row-level security policies of
// migration 0003 enforce the same rule in the server for accounts connected with their own role;
// this class is the program's copy of it, the only one on SQLite.
class CaseScope
{
    Q_DECLARE_TR_FUNCTIONS(zz::CaseScope)

public:
    CaseScope(const Database &db, const Actor &actor);

    // The path of the actor's org unit ("/1/5/"); empty when the account has none.
    const QString &path() const { return m_path; }

    bool contains(const CaseRecord &c) const;
    // Throws zz::Error(Forbidden) with a translated message when the case is out of scope.
    void require(const CaseRecord &c) const;
    // The case for a case view: nullopt when it does not exist, Forbidden when out of scope.
    std::optional<CaseRecord> get(qint64 caseId) const;

    // The confidential-case access list. Granting and revoking needs a leader who sees the case.
    QList<qint64> accessList(qint64 caseId) const;
    void grant(qint64 caseId, qint64 userId) const;
    void revoke(qint64 caseId, qint64 userId) const;

private:
    bool hasAccess(qint64 caseId) const;
    void requireLeaderOf(qint64 caseId) const;

    const Database &m_db;
    Actor m_actor;
    QString m_path;
};

} // namespace zz
