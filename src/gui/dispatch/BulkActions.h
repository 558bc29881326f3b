#pragma once

#include "CaseWorkflow.h"
#include "Error.h"
#include "shell/AppContext.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

namespace zz {

// The outcome for one case of a bulk action.
struct BulkOutcome
{
    qint64 caseId = 0;
    QString caseNo; // "#id" when the case could not be read
    QString title;
    bool ok = false;
    int version = 0;                         // the stored version after the action (ok only)
    Error::Kind kind = Error::Kind::Storage; // why it was refused (not ok only)
    QString message;                         // translated reason (not ok only)
};

struct BulkResult
{
    QList<BulkOutcome> succeeded;
    QList<BulkOutcome> failed;
};

// One action with one input applied to many cases (批量派遣/督办/催办): each case is checked and
// applied on its own (CaseService::apply, one transaction each) with the version the caller saw;
// a case that refuses (wrong status, stale version, forbidden) is reported, the rest go through.
class BulkActions
{
    Q_DECLARE_TR_FUNCTIONS(zz::BulkActions)

public:
    // The actions offered in bulk: dispatch, supervise, urge.
    static QList<CaseAction> actions();
    // Those of actions() the roles may take from some status (for the board's toolbar).
    static QList<CaseAction> actionsFor(Roles roles);

    static BulkResult run(const AppContext &context, CaseAction action, const ActionInput &input,
                          const QList<QPair<qint64, int>> &idsAndVersions);
};

} // namespace zz
