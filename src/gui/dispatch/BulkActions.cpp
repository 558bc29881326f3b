#include "BulkActions.h"

#include "CaseRepository.h"
#include "CaseService.h"

using namespace Qt::StringLiterals;

namespace zz {

QList<CaseAction> BulkActions::actions()
{
    return {CaseAction::Dispatch, CaseAction::Supervise, CaseAction::Urge};
}

QList<CaseAction> BulkActions::actionsFor(Roles roles)
{
    QList<CaseAction> out;
    for (const CaseAction action : actions()) {
        for (const Transition &t : CaseWorkflow::transitions()) {
            if (t.action == action && (t.roles & roles)) {
                out.append(action);
                break;
            }
        }
    }
    return out;
}

BulkResult BulkActions::run(const AppContext &context, CaseAction action, const ActionInput &input,
                            const QList<QPair<qint64, int>> &idsAndVersions)
{
    CaseService service(context.db, context.clock, context.calendar);
    CaseRepository cases(context.db);
    const Actor actor = context.actor();
    BulkResult result;
    for (const auto &[id, version] : idsAndVersions) {
        BulkOutcome outcome;
        outcome.caseId = id;
        try {
            const CaseRecord after = service.apply(id, version, action, input, actor);
            outcome.ok = true;
            outcome.caseNo = after.caseNo;
            outcome.title = after.title;
            outcome.version = after.version;
            result.succeeded.append(outcome);
            continue;
        } catch (const Error &e) {
            outcome.kind = e.kind();
            outcome.message = e.message();
        } catch (const std::exception &e) {
            outcome.message = QString::fromLocal8Bit(e.what());
        }
        try {
            if (const auto c = cases.get(id)) {
                outcome.caseNo = c->caseNo;
                outcome.title = c->title;
                // A stale version (not just a busy database): say so without the dialog's question.
                if (outcome.kind == Error::Kind::Conflict && c->version != version)
                    outcome.message = tr("已被其他人修改，未执行（请刷新后重试）");
            }
        } catch (const Error &) {
        }
        if (outcome.caseNo.isEmpty())
            outcome.caseNo = u"#%1"_s.arg(id);
        result.failed.append(outcome);
    }
    return result;
}

} // namespace zz
