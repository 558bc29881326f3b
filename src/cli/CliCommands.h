#pragma once

#include <QStringList>
#include <QTextStream>

namespace zz::cli {

// Runs one zongzhi-cli command line (without the program name) and returns the exit code.
// Output goes to `out`, errors to `err`; both are UTF-8 text for people.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace zz::cli
