#pragma once

#include "Clock.h"
#include "Entities.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <optional>

namespace zz {

class Database;

// A saved column mapping for one source of spreadsheets (migration import_profiles): which sheet
// header feeds which column of an import kind, and where the header is.
struct ImportProfile
{
    qint64 id = 0;
    qint64 orgUnitId = 0; // the unit that saved it
    QString unitName;     // as read
    QString kind;
    QString name;
    QHash<QString, QString> columns; // kind column key → sheet header ("" : not imported)
    int headerRow = 1;
    int headerRows = 1;
    int version = 1;
};

// Mapping profiles of the account's unit and of the units above it (a township uses its own and the
// county's); saved under the account's own unit only. PostgreSQL holds the same rule by row-level
// security; on SQLite this class does, and writes the audit rows.
class ImportProfileRepository
{
    Q_DECLARE_TR_FUNCTIONS(zz::ImportProfileRepository)

public:
    static constexpr int maxNameLength = 100;

    ImportProfileRepository(const Database &db, const Clock &clock, const Actor &actor);

    // The kind's profiles the account may use: its own unit's first, then those of the units above,
    // each by name.
    QList<ImportProfile> list(const QString &kind) const;
    // The profile of that name, the account's own unit's before one from above.
    std::optional<ImportProfile> find(const QString &kind, const QString &name) const;
    // Creates or replaces the account's own unit's profile of that name; fills id and version.
    void save(ImportProfile &profile);
    // Removes one of the account's own unit's profiles (Forbidden for one from above).
    void remove(const ImportProfile &profile);

private:
    QString ownPath() const;

    const Database &m_db;
    const Clock &m_clock;
    Actor m_actor;
};

} // namespace zz
