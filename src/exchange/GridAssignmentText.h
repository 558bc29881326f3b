#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace zz {

// One grid span as the 网格分配 cell names it: the grid's code, its first and last day (an invalid
// `to`: the current grid; an invalid `from`: not written — the short form of a hand-filled file)
// and whether the worker heads the grid.
struct GridAssignmentEntry
{
    QString gridCode;
    QDate from;
    QDate to;
    bool isHead = false;
};

// The workers list's 网格分配 cell, written by the export and read back by the workers import: a
// worker's grid spans, oldest first, separated by "；", each
//     <grid code> <village / grid> <first day> 至 <last day>[（网格长）]
//     <grid code> <village / grid> <first day> 起[（网格长）]          (the current grid)
// e.g. "330681001001001 上溪村 / 上溪村第1网格 2024-03-01 至 2025-06-30；330681001001002 上溪村 /
// 上溪村第2网格 2025-07-01 起（网格长）". Reading takes the code first, then the dates (2024-03-01, 2024/3/1,
// 2024.3.1 or 2024年3月1日; 至, 到, ~ or - between them; 起 or 至今 after an open one); the names
// between are for people and not read. A cell holding only a grid code (with or without （网格长）)
// is the short form: the current grid, without dates.
class GridAssignmentText
{
    Q_DECLARE_TR_FUNCTIONS(zz::GridAssignmentText)

public:
    // One span as the export writes it (`place` is "village / grid").
    static QString entry(const QString &gridCode, const QString &place, const GridAssignmentEntry &span);
    static QString separator();

    // The spans of a cell in the order written, or a translated `error` naming the span (第 n 段)
    // that is malformed, ends before it starts, or shares a day with another; a span without dates
    // is accepted only alone.
    static QList<GridAssignmentEntry> parse(const QString &text, QString *error);
};

} // namespace zz
