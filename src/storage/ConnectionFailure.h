#pragma once

#include <QCoreApplication>
#include <QString>

namespace zz {

// Why a database server refused or missed a connection, read from the driver's text (libpq reports
// a failed connection only as text: there is no result to carry an SQLSTATE), and the plain,
// translated sentence a user is shown for it. The driver's own text stays available as detail.
class ConnectionFailure
{
    Q_DECLARE_TR_FUNCTIONS(zz::ConnectionFailure)

public:
    enum class Kind {
        WrongPassword,    // password authentication failed (also an unknown account, by design)
        PasswordMissing,  // the server wants a password and none was given
        UnknownAccount,   // role "x" does not exist (servers that trust the network)
        LoginDisabled,    // role "x" is not permitted to log in (disabled or locked out)
        ServerNotFound,   // the host name does not resolve
        ServerNotRunning, // connection refused: nothing listens on that port
        NoAnswer,         // timeout, no route: the server does not answer
        DatabaseMissing,  // database "x" does not exist
        NotAllowed,       // no pg_hba.conf entry for this computer
        ServerBusy,       // too many connections
        ServerStarting,   // starting up, shutting down, in recovery
        Other,
    };

    static Kind classify(const QString &driverText);
    // "密码错误……", "找不到服务器……": what happened and what to do, in one or two sentences.
    static QString sentence(Kind kind);
    // The driver's text for the 详细信息 disclosure: indentation dropped, and `password` blanked
    // should it ever appear in it.
    static QString detail(const QString &driverText, const QString &password = {});
};

} // namespace zz
