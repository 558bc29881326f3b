#include "QueueSetupService.h"

#include "CenterSettings.h"
#include "Database.h"
#include "Error.h"
#include "Query.h"
#include "queue/QueueOrdering.h"
#include "queue/QueueService.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

const QString typeColumns = u"id, org_unit_id, name, prefix, daily_cap, active, sort_order, version"_s;

QueueServiceType readType(Query &q)
{
    QueueServiceType t;
    t.id = q.int64(0);
    t.orgUnitId = q.int64(1);
    t.name = q.text(2);
    const QString prefix = q.text(3);
    t.prefix = prefix.isEmpty() ? QChar() : prefix.at(0);
    t.dailyCap = q.integer(4);
    t.active = q.boolean(5);
    t.sortOrder = q.integer(6);
    t.version = q.integer(7);
    return t;
}

const QString windowColumns = u"id, org_unit_id, number, name, department_id, active, version"_s;

QueueWindow readWindow(Query &q)
{
    QueueWindow w;
    w.id = q.int64(0);
    w.orgUnitId = q.int64(1);
    w.number = q.integer(2);
    w.name = q.text(3);
    w.departmentId = q.int64(4);
    w.active = q.boolean(5);
    w.version = q.integer(6);
    return w;
}

} // namespace

QueueSetupService::QueueSetupService(const Database &db, const Clock &clock, const Actor &actor,
                                     qint64 townshipId)
    : m_db(db), m_clock(clock), m_actor(actor), m_access(db, clock, actor),
      m_townshipId(townshipId ? townshipId : QueueService::townshipOf(db, actor.orgUnitId))
{}

bool QueueSetupService::mayManage() const
{
    return m_townshipId != 0 && m_access.mayManage() && m_access.inScope(m_townshipId);
}

QString QueueSetupService::hallName() const
{
    if (!m_townshipId)
        return {};
    const QString own = CenterSettings::own(m_db, m_townshipId).name;
    if (!own.isEmpty())
        return own;
    const QString township =
        Query(m_db, u"SELECT name FROM org_units WHERE id = ?"_s).bind(m_townshipId).scalar().toString();
    return tr("%1综治中心").arg(township);
}

void QueueSetupService::requireManage() const
{
    if (!m_townshipId)
        throw Error(Error::Kind::Forbidden, tr("排队叫号按乡镇设置，请用乡镇的账号操作。"));
    m_access.requireInScope(m_townshipId);
}

QList<QueueServiceType> QueueSetupService::serviceTypes(bool activeOnly) const
{
    QList<QueueServiceType> out;
    Query q(m_db, u"SELECT "_s + typeColumns + u" FROM queue_services WHERE org_unit_id = ?"_s +
                      (activeOnly ? u" AND active"_s : QString()) + u" ORDER BY sort_order, prefix"_s);
    q.bind(m_townshipId).exec();
    while (q.next())
        out << readType(q);
    return out;
}

std::optional<QueueServiceType> QueueSetupService::serviceType(qint64 id) const
{
    Query q(m_db, u"SELECT "_s + typeColumns + u" FROM queue_services WHERE id = ? AND org_unit_id = ?"_s);
    q.bind(id).bind(m_townshipId).exec();
    if (!q.next())
        return std::nullopt;
    return readType(q);
}

void QueueSetupService::checkType(const QueueServiceType &type) const
{
    if (type.name.isEmpty())
        throw Error(Error::Kind::Validation, tr("请填写业务类型的名称。"));
    if (type.name.size() > maxNameLength)
        throw Error(Error::Kind::Validation, tr("业务类型的名称不能超过 %1 个字。").arg(maxNameLength));
    if (type.prefix < u'A' || type.prefix > u'Z')
        throw Error(Error::Kind::Validation, tr("号码字母须是 A 到 Z 之间的一个大写字母。"));
    if (type.dailyCap < 0 || type.dailyCap > 999)
        throw Error(Error::Kind::Validation, tr("每日限号须在 0 到 999 之间（0 表示不限）。"));
    Query dup(m_db,
              u"SELECT COUNT(*) FROM queue_services WHERE org_unit_id = ? AND prefix = ? AND id <> ?"_s);
    dup.bind(m_townshipId).bind(QString(type.prefix)).bind(type.id);
    if (dup.scalar().toInt() > 0)
        throw Error(Error::Kind::Validation, tr("字母 %1 已被其他业务类型使用。").arg(type.prefix));
}

QueueServiceType QueueSetupService::saveServiceType(QueueServiceType type)
{
    requireManage();
    type.name = type.name.trimmed();
    type.prefix = type.prefix.toUpper();
    type.orgUnitId = m_townshipId;
    Transaction tx(m_db);
    checkType(type);
    if (type.id == 0) {
        type.id =
            Query(m_db,
                  u"INSERT INTO queue_services (org_unit_id, name, prefix, daily_cap, active, sort_order) "
                  "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s)
                .bind(m_townshipId)
                .bind(type.name)
                .bind(QString(type.prefix))
                .bind(type.dailyCap)
                .bind(type.active)
                .bind(type.sortOrder)
                .scalar()
                .toLongLong();
        type.version = 1;
        m_access.audit(u"queue_services"_s, type.id, u"insert"_s);
    } else {
        Query q(m_db,
                u"UPDATE queue_services SET name = ?, prefix = ?, daily_cap = ?, active = ?, sort_order = ?, "
                "version = version + 1 WHERE id = ? AND org_unit_id = ? AND version = ?"_s);
        q.bind(type.name)
            .bind(QString(type.prefix))
            .bind(type.dailyCap)
            .bind(type.active)
            .bind(type.sortOrder)
            .bind(type.id)
            .bind(m_townshipId)
            .bind(type.version)
            .exec();
        if (q.rowsAffected() != 1)
            throw Error(Error::Kind::Conflict, tr("该业务类型已被他人修改或删除，请重新打开。"));
        ++type.version;
        m_access.audit(u"queue_services"_s, type.id, u"update"_s);
    }
    tx.commit();
    return type;
}

int QueueSetupService::addStandardTypes()
{
    requireManage();
    struct Standard
    {
        const char *name;
        char16_t prefix;
    };
    static const Standard standard[] = {
        {QT_TR_NOOP("信访接待"), u'A'},        {QT_TR_NOOP("矛盾调解"), u'B'},
        {QT_TR_NOOP("法律咨询"), u'C'},        {QT_TR_NOOP("社保/人社"), u'D'},
        {QT_TR_NOOP("不动产/自然资源"), u'E'}, {QT_TR_NOOP("户籍"), u'F'},
    };
    QSet<QChar> used;
    for (const QueueServiceType &t : serviceTypes())
        used << t.prefix;
    Transaction tx(m_db);
    int added = 0, order = 0;
    for (const Standard &s : standard) {
        ++order;
        if (used.contains(QChar(s.prefix)))
            continue;
        QueueServiceType t;
        t.name = tr(s.name);
        t.prefix = QChar(s.prefix);
        t.sortOrder = order;
        saveServiceType(t);
        ++added;
    }
    tx.commit();
    return added;
}

QList<QueueWindow> QueueSetupService::windows(bool activeOnly) const
{
    QList<QueueWindow> out;
    Query q(m_db, u"SELECT "_s + windowColumns + u" FROM queue_windows WHERE org_unit_id = ?"_s +
                      (activeOnly ? u" AND active"_s : QString()) + u" ORDER BY number"_s);
    q.bind(m_townshipId).exec();
    while (q.next())
        out << readWindow(q);
    Query s(m_db, u"SELECT ws.window_id, ws.service_id FROM queue_window_services ws "
                  "JOIN queue_windows w ON w.id = ws.window_id JOIN queue_services s ON s.id = ws.service_id "
                  "WHERE w.org_unit_id = ? ORDER BY s.sort_order, s.prefix"_s);
    s.bind(m_townshipId).exec();
    while (s.next())
        for (QueueWindow &w : out)
            if (w.id == s.int64(0))
                w.serviceIds << s.int64(1);
    return out;
}

std::optional<QueueWindow> QueueSetupService::window(qint64 id) const
{
    for (const QueueWindow &w : windows())
        if (w.id == id)
            return w;
    return std::nullopt;
}

QueueWindow QueueSetupService::saveWindow(QueueWindow window)
{
    requireManage();
    window.name = window.name.trimmed();
    window.orgUnitId = m_townshipId;
    if (window.number < 1 || window.number > 99)
        throw Error(Error::Kind::Validation, tr("窗口号须在 1 到 99 之间。"));
    if (window.name.isEmpty())
        throw Error(Error::Kind::Validation, tr("请填写窗口名称。"));
    if (window.name.size() > maxNameLength)
        throw Error(Error::Kind::Validation, tr("窗口名称不能超过 %1 个字。").arg(maxNameLength));
    Transaction tx(m_db);
    Query dup(m_db, u"SELECT COUNT(*) FROM queue_windows WHERE org_unit_id = ? AND number = ? AND id <> ?"_s);
    dup.bind(m_townshipId).bind(window.number).bind(window.id);
    if (dup.scalar().toInt() > 0)
        throw Error(Error::Kind::Validation, tr("%1号窗口已经存在。").arg(window.number));
    if (window.departmentId) {
        Query d(m_db, u"SELECT COUNT(*) FROM departments WHERE id = ? AND org_unit_id = ?"_s);
        d.bind(window.departmentId).bind(m_townshipId);
        if (d.scalar().toInt() == 0)
            throw Error(Error::Kind::Validation, tr("驻点部门须是本乡镇的部门。"));
    }
    QSet<qint64> ownTypes;
    for (const QueueServiceType &t : serviceTypes())
        ownTypes << t.id;
    for (qint64 id : std::as_const(window.serviceIds))
        if (!ownTypes.contains(id))
            throw Error(Error::Kind::Validation, tr("窗口只能办理本乡镇的业务类型。"));
    if (window.id == 0) {
        window.id =
            Query(m_db, u"INSERT INTO queue_windows (org_unit_id, number, name, department_id, active) "
                        "VALUES (?, ?, ?, ?, ?) RETURNING id"_s)
                .bind(m_townshipId)
                .bind(window.number)
                .bind(window.name)
                .bindId(window.departmentId)
                .bind(window.active)
                .scalar()
                .toLongLong();
        window.version = 1;
        m_access.audit(u"queue_windows"_s, window.id, u"insert"_s);
    } else {
        Query q(m_db, u"UPDATE queue_windows SET number = ?, name = ?, department_id = ?, active = ?, "
                      "version = version + 1 WHERE id = ? AND org_unit_id = ? AND version = ?"_s);
        q.bind(window.number)
            .bind(window.name)
            .bindId(window.departmentId)
            .bind(window.active)
            .bind(window.id)
            .bind(m_townshipId)
            .bind(window.version)
            .exec();
        if (q.rowsAffected() != 1)
            throw Error(Error::Kind::Conflict, tr("该窗口已被他人修改或删除，请重新打开。"));
        ++window.version;
        m_access.audit(u"queue_windows"_s, window.id, u"update"_s);
        Query(m_db, u"DELETE FROM queue_window_services WHERE window_id = ?"_s).bind(window.id).exec();
    }
    for (qint64 serviceId : std::as_const(window.serviceIds))
        Query(m_db, u"INSERT INTO queue_window_services (window_id, service_id) VALUES (?, ?)"_s)
            .bind(window.id)
            .bind(serviceId)
            .exec();
    tx.commit();
    return window;
}

QList<Department> QueueSetupService::residentDepartments() const
{
    QList<Department> out;
    Query q(m_db, u"SELECT id, org_unit_id, name, phone, sort_order, version FROM departments "
                  "WHERE org_unit_id = ? AND kind = 'resident' AND active ORDER BY sort_order, name"_s);
    q.bind(m_townshipId).exec();
    while (q.next()) {
        Department d;
        d.id = q.int64(0);
        d.orgUnitId = q.int64(1);
        d.name = q.text(2);
        d.kind = DepartmentKind::Resident;
        d.phone = q.text(3);
        d.sortOrder = q.integer(4);
        d.version = q.integer(5);
        out << d;
    }
    return out;
}

QList<RotaSlot> QueueSetupService::rota() const
{
    QList<RotaSlot> out;
    Query q(m_db, u"SELECT r.window_id, r.weekday, r.afternoon, r.department_id FROM queue_rota r "
                  "JOIN queue_windows w ON w.id = r.window_id WHERE w.org_unit_id = ? "
                  "ORDER BY w.number, r.weekday, r.afternoon"_s);
    q.bind(m_townshipId).exec();
    while (q.next())
        out << RotaSlot{q.int64(0), q.integer(1), q.integer(2) != 0, q.int64(3)};
    return out;
}

void QueueSetupService::saveRota(const QList<RotaSlot> &entries)
{
    requireManage();
    QSet<qint64> ownWindows, ownDepartments;
    for (const QueueWindow &w : windows())
        ownWindows << w.id;
    for (const Department &d : residentDepartments())
        ownDepartments << d.id;
    QSet<QString> seen;
    for (const RotaSlot &s : entries) {
        if (!ownWindows.contains(s.windowId) || s.weekday < 1 || s.weekday > 7)
            throw Error(Error::Kind::Validation, tr("值班表只能排本乡镇的窗口。"));
        if (!ownDepartments.contains(s.departmentId))
            throw Error(Error::Kind::Validation, tr("值班表只能排本乡镇在用的驻点部门。"));
        const QString key = u"%1/%2/%3"_s.arg(s.windowId).arg(s.weekday).arg(int(s.afternoon));
        if (seen.contains(key))
            throw Error(Error::Kind::Validation, tr("同一窗口同一时段只能排一个部门。"));
        seen << key;
    }
    Transaction tx(m_db);
    Query(m_db,
          u"DELETE FROM queue_rota WHERE window_id IN (SELECT id FROM queue_windows WHERE org_unit_id = ?)"_s)
        .bind(m_townshipId)
        .exec();
    for (const RotaSlot &s : entries)
        Query(m_db,
              u"INSERT INTO queue_rota (window_id, weekday, afternoon, department_id) VALUES (?, ?, ?, ?)"_s)
            .bind(s.windowId)
            .bind(s.weekday)
            .bind(s.afternoon ? 1 : 0)
            .bind(s.departmentId)
            .exec();
    m_access.audit(u"queue_rota"_s, m_townshipId, u"replace"_s);
    tx.commit();
}

qint64 QueueSetupService::rotaDepartment(qint64 windowId, const QDateTime &at) const
{
    Query q(m_db,
            u"SELECT department_id FROM queue_rota WHERE window_id = ? AND weekday = ? AND afternoon = ?"_s);
    q.bind(windowId).bind(at.date().dayOfWeek()).bind(at.time().hour() >= 12 ? 1 : 0);
    return q.scalar().toLongLong();
}

QString QueueSetupService::ratioKey() const
{
    return u"center.%1.queue_ratio"_s.arg(m_townshipId);
}

int QueueSetupService::normalPerPriority() const
{
    const QVariant v = Query(m_db, u"SELECT value FROM settings WHERE key = ?"_s).bind(ratioKey()).scalar();
    bool ok = false;
    const int ratio = v.toString().toInt(&ok);
    return ok ? std::clamp(ratio, 0, QueueOrdering::maxNormalPerPriority)
              : QueueOrdering::defaultNormalPerPriority;
}

void QueueSetupService::setNormalPerPriority(int ratio)
{
    requireManage();
    if (ratio < 0 || ratio > QueueOrdering::maxNormalPerPriority)
        throw Error(Error::Kind::Validation,
                    tr("优先号比例须在 0 到 %1 之间。").arg(QueueOrdering::maxNormalPerPriority));
    Transaction tx(m_db);
    Query(m_db, u"DELETE FROM settings WHERE key = ?"_s).bind(ratioKey()).exec();
    Query(m_db, u"INSERT INTO settings (key, value) VALUES (?, ?)"_s)
        .bind(ratioKey())
        .bind(QString::number(ratio))
        .exec();
    m_access.audit(u"settings"_s, m_townshipId, u"update"_s, {ratioKey()});
    tx.commit();
}

} // namespace zz
