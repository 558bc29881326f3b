#include "WorkerRepository.h"

#include "Database.h"
#include "Error.h"
#include "InputLimits.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "Validators.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

// The ID number itself is never read here (on PostgreSQL staff may not): lists get the masked copy.
const QString workerColumns =
    u"w.id, w.org_unit_id, w.code, w.name, w.employment, w.phone, w.resident_id_masked, "
    "w.in_post_date, w.left_post_date, w.is_grid_head, w.active, w.version"_s;
constexpr int workerColumnCount = 12;

QDate dateAt(const Query &q, int column)
{
    return q.isNull(column) ? QDate() : QDate::fromString(q.text(column), Qt::ISODate);
}

QVariant dateValue(QDate day)
{
    return day.isValid() ? QVariant(day.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

Worker readWorker(const Query &q)
{
    Worker w;
    w.id = q.int64(0);
    w.orgUnitId = q.int64(1);
    w.code = q.text(2);
    w.name = q.text(3);
    w.employment = fromCode<Employment>(q.text(4)).value_or(Employment::FullTime);
    w.phone = q.text(5);
    w.residentIdMasked = q.text(6);
    w.inPostDate = dateAt(q, 7);
    w.leftPostDate = dateAt(q, 8);
    w.isGridHead = q.boolean(9);
    w.active = q.boolean(10);
    w.version = q.integer(11);
    return w;
}

const QString assignmentColumns = u"id, worker_id, grid_id, from_date, to_date, is_head, version"_s;

WorkerGrid readAssignment(const Query &q)
{
    WorkerGrid a;
    a.id = q.int64(0);
    a.workerId = q.int64(1);
    a.gridId = q.int64(2);
    a.from = dateAt(q, 3);
    a.to = dateAt(q, 4);
    a.isHead = q.boolean(5);
    a.version = q.integer(6);
    return a;
}

// The WHERE clause of the list and its values, over workers w, units o (the worker's), p (o's parent).
struct FilterSql
{
    QString where;
    QVariantList values;
};

FilterSql filterSql(const Database &db, const WorkerFilter &filter)
{
    FilterSql f;
    f.where = u" WHERE 1 = 1"_s;
    if (filter.orgUnitId > 0) {
        f.where += u" AND o.path LIKE ? ESCAPE '\\'"_s;
        f.values << OrgUnitRepository(db).path(filter.orgUnitId) + u'%';
    }
    if (filter.employment) {
        f.where += u" AND w.employment = ?"_s;
        f.values << code(*filter.employment);
    }
    if (filter.active) {
        f.where += u" AND w.active = ?"_s;
        f.values << *filter.active;
    }
    // "上溪 第2" finds the workers of 上溪村 / 第2网格: every word matches one of the fields.
    for (const QString &word : filter.text.split(u' ', Qt::SkipEmptyParts)) {
        const QString pattern = containsPattern(word);
        f.where +=
            u" AND (w.name LIKE ? ESCAPE '\\' OR w.code LIKE ? ESCAPE '\\' OR w.phone LIKE ? ESCAPE '\\'"
            " OR o.name LIKE ? ESCAPE '\\' OR (o.level = 4 AND p.name LIKE ? ESCAPE '\\'))"_s;
        for (int i = 0; i < 5; ++i)
            f.values << pattern;
    }
    return f;
}

const QString listFrom = u" FROM workers w JOIN org_units o ON o.id = w.org_unit_id"
                         " LEFT JOIN org_units p ON p.id = o.parent_id"
                         " LEFT JOIN org_units t ON t.id = o.township_id"_s;

} // namespace

void WorkerRepository::validate(const Worker &worker) const
{
    InputLimits::check(worker);
    if (worker.name.trimmed().isEmpty())
        throw Error(Error::Kind::Validation, tr("请填写网格员姓名。"));
    static const QRegularExpression codeShape(u"^[A-Za-z0-9][A-Za-z0-9-]*$"_s);
    if (const QString c = worker.code.trimmed(); !c.isEmpty() && !codeShape.match(c).hasMatch())
        throw Error(Error::Kind::Validation, tr("网格员编号只能由字母、数字和连字符组成。"));
    if (const QString phone = worker.phone.trimmed(); !phone.isEmpty())
        if (const Validation v = Validators::phone(phone); !v)
            throw Error(Error::Kind::Validation, v.message);
    if (const QString id = worker.residentId.trimmed(); !id.isEmpty())
        if (const Validation v = Validators::residentId(id); !v)
            throw Error(Error::Kind::Validation, v.message);
    if (worker.inPostDate.isValid() && worker.leftPostDate.isValid() &&
        worker.leftPostDate < worker.inPostDate)
        throw Error(Error::Kind::Validation, tr("离岗日期不能早于到岗日期。"));
}

qint64 WorkerRepository::create(Worker &worker, QDate today)
{
    validate(worker);
    const auto unit = OrgUnitRepository(m_db).get(worker.orgUnitId);
    if (!unit)
        throw Error(Error::Kind::Validation, tr("请选择网格员所属的乡镇、村(社区)或网格。"));
    Transaction tx(m_db);
    QString code = worker.code.trimmed();
    if (code.isEmpty()) {
        code = nextCode(worker.orgUnitId);
    } else if (const auto holder = byCode(code)) {
        throw Error(Error::Kind::Validation, tr("编号“%1”已被网格员“%2”使用。").arg(code, holder->name));
    }
    const bool onGrid = unit->level == OrgLevel::Grid;
    Query q(m_db,
            u"INSERT INTO workers (org_unit_id, code, name, employment, phone, resident_id, in_post_date, "
            "left_post_date, is_grid_head, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    q.bind(worker.orgUnitId)
        .bind(code)
        .bind(worker.name.trimmed())
        .bind(zz::code(worker.employment))
        .bind(worker.phone.trimmed())
        .bind(worker.residentId.trimmed().toUpper())
        .bind(dateValue(worker.inPostDate))
        .bind(dateValue(worker.leftPostDate))
        .bind(onGrid && worker.isGridHead)
        .bind(worker.active);
    worker.id = q.scalar().toLongLong();
    if (onGrid) {
        WorkerGrid first;
        first.workerId = worker.id;
        first.gridId = worker.orgUnitId;
        first.from = worker.inPostDate.isValid() ? worker.inPostDate : today;
        first.to = worker.leftPostDate;
        first.isHead = worker.isGridHead;
        insertAssignment(first);
    }
    tx.commit();
    worker.code = code;
    worker.isGridHead = onGrid && worker.isGridHead;
    worker.version = 1;
    return worker.id;
}

void WorkerRepository::update(Worker &worker)
{
    validate(worker);
    const QString code = worker.code.trimmed();
    if (code.isEmpty())
        throw Error(Error::Kind::Validation, tr("请填写网格员编号。"));
    Transaction tx(m_db);
    if (const auto holder = byCode(code); holder && holder->id != worker.id)
        throw Error(Error::Kind::Validation, tr("编号“%1”已被网格员“%2”使用。").arg(code, holder->name));
    claim(worker.id, worker.version);
    // The unit follows the open assignment when there is one.
    const bool assigned = openAssignment(worker.id).has_value();
    // An empty ID number keeps the one on record (the editor never has it to send back).
    const QString residentId = worker.residentId.trimmed().toUpper();
    Query q(m_db,
            u"UPDATE workers SET code = ?, name = ?, employment = ?, phone = ?, "_s +
                (residentId.isEmpty() ? QString() : u"resident_id = ?, "_s) +
                u"in_post_date = ?, org_unit_id = CASE WHEN ? THEN org_unit_id ELSE ? END WHERE id = ?"_s);
    q.bind(code).bind(worker.name.trimmed()).bind(zz::code(worker.employment)).bind(worker.phone.trimmed());
    if (!residentId.isEmpty())
        q.bind(residentId);
    q.bind(dateValue(worker.inPostDate)).bind(assigned).bind(worker.orgUnitId).bind(worker.id).exec();
    tx.commit();
    const Worker stored = *get(worker.id);
    worker.version = stored.version;
    worker.orgUnitId = stored.orgUnitId;
    worker.residentIdMasked = stored.residentIdMasked;
    worker.residentId.clear();
}

void WorkerRepository::claim(qint64 workerId, int version)
{
    Query q(m_db, u"UPDATE workers SET version = version + 1 WHERE id = ? AND version = ?"_s);
    if (q.bind(workerId).bind(version).exec().rowsAffected() == 0) {
        if (!get(workerId))
            throw Error(Error::Kind::NotFound, tr("该网格员已不存在。"));
        throw Error(Error::Kind::Conflict, tr("该网格员的资料已被其他人修改,请重新载入后再操作。"));
    }
}

std::optional<Worker> WorkerRepository::get(qint64 id) const
{
    Query q(m_db, u"SELECT "_s + workerColumns + u" FROM workers w WHERE w.id = ?"_s);
    q.bind(id).exec();
    if (q.next())
        return readWorker(q);
    return std::nullopt;
}

std::optional<Worker> WorkerRepository::byCode(const QString &code) const
{
    Query q(m_db, u"SELECT "_s + workerColumns + u" FROM workers w WHERE w.code = ?"_s);
    q.bind(code.trimmed()).exec();
    if (q.next())
        return readWorker(q);
    return std::nullopt;
}

QList<Worker> WorkerRepository::list(qint64 orgUnitId, bool activeOnly) const
{
    QString sql = u"SELECT "_s + workerColumns + u" FROM workers w"_s;
    if (orgUnitId > 0)
        sql += u" JOIN org_units o ON o.id = w.org_unit_id WHERE o.path LIKE ?"_s;
    else
        sql += u" WHERE 1 = 1"_s;
    if (activeOnly)
        sql += u" AND w.active = ?"_s;
    Query q(m_db, sql + u" ORDER BY w.org_unit_id, w.id"_s);
    if (orgUnitId > 0)
        q.bind(OrgUnitRepository(m_db).path(orgUnitId) + u'%');
    if (activeOnly)
        q.bind(true);
    q.exec();
    QList<Worker> out;
    while (q.next())
        out.append(readWorker(q));
    return out;
}

QList<WorkerListRow> WorkerRepository::page(const WorkerFilter &filter, const WorkerPageKey &after,
                                            int limit) const
{
    FilterSql f = filterSql(m_db, filter);
    if (after.id > 0) {
        f.where += u" AND (w.code > ? OR (w.code = ? AND w.id > ?))"_s;
        f.values << after.code << after.code << after.id;
    }
    return readRows(f.where, f.values + QVariantList{limit}, u" LIMIT ?"_s);
}

QList<WorkerListRow> WorkerRepository::pageAt(const WorkerFilter &filter, int offset, int limit) const
{
    const FilterSql f = filterSql(m_db, filter);
    return readRows(f.where, f.values + QVariantList{limit, offset}, u" LIMIT ? OFFSET ?"_s);
}

QList<WorkerListRow> WorkerRepository::readRows(const QString &where, const QVariantList &values,
                                                const QString &tail) const
{
    Query q(m_db, u"SELECT "_s + workerColumns + u", o.level, o.name, p.name, t.name"_s + listFrom + where +
                      u" ORDER BY w.code, w.id"_s + tail);
    for (const QVariant &value : values)
        q.bind(value);
    q.exec();
    QList<WorkerListRow> out;
    while (q.next()) {
        WorkerListRow row;
        row.worker = readWorker(q);
        const int level = q.integer(workerColumnCount);
        const QString own = q.text(workerColumnCount + 1);
        row.place = level == int(OrgLevel::Grid) ? q.text(workerColumnCount + 2) + u" / "_s + own : own;
        row.township = q.text(workerColumnCount + 3);
        out.append(row);
    }
    return out;
}

int WorkerRepository::count(const WorkerFilter &filter) const
{
    const FilterSql f = filterSql(m_db, filter);
    Query q(m_db, u"SELECT COUNT(*)"_s + listFrom + f.where);
    for (const QVariant &value : f.values)
        q.bind(value);
    return q.scalar().toInt();
}

QList<WorkerGrid> WorkerRepository::assignments(qint64 workerId) const
{
    Query q(m_db, u"SELECT "_s + assignmentColumns +
                      u" FROM worker_grids WHERE worker_id = ? ORDER BY from_date DESC, id DESC"_s);
    q.bind(workerId).exec();
    QList<WorkerGrid> out;
    while (q.next())
        out.append(readAssignment(q));
    return out;
}

std::optional<WorkerGrid> WorkerRepository::openAssignment(qint64 workerId) const
{
    Query q(m_db,
            u"SELECT "_s + assignmentColumns +
                u" FROM worker_grids WHERE worker_id = ? AND to_date IS NULL ORDER BY from_date DESC"_s);
    q.bind(workerId).exec();
    if (q.next())
        return readAssignment(q);
    return std::nullopt;
}

QList<GridChoice> WorkerRepository::searchGrids(const QString &text, qint64 scopeOrgUnitId, int limit) const
{
    QString sql = u"SELECT g.id, g.code, t.name, v.name, g.name FROM org_units g"
                  " JOIN org_units v ON v.id = g.parent_id LEFT JOIN org_units t ON t.id = g.township_id"
                  " WHERE g.level = 4 AND g.active = ?"_s;
    QVariantList values{true};
    if (scopeOrgUnitId > 0) {
        sql += u" AND g.path LIKE ?"_s;
        values << OrgUnitRepository(m_db).path(scopeOrgUnitId) + u'%';
    }
    if (const QString trimmed = text.trimmed(); !trimmed.isEmpty()) {
        // "大塘 2" finds 大塘村 / 第2网格: every word must match the grid's, village's or township's
        // name or the grid's code.
        for (const QString &word : trimmed.split(u' ', Qt::SkipEmptyParts)) {
            sql +=
                u" AND (g.name LIKE ? ESCAPE '\\' OR v.name LIKE ? ESCAPE '\\' OR t.name LIKE ? ESCAPE '\\'"
                " OR g.code LIKE ? ESCAPE '\\')"_s;
            const QString pattern = containsPattern(word);
            values << pattern << pattern << pattern << pattern;
        }
    }
    Query q(m_db, sql + u" ORDER BY g.code LIMIT ?"_s);
    for (const QVariant &value : std::as_const(values))
        q.bind(value);
    q.bind(limit).exec();
    QList<GridChoice> out;
    while (q.next()) {
        GridChoice c;
        c.id = q.int64(0);
        c.code = q.text(1);
        QStringList parts;
        for (int column = 2; column <= 4; ++column)
            if (!q.text(column).isEmpty())
                parts << q.text(column);
        c.label = parts.join(u" / "_s);
        out.append(c);
    }
    return out;
}

QString WorkerRepository::gridLabel(qint64 gridId) const
{
    QStringList parts;
    for (const OrgUnit &unit : OrgUnitRepository(m_db).ancestors(gridId))
        if (unit.level != OrgLevel::County)
            parts << unit.name;
    return parts.join(u" / "_s);
}

QString WorkerRepository::residentId(qint64 workerId) const
{
    if (m_db.isPostgres()) // the server checks the account and writes the reveal's audit row
        return Query(m_db, u"SELECT zz_worker_resident_id(?)"_s).bind(workerId).scalar().toString();
    return Query(m_db, u"SELECT resident_id FROM workers WHERE id = ?"_s).bind(workerId).scalar().toString();
}

int WorkerRepository::caseCount(qint64 workerId) const
{
    return Query(m_db, u"SELECT COUNT(*) FROM cases WHERE worker_id = ?"_s).bind(workerId).scalar().toInt() +
           Query(m_db,
                 u"SELECT COUNT(DISTINCT case_id) FROM case_flow WHERE worker_id = ? AND case_id NOT IN "
                 "(SELECT id FROM cases WHERE worker_id = ?)"_s)
               .bind(workerId)
               .bind(workerId)
               .scalar()
               .toInt();
}

QString WorkerRepository::nextCode(qint64 orgUnitId) const
{
    OrgUnitRepository units(m_db);
    const auto township = units.township(orgUnitId);
    const auto unit = township ? township : units.get(orgUnitId);
    const QString prefix = (unit ? unit->code : QString()) + u'W';
    // Unit codes are digits (local ones digits and letters): nothing in the prefix needs escaping.
    Query q(m_db, u"SELECT code FROM workers WHERE code LIKE ?"_s);
    q.bind(prefix + u'%').exec();
    int highest = 0;
    while (q.next()) {
        bool ok = false;
        const QString existing = q.text(0);
        const int number = existing.startsWith(prefix) ? existing.mid(prefix.size()).toInt(&ok) : 0;
        if (ok)
            highest = std::max(highest, number);
    }
    return prefix + u"%1"_s.arg(highest + 1, 4, 10, QLatin1Char('0'));
}

qint64 WorkerRepository::insertAssignment(const WorkerGrid &assignment)
{
    Transaction tx(m_db);
    Query q(m_db, u"INSERT INTO worker_grids (worker_id, grid_id, from_date, to_date, is_head) "
                  "VALUES (?, ?, ?, ?, ?) RETURNING id"_s);
    q.bind(assignment.workerId)
        .bind(assignment.gridId)
        .bind(dateValue(assignment.from))
        .bind(dateValue(assignment.to))
        .bind(assignment.isHead);
    const qint64 id = q.scalar().toLongLong();
    syncCurrent(assignment.workerId);
    tx.commit();
    return id;
}

void WorkerRepository::closeAssignment(qint64 assignmentId, QDate lastDay)
{
    Transaction tx(m_db);
    const qint64 workerId = Query(m_db, u"SELECT worker_id FROM worker_grids WHERE id = ?"_s)
                                .bind(assignmentId)
                                .scalar()
                                .toLongLong();
    Query(m_db, u"UPDATE worker_grids SET to_date = ?, version = version + 1 WHERE id = ?"_s)
        .bind(dateValue(lastDay))
        .bind(assignmentId)
        .exec();
    syncCurrent(workerId);
    tx.commit();
}

void WorkerRepository::reassign(qint64 assignmentId, qint64 gridId, bool isHead)
{
    Transaction tx(m_db);
    const qint64 workerId = Query(m_db, u"SELECT worker_id FROM worker_grids WHERE id = ?"_s)
                                .bind(assignmentId)
                                .scalar()
                                .toLongLong();
    Query(m_db, u"UPDATE worker_grids SET grid_id = ?, is_head = ?, version = version + 1 WHERE id = ?"_s)
        .bind(gridId)
        .bind(isHead)
        .bind(assignmentId)
        .exec();
    syncCurrent(workerId);
    tx.commit();
}

void WorkerRepository::updateAssignment(qint64 assignmentId, QDate to, bool isHead)
{
    Transaction tx(m_db);
    const qint64 workerId = Query(m_db, u"SELECT worker_id FROM worker_grids WHERE id = ?"_s)
                                .bind(assignmentId)
                                .scalar()
                                .toLongLong();
    Query(m_db, u"UPDATE worker_grids SET to_date = ?, is_head = ?, version = version + 1 WHERE id = ?"_s)
        .bind(dateValue(to))
        .bind(isHead)
        .bind(assignmentId)
        .exec();
    syncCurrent(workerId);
    tx.commit();
}

void WorkerRepository::removeAssignment(qint64 assignmentId)
{
    Transaction tx(m_db);
    const qint64 workerId = Query(m_db, u"SELECT worker_id FROM worker_grids WHERE id = ?"_s)
                                .bind(assignmentId)
                                .scalar()
                                .toLongLong();
    Query(m_db, u"DELETE FROM worker_grids WHERE id = ?"_s).bind(assignmentId).exec();
    syncCurrent(workerId);
    tx.commit();
}

void WorkerRepository::setPostStatus(qint64 workerId, bool active, QDate leftPostDate)
{
    Query(m_db, u"UPDATE workers SET active = ?, left_post_date = ? WHERE id = ?"_s)
        .bind(active)
        .bind(dateValue(leftPostDate))
        .bind(workerId)
        .exec();
}

void WorkerRepository::syncCurrent(qint64 workerId)
{
    if (const auto open = openAssignment(workerId)) {
        Query(m_db, u"UPDATE workers SET org_unit_id = ?, is_grid_head = ? WHERE id = ?"_s)
            .bind(open->gridId)
            .bind(open->isHead)
            .bind(workerId)
            .exec();
        return;
    }
    // No grid now: the worker stays with the village of the grid he was on.
    Query(m_db,
          u"UPDATE workers SET is_grid_head = ?, org_unit_id = coalesce((SELECT o.parent_id FROM org_units o "
          "WHERE o.id = workers.org_unit_id AND o.level = 4), org_unit_id) WHERE id = ?"_s)
        .bind(false)
        .bind(workerId)
        .exec();
}

} // namespace zz
