#include "StatusPalette.h"

using namespace Qt::StringLiterals;

namespace zz::StatusPalette {

namespace {
const QColor grey(0x45, 0x5a, 0x64);
const QColor blue(0x15, 0x65, 0xc0);
const QColor amber(0xe6, 0x51, 0x00);
const QColor green(0x2e, 0x7d, 0x32);
const QColor brown(0x8d, 0x6e, 0x63);
const QColor red(0xc6, 0x28, 0x28);
const QColor yellow(0xf9, 0xa8, 0x25);
const QColor darkAmber(0xa1, 0x5c, 0x00);
} // namespace

QColor status(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Reported:
    case CaseStatus::Registered:
        return grey;
    case CaseStatus::Dispatched:
    case CaseStatus::InProgress:
        return blue;
    case CaseStatus::Feedback:
    case CaseStatus::Verified:
        return amber;
    case CaseStatus::Closed:
    case CaseStatus::Archived:
        return green;
    case CaseStatus::Declined:
        return brown;
    }
    return grey;
}

QColor warning(WarningLevel level)
{
    switch (level) {
    case WarningLevel::DueSoon:
        return yellow;
    case WarningLevel::Overdue:
        return red;
    case WarningLevel::Normal:
        break;
    }
    return {};
}

QColor warningBackground(WarningLevel level)
{
    switch (level) {
    case WarningLevel::DueSoon:
        return QColor(0xff, 0xf1, 0xa8);
    case WarningLevel::Overdue:
        return QColor(0xff, 0xcd, 0xd2);
    case WarningLevel::Normal:
        break;
    }
    return {};
}

QColor warningText(WarningLevel level)
{
    switch (level) {
    case WarningLevel::DueSoon:
        return darkAmber;
    case WarningLevel::Overdue:
        return QColor(0xb7, 0x1c, 0x1c);
    case WarningLevel::Normal:
        break;
    }
    return {};
}

QColor urgency(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Major:
        return red;
    case Urgency::Urgent:
        return amber;
    case Urgency::Normal:
        break;
    }
    return {};
}

QColor risk(RiskColor risk)
{
    switch (risk) {
    case RiskColor::Green:
        return QColor(0x43, 0xa0, 0x47);
    case RiskColor::Yellow:
        return QColor(0xfb, 0xc0, 0x2d);
    case RiskColor::Orange:
        return QColor(0xfb, 0x8c, 0x00);
    case RiskColor::Red:
        return QColor(0xe5, 0x39, 0x35);
    }
    return {};
}

QColor superviseFill(SuperviseLevel level)
{
    switch (level) {
    case SuperviseLevel::Normal:
        return blue;
    case SuperviseLevel::YellowCard:
        return yellow;
    case SuperviseLevel::RedCard:
        return red;
    case SuperviseLevel::None:
        break;
    }
    return {};
}

QColor superviseInk(SuperviseLevel level)
{
    return level == SuperviseLevel::YellowCard ? QColor(0x3e, 0x27, 0x23) : QColor(Qt::white);
}

QColor error()
{
    return red;
}

QColor notice()
{
    return darkAmber;
}

QColor secondaryText()
{
    return QColor(0x66, 0x66, 0x66);
}

QString textStyle(const QColor &color, bool bold)
{
    return bold ? u"color: %1; font-weight: bold;"_s.arg(color.name()) : u"color: %1;"_s.arg(color.name());
}

} // namespace zz::StatusPalette
