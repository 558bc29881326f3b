#pragma once

#include "CaseService.h"
#include "Clock.h"
#include "Error.h"
#include "TestDatabase.h"

#include <QList>

namespace zz::test {

// Cases in known states for the dispatch-board suites, made through CaseService as a county-wide
// duty officer would: a spread of places (both townships), categories (working and natural-day
// limits), urgencies, risk colours, sources and receipt times (spread over the 25 days before the
// clock's now), statuses from 待受理 to 已结案 and 不予立案, departments, one grid worker, and a
// supervise level on every fifth case still open. Each case depends only on its index.
inline QList<qint64> makeBoardCases(const Database &db, const TestTown &town, const Clock &clock,
                                    const WorkCalendar &calendar, int count)
{
    using namespace Qt::StringLiterals;
    CaseService service(db, clock, calendar);
    const Actor actor{town.duty.id, town.duty.displayName,
                      Roles(Role::DutyOfficer) | Role::DepartmentHandler | Role::Leader | Role::Reception,
                      town.county.id, 0};
    const QList<qint64> places = {town.grid1.id, town.grid2.id, town.village2.id, town.grid3.id};
    const QList<qint64> categories = {town.neighbourDispute.id, town.leak.id, town.wages.id};
    const QList<Urgency> urgencies = {Urgency::Normal, Urgency::Normal, Urgency::Urgent, Urgency::Normal,
                                      Urgency::Major};
    const QList<RiskColor> risks = allValues<RiskColor>();
    const QList<CaseSource> sources = allValues<CaseSource>();
    const QList<SuperviseLevel> levels = {SuperviseLevel::Normal, SuperviseLevel::YellowCard,
                                          SuperviseLevel::RedCard};
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        CaseRecord draft;
        draft.title = u"调度台测试案件%1：%2"_s.arg(i, 3, 10, QChar(u'0'))
                          .arg(i % 2 ? u"邻里噪音扰民"_s : u"楼道堆放杂物"_s);
        draft.description = u"编号 %1 的测试案件。"_s.arg(i);
        draft.address = u"测试路%1号"_s.arg(i + 1);
        draft.source = sources.at((i / 4) % sources.size());
        draft.categoryId = categories.at(i % categories.size());
        draft.orgUnitId = places.at(i % places.size());
        draft.urgency = urgencies.at(i % urgencies.size());
        draft.risk = risks.at((i / 2) % risks.size());
        draft.receivedAt = clock.now().addSecs(-qint64((i * 97) % 600 + 3) * 3600);
        CaseRecord c = service.report(draft, actor);
        const auto act = [&](CaseAction action, const ActionInput &input = {}) {
            c = service.apply(c.id, c.version, action, input, actor);
        };
        ActionInput reason;
        reason.note = u"测试"_s;
        switch (i % 7) {
        case 6:
            act(CaseAction::Decline, reason);
            break;
        case 5:
        case 4:
        case 3:
        case 2:
        case 1: {
            act(CaseAction::Register);
            if (i % 7 == 1)
                break;
            ActionInput dispatch;
            dispatch.departmentId = i % 7 == 2 ? town.judicial.id : town.police.id;
            dispatch.workerId = i % 7 == 3 ? town.gridWorker.id : 0;
            act(CaseAction::Dispatch, dispatch);
            if (i % 7 == 2)
                break;
            act(CaseAction::Sign);
            if (i % 7 == 3)
                break;
            ActionInput result;
            result.result = u"已处理"_s;
            act(CaseAction::SubmitFeedback, result);
            if (i % 7 == 4)
                break;
            act(CaseAction::Close);
            break;
        }
        default:
            break;
        }
        if (i % 5 == 0 && isOpen(c.status) && c.status != CaseStatus::Reported) {
            ActionInput supervise;
            supervise.note = u"请加快办理"_s;
            supervise.superviseLevel = levels.at((i / 5) % levels.size());
            act(CaseAction::Supervise, supervise);
        }
        ids.append(c.id);
    }
    return ids;
}

} // namespace zz::test
