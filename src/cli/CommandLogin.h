#pragma once

#include "AuthService.h"

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>
#include <optional>

namespace zz::cli {

// The account a command (import, export) runs as: --login with its password (--password-stdin or
// typed at the terminal), or, without --login, on PostgreSQL the account the URL connects as. The
// caller's sentences say what the account is for: `notAnAccount` (with %1, the database account
// that is none of ours) and `noLogin`. Errors go to `err`; nullopt when there is no session.
std::optional<Session> logInForCommand(const QString &url, const QCommandLineParser &parser, QTextStream &err,
                                       const QString &notAnAccount, const QString &noLogin);

} // namespace zz::cli
