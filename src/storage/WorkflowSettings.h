#pragma once

#include "CaseWorkflow.h"
#include "Entities.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace zz {

class Database;

// How the center checks a handler's result (核查结案 in one step, or 核查 then 结案): one county-wide
// setting and, optionally, a township's own. Read by CaseService for each action; written by admins
// (a county admin anything, a township admin his own township). On PostgreSQL the server reads the
// same keys (zz_check_steps(), migration 0017) and holds the rule against raw SQL.
class WorkflowSettings
{
    Q_DECLARE_TR_FUNCTIONS(zz::WorkflowSettings)

public:
    static inline const QString countyKey = QStringLiteral("workflow.check_steps");
    static QString townshipKey(qint64 townshipId);

    explicit WorkflowSettings(const Database &db) : m_db(db) {}

    // The setting that holds for the township: its own, else the county's, else one step.
    CheckSteps checkSteps(qint64 townshipId) const;
    CheckSteps countyCheckSteps() const;
    // True when the county or any township checks and closes in two steps (the board's 待结案 tile).
    bool anyTwoSteps() const;
    // The township's own choice; nullopt when it follows the county.
    std::optional<CheckSteps> townshipCheckSteps(qint64 townshipId) const;

    // Throw Forbidden unless the actor is an admin whose scope holds the county (or the township).
    void setCountyCheckSteps(const Actor &actor, CheckSteps steps);
    void setTownshipCheckSteps(const Actor &actor, qint64 townshipId, std::optional<CheckSteps> steps);

    static QString toCode(CheckSteps steps);
    static std::optional<CheckSteps> fromCode(const QString &code);

private:
    void requireAdminOver(const Actor &actor, qint64 orgUnitId) const;

    const Database &m_db;
};

} // namespace zz
