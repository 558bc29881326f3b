#include "PetitionWrites.h"

#include "AuditLog.h"
#include "Database.h"
#include "Error.h"
#include "Query.h"
#include "petition/DocumentTemplate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace zz::petitionwrites {

namespace {

const QString petitionAction = QString(AuditAction::PetitionAction); // on PostgreSQL written by the server

// "accept registered→handling note" with long digit runs hidden; mirrors zz_audit_petition_flow().
QString flowDetail(const QString &action, const QString &from, const QString &to, const QString &note)
{
    return AuditLog::caseDetail(action, from, to, note);
}

} // namespace

QString dateText(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QVariant dateValue(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QString pausesJson(const QList<ClockPause> &pauses)
{
    QJsonArray a;
    for (const ClockPause &p : pauses) {
        QJsonObject o;
        o.insert(u"from"_s, dateText(p.from));
        o.insert(u"to"_s, p.to.isValid() ? QJsonValue(dateText(p.to)) : QJsonValue());
        o.insert(u"reason"_s, p.reason);
        a.append(o);
    }
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

void recordAudit(const Database &db, const Clock &clock, const Actor &actor, const QString &action,
                 const QString &objectType, qint64 objectId, const QString &detail)
{
    AuditLog(db, clock).record(actor, {}, action, objectType, objectId, detail);
}

void insertFlow(const Database &db, const Clock &clock, qint64 petitionId, const QString &action,
                const QString &from, const QString &to, const Actor &actor, const QString &note,
                const QDateTime &at)
{
    Query(
        db,
        u"INSERT INTO petition_flow (petition_id, action, from_status, to_status, actor_user_id, actor_name, "
        "note, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s)
        .bind(petitionId)
        .bind(action)
        .bind(from.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(from))
        .bind(to)
        .bindId(actor.userId)
        .bind(actor.name)
        .bind(note)
        .bindTime(at)
        .exec();
    recordAudit(db, clock, actor, petitionAction, u"petition"_s, petitionId,
                flowDetail(action, from, to, note));
}

qint64 insertClock(const Database &db, qint64 petitionId, const PetitionClockValue &v, const QString &ruleSet,
                   const QDateTime &now)
{
    return Query(
               db,
               u"INSERT INTO petition_clocks (petition_id, kind, start_date, base_due_date, due_date, days, "
               "working_days, rule_set, rule_version, article, extension_days, pauses, state, created_at, "
               "max_extension_days, hearing_pauses, provisional) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, '[]', 'running', ?, ?, ?, ?) RETURNING id"_s)
        .bind(petitionId)
        .bind(code(v.kind))
        .bind(dateText(v.start))
        .bind(dateText(v.due))
        .bind(dateText(v.due))
        .bind(v.days)
        .bind(v.workingDays)
        .bind(ruleSet)
        .bind(v.ruleVersion)
        .bind(v.article)
        .bindTime(now)
        .bind(v.maxExtensionDays)
        .bind(v.hearingPauses)
        .bind(v.provisional)
        .scalar()
        .toLongLong();
}

void updateClock(const Database &db, const PetitionClockRecord &c)
{
    Query(db,
          u"UPDATE petition_clocks SET due_date = ?, extension_days = ?, pauses = ?, state = ?, met_on = ?, "
          "provisional = ?, version = version + 1 WHERE id = ?"_s)
        .bind(dateText(c.value.due))
        .bind(c.value.extensionDays)
        .bind(pausesJson(c.pauses))
        .bind(c.storedState)
        .bind(dateValue(c.value.metOn))
        .bind(c.value.provisional)
        .bind(c.id)
        .exec();
}

// The next sequence number of a counter row (SQLite; on PostgreSQL the triggers of migration 0026 number).
int nextSequence(const Database &db, const QString &table, const QString &keyColumns, const QVariantList &key)
{
    const QString markers = inListMarkers(key.size());
    Query insert(db,
                 u"INSERT OR IGNORE INTO %1 (%2, last_seq) VALUES (%3, 0)"_s.arg(table, keyColumns, markers));
    for (const QVariant &v : key)
        insert.bind(v);
    insert.exec();
    QStringList where;
    for (const QString &c : keyColumns.split(u", "_s))
        where << c + u" = ?"_s;
    Query update(db, u"UPDATE %1 SET last_seq = last_seq + 1 WHERE %2 RETURNING last_seq"_s.arg(
                         table, where.join(u" AND "_s)));
    for (const QVariant &v : key)
        update.bind(v);
    return update.scalar().toInt();
}

PetitionDocumentRecord insertDocument(const Database &db, const PetitionRecord &p, const DocumentIssue &doc,
                                      const Actor &actor, const QDateTime &now)
{
    if (doc.body.trimmed().isEmpty())
        throw Error(Error::Kind::Validation, PetitionService::tr("文书内容不能为空。"));
    if (!doc.numberPattern.contains(u"{序号}"_s))
        throw Error(Error::Kind::Validation, PetitionService::tr("文号格式中缺少序号。"));
    PetitionDocumentRecord d;
    d.petitionId = p.id;
    d.kind = doc.kind;
    d.year = now.date().year();
    d.templateId = doc.templateId;
    d.body = doc.body;
    d.issuedBy = actor.userId;
    d.issuedAt = now;
    QString pattern = doc.numberPattern;
    pattern.replace(u"{机关代字}"_s, doc.agencyCode);
    pattern.replace(u"{年}"_s, QString::number(d.year));
    pattern.replace(u"{序号}"_s, u"{n}"_s);
    // One counter per number as written before its sequence goes in, whichever township writes it: two
    // townships with the same agency code and pattern share it and never issue the same 文号. The number
    // goes into the text, which is stored as printed. (PostgreSQL: the same in zz_petition_documents_guard,
    // migration 0043.)
    if (db.isSqlite()) {
        Query(db, u"INSERT OR IGNORE INTO petition_document_numbers (pattern, last_seq) VALUES (?, 0)"_s)
            .bind(pattern)
            .exec();
        QString number;
        do {
            d.seq =
                Query(db, u"UPDATE petition_document_numbers SET last_seq = last_seq + 1 WHERE pattern = ? "
                          "RETURNING last_seq"_s)
                    .bind(pattern)
                    .scalar()
                    .toInt();
            number = QString(pattern).replace(u"{n}"_s, QString::number(d.seq));
        } while (Query(db, u"SELECT 1 FROM petition_documents WHERE doc_no = ?"_s)
                     .bind(number)
                     .scalar()
                     .isValid());
        pattern = number;
        d.body.replace(DocumentTemplate::numberMarker(), number.toHtmlEscaped());
    }
    Query q(db, u"INSERT INTO petition_documents (petition_id, kind, doc_no, year, seq, template_id, body, "
                u"issued_by, "
                "issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id, doc_no, seq, body"_s);
    q.bind(p.id)
        .bind(code(doc.kind))
        .bind(pattern)
        .bind(d.year)
        .bind(d.seq)
        .bindId(doc.templateId)
        .bind(d.body);
    q.bindId(actor.userId).bindTime(now).exec();
    if (q.next()) {
        d.id = q.int64(0);
        d.docNo = q.text(1);
        d.seq = q.integer(2);
        d.body = q.text(3);
    }
    q.raw().finish();
    return d;
}

// The clock the board shows: the earliest running one; a paused one when none runs.
void setNextDue(PetitionRecord &p, const QList<PetitionClockRecord> &clocks)
{
    p.nextDueDate = {};
    p.nextClockKind.reset();
    for (const PetitionClockRecord &c : clocks) {
        if (c.storedState == u"running" && (!p.nextDueDate.isValid() || c.value.due < p.nextDueDate)) {
            p.nextDueDate = c.value.due;
            p.nextClockKind = c.value.kind;
        }
    }
    if (!p.nextClockKind) {
        for (const PetitionClockRecord &c : clocks)
            if (c.storedState == u"paused")
                p.nextClockKind = c.value.kind;
    }
}

} // namespace zz::petitionwrites
