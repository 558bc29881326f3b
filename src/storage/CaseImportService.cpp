#include "CaseImportService.h"

#include "AuditLog.h"
#include "CaseScope.h"
#include "Database.h"
#include "Error.h"
#include "HotlineCodes.h"
#include "InputLimits.h"
#include "MultiRowInsert.h"
#include "Permissions.h"
#include "Query.h"
#include "Validators.h"
#include "petition/PersonDirectory.h"
#include "petition/PetitionTypes.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <functional>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

struct Place
{
    qint64 id = 0;
    qint64 parentId = 0;
    qint64 townshipId = 0;
    QString path;
    QString code;
    bool active = true;
};

struct CategoryInfo
{
    qint64 parentId = 0;
    bool active = true;
    int limitDays = 15;
    bool workingDays = true;
    QString name;
};

// The reference data a batch is checked against, read once per call.
struct Reference
{
    QHash<qint64, Place> places;
    QHash<qint64, CategoryInfo> categories;
    QHash<qint64, bool> departments; // id → active

    explicit Reference(const Database &db)
    {
        Query units(db, u"SELECT id, parent_id, township_id, path, code, active FROM org_units"_s);
        for (units.exec(); units.next();)
            places.insert(units.int64(0), Place{units.int64(0), units.int64(1), units.int64(2), units.text(3),
                                                units.text(4), units.boolean(5)});
        Query cats(db,
                   u"SELECT id, parent_id, active, time_limit_days, working_days, name FROM categories"_s);
        for (cats.exec(); cats.next();)
            categories.insert(cats.int64(0), CategoryInfo{cats.int64(1), cats.boolean(2), cats.integer(3),
                                                          cats.boolean(4), cats.text(5)});
        Query deps(db, u"SELECT id, active FROM departments"_s);
        for (deps.exec(); deps.next();)
            departments.insert(deps.int64(0), deps.boolean(1));
    }

    // The place and every unit above it are active.
    bool activePlace(const Place &p) const
    {
        for (const Place *u = &p; u;) {
            if (!u->active)
                return false;
            const auto it = places.constFind(u->parentId);
            u = it == places.cend() ? nullptr : &it.value();
        }
        return true;
    }
};

// A row ready to be stored: the input and what the checks worked out.
struct Prepared
{
    int index = 0; // into the results
    ImportedCase in;
    QString key;
    QString rowHash;
    qint64 townshipId = 0;
    qint64 countyId = 0;
    QString townshipCode;
    QString path;
    int year = 0;
    QDateTime stepAt;
    bool deadlineWorking = true;
    QString note;
    qint64 flagCaseId = 0;
    QString flagReason;
};

QString sha1(const QStringList &parts)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    for (const QString &p : parts) {
        const QByteArray b = p.toUtf8();
        h.addData(QByteArray::number(b.size()) + ':');
        h.addData(b);
    }
    return QString::fromLatin1(h.result().toHex());
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? QString::number(t.toSecsSinceEpoch()) : QString();
}

QString optionalCode(const std::optional<Satisfaction> &s)
{
    return s ? code(*s) : QString();
}

QString settledText(const std::optional<bool> &b)
{
    return b ? (*b ? u"1"_s : u"0"_s) : QString();
}

QVariant nullableTime(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QString lookupCode()
{
    return u"%1"_s.arg(QRandomGenerator::system()->bounded(1000000), 6, 10, QChar(u'0'));
}

const QString openStatuses =
    u"('reported', 'registered', 'dispatched', 'in_progress', 'feedback', 'verified')"_s;

// The flow action that brings a case to a status (mirrors zz_import_action()).
QString actionFor(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Reported:
        return code(CaseAction::Report);
    case CaseStatus::Registered:
        return code(CaseAction::Register);
    case CaseStatus::Declined:
        return code(CaseAction::Decline);
    case CaseStatus::Dispatched:
        return code(CaseAction::Dispatch);
    case CaseStatus::InProgress:
        return code(CaseAction::Sign);
    case CaseStatus::Feedback:
        return code(CaseAction::SubmitFeedback);
    case CaseStatus::Verified:
        return code(CaseAction::Verify);
    case CaseStatus::Closed:
        return code(CaseAction::Close);
    case CaseStatus::Archived:
        return code(CaseAction::Archive);
    }
    return code(CaseAction::Report);
}

// SQLite: audit rows for a whole batch, chained from the log's head once (the caller's transaction
// holds the write lock, as AuditLog::record's does).
class AuditBatch
{
public:
    AuditBatch(const Database &db, const Actor &actor, qint64 at) : m_db(db), m_actor(actor), m_at(at)
    {
        Query last(db, u"SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"_s);
        if (last.exec().next()) {
            m_id = last.int64(0);
            m_prev = last.text(1);
        } else {
            m_prev = AuditLog::genesisHash();
        }
        last.raw().finish();
        if (actor.userId > 0)
            m_login =
                Query(db, u"SELECT login FROM users WHERE id = ?"_s).bind(actor.userId).scalar().toString();
    }

    void append(const QString &action, qint64 caseId, const QString &detail)
    {
        ++m_id;
        const QString hash = AuditLog::hashOf(m_prev, m_id, m_at, m_actor.userId > 0 ? m_actor.userId : 0,
                                              m_login, action, u"case"_s, caseId, detail);
        m_insert.add({m_id, m_at,
                      m_actor.userId > 0 ? QVariant(m_actor.userId) : QVariant(QMetaType::fromType<qint64>()),
                      m_login, action, u"case"_s,
                      caseId > 0 ? QVariant(caseId) : QVariant(QMetaType::fromType<qint64>()), detail, m_prev,
                      hash});
        m_prev = hash;
    }

    // Sends the rows appended so far (append() sends them in batches; call this before the log is read).
    void flush() { m_insert.flush(); }

private:
    const Database &m_db;
    Actor m_actor;
    qint64 m_at;
    qint64 m_id = 0;
    QString m_prev;
    QString m_login;
    MultiRowInsert m_insert{
        m_db,
        u"INSERT INTO audit_log (id, at, actor_user_id, actor_login, action, object_type, "
        "object_id, detail, prev_hash, hash)"_s,
        u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {},
        200};
};

// The caller's open petition (信访) on the same matter — at the same place, or a village's or grid's
// petition around the order's place — found through the petitions' own person matching (PersonDirectory:
// the same ID number or phone, within the account's scope). Petitions name no category, so the place
// alone says "the same matter" here.
void flagOpenPetition(const Database &db, const Actor &actor, const QString &scope, Prepared &p,
                      ImportRowResult &r)
{
    const PersonDirectory directory(db, actor);
    for (const CaseParty &party : std::as_const(p.in.parties)) {
        PersonQuery query;
        query.residentId = party.residentId.size() == 18 ? party.residentId : QString();
        query.phone = party.phone;
        if (query.residentId.isEmpty() && query.phone.isEmpty())
            continue;
        QVariantList persons;
        bool byPhone = false;
        for (const PersonMatch &m : directory.match(query))
            if (m.source == PersonMatch::Source::Person) {
                persons << m.id;
                byPhone = byPhone || m.matchedBy.testFlag(PersonMatch::MatchedBy::Phone);
            }
        if (persons.isEmpty())
            continue;
        Query q(db,
                u"SELECT t.id, t.petition_no, t.status FROM petitions t "
                "JOIN petition_persons pp ON pp.petition_id = t.id JOIN org_units o ON o.id = t.org_unit_id "
                "WHERE pp.person_id IN ("_s +
                    inListMarkers(persons.size()) +
                    u") AND t.org_path LIKE ? AND (t.org_unit_id = ? OR (o.level >= 3 AND "
                    "(? LIKE t.org_path || '%' OR t.org_path LIKE ? || '%'))) "
                    "ORDER BY t.received_at DESC, t.id DESC"_s);
        for (const QVariant &id : std::as_const(persons))
            q.bind(id);
        q.bind(scope + u"%"_s).bind(p.in.orgUnitId).bind(p.path).bind(p.path).exec();
        while (q.next()) {
            const auto status = fromCode<PetitionStatus>(q.text(2));
            if (!status || isFinal(*status))
                continue;
            r.flaggedPetitionId = q.int64(0);
            r.flaggedPetitionNo = q.text(1);
            const QString who =
                byPhone ? CaseImportService::tr("来电号码相同") : CaseImportService::tr("身份证号相同");
            p.flagReason = CaseImportService::tr("来电人已有在办信访件 %1（%2，同一地点）")
                               .arg(r.flaggedPetitionNo, who);
            r.flagReason = p.flagReason;
            p.note += CaseImportService::tr("；%1").arg(p.flagReason);
            return;
        }
    }
}

using Settle = std::function<void(const Prepared &, qint64, const QString &, const QString &)>;

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

// Rows stored per round: their cases go in first (a few multi-row statements), then everything that
// names a case id — flow, parties, call-backs, import marks, work orders, audit — in multi-row statements.
constexpr qsizetype sqliteRound = 500;

// SQLite: the program does what zz_case_import() does on PostgreSQL, inside the caller's transaction.
// Rows are written many per statement (MultiRowInsert): one statement per row and table made the
// cases' FTS5 and grams indexes write out their pending terms after every row, and cost twice the time.
void storeOnSqlite(const Database &db, CaseImportService::Kind kind, const QList<Prepared> &ready,
                   const Actor &actor, const QDateTime &now, const Settle &settle)
{
    const qint64 at = now.toSecsSinceEpoch();
    const bool hotline = kind == CaseImportService::Kind::Hotline;
    AuditBatch audit(db, actor, at);
    Query counterRow(db, u"INSERT INTO case_counters (township_id, year, last_seq) VALUES (?, ?, 0) "
                         "ON CONFLICT (township_id, year) DO NOTHING"_s);
    Query raiseCounter(
        db, u"UPDATE case_counters SET last_seq = max(last_seq, ?) WHERE township_id = ? AND year = ?"_s);
    Query reserve(db, u"UPDATE case_counters SET last_seq = last_seq + ? WHERE township_id = ? AND year = ? "
                      "RETURNING last_seq"_s);
    MultiRowInsert insert(
        db,
        u"INSERT INTO cases (case_no, township_id, year, seq, lookup_code, title, description, source, "
        "nature, category_id, org_unit_id, org_path, address, urgency, risk, status, level_org_unit_id, "
        "department_id, received_at, deadline_at, deadline_working, closed_at, supervise_level, "
        "satisfaction, dispute_settled, confidential, created_by, updated_at, version, idempotency_key)"_s,
        u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'green', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 1, ?)"_s,
        u"RETURNING id, idempotency_key"_s);
    QHash<QString, qint64> newIds; // idempotency key → id of the case just inserted
    insert.onReturned([&newIds](Query &q) { newIds.insert(q.text(1), q.int64(0)); });
    MultiRowInsert flow(db,
                        u"INSERT INTO case_flow (case_id, action, from_status, to_status, actor_user_id, "
                        "actor_name, from_org_unit_id, to_org_unit_id, department_id, note, at)"_s,
                        u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s, {}, 200);
    MultiRowInsert party(db,
                         u"INSERT INTO case_parties (case_id, role, name, resident_id, phone, anonymous)"_s,
                         u"(?, ?, ?, ?, ?, 0)"_s, {}, 200);
    MultiRowInsert callback(db,
                            u"INSERT INTO callbacks (case_id, method, called_at, person, result, note, "
                            "actor_user_id, actor_name, at)"_s,
                            u"(?, 'phone', ?, '', ?, '', ?, ?, ?)"_s, {}, 200);
    Query callbackExists(db, u"SELECT 1 FROM callbacks WHERE case_id = ? AND result = ?"_s);
    // The ledger's step dates are kept as given (0050): the case ledger export reads them where the flow
    // log has no row of that step.
    MultiRowInsert imported(db,
                            u"INSERT INTO case_imports (case_id, kind, row_hash, imported_at, imported_by, "
                            "registered_at, dispatched_at, feedback_at)"_s,
                            u"(?, ?, ?, ?, ?, ?, ?, ?)"_s,
                            u"ON CONFLICT (case_id) DO UPDATE SET row_hash = excluded.row_hash, "
                            "imported_at = excluded.imported_at, imported_by = excluded.imported_by, "
                            "registered_at = excluded.registered_at, dispatched_at = excluded.dispatched_at, "
                            "feedback_at = excluded.feedback_at"_s,
                            200);
    Query update(db,
                 u"UPDATE cases SET title = ?, description = ?, address = ?, category_id = ?, source = ?, "
                 "nature = ?, urgency = ?, status = ?, department_id = ?, deadline_at = ?, closed_at = ?, "
                 "supervise_level = CASE WHEN ? = 'none' THEN supervise_level ELSE ? END, satisfaction = ?, "
                 "dispute_settled = ?, updated_at = ?, version = version + 1 WHERE id = ?"_s);
    // Keys are unique within a call, so no order appears twice in one statement.
    MultiRowInsert order(
        db,
        u"INSERT INTO hotline_orders (county_id, order_no, township_id, case_id, status_raw, result_raw, "
        "satisfaction_raw, unit_raw, called_at, due_at, flag_case_id, flag_reason, updated_at)"_s,
        u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        u"ON CONFLICT (county_id, order_no) DO UPDATE SET "
        "case_id = excluded.case_id, status_raw = excluded.status_raw, result_raw = excluded.result_raw, "
        "satisfaction_raw = excluded.satisfaction_raw, unit_raw = excluded.unit_raw, "
        "due_at = excluded.due_at, flag_case_id = coalesce(hotline_orders.flag_case_id, "
        "excluded.flag_case_id), flag_reason = CASE WHEN hotline_orders.flag_case_id IS NULL "
        "THEN excluded.flag_reason ELSE hotline_orders.flag_reason END, updated_at = excluded.updated_at, "
        "version = hotline_orders.version + 1 "
        "WHERE hotline_orders.status_raw IS NOT excluded.status_raw "
        "OR hotline_orders.result_raw IS NOT excluded.result_raw "
        "OR hotline_orders.satisfaction_raw IS NOT excluded.satisfaction_raw "
        "OR hotline_orders.unit_raw IS NOT excluded.unit_raw OR hotline_orders.due_at IS NOT excluded.due_at"_s,
        200);
    Query orderOwner(db, u"SELECT township_id FROM hotline_orders WHERE county_id = ? AND order_no = ?"_s);

    const QVariant noSatisfaction(QMetaType::fromType<QString>());
    const QVariant noSettled(QMetaType::fromType<bool>());
    const QVariant noStatus(QMetaType::fromType<QString>());
    const QString importKind = hotline ? u"hotline"_s : u"ledger"_s;
    // The rows imported before, and the case numbers a ledger keeps that are taken already, found in a
    // few statements.
    struct Found
    {
        qint64 id = 0;
        QString caseNo, status, path, hash;
        bool fromImport = false;
    };
    QHash<QString, Found> found;
    QSet<QString> takenNumbers;
    for (qsizetype from = 0; from < ready.size(); from += 400) {
        const qsizetype to = qMin(ready.size(), from + 400);
        Query q(db,
                u"SELECT c.idempotency_key, c.id, c.case_no, c.status, c.org_path, i.row_hash FROM cases c "
                "LEFT JOIN case_imports i ON i.case_id = c.id WHERE c.idempotency_key IN ("_s +
                    inListMarkers(to - from) + u")"_s);
        for (qsizetype i = from; i < to; ++i)
            q.bind(ready[i].key);
        for (q.exec(); q.next();)
            found.insert(q.text(0),
                         Found{q.int64(1), q.text(2), q.text(3), q.text(4), q.text(5), !q.isNull(5)});
        QVariantList numbers;
        for (qsizetype i = from; i < to; ++i)
            if (!ready[i].in.caseNo.isEmpty() && !found.contains(ready[i].key))
                numbers << ready[i].in.caseNo;
        if (numbers.isEmpty())
            continue;
        Query t(db,
                u"SELECT case_no FROM cases WHERE case_no IN ("_s + inListMarkers(numbers.size()) + u")"_s);
        for (const QVariant &n : std::as_const(numbers))
            t.bind(n);
        for (t.exec(); t.next();)
            takenNumbers.insert(t.text(0));
    }
    // Numbers for the new rows: a kept number of our own form keeps its sequence and raises the counter
    // past it; the others are reserved per township and year in one statement, in row order.
    QHash<qsizetype, int> seqOf;
    QSet<qsizetype> takenRows;
    QMap<std::pair<qint64, int>, QList<qsizetype>> need;
    QMap<std::pair<qint64, int>, int> keptTop;
    for (qsizetype i = 0; i < ready.size(); ++i) {
        const Prepared &p = ready[i];
        if (found.contains(p.key))
            continue;
        const std::pair<qint64, int> group{p.townshipId, p.year};
        if (!p.in.caseNo.isEmpty()) {
            if (takenNumbers.contains(p.in.caseNo)) {
                takenRows.insert(i);
                continue;
            }
            const QString own = p.townshipCode + u'-' + QString::number(p.year) + u'-';
            const QString tail = p.in.caseNo.mid(own.size());
            bool ok = false;
            const int seq =
                p.in.caseNo.startsWith(own) && tail.size() >= 6 && tail.size() <= 9 ? tail.toInt(&ok) : 0;
            if (ok && seq > 0) {
                seqOf.insert(i, seq);
                keptTop[group] = qMax(keptTop.value(group), seq);
                continue;
            }
        }
        need[group] << i;
    }
    const QList<std::pair<qint64, int>> groups = need.keys() + keptTop.keys();
    for (const auto &group : groups) {
        counterRow.bind(group.first).bind(group.second).exec();
        if (keptTop.contains(group))
            raiseCounter.bind(keptTop.take(group)).bind(group.first).bind(group.second).exec();
        if (!need.contains(group))
            continue;
        const QList<qsizetype> rowsOfGroup = need.take(group);
        const int last =
            reserve.bind(int(rowsOfGroup.size())).bind(group.first).bind(group.second).scalar().toInt();
        reserve.raw().finish();
        int seq = last - int(rowsOfGroup.size());
        for (const qsizetype i : rowsOfGroup)
            seqOf.insert(i, ++seq);
    }
    const auto caseNoOf = [&](qsizetype index) {
        const Prepared &p = ready[index];
        return p.in.caseNo.isEmpty()
                   ? u"%1-%2-%3"_s.arg(p.townshipCode).arg(p.year).arg(seqOf.value(index), 6, 10, QChar(u'0'))
                   : p.in.caseNo;
    };
    const auto addFlow = [&](qint64 caseId, const QString &action, const QVariant &from, const QString &to,
                             qint64 fromUnit, qint64 toUnit, qint64 departmentId, const QString &note,
                             qint64 when) {
        flow.add({caseId, action, from, to, idOrNull(actor.userId), actor.name, idOrNull(fromUnit),
                  idOrNull(toUnit), idOrNull(departmentId), note, when});
    };

    for (qsizetype round = 0; round < ready.size(); round += sqliteRound) {
        const qsizetype roundEnd = qMin(ready.size(), round + sqliteRound);
        // The round's new cases first: the rest of their rows name their ids.
        newIds.clear();
        for (qsizetype index = round; index < roundEnd; ++index) {
            const Prepared &p = ready[index];
            if (found.contains(p.key) || takenRows.contains(index))
                continue;
            const ImportedCase &c = p.in;
            insert.add({caseNoOf(index),
                        p.townshipId,
                        p.year,
                        seqOf.value(index),
                        lookupCode(),
                        c.title,
                        c.description,
                        code(c.source),
                        code(c.nature),
                        c.categoryId,
                        c.orgUnitId,
                        p.path,
                        c.address,
                        code(c.urgency),
                        code(c.status),
                        p.townshipId,
                        idOrNull(c.departmentId),
                        c.receivedAt.toSecsSinceEpoch(),
                        nullableTime(c.deadline),
                        p.deadlineWorking,
                        nullableTime(c.closedAt),
                        code(c.supervise),
                        c.satisfaction ? QVariant(code(*c.satisfaction)) : noSatisfaction,
                        c.disputeSettled ? QVariant(*c.disputeSettled) : noSettled,
                        idOrNull(actor.userId),
                        at,
                        p.key});
        }
        insert.flush();

        for (qsizetype index = round; index < roundEnd; ++index) {
            const Prepared &p = ready[index];
            const ImportedCase &c = p.in;
            const QString status = code(c.status);
            const QVariant satisfaction = c.satisfaction ? QVariant(code(*c.satisfaction)) : noSatisfaction;
            const QVariant settled = c.disputeSettled ? QVariant(*c.disputeSettled) : noSettled;
            if (hotline) {
                orderOwner.bind(p.countyId).bind(c.orderNo).exec();
                const bool foreign = orderOwner.next() && orderOwner.int64(0) != p.townshipId;
                orderOwner.raw().finish();
                if (foreign)
                    throw Error(
                        Error::Kind::Forbidden,
                        CaseImportService::tr("工单 %1 属于其他乡镇(街道)，不能在此导入。").arg(c.orderNo));
            }
            qint64 caseId = 0;
            QString caseNo;
            QString outcome;
            if (const auto hit = found.constFind(p.key); hit != found.cend()) {
                caseId = hit->id;
                caseNo = hit->caseNo;
                const QString oldStatus = hit->status;
                // The same rules as zz_case_import(): only an imported case within the scope is updated.
                if (!hit->fromImport || !hit->path.startsWith(CaseScope(db, actor).path()))
                    throw Error(Error::Kind::Forbidden,
                                CaseImportService::tr("第 %1 行对应的案件不在您的管辖范围内。").arg(c.row));
                if (hit->hash == p.rowHash) {
                    outcome = u"unchanged"_s;
                } else {
                    outcome = u"updated"_s;
                    update.bind(c.title)
                        .bind(c.description)
                        .bind(c.address)
                        .bind(c.categoryId)
                        .bind(code(c.source))
                        .bind(code(c.nature))
                        .bind(code(c.urgency))
                        .bind(status)
                        .bindId(c.departmentId)
                        .bindTime(c.deadline)
                        .bindTime(c.closedAt)
                        .bind(code(c.supervise))
                        .bind(code(c.supervise))
                        .bind(satisfaction)
                        .bind(settled)
                        .bind(at)
                        .bind(caseId)
                        .exec();
                    if (oldStatus != status) {
                        addFlow(caseId, actionFor(c.status), oldStatus, status, p.townshipId, p.townshipId,
                                c.departmentId, p.note, qMax(p.stepAt.toSecsSinceEpoch(), at));
                        audit.append(QString(AuditAction::CaseAction), caseId,
                                     AuditLog::caseDetail(actionFor(c.status), oldStatus, status, p.note));
                    } else {
                        audit.append(u"case_import"_s, caseId, u"update"_s);
                    }
                    if (c.satisfaction && c.closedAt.isValid()) {
                        callbackExists.bind(caseId).bind(code(*c.satisfaction)).exec();
                        const bool has = callbackExists.next();
                        callbackExists.raw().finish();
                        if (!has)
                            callback.add({caseId, c.closedAt.toSecsSinceEpoch(), code(*c.satisfaction),
                                          idOrNull(actor.userId), actor.name, at});
                    }
                    imported.add({caseId, importKind, p.rowHash, at, idOrNull(actor.userId),
                                  nullableTime(c.registeredAt), nullableTime(c.dispatchedAt),
                                  nullableTime(c.feedbackAt)});
                }
            } else {
                if (takenRows.contains(index)) {
                    settle(p, 0, QString(), u"taken"_s);
                    continue;
                }
                caseNo = caseNoOf(index);
                caseId = newIds.value(p.key);
                if (caseId <= 0)
                    throw Error(Error::Kind::Storage,
                                CaseImportService::tr("第 %1 行未能保存，导入已撤销。").arg(c.row),
                                u"case import: no id returned for a new case"_s);
                outcome = u"added"_s;
                addFlow(caseId, code(CaseAction::Report), noStatus, code(CaseStatus::Reported),
                        actor.orgUnitId, p.townshipId, 0, p.note, c.receivedAt.toSecsSinceEpoch());
                audit.append(QString(AuditAction::CaseReport), caseId,
                             AuditLog::caseDetail(code(CaseAction::Report), QString(),
                                                  code(CaseStatus::Reported), p.note));
                if (c.status != CaseStatus::Reported) {
                    addFlow(caseId, actionFor(c.status), code(CaseStatus::Reported), status, p.townshipId,
                            p.townshipId, c.departmentId, p.note, p.stepAt.toSecsSinceEpoch());
                    audit.append(QString(AuditAction::CaseAction), caseId,
                                 AuditLog::caseDetail(actionFor(c.status), code(CaseStatus::Reported), status,
                                                      p.note));
                }
                if (c.supervise != SuperviseLevel::None) {
                    addFlow(caseId, code(CaseAction::Supervise), status, status, p.townshipId, p.townshipId,
                            0, p.note, p.stepAt.toSecsSinceEpoch());
                    audit.append(QString(AuditAction::CaseAction), caseId,
                                 AuditLog::caseDetail(code(CaseAction::Supervise), status, status, p.note));
                }
                for (const CaseParty &pt : c.parties)
                    party.add({caseId, code(pt.role), pt.name, pt.residentId, pt.phone});
                if (c.satisfaction && c.closedAt.isValid())
                    callback.add({caseId, c.closedAt.toSecsSinceEpoch(), code(*c.satisfaction),
                                  idOrNull(actor.userId), actor.name, at});
                imported.add({caseId, importKind, p.rowHash, at, idOrNull(actor.userId),
                              nullableTime(c.registeredAt), nullableTime(c.dispatchedAt),
                              nullableTime(c.feedbackAt)});
            }
            if (hotline)
                order.add({p.countyId, c.orderNo, p.townshipId, caseId, c.hotlineStatus, c.hotlineResult,
                           c.hotlineSatisfaction, c.hotlineUnit, c.receivedAt.toSecsSinceEpoch(),
                           nullableTime(c.deadline), idOrNull(p.flagCaseId), p.flagReason, at});
            settle(p, caseId, caseNo, outcome);
        }
        flow.flush();
        party.flush();
        callback.flush();
        imported.flush();
        order.flush();
        audit.flush();
    }
}

} // namespace

CaseImportService::CaseImportService(const Database &db, const Clock &clock, WorkCalendar calendar)
    : m_db(db), m_clock(clock), m_calendar(std::move(calendar))
{}

QList<ImportRowResult> CaseImportService::store(Kind kind, const QList<ImportedCase> &rows,
                                                const Actor &actor)
{
    QList<ImportRowResult> results;
    results.reserve(rows.size());
    if (!Permissions::allows(actor.roles, kind == Kind::Ledger ? Permission::ImportCaseLedger
                                                               : Permission::ImportHotlineOrders))
        throw Error(Error::Kind::Forbidden, kind == Kind::Ledger
                                                ? tr("只有管理员和领导账号可以导入历史案件台账。")
                                                : tr("当前账号的角色不能导入 12345 工单。"));

    const Reference ref(m_db);
    const QString scope = CaseScope(m_db, actor).path();
    const QDateTime now = m_clock.now();
    const QDate today = now.date();
    QHash<QString, int> seenKeys; // key → row, within this call
    QList<Prepared> ready;
    ready.reserve(rows.size());

    for (const ImportedCase &row : rows) {
        ImportRowResult r;
        r.row = row.row;
        const auto reject = [&](const QString &column, const QString &reason) {
            r.outcome = ImportRowResult::Outcome::Rejected;
            r.column = column;
            r.reason = reason;
            results << r;
        };
        Prepared p;
        p.in = row;
        ImportedCase &c = p.in;
        c.title = c.title.trimmed();
        c.description = c.description.trimmed();
        c.address = c.address.trimmed();
        c.caseNo = c.caseNo.trimmed();
        c.orderNo = c.orderNo.trimmed();
        if (c.title.isEmpty())
            c.title = c.description.left(30);
        if (c.title.isEmpty()) {
            reject(u"description"_s, tr("缺少标题或事件描述。"));
            continue;
        }
        if (kind == Kind::Hotline && c.orderNo.isEmpty()) {
            reject(u"order_no"_s, tr("缺少工单编号。"));
            continue;
        }
        if (!c.receivedAt.isValid()) {
            reject(u"received_at"_s, tr("缺少受理时间。"));
            continue;
        }
        if (c.receivedAt > now) {
            reject(u"received_at"_s, tr("受理时间晚于今天。"));
            continue;
        }
        bool partyOk = true;
        for (CaseParty &party : c.parties) {
            party.name = party.name.trimmed();
            party.residentId = party.residentId.trimmed().toUpper();
            party.phone = party.phone.trimmed();
            if (!party.residentId.isEmpty()) {
                const Validation v = Validators::residentId(party.residentId, today);
                if (!v.ok) {
                    reject(u"resident_id"_s, v.message);
                    partyOk = false;
                    break;
                }
            }
            if (!party.phone.isEmpty()) {
                const Validation v = Validators::phone(party.phone);
                if (!v.ok) {
                    reject(u"phone"_s, v.message);
                    partyOk = false;
                    break;
                }
            }
            if (party.name.isEmpty() && (!party.residentId.isEmpty() || !party.phone.isEmpty())) {
                reject(u"name"_s, tr("有身份证号或电话的当事人须填写姓名。"));
                partyOk = false;
                break;
            }
        }
        if (!partyOk)
            continue;
        c.parties.removeIf([](const CaseParty &party) { return party.name.isEmpty(); });

        const auto cat = ref.categories.constFind(c.categoryId);
        if (c.categoryId <= 0 || cat == ref.categories.cend()) {
            reject(u"category"_s, tr("事件类别不存在。"));
            continue;
        }
        const auto parentCat = ref.categories.constFind(cat->parentId);
        if (!cat->active || (parentCat != ref.categories.cend() && !parentCat->active)) {
            reject(u"category"_s, tr("事件类别“%1”已停用。").arg(cat->name));
            continue;
        }
        const auto place = ref.places.constFind(c.orgUnitId);
        if (c.orgUnitId <= 0 || place == ref.places.cend() || place->townshipId <= 0) {
            reject(u"place"_s, tr("事发地点必须在某个乡镇(街道)之内。"));
            continue;
        }
        if (!ref.activePlace(*place)) {
            reject(u"place"_s, tr("事发地点已停用，不能导入案件。"));
            continue;
        }
        if (scope.isEmpty() || !place->path.startsWith(scope)) {
            reject(u"place"_s, tr("事发地点不在您的管辖范围内,不能导入。"));
            continue;
        }
        if (c.departmentId > 0 && !ref.departments.contains(c.departmentId)) {
            reject(u"department"_s, tr("承办部门不存在。"));
            continue;
        }
        const bool closed = c.status == CaseStatus::Closed || c.status == CaseStatus::Archived;
        if (closed && !c.closedAt.isValid()) {
            reject(u"closed_at"_s, tr("已结案的案件须有结案日期。"));
            continue;
        }
        // Ledgers give the steps as dates: a step on the day of receipt is never before it.
        if (closed && c.closedAt.date() < c.receivedAt.date()) {
            reject(u"closed_at"_s, tr("结案日期早于受理时间。"));
            continue;
        }
        if (!closed)
            c.closedAt = {};
        if (closed && c.closedAt < c.receivedAt)
            c.closedAt = c.receivedAt;
        if (closed && c.closedAt > now)
            c.closedAt = now;
        for (const QDateTime *step : {&c.registeredAt, &c.dispatchedAt, &c.feedbackAt})
            if (step->isValid() &&
                (step->date() < c.receivedAt.date() || (closed && step->date() > c.closedAt.date()))) {
                reject(u"steps"_s, tr("办理步骤的日期须在受理与结案之间。"));
                partyOk = false;
                break;
            }
        if (!partyOk)
            continue;
        if (c.title.size() > InputLimits::caseTitle)
            c.title = c.title.left(InputLimits::caseTitle);
        if (c.description.size() > InputLimits::caseDescription || c.address.size() > InputLimits::address) {
            reject(u"description"_s, tr("事件描述或地址超过允许的长度。"));
            continue;
        }

        const Place &township = ref.places.value(place->townshipId);
        p.townshipId = township.id;
        p.townshipCode = township.code;
        p.countyId = township.parentId > 0 ? township.parentId : township.id;
        p.path = place->path;
        p.year = c.receivedAt.date().year();
        if (!c.deadline.isValid()) {
            if (kind == Kind::Hotline) {
                c.deadline = HotlineCodes::dueAt(c.receivedAt, m_calendar);
                p.deadlineWorking = true;
            } else {
                const int days = c.urgency == Urgency::Major    ? 1
                                 : c.urgency == Urgency::Urgent ? qMax(1, (cat->limitDays + 1) / 2)
                                                                : qMax(1, cat->limitDays);
                p.deadlineWorking = cat->workingDays && c.urgency != Urgency::Major;
                c.deadline = m_calendar.deadline(c.receivedAt, days, p.deadlineWorking);
            }
        }
        switch (c.status) {
        case CaseStatus::Closed:
        case CaseStatus::Archived:
            p.stepAt = c.closedAt;
            break;
        case CaseStatus::Feedback:
        case CaseStatus::Verified:
            p.stepAt = c.feedbackAt;
            break;
        case CaseStatus::Dispatched:
        case CaseStatus::InProgress:
            p.stepAt = c.dispatchedAt;
            break;
        default:
            p.stepAt = c.registeredAt;
            break;
        }
        if (!p.stepAt.isValid() || p.stepAt < c.receivedAt)
            p.stepAt = c.receivedAt;

        // The note of the flow rows: where the row came from and the dates of its steps.
        QStringList steps;
        const auto stepText = [&](const QString &name, const QDateTime &t) {
            if (t.isValid())
                steps << tr("%1 %2").arg(name, t.date().toString(Qt::ISODate));
        };
        stepText(tr("立案"), c.registeredAt);
        stepText(tr("派遣"), c.dispatchedAt);
        stepText(tr("反馈"), c.feedbackAt);
        stepText(tr("结案"), c.closedAt);
        if (kind == Kind::Hotline) {
            p.key = u"12345:%1:%2"_s.arg(p.countyId).arg(c.orderNo);
            p.note = tr("12345 工单 %1").arg(c.orderNo);
            if (!c.hotlineStatus.isEmpty())
                p.note += tr("，状态：%1").arg(c.hotlineStatus);
            if (!c.hotlineResult.isEmpty())
                p.note += tr("，办理结果：%1").arg(c.hotlineResult);
        } else {
            p.key = c.caseNo.isEmpty()
                        ? u"ledger:h:"_s +
                              sha1({QString::number(p.townshipId), timeText(c.receivedAt), c.title,
                                    c.description, c.parties.isEmpty() ? QString() : c.parties.first().name,
                                    c.parties.isEmpty() ? QString() : c.parties.first().residentId})
                        : u"ledger:"_s + c.caseNo;
            p.note = tr("历史台账导入");
        }
        if (!steps.isEmpty())
            p.note += tr("（%1）").arg(steps.join(enumerationSeparator()));
        if (const auto first = seenKeys.constFind(p.key); first != seenKeys.cend()) {
            reject(kind == Kind::Hotline ? u"order_no"_s : u"case_no"_s,
                   tr("与第 %1 行重复。").arg(first.value()));
            continue;
        }
        seenKeys.insert(p.key, c.row);

        QStringList parts{p.key,
                          c.caseNo,
                          QString::number(c.orgUnitId),
                          QString::number(c.categoryId),
                          code(c.source),
                          code(c.nature),
                          code(c.urgency),
                          c.title,
                          c.description,
                          c.address,
                          code(c.status),
                          timeText(c.receivedAt),
                          timeText(c.deadline),
                          timeText(c.closedAt),
                          timeText(p.stepAt),
                          QString::number(c.departmentId),
                          code(c.supervise),
                          optionalCode(c.satisfaction),
                          settledText(c.disputeSettled),
                          c.hotlineStatus,
                          c.hotlineResult,
                          c.hotlineSatisfaction,
                          c.hotlineUnit};
        for (const CaseParty &party : std::as_const(c.parties))
            parts << code(party.role) << party.name << party.residentId << party.phone;
        p.rowHash = sha1(parts);
        p.index = int(results.size());
        r.outcome = ImportRowResult::Outcome::Added; // settled when stored
        results << r;
        ready << p;
    }

    // 12345 cross-check: an open case within the scope (the same rule as every list) whose party is the
    // caller — the same phone, or the same name and ID number — on the same matter: the same category
    // or the same place. The order's own case (a re-import) does not count.
    if (kind == Kind::Hotline) {
        Query q(m_db, u"SELECT c.id, c.case_no, c.category_id = ?, p.phone = ? FROM cases c "
                      "JOIN case_parties p ON p.case_id = c.id "
                      "WHERE c.status IN "_s +
                          openStatuses +
                          u" AND c.org_path LIKE ? AND (c.category_id = ? OR c.org_unit_id = ?) "
                          "AND (p.phone = ? OR (p.resident_id = ? AND p.name = ?)) "
                          "AND (c.idempotency_key IS NULL OR c.idempotency_key <> ?) "
                          "ORDER BY c.received_at DESC, c.id DESC LIMIT 1"_s);
        for (Prepared &p : ready) {
            for (const CaseParty &party : std::as_const(p.in.parties)) {
                if (party.phone.isEmpty() && party.residentId.isEmpty())
                    continue;
                q.bind(p.in.categoryId)
                    .bind(party.phone.isEmpty() ? u"-"_s : party.phone)
                    .bind(scope + u"%"_s)
                    .bind(p.in.categoryId)
                    .bind(p.in.orgUnitId)
                    .bind(party.phone.isEmpty() ? u"-"_s : party.phone)
                    .bind(party.residentId.isEmpty() ? u"-"_s : party.residentId)
                    .bind(party.name)
                    .bind(p.key)
                    .exec();
                if (q.next()) {
                    p.flagCaseId = q.int64(0);
                    ImportRowResult &r = results[p.index];
                    r.flaggedCaseId = p.flagCaseId;
                    r.flaggedCaseNo = q.text(1);
                    const QString who = q.boolean(3) ? tr("来电号码相同") : tr("姓名和身份证号相同");
                    const QString what = q.boolean(2) ? tr("同一类别") : tr("同一地点");
                    p.flagReason = tr("来电人已有在办案件 %1（%2，%3）").arg(r.flaggedCaseNo, who, what);
                    r.flagReason = p.flagReason;
                    p.note += tr("；%1").arg(p.flagReason);
                }
                q.raw().finish();
                if (p.flagCaseId)
                    break;
            }
            if (!p.flagCaseId)
                flagOpenPetition(m_db, actor, scope, p, results[p.index]);
        }
    }

    if (ready.isEmpty())
        return results;

    const Settle settle = [&](const Prepared &p, qint64 caseId, const QString &caseNo,
                              const QString &outcome) {
        ImportRowResult &r = results[p.index];
        r.caseId = caseId;
        r.caseNo = caseNo;
        if (outcome == u"added")
            r.outcome = ImportRowResult::Outcome::Added;
        else if (outcome == u"unchanged")
            r.outcome = ImportRowResult::Outcome::Unchanged;
        else if (outcome == u"updated")
            r.outcome = ImportRowResult::Outcome::Updated;
        else {
            r.outcome = ImportRowResult::Outcome::Rejected;
            r.column = u"case_no"_s;
            r.reason = tr("案件编号 %1 已被其他案件使用。").arg(p.in.caseNo);
            r.caseId = 0;
            r.caseNo.clear();
        }
    };

    Transaction tx(m_db);
    if (m_db.isPostgres()) {
        for (qsizetype from = 0; from < ready.size(); from += batchSize) {
            QJsonArray batch;
            const qsizetype to = qMin(ready.size(), from + batchSize);
            for (qsizetype i = from; i < to; ++i) {
                const Prepared &p = ready[i];
                const ImportedCase &c = p.in;
                QJsonArray parties;
                for (const CaseParty &party : c.parties)
                    parties.append(QJsonObject{{u"role"_s, code(party.role)},
                                               {u"name"_s, party.name},
                                               {u"resident_id"_s, party.residentId},
                                               {u"phone"_s, party.phone}});
                QJsonObject o{{u"idx"_s, int(i)},
                              {u"kind"_s, kind == Kind::Hotline ? u"hotline"_s : u"ledger"_s},
                              {u"key"_s, p.key},
                              {u"case_no"_s, c.caseNo},
                              {u"org_unit_id"_s, c.orgUnitId},
                              {u"category_id"_s, c.categoryId},
                              {u"source"_s, code(c.source)},
                              {u"nature"_s, code(c.nature)},
                              {u"urgency"_s, code(c.urgency)},
                              {u"title"_s, c.title},
                              {u"description"_s, c.description},
                              {u"address"_s, c.address},
                              {u"status"_s, code(c.status)},
                              {u"year"_s, p.year},
                              {u"received_at"_s, c.receivedAt.toSecsSinceEpoch()},
                              {u"deadline_working"_s, p.deadlineWorking},
                              {u"step_at"_s, p.stepAt.toSecsSinceEpoch()},
                              {u"department_id"_s, c.departmentId},
                              {u"supervise_level"_s, code(c.supervise)},
                              {u"row_hash"_s, p.rowHash},
                              {u"note"_s, p.note},
                              {u"lookup_code"_s, lookupCode()},
                              {u"parties"_s, parties}};
                if (c.deadline.isValid())
                    o.insert(u"deadline_at"_s, c.deadline.toSecsSinceEpoch());
                if (c.closedAt.isValid())
                    o.insert(u"closed_at"_s, c.closedAt.toSecsSinceEpoch());
                if (c.registeredAt.isValid())
                    o.insert(u"registered_at"_s, c.registeredAt.toSecsSinceEpoch());
                if (c.dispatchedAt.isValid())
                    o.insert(u"dispatched_at"_s, c.dispatchedAt.toSecsSinceEpoch());
                if (c.feedbackAt.isValid())
                    o.insert(u"feedback_at"_s, c.feedbackAt.toSecsSinceEpoch());
                if (c.satisfaction)
                    o.insert(u"satisfaction"_s, code(*c.satisfaction));
                if (c.disputeSettled)
                    o.insert(u"dispute_settled"_s, *c.disputeSettled);
                if (kind == Kind::Hotline)
                    o.insert(u"hotline"_s, QJsonObject{{u"order_no"_s, c.orderNo},
                                                       {u"status_raw"_s, c.hotlineStatus},
                                                       {u"result_raw"_s, c.hotlineResult},
                                                       {u"satisfaction_raw"_s, c.hotlineSatisfaction},
                                                       {u"unit_raw"_s, c.hotlineUnit},
                                                       {u"flag_case_id"_s, p.flagCaseId},
                                                       {u"flag_reason"_s, p.flagReason}});
                batch.append(o);
            }
            Query q(
                m_db,
                u"SELECT idx, case_id, case_no, outcome FROM zz_case_import(?, ?, CAST(? AS jsonb), ?)"_s);
            q.bindId(actor.userId)
                .bind(actor.name)
                .bind(QString::fromUtf8(QJsonDocument(batch).toJson(QJsonDocument::Compact)))
                .bind(now.toSecsSinceEpoch())
                .exec();
            while (q.next())
                settle(ready[q.integer(0)], q.int64(1), q.text(2), q.text(3));
        }
    } else {
        storeOnSqlite(m_db, kind, ready, actor, now, settle);
    }
    tx.commit();
    return results;
}

} // namespace zz
