#include "petition/PetitionLedgerRows.h"

#include "Database.h"
#include "Query.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

QDate dateFrom(const QString &text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

Query idQuery(const Database &db, const QString &sql, const QList<qint64> &ids)
{
    Query q(db, sql.arg(inListMarkers(ids.size())));
    for (const qint64 id : ids)
        q.bind(id);
    q.exec();
    return q;
}

} // namespace

PetitionLedgerRows::PetitionLedgerRows(const Database &db, const Actor &actor)
    : m_db(db), m_actor(actor), m_repository(db, actor)
{}

QList<PetitionLedgerRow> PetitionLedgerRows::page(const PetitionBoardFilter &filter, int limit, QDate today,
                                                  const std::optional<PetitionBoardKey> &after) const
{
    const QList<PetitionBoardRow> board = m_repository.page(filter, limit, today, 3, after);
    if (board.isEmpty())
        return {};
    QList<qint64> ids;
    QHash<qint64, qsizetype> at;
    QList<PetitionLedgerRow> out;
    for (const PetitionBoardRow &r : board) {
        at.insert(r.id, out.size());
        ids << r.id;
        PetitionLedgerRow row;
        row.board = r;
        out << row;
    }

    {
        Query q = idQuery(m_db,
                          u"SELECT "_s + PetitionRepository::petitionColumns() +
                              u", d.name FROM petitions p LEFT JOIN departments d ON d.id = p.department_id "
                              "WHERE p.id IN (%1)"_s,
                          ids);
        while (q.next()) {
            PetitionLedgerRow &row = out[at.value(q.int64(0))];
            row.petition = PetitionRepository::fromRow(q);
            row.departmentName = q.text(36);
        }
    }
    {
        // The first petitioner or representative (a protected reporter is never the ledger's 信访人).
        Query q =
            idQuery(m_db,
                    u"SELECT pp.petition_id, s.id, s.township_id, s.name, s.resident_id, s.phone, "
                    "s.address, s.version FROM petition_persons pp JOIN persons s ON s.id = pp.person_id "
                    "WHERE pp.petition_id IN (%1) AND pp.role <> 'reporter' "
                    "ORDER BY pp.petition_id, pp.sort_order, pp.id"_s,
                    ids);
        while (q.next()) {
            PetitionLedgerRow &row = out[at.value(q.int64(0))];
            if (row.petitioner)
                continue;
            Person s;
            s.id = q.int64(1);
            s.townshipId = q.int64(2);
            s.name = q.text(3);
            s.residentId = q.text(4);
            s.phone = q.text(5);
            s.address = q.text(6);
            s.version = q.integer(7);
            row.petitioner = s;
        }
    }
    {
        Query q = idQuery(m_db,
                          u"SELECT "_s + PetitionRepository::flowColumns() +
                              u" FROM petition_flow WHERE petition_id IN (%1) ORDER BY petition_id, id"_s,
                          ids);
        while (q.next()) {
            const PetitionFlowEntry f = PetitionRepository::flowFromRow(q);
            out[at.value(f.petitionId)].flow << f;
        }
    }
    {
        Query q = idQuery(m_db,
                          u"SELECT id, petition_id, kind, start_date, base_due_date, due_date, days, "
                          "working_days, extension_days, state, max_extension_days, met_on "
                          "FROM petition_clocks WHERE petition_id IN (%1) ORDER BY petition_id, id"_s,
                          ids);
        while (q.next()) {
            PetitionClockRecord c;
            c.id = q.int64(0);
            c.petitionId = q.int64(1);
            c.value.kind = fromCode<ClockKind>(q.text(2)).value_or(ClockKind::AcceptanceNotice);
            c.value.start = dateFrom(q.text(3));
            c.baseDue = dateFrom(q.text(4));
            c.value.due = dateFrom(q.text(5));
            c.value.days = q.integer(6);
            c.value.workingDays = q.boolean(7);
            c.value.extensionDays = q.integer(8);
            c.storedState = q.text(9);
            c.value.maxExtensionDays = q.integer(10);
            c.value.metOn = dateFrom(q.text(11));
            out[at.value(c.petitionId)].clocks << c;
        }
    }
    {
        Query q =
            idQuery(m_db,
                    u"SELECT petition_id, id, kind, delivered_on, delivery_method FROM petition_documents "
                    "WHERE petition_id IN (%1) AND delivered_on IS NOT NULL ORDER BY petition_id, id"_s,
                    ids);
        while (q.next()) {
            PetitionLedgerRow &row = out[at.value(q.int64(0))];
            PetitionDocumentRecord d;
            d.petitionId = q.int64(0);
            d.id = q.int64(1);
            d.kind = fromCode<DocumentKind>(q.text(2)).value_or(DocumentKind::AcceptanceNotice);
            d.deliveredOn = dateFrom(q.text(3));
            if (!q.isNull(4) && !q.text(4).isEmpty())
                d.deliveryMethod = fromCode<DeliveryMethod>(q.text(4));
            if (!row.delivery && d.deliveryMethod)
                row.delivery = d.deliveryMethod;
            row.delivered << d;
        }
    }
    return out;
}

} // namespace zz
