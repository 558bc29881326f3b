#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace zz {

// Wait and service times of the hall: one row per served ticket in, grouped rows with median and mean
// out. Wait: from taking the number to the first call; service: from the last call to 办结.
class QueueStatistics
{
    Q_DECLARE_TR_FUNCTIONS(zz::QueueStatistics)

public:
    enum class GroupBy { ServiceType, Window, Day };

    struct Sample
    {
        qint64 serviceId = 0;
        QString serviceName;
        qint64 windowId = 0;
        QString windowName;
        QDate day;
        qint64 waitSecs = -1;    // -1: never called
        qint64 serviceSecs = -1; // -1: not finished (过号 or still open)
    };

    struct Row
    {
        QString group; // the type's, window's name or the day
        QDate day;     // GroupBy::Day
        int tickets = 0;
        int served = 0;
        double waitMedianSecs = -1; // -1: no figure
        double waitMeanSecs = -1;
        double serviceMedianSecs = -1;
        double serviceMeanSecs = -1;
    };

    static QList<Row> group(const QList<Sample> &samples, GroupBy by);
    static double median(QList<qint64> values); // -1 for none
    static double mean(const QList<qint64> &values);
    // "12分30秒", "1小时5分", "—" for none.
    static QString duration(double secs);
};

} // namespace zz
