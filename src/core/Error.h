#pragma once

#include <QString>
#include <exception>

namespace zz {

// The one exception type the lower layers throw; `message` is already translated for the user.
class Error : public std::exception
{
public:
    enum class Kind {
        Validation,   // bad input; message says which field and why
        NotFound,     // the row is gone
        Conflict,     // someone else changed the row (stale version)
        Forbidden,    // the role or scope does not allow it
        InvalidState, // the workflow does not allow the action in the current status
        Connection,   // the database is unreachable or dropped the connection
        Schema,       // the database is newer than the program, or broken
        Storage,      // any other database failure
    };

    Error(Kind kind, QString message, QString detail = {})
        : m_kind(kind), m_message(std::move(message)), m_detail(std::move(detail)), m_what(m_message.toUtf8())
    {}

    Kind kind() const noexcept { return m_kind; }
    // Translated, user-facing text.
    const QString &message() const noexcept { return m_message; }
    // Technical detail for logs (never personal data): failing statement, driver text.
    const QString &detail() const noexcept { return m_detail; }
    const char *what() const noexcept override { return m_what.constData(); }

private:
    Kind m_kind;
    QString m_message;
    QString m_detail;
    QByteArray m_what;
};

} // namespace zz
