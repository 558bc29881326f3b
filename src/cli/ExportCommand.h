#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

namespace zz::cli {

// `zongzhi-cli export`: one list (cases, workers, org units, …) to .xlsx or .csv as one account — its
// rights, its scope and its masking of personal data (full only with ExportPersonalData), audited.
// Exit codes: 0 written, 2 usage, 1 other errors.
int runExport(const QString &url, const QCommandLineParser &parser, QTextStream &out, QTextStream &err);

} // namespace zz::cli
