#include "PartyDirectory.h"

#include "Database.h"
#include "Query.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace zz {

namespace {
// Well below SQLite's and PostgreSQL's limits on bound values; a list page holds 200 cases.
constexpr qsizetype maxIdsPerQuery = 500;
} // namespace

QHash<qint64, CaseParty> PartyDirectory::firstReporters(const Database &db, const QList<qint64> &caseIds)
{
    QHash<qint64, CaseParty> out;
    for (qsizetype start = 0; start < caseIds.size(); start += maxIdsPerQuery) {
        const QList<qint64> chunk = caseIds.mid(start, maxIdsPerQuery);
        Query q(db,
                u"SELECT id, case_id, role, name, resident_id, phone, anonymous FROM case_parties "
                "WHERE role = ? AND case_id IN (%1) ORDER BY case_id, id"_s.arg(inListMarkers(chunk.size())));
        q.bind(code(PartyRole::Reporter));
        for (const qint64 id : chunk)
            q.bind(id);
        q.exec();
        while (q.next()) {
            const qint64 caseId = q.int64(1);
            if (out.contains(caseId))
                continue;
            CaseParty party;
            party.id = q.int64(0);
            party.caseId = caseId;
            party.role = PartyRole::Reporter;
            party.name = q.text(3);
            party.residentId = q.text(4);
            party.phone = q.text(5);
            party.anonymous = q.boolean(6);
            out.insert(caseId, party);
        }
    }
    return out;
}

} // namespace zz
