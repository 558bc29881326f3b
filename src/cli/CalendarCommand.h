#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

namespace zz::cli {

// `zongzhi-cli calendar status|import`: the holiday calendar's covered years, and entering a new
// year's holidays (chinese-days JSON), which recomputes the provisional deadlines of open cases.
// Runs as the connecting database role; on PostgreSQL that must be the database owner.
void addCalendarOptions(QCommandLineParser &parser);
int runCalendar(const QString &url, const QCommandLineParser &parser, const QString &operatorLogin,
                QTextStream &out, QTextStream &err);

} // namespace zz::cli
