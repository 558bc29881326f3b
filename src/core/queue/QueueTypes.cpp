#include "QueueTypes.h"

using namespace Qt::StringLiterals;

namespace zz {

QString QueueText::code(TicketPriority priority)
{
    switch (priority) {
    case TicketPriority::None:
        return {};
    case TicketPriority::Elderly:
        return u"elderly"_s;
    case TicketPriority::Disabled:
        return u"disabled"_s;
    case TicketPriority::Veteran:
        return u"veteran"_s;
    case TicketPriority::Pregnant:
        return u"pregnant"_s;
    case TicketPriority::Other:
        return u"other"_s;
    }
    return {};
}

TicketPriority QueueText::priorityFromCode(const QString &code)
{
    for (TicketPriority p : priorities())
        if (QueueText::code(p) == code)
            return p;
    return TicketPriority::None;
}

QString QueueText::name(TicketPriority priority)
{
    switch (priority) {
    case TicketPriority::None:
        return {};
    case TicketPriority::Elderly:
        return tr("老年人");
    case TicketPriority::Disabled:
        return tr("残疾人");
    case TicketPriority::Veteran:
        return tr("退役军人");
    case TicketPriority::Pregnant:
        return tr("孕妇");
    case TicketPriority::Other:
        return tr("其他优先");
    }
    return {};
}

QList<TicketPriority> QueueText::priorities()
{
    return {TicketPriority::Elderly, TicketPriority::Disabled, TicketPriority::Veteran,
            TicketPriority::Pregnant, TicketPriority::Other};
}

QString QueueText::code(TicketStatus status)
{
    switch (status) {
    case TicketStatus::Waiting:
        return u"waiting"_s;
    case TicketStatus::Called:
        return u"called"_s;
    case TicketStatus::Done:
        return u"done"_s;
    case TicketStatus::NoShow:
        return u"no_show"_s;
    }
    return {};
}

TicketStatus QueueText::statusFromCode(const QString &code)
{
    for (TicketStatus s :
         {TicketStatus::Waiting, TicketStatus::Called, TicketStatus::Done, TicketStatus::NoShow})
        if (QueueText::code(s) == code)
            return s;
    return TicketStatus::Waiting;
}

QString QueueText::name(TicketStatus status)
{
    switch (status) {
    case TicketStatus::Waiting:
        return tr("等候中");
    case TicketStatus::Called:
        return tr("办理中");
    case TicketStatus::Done:
        return tr("已办结");
    case TicketStatus::NoShow:
        return tr("过号");
    }
    return {};
}

QString QueueText::code(TicketRating rating)
{
    switch (rating) {
    case TicketRating::None:
        return {};
    case TicketRating::Satisfied:
        return u"satisfied"_s;
    case TicketRating::Basic:
        return u"basic"_s;
    case TicketRating::Unsatisfied:
        return u"unsatisfied"_s;
    }
    return {};
}

TicketRating QueueText::ratingFromCode(const QString &code)
{
    for (TicketRating r : {TicketRating::Satisfied, TicketRating::Basic, TicketRating::Unsatisfied})
        if (QueueText::code(r) == code)
            return r;
    return TicketRating::None;
}

QString QueueText::name(TicketRating rating)
{
    switch (rating) {
    case TicketRating::None:
        return tr("未评价");
    case TicketRating::Satisfied:
        return tr("满意");
    case TicketRating::Basic:
        return tr("基本满意");
    case TicketRating::Unsatisfied:
        return tr("不满意");
    }
    return {};
}

QString QueueText::ticketCode(QChar prefix, int number)
{
    return QString(prefix) + u"%1"_s.arg(number, 3, 10, QChar(u'0'));
}

QString QueueText::halfDayName(int weekday, bool afternoon)
{
    static const char *const days[] = {
        QT_TR_NOOP("星期一"), QT_TR_NOOP("星期二"), QT_TR_NOOP("星期三"), QT_TR_NOOP("星期四"),
        QT_TR_NOOP("星期五"), QT_TR_NOOP("星期六"), QT_TR_NOOP("星期日"),
    };
    const QString day = weekday >= 1 && weekday <= 7 ? tr(days[weekday - 1]) : QString();
    return afternoon ? tr("%1下午").arg(day) : tr("%1上午").arg(day);
}

} // namespace zz
