#include "QueueStatistics.h"

#include <QMap>
#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace zz {

double QueueStatistics::median(QList<qint64> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    if (values.size() % 2)
        return double(values[mid]);
    return (double(values[mid - 1]) + double(values[mid])) / 2.0;
}

double QueueStatistics::mean(const QList<qint64> &values)
{
    if (values.isEmpty())
        return -1;
    return double(std::accumulate(values.begin(), values.end(), qint64(0))) / double(values.size());
}

QList<QueueStatistics::Row> QueueStatistics::group(const QList<Sample> &samples, GroupBy by)
{
    struct Acc
    {
        Row row;
        QList<qint64> waits, services;
    };
    // Keyed so that rows come out in a stable order: by id for types and windows, by date for days.
    QMap<qint64, Acc> groups;
    for (const Sample &s : samples) {
        qint64 key = 0;
        QString name;
        switch (by) {
        case GroupBy::ServiceType:
            key = s.serviceId;
            name = s.serviceName;
            break;
        case GroupBy::Window:
            key = s.windowId;
            name = s.windowName;
            break;
        case GroupBy::Day:
            key = s.day.toJulianDay();
            name = s.day.toString(Qt::ISODate);
            break;
        }
        Acc &acc = groups[key];
        acc.row.group = name;
        if (by == GroupBy::Day)
            acc.row.day = s.day;
        ++acc.row.tickets;
        if (s.waitSecs >= 0)
            acc.waits << s.waitSecs;
        if (s.serviceSecs >= 0) {
            acc.services << s.serviceSecs;
            ++acc.row.served;
        }
    }
    QList<Row> out;
    for (Acc &acc : groups) {
        acc.row.waitMedianSecs = median(acc.waits);
        acc.row.waitMeanSecs = mean(acc.waits);
        acc.row.serviceMedianSecs = median(acc.services);
        acc.row.serviceMeanSecs = mean(acc.services);
        out << acc.row;
    }
    return out;
}

QString QueueStatistics::duration(double secs)
{
    if (secs < 0)
        return u"—"_s;
    const qint64 total = qint64(std::llround(secs));
    const qint64 hours = total / 3600;
    const qint64 minutes = (total % 3600) / 60;
    const qint64 seconds = total % 60;
    if (hours > 0)
        return tr("%1小时%2分").arg(hours).arg(minutes);
    if (minutes > 0)
        return tr("%1分%2秒").arg(minutes).arg(seconds);
    return tr("%1秒").arg(seconds);
}

} // namespace zz
