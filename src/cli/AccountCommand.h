#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

namespace zz::cli {

// `zongzhi-cli account create|passwd|disable|enable`: account administration on the server, run as
// the connecting database role (at first the owner). With no account yet, create makes the first
// admin; afterwards the command acts as an Admin of the account's own org unit.
void addAccountOptions(QCommandLineParser &parser);
int runAccount(const QString &url, const QCommandLineParser &parser, const QString &operatorLogin,
               QTextStream &out, QTextStream &err);

// One line of standard input without its line break; with echo false and a terminal, typed unseen
// (a password).
QString readLine(bool echo);

} // namespace zz::cli
