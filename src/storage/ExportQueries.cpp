#include "ExportQueries.h"

#include "Database.h"
#include "Query.h"

using namespace Qt::StringLiterals;

namespace zz {

namespace {
constexpr qsizetype maxIdsPerQuery = 500;
} // namespace

QHash<qint64, QString> ExportQueries::caseAddresses(const Database &db, const QList<qint64> &caseIds)
{
    QHash<qint64, QString> out;
    for (qsizetype start = 0; start < caseIds.size(); start += maxIdsPerQuery) {
        const QList<qint64> chunk = caseIds.mid(start, maxIdsPerQuery);
        Query q(db, u"SELECT id, address FROM cases WHERE id IN (%1)"_s.arg(inListMarkers(chunk.size())));
        for (const qint64 id : chunk)
            q.bind(id);
        q.exec();
        while (q.next())
            out.insert(q.int64(0), q.text(1));
    }
    return out;
}

QHash<qint64, CaseLedgerDetail> ExportQueries::caseLedgerDetails(const Database &db,
                                                                 const QList<qint64> &caseIds)
{
    QHash<qint64, CaseLedgerDetail> out;
    const auto step = [](const QString &column) {
        return u"coalesce(i.%1, (SELECT min(f.at) FROM case_flow f WHERE f.case_id = c.id AND f.action = ?))"_s
            .arg(column);
    };
    for (qsizetype start = 0; start < caseIds.size(); start += maxIdsPerQuery) {
        const QList<qint64> chunk = caseIds.mid(start, maxIdsPerQuery);
        Query q(db,
                u"SELECT c.id, c.description, c.address, c.closed_at, c.satisfaction, c.dispute_settled, "_s +
                    step(u"registered_at"_s) + u", "_s + step(u"dispatched_at"_s) + u", "_s +
                    step(u"feedback_at"_s) +
                    u" FROM cases c LEFT JOIN case_imports i ON i.case_id = c.id WHERE c.id IN (%1)"_s.arg(
                        inListMarkers(chunk.size())));
        q.bind(code(CaseAction::Register))
            .bind(code(CaseAction::Dispatch))
            .bind(code(CaseAction::SubmitFeedback));
        for (const qint64 id : chunk)
            q.bind(id);
        for (q.exec(); q.next();) {
            CaseLedgerDetail d;
            d.description = q.text(1);
            d.address = q.text(2);
            d.closedAt = q.time(3);
            d.satisfaction = q.text(4);
            if (!q.isNull(5))
                d.settled = q.boolean(5);
            d.registeredAt = q.time(6);
            d.dispatchedAt = q.time(7);
            d.feedbackAt = q.time(8);
            out.insert(q.int64(0), d);
        }
    }
    return out;
}

qint64 ExportQueries::callbacks(const Database &db, const QString &scopePath, qint64 viewerUserId,
                                const QDateTime &from, const QDateTime &to, int pageSize,
                                const std::function<void(const QList<CallbackExportRow> &)> &onPage)
{
    qint64 afterId = 0;
    qint64 total = 0;
    while (true) {
        QString sql =
            u"SELECT b.id, c.case_no, c.title, c.org_unit_id, b.method, b.called_at, b.person, b.result, "
            "b.note, b.actor_name FROM callbacks b JOIN cases c ON c.id = b.case_id WHERE b.id > ?"_s;
        if (!scopePath.isEmpty())
            sql += u" AND c.org_path LIKE ?"_s;
        if (viewerUserId > 0)
            sql += u" AND (c.confidential = ? OR c.created_by = ? OR c.id IN (SELECT a.case_id FROM "
                   u"case_access a "
                   "WHERE a.user_id = ?))"_s;
        if (from.isValid())
            sql += u" AND b.called_at >= ?"_s;
        if (to.isValid())
            sql += u" AND b.called_at < ?"_s;
        sql += u" ORDER BY b.id LIMIT ?"_s;
        Query q(db, sql);
        q.bind(afterId);
        if (!scopePath.isEmpty())
            q.bind(QString(scopePath + u'%'));
        if (viewerUserId > 0)
            q.bind(false).bind(viewerUserId).bind(viewerUserId);
        if (from.isValid())
            q.bindTime(from);
        if (to.isValid())
            q.bindTime(to);
        q.bind(pageSize);
        q.exec();
        QList<CallbackExportRow> rows;
        while (q.next()) {
            CallbackExportRow r;
            r.id = q.int64(0);
            r.caseNo = q.text(1);
            r.caseTitle = q.text(2);
            r.orgUnitId = q.int64(3);
            r.method = q.text(4);
            r.calledAt = q.time(5);
            r.person = q.text(6);
            r.result = q.text(7);
            r.note = q.text(8);
            r.actorName = q.text(9);
            rows << r;
        }
        if (rows.isEmpty())
            break;
        afterId = rows.constLast().id;
        total += rows.size();
        onPage(rows);
        if (rows.size() < pageSize)
            break;
    }
    return total;
}

} // namespace zz
