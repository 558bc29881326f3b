#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

namespace zz::cli {

// `zongzhi-cli import`: a spreadsheet into the database as one account (its rights and scope; on
// PostgreSQL its own login role under row-level security), or a kind's template. Exit codes: 0 every
// row in, 3 some rows rejected, 4 nothing imported, 2 usage, 1 other errors.
void addImportOptions(QCommandLineParser &parser);
int runImport(const QString &url, const QCommandLineParser &parser, QTextStream &out, QTextStream &err);

} // namespace zz::cli
