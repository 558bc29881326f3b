#pragma once

#include <QCommandLineParser>
#include <QDate>
#include <QString>
#include <QTextStream>

namespace zz::cli {

// `zongzhi-cli report --period 2026-10|2026-Q3|2026 [--township CODE] [--as-of DATE] [--json F]`:
// the leader's indicators (core/Indicators.h) for a period, county-wide or for one township, with
// 环比 and 同比, read through the account the URL names (on PostgreSQL row-level security keeps a
// township account to its township). The JSON carries each indicator's key at its top level (rates
// as fractions, null when undefined) and `by_township` with the same keys per township.
void addReportOptions(QCommandLineParser &parser);
// `today` is the default as-of date.
int runReport(const QString &url, const QCommandLineParser &parser, QDate today, QTextStream &out,
              QTextStream &err);

} // namespace zz::cli
