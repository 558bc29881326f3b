#pragma once

#include "Types.h"
#include "WorkCalendar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace zz {

// What a 12345 work order's state means in our loop: the status the case stands in, a supervision
// (督办), the resident's satisfaction on our scale and whether the matter was settled (化解).
struct HotlineOutcome
{
    CaseStatus status = CaseStatus::Registered;
    SuperviseLevel supervise = SuperviseLevel::None;
    std::optional<Satisfaction> satisfaction;
    std::optional<bool> disputeSettled;
};

// The 12345 hotline's codes as declarative tables: its export's columns (with the header names other
// years' exports used), its status words (工单状态), results (办理结果) and satisfaction (满意度), and its
// 5-working-day handling limit. Pure rules; README (12345 work orders) lists the same mapping.
class HotlineCodes
{
    Q_DECLARE_TR_FUNCTIONS(zz::HotlineCodes)

public:
    // Where a work order stands in the hotline's own process.
    enum class Step {
        Received,       // 待受理/已受理/待派单: the center has it, nobody dispatched yet
        Dispatched,     // 转办/已派单: handed to a unit (派遣)
        InProgress,     // 办理中/已签收
        Supervised,     // 督办/催办: still being handled, under supervision
        Answered,       // 已办结/已答复/待回访: the unit answered (反馈), the call-back is due
        CallbackReview, // 回访复核: the call-back step (回访) is being checked
        Closed,         // 已回访/已结案/已归档
        Returned,       // 退单: sent back, not to be handled
    };
    enum class Result { Resolved, PartlyResolved, Unresolved, ReturnedUnhandled };

    struct StatusRule
    {
        QString text;
        Step step;
    };
    struct ResultRule
    {
        QString text;
        Result result;
    };
    struct SatisfactionRule
    {
        QString text;
        Satisfaction satisfaction;
    };
    // A column of the hotline's export: its key, the header our template writes, the other headers
    // seen in the hotline's exports over the years, and whether a row needs it.
    struct Column
    {
        QString key;
        QString header;
        QStringList aliases;
        bool required = false;
    };

    static const QList<StatusRule> &statusTable();
    static const QList<ResultRule> &resultTable();
    static const QList<SatisfactionRule> &satisfactionTable();
    static const QList<Column> &columns();
    // The key of the column a header names (by header or alias, spaces and case ignored); empty if none.
    static QString columnFor(QStringView header);

    static std::optional<Step> step(QStringView text);
    static std::optional<Result> result(QStringView text);
    static std::optional<Satisfaction> satisfaction(QStringView text);
    static CaseStatus statusOf(Step step);

    // The hotline's handling limit: 5 working days from the call.
    static constexpr int limitWorkingDays = 5;
    static QDateTime dueAt(const QDateTime &calledAt, const WorkCalendar &calendar);

    // The order's state in our loop from its three raw codes (any may be empty). Throws zz::Error
    // (Validation, naming the word) for a word none of the tables knows.
    static HotlineOutcome outcome(QStringView status, QStringView result, QStringView satisfaction);
};

} // namespace zz
