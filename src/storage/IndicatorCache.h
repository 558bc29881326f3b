#pragma once

#include "IndicatorQueries.h"
#include "WorkCalendar.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <optional>

namespace zz {

class Database;

// The leaders' figures per township and month, computed once from the cases and kept until a case
// or call-back of that month changes (migration 0041: every change stamps its months with a new
// version; a month's figures count only at the version they were computed at). Confidential cases
// are not in them: IndicatorQueries adds those live, with what stays live at an as-of date (在办超期,
// 结案率's closings within the as-of date's own month, 督办).
//
// They serve a period of whole months for the county or a township (or everything the account may
// see, when that is a county or a township). On PostgreSQL zz_indicator_refresh() computes them as
// the schema owner, so no account can write its own township's figures, and row-level security
// lets each account read only its townships' rows. The 平均办理时长 uses the working days stored in
// workday_ordinals (2000-2040), written from the calendar by the owner or a county admin; while they
// are missing or from another calendar, the figures are computed live.
class IndicatorCache
{
public:
    IndicatorCache(const Database &db, const WorkCalendar &calendar) : m_db(db), m_calendar(calendar) {}

    // The township-months a period and scope need, when the aggregates can serve them.
    struct Plan
    {
        QList<qint64> townships; // the county itself and its townships, or one township
        qint64 township = 0;     // one township: read only its rows; 0: every row the account sees
        int firstMonth = 0;      // yyyymm
        int lastMonth = 0;
        qint64 utcOffset = 0;
        QString calendar; // the stored calendar's fingerprint
    };
    std::optional<Plan> plan(const ReportPeriod &period, const IndicatorScope &scope) const;

    // Computes the township-months of the plan whose figures are missing or stale.
    void refresh(const Plan &plan) const;

    // The stored figures of the plan's months per group of `dim` ('t', 'u', 'c', 's', 'd'): received
    // to satisfied, and of 结案率's numerator the cases closed before `cutMonth` (yyyymm).
    QMap<QString, IndicatorCounts> read(const Plan &plan, QChar dim, int cutMonth) const;

    // 在办超期 at the end of `asOf` per township ("12"), from the stored days: the plan must cover
    // every month of span() and the as-of date's.
    QMap<QString, qint64> overdue(const Plan &plan, QDate asOf) const;
    // The months any case's figures fall in (yyyymm): from the first received to the current month
    // or the last closed, whichever is later.
    std::pair<int, int> span() const;

    // The working days from the calendar in workday_ordinals, written when they are from another
    // calendar and the account may write them. The calendar's fingerprint; empty when they are stale
    // and this account cannot renew them.
    QString storedCalendar() const;
    // The same after the calendar was changed or seeded: quietly nothing for an account that may not.
    static void renewStoredCalendar(const Database &db, const WorkCalendar &calendar)
    {
        IndicatorCache(db, calendar).storedCalendar();
    }

    static int monthOf(QDate day) { return day.year() * 100 + day.month(); }

private:
    // One month of the townships, in one pass over the month's cases.
    void refreshMonth(const QList<qint64> &townships, int month, const Plan &plan) const;

    const Database &m_db;
    WorkCalendar m_calendar;
    struct Unit
    {
        qint64 id;
        int level;
        QString path;
    };
    mutable QString m_storedCalendar;           // checked once per instance
    mutable std::optional<QList<Unit>> m_units; // the county and its townships
    mutable std::optional<QString>
        m_sessionPath; // the account's unit; "" all (owner, SQLite); none: unusable
    mutable std::optional<std::pair<int, int>> m_span;
    mutable QSet<std::pair<qint64, int>> m_current; // township-months found or made current
};

} // namespace zz
