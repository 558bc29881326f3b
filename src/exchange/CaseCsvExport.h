#pragma once

#include "CaseRepository.h"
#include "Entities.h"

#include <QCoreApplication>
#include <QString>

namespace zz {

class Database;
class Clock;

// Writes the cases of a list query to a CSV file (UTF-8 with a byte-order mark, so spreadsheet
// programs read the Chinese text), one row per case with its first reporter. Names, resident ID
// numbers and phones are masked unless the account may export personal data
// (Permission::ExportPersonalData); every export is recorded in the audit log.
class CaseCsvExport
{
    Q_DECLARE_TR_FUNCTIONS(zz::CaseCsvExport)

public:
    static constexpr qint64 maxRows = 200000;

    CaseCsvExport(const Database &db, const Clock &clock, const Actor &actor, const QString &actorLogin);

    // Returns the number of cases written. Throws zz::Error (Validation for an unwritable file,
    // Storage/Connection from the database); a failed export leaves no partial file behind.
    qint64 write(CaseQuery query, const QString &path) const;

    bool unmasked() const;

private:
    const Database &m_db;
    const Clock &m_clock;
    Actor m_actor;
    QString m_actorLogin;
};

} // namespace zz
