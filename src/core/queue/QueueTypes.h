#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace zz {

// 信访大厅排队叫号: the business types a township hall takes numbers for, its windows, their weekly rota
// and the tickets themselves. Plain data; the rules live in QueueOrdering, the storage in src/storage/queue.

// Who may be served before the normal queue (by the ratio rule, never simply first).
enum class TicketPriority { None, Elderly, Disabled, Veteran, Pregnant, Other };

enum class TicketStatus {
    Waiting, // 等候中 (also after a transfer: waiting at the target window)
    Called,  // 已叫号: the window called it and serves it
    Done,    // 已办结
    NoShow,  // 过号: called and did not come
};

// 满意 / 基本满意 / 不满意, pressed on the evaluator at the window.
enum class TicketRating { None, Satisfied, Basic, Unsatisfied };

// 业务类型: one kind of business the hall takes numbers for (信访接待 A, 矛盾调解 B …).
struct QueueServiceType
{
    qint64 id = 0;
    qint64 orgUnitId = 0; // the township whose hall it is
    QString name;
    QChar prefix;     // the ticket's letter, A–Z, unique within the township
    int dailyCap = 0; // 0: no cap
    bool active = true;
    int sortOrder = 0;
    int version = 1;
};

// 窗口: a numbered counter of the hall; a resident department's window names its department.
struct QueueWindow
{
    qint64 id = 0;
    qint64 orgUnitId = 0;
    int number = 0;
    QString name;
    qint64 departmentId = 0;  // 0: the center's own window
    QList<qint64> serviceIds; // the business types it calls
    bool active = true;
    int version = 1;
};

// One half-day of the weekly rota: which resident department sits at which window.
struct RotaSlot
{
    qint64 windowId = 0;
    int weekday = 1; // 1 = Monday … 7 = Sunday (Qt::DayOfWeek)
    bool afternoon = false;
    qint64 departmentId = 0;
};

struct QueueTicket
{
    qint64 id = 0;
    qint64 orgUnitId = 0;
    qint64 serviceId = 0;
    QDate day;
    int number = 0;
    QString code; // "A001"
    TicketPriority priority = TicketPriority::None;
    TicketStatus status = TicketStatus::Waiting;
    QDateTime takenAt;
    qint64 windowId = 0;       // the window that called it last
    qint64 targetWindowId = 0; // transferred: only this window calls it
    QDateTime firstCalledAt;
    QDateTime calledAt; // the last call (a re-call moves it)
    int callCount = 0;
    QDateTime finishedAt;
    qint64 petitionId = 0;
    TicketRating rating = TicketRating::None;
    QDateTime ratedAt;
    int version = 1;

    bool isPriority() const { return priority != TicketPriority::None; }
};

// What the public display shows: the latest calls and how many wait per business type.
struct QueueDisplayCall
{
    QString code;
    int windowNumber = 0;
    QString windowName;
    QDateTime calledAt;
};

struct QueueWaiting
{
    qint64 serviceId = 0;
    QString serviceName;
    QChar prefix;
    int waiting = 0;
};

struct QueueDisplayState
{
    QList<QueueDisplayCall> calls; // newest first
    QList<QueueWaiting> waiting;   // every active business type, in its order
};

// Names and codes of the enums above: codes are what the database stores.
class QueueText
{
    Q_DECLARE_TR_FUNCTIONS(zz::QueueText)

public:
    static QString code(TicketPriority priority);
    static TicketPriority priorityFromCode(const QString &code);
    static QString name(TicketPriority priority); // 老年人 …; empty for None
    static QList<TicketPriority> priorities();    // the kinds a ticket may carry (not None)

    static QString code(TicketStatus status);
    static TicketStatus statusFromCode(const QString &code);
    static QString name(TicketStatus status);

    static QString code(TicketRating rating); // empty for None
    static TicketRating ratingFromCode(const QString &code);
    static QString name(TicketRating rating);

    // "A001": the letter and the day's number, three digits at least.
    static QString ticketCode(QChar prefix, int number);
    // 星期一上午 …
    static QString halfDayName(int weekday, bool afternoon);
};

} // namespace zz
