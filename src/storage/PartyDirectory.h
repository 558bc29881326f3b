#pragma once

#include "Entities.h"

#include <QHash>
#include <QList>

namespace zz {

class Database;

// Parties of many cases at once, for lists that show one person per row (the list page masks them).
class PartyDirectory
{
public:
    // The first reporter (反映人, lowest id) of each listed case, read in one query per 500 ids;
    // cases without a reporter are absent from the result.
    static QHash<qint64, CaseParty> firstReporters(const Database &db, const QList<qint64> &caseIds);
};

} // namespace zz
