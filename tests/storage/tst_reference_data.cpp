// Base data a center edits itself (issue 10): departments and petition-hall windows, the category
// tree with its time limits, the standard category set, supervision limits and each center's own
// receipt details — created, edited with a stale version, deactivated, refused deletes with their
// counts, and a township admin's scope, on SQLite and PostgreSQL; on PostgreSQL the same rules
// against raw SQL by township login roles (migration 0008 and the per-center settings policy).
#include "AccountService.h"
#include "AuthService.h"
#include "CaseService.h"
#include "CategoryService.h"
#include "CenterSettings.h"
#include "Database.h"
#include "DepartmentService.h"
#include "Error.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "StandardCategories.h"
#include "SupervisionService.h"
#include "TestDatabase.h"
#include "TestMacros.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

namespace {

const QString password = u"Qingshi#2026"_s;

QString errorText(const std::function<void()> &f)
{
    try {
        f();
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

} // namespace

class TestReferenceData : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2025, 3, 3), QTime(9, 0))};
    QStringList m_roles;

    Actor countyAdmin() const { return m_town.actor(m_town.admin); }
    Actor townshipAdmin(qint64 townshipId) const
    {
        Actor a = m_town.actor(m_town.admin);
        a.userId = 0;
        a.orgUnitId = townshipId;
        return a;
    }
    DepartmentService departments(const Actor &actor) { return DepartmentService(*m_db, m_clock, actor); }
    CategoryService categories(const Actor &actor) { return CategoryService(*m_db, m_clock, actor); }

    qint64 count(const Database &db, const QString &sql) { return Query(db, sql).scalar().toLongLong(); }

    User account(const QString &base, Roles roles, qint64 orgUnitId)
    {
        User u;
        u.login = u"rd%1_%2"_s.arg(QCoreApplication::applicationPid() % 1000000).arg(base);
        u.displayName = u"测试"_s + base;
        u.roles = roles;
        u.orgUnitId = orgUnitId;
        m_roles << u.login;
        AccountService(*m_db, m_clock, countyAdmin()).create(u, password);
        return u;
    }

    Session login(const User &u)
    {
        return AuthService(m_clock).login(m_testDb->currentUrl(), u.login, password);
    }

    // A case in township 1 dispatched to the department.
    qint64 caseDispatchedTo(qint64 departmentId)
    {
        CaseService service(*m_db, m_clock, CalendarRepository(*m_db).load());
        CaseRecord c;
        c.title = u"邻居占用楼道"_s;
        c.description = u"楼道堆放杂物"_s;
        c.categoryId = m_town.neighbourDispute.id;
        c.orgUnitId = m_town.grid1.id;
        const qint64 id = service.report(c, m_town.actor(m_town.reception)).id;
        auto record = service.apply(id, 1, CaseAction::Register, {}, m_town.actor(m_town.duty));
        ActionInput dispatch;
        dispatch.departmentId = departmentId;
        dispatch.days = 5;
        service.apply(id, record.version, CaseAction::Dispatch, dispatch, m_town.actor(m_town.duty));
        return id;
    }

private slots:
    void initTestCase()
    {
        try {
            m_testDb = std::make_unique<test::TestDatabase>();
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
    }

    void init()
    {
        try {
            m_db = m_testDb->fresh();
            m_town = TestTown::create(*m_db);
            CalendarRepository(*m_db).seedFromBundled();
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
    }

    void cleanup()
    {
        if (m_testDb->isPostgres() && m_db) {
            try {
                for (const QString &role : std::as_const(m_roles))
                    Query::run(*m_db, u"DROP ROLE IF EXISTS %1"_s.arg(role));
            } catch (const Error &e) {
                qWarning() << "could not drop test roles:" << e.detail();
            }
        }
        m_roles.clear();
        m_db.reset();
    }

    void departmentCreateEditStaleAndDeactivate()
    {
        DepartmentService service = departments(countyAdmin());
        Department window;
        window.orgUnitId = m_town.township1.id;
        window.name = u"人社窗口"_s;
        window.kind = DepartmentKind::Resident;
        window.phone = u"0571-63001234"_s;
        window.sortOrder = 5;
        EXPECT_OK(service.create(window));
        QVERIFY(window.id > 0);
        QCOMPARE(window.version, 1);

        const auto stored = service.get(window.id);
        QVERIFY(stored);
        QCOMPARE(stored->kind, DepartmentKind::Resident);
        QCOMPARE(stored->phone, u"0571-63001234"_s);

        // The list pages and searches in the database: by name, by phone, by kind.
        DepartmentFilter filter;
        QCOMPARE(service.count(filter), 5);
        filter.text = u"63001"_s;
        QCOMPARE(service.count(filter), 1);
        filter.text.clear();
        filter.kind = DepartmentKind::Resident;
        const QList<DepartmentRow> residents = service.page(filter, 0, 50);
        QCOMPARE(residents.size(), 1);
        QCOMPARE(residents.first().unitName, m_town.township1.name);
        QVERIFY(residents.first().editable);
        filter.kind.reset();
        QCOMPARE(service.page(filter, 0, 2).size(), 2);
        QCOMPARE(service.page(filter, 4, 2).size(), 1);

        // Two people edit the same row: the second is told someone else changed it.
        Department first = *service.get(window.id);
        Department second = first;
        first.phone = u"0571-63009999"_s;
        EXPECT_OK(service.update(first));
        QCOMPARE(first.version, 2);
        second.name = u"人社局窗口"_s;
        EXPECT_ERROR(service.update(second), Error::Kind::Conflict);
        QVERIFY(errorText([&] { service.update(second); }).contains(u"其他人修改"_s));
        QCOMPARE(service.get(window.id)->name, u"人社窗口"_s);

        // Same name in the same unit, a village as owner, a bad phone: refused in plain words.
        Department dup;
        dup.orgUnitId = m_town.township1.id;
        dup.name = u"司法所"_s;
        EXPECT_ERROR(service.create(dup), Error::Kind::Validation);
        dup.name = u"村调委会"_s;
        dup.orgUnitId = m_town.village1.id;
        EXPECT_ERROR(service.create(dup), Error::Kind::Validation);
        dup.orgUnitId = m_town.township1.id;
        dup.phone = u"12"_s;
        EXPECT_ERROR(service.create(dup), Error::Kind::Validation);

        EXPECT_OK(service.setActive(first, false));
        QVERIFY(!service.get(window.id)->active);
        filter.includeInactive = false;
        QCOMPARE(service.count(filter), 4);
        for (const Department &d : DepartmentRepository(*m_db).list(m_town.township1.id))
            QVERIFY(d.id != window.id); // pickers no longer offer it
        EXPECT_OK(service.setActive(first, true));
        QVERIFY(service.get(window.id)->active);

        // On SQLite the program writes the audit rows; on PostgreSQL the server's trigger.
        QVERIFY(count(*m_db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'reference_change' "
                             "AND object_type = 'departments'"_s) >= 4);
    }

    void departmentDeleteRefusedWithCounts()
    {
        DepartmentService service = departments(countyAdmin());
        caseDispatchedTo(m_town.judicial.id);
        const auto refs = service.references(m_town.judicial.id);
        QCOMPARE(refs.cases, 1);
        QCOMPARE(refs.accounts, 1);   // the handler
        QCOMPARE(refs.categories, 1); // 邻里纠纷's default department
        const QString message = errorText([&] { service.remove(*service.get(m_town.judicial.id)); });
        QVERIFY2(message.contains(u"1件案件"_s) && message.contains(u"1个账号"_s) &&
                     message.contains(u"1个事件类别"_s) && message.contains(u"停用"_s),
                 qPrintable(message));
        QVERIFY(service.get(m_town.judicial.id));

        Department spare;
        spare.orgUnitId = m_town.township1.id;
        spare.name = u"应急办"_s;
        EXPECT_OK(service.create(spare));
        Department stale = spare;
        Department edited = spare;
        edited.phone = u"13900002222"_s;
        EXPECT_OK(service.update(edited));
        EXPECT_ERROR(service.remove(stale), Error::Kind::Conflict);
        EXPECT_OK(service.remove(edited));
        QVERIFY(!service.get(spare.id));
    }

    void departmentScopeOfATownshipAdmin()
    {
        DepartmentService mine = departments(townshipAdmin(m_town.township1.id));
        // Sees its own township's departments and the county's, not the other township's.
        Department countyOffice;
        countyOffice.orgUnitId = m_town.county.id;
        countyOffice.name = u"县信访局"_s;
        EXPECT_OK(departments(countyAdmin()).create(countyOffice));
        QCOMPARE(mine.count({}), 4);
        for (const DepartmentRow &row : mine.page({}, 0, 50)) {
            QVERIFY(row.department.id != m_town.township2Police.id);
            QCOMPARE(row.editable, row.department.orgUnitId == m_town.township1.id);
        }
        QCOMPARE(mine.placeableUnits().size(), 1);
        QCOMPARE(departments(countyAdmin()).placeableUnits().size(), 3);

        Department other = m_town.township2Police;
        other.phone = u"13900003333"_s;
        EXPECT_ERROR(mine.update(other), Error::Kind::Forbidden);
        Department moved = m_town.police;
        moved.orgUnitId = m_town.township2.id;
        EXPECT_ERROR(mine.update(moved), Error::Kind::Forbidden);
        Department theirs;
        theirs.orgUnitId = m_town.township2.id;
        theirs.name = u"综合执法队"_s;
        EXPECT_ERROR(mine.create(theirs), Error::Kind::Forbidden);
        Department county = *mine.get(countyOffice.id);
        county.phone = u"13900004444"_s;
        EXPECT_ERROR(mine.update(county), Error::Kind::Forbidden);
        Department own = *mine.get(m_town.police.id);
        own.phone = u"0571-110"_s;
        EXPECT_ERROR(mine.update(own), Error::Kind::Validation); // not a phone number
        own.phone = u"0571-63005110"_s;
        EXPECT_OK(mine.update(own));

        // Reading is open to every account; writing needs an admin.
        DepartmentService reception = departments(m_town.actor(m_town.reception));
        QVERIFY(!reception.mayManage());
        QCOMPARE(reception.count({}), 4);
        for (const DepartmentRow &row : reception.page({}, 0, 50))
            QVERIFY(!row.editable);
        Department mineAgain = *reception.get(m_town.police.id);
        EXPECT_ERROR(reception.update(mineAgain), Error::Kind::Forbidden);
    }

    void categoryTreeTimeLimitsAndStaleEdit()
    {
        CategoryService service = categories(countyAdmin());
        QVERIFY(service.mayManage());
        Category top;
        top.code = service.suggestCode(0);
        QCOMPARE(top.code, u"04"_s);
        top.name = u"信访事项"_s;
        top.sortOrder = service.suggestSortOrder(0);
        EXPECT_OK(service.create(top));
        Category sub;
        sub.parentId = top.id;
        sub.code = service.suggestCode(top.id);
        QCOMPARE(sub.code, u"0401"_s);
        sub.name = u"重复信访"_s;
        sub.timeLimitDays = 60;
        sub.workingDays = false;
        sub.defaultDepartmentId = m_town.judicial.id;
        sub.defaultUrgency = Urgency::Urgent;
        EXPECT_OK(service.create(sub));
        const auto stored = service.get(sub.id);
        QCOMPARE(stored->timeLimitDays, 60);
        QVERIFY(!stored->workingDays);
        QCOMPARE(stored->defaultUrgency, Urgency::Urgent);
        QCOMPARE(stored->defaultDepartmentId, m_town.judicial.id);

        // The tree: top-level categories each followed by their sub-categories; a search keeps
        // the parents of what it finds.
        const QList<Category> tree = service.tree();
        QCOMPARE(tree.size(), 8);
        const QList<Category> found = service.tree(u"重复"_s);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).id, top.id);
        QCOMPARE(found.at(1).id, sub.id);
        QCOMPARE(service.tree(u"信访事项"_s).size(), 2); // a matching parent brings its children

        // Order: sort_order, then name — what the intake picker follows.
        Category first = *service.get(m_town.labour.id);
        first.sortOrder = -10;
        EXPECT_OK(service.update(first));
        QCOMPARE(CategoryRepository(*m_db).children(0).first().id, m_town.labour.id);

        // A third level, a taken code, a zero or absurd limit: refused.
        Category third;
        third.parentId = sub.id;
        third.code = u"040101"_s;
        third.name = u"三级"_s;
        EXPECT_ERROR(service.create(third), Error::Kind::Validation);
        third.parentId = top.id;
        third.code = u"0101"_s;
        EXPECT_ERROR(service.create(third), Error::Kind::Validation);
        third.code = u"0402"_s;
        third.timeLimitDays = 0;
        EXPECT_ERROR(service.create(third), Error::Kind::Validation);
        third.timeLimitDays = 1000;
        EXPECT_ERROR(service.create(third), Error::Kind::Validation);

        Category a = *service.get(sub.id);
        Category b = a;
        a.timeLimitDays = 30;
        EXPECT_OK(service.update(a));
        b.name = u"重复访"_s;
        EXPECT_ERROR(service.update(b), Error::Kind::Conflict);
        QCOMPARE(service.get(sub.id)->timeLimitDays, 30);
    }

    void categoryRightsAndRefusedDelete()
    {
        // County-wide: a township admin reads, never writes.
        CategoryService township = categories(townshipAdmin(m_town.township1.id));
        QVERIFY(!township.mayManage());
        QCOMPARE(township.tree().size(), 6);
        Category c = *township.get(m_town.wages.id);
        c.timeLimitDays = 3;
        EXPECT_ERROR(township.update(c), Error::Kind::Forbidden);
        Category fresh;
        fresh.code = u"09"_s;
        fresh.name = u"其他"_s;
        EXPECT_ERROR(township.create(fresh), Error::Kind::Forbidden);

        CategoryService service = categories(countyAdmin());
        caseDispatchedTo(m_town.judicial.id);
        const QString message = errorText([&] { service.remove(*service.get(m_town.neighbourDispute.id)); });
        QVERIFY2(message.contains(u"1件案件"_s), qPrintable(message));
        const QString parentMessage = errorText([&] { service.remove(*service.get(m_town.disputes.id)); });
        QVERIFY2(parentMessage.contains(u"1个子类别"_s), qPrintable(parentMessage));

        Category used = *service.get(m_town.neighbourDispute.id);
        EXPECT_OK(service.setActive(used, false));
        for (const Category &active : CategoryRepository(*m_db).all())
            QVERIFY(active.id != used.id);

        Category unused = *service.get(m_town.wages.id);
        EXPECT_OK(service.remove(unused));
        QVERIFY(!service.get(m_town.wages.id));
    }

    void standardSetInstallsOnceAndLinksDepartments()
    {
        // A fresh database with a county and one township, no categories, no departments.
        m_db = m_testDb->fresh();
        OrgUnitRepository units(*m_db);
        OrgUnit county;
        county.code = u"330681"_s;
        county.name = u"安澜县"_s;
        county.level = OrgLevel::County;
        units.create(county);
        OrgUnit township;
        township.parentId = county.id;
        township.code = u"330681001"_s;
        township.name = u"青石镇"_s;
        units.create(township);

        int expected = 0;
        for (const auto &top : StandardCategories::definitions())
            expected += 1 + int(top.children.size());
        QCOMPARE(StandardCategories::install(*m_db), expected);
        QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM categories"_s), expected);
        QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM categories WHERE default_department_id IS NOT NULL"_s),
                 0);
        QCOMPARE(StandardCategories::install(*m_db), 0); // idempotent

        QCOMPARE(StandardCategories::installDepartments(*m_db, township.id),
                 int(StandardCategories::departmentNames().size()));
        QCOMPARE(StandardCategories::installDepartments(*m_db, township.id), 0);
        QCOMPARE(StandardCategories::install(*m_db), 0); // links the departments now there
        QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM categories WHERE default_department_id IS NULL"_s), 0);
        const auto fire = CategoryRepository(*m_db).byCode(u"0201"_s);
        QVERIFY(fire);
        QCOMPARE(fire->name, u"消防隐患"_s);
        QVERIFY(!fire->workingDays);
        QCOMPARE(fire->defaultUrgency, Urgency::Urgent);
        QCOMPARE(DepartmentRepository(*m_db).get(fire->defaultDepartmentId)->name, u"安监站"_s);
        // The set's order is the pickers' order.
        const QList<Category> tops = CategoryRepository(*m_db).children(0);
        QCOMPARE(tops.first().code, u"01"_s);
        QCOMPARE(tops.last().code, StandardCategories::definitions().last().code);
    }

    void standardSetNotMixedIntoACentersOwnCategories()
    {
        // TestTown uses 01, 02 and 03 for 矛盾纠纷, 城乡建设 and 劳动保障, with other sub-categories.
        const int added = StandardCategories::install(*m_db);
        QVERIFY(added > 0);
        CategoryRepository categories(*m_db);
        QCOMPARE(categories.children(m_town.labour.id).size(), 1); // 拖欠工资 alone
        QVERIFY(!categories.byCode(u"0302"_s));                    // 环境卫生's branch left out
        QCOMPARE(categories.byCode(u"0102"_s)->parentId, m_town.disputes.id); // 矛盾纠纷 is the set's
        QCOMPARE(
            count(*m_db, u"SELECT COUNT(*) FROM categories WHERE parent_id IS NULL AND name = '城乡建设'"_s),
            1);
        QCOMPARE(StandardCategories::install(*m_db), 0);
    }

    void supervisionLimitsCountyOnly()
    {
        SupervisionService service(*m_db, m_clock);
        SupervisionLimit l;
        l.categoryId = m_town.wages.id;
        l.dispatchHours = 12;
        l.deadlinePercent = 80;
        EXPECT_ERROR(service.saveLimit(townshipAdmin(m_town.township1.id), l), Error::Kind::Forbidden);
        EXPECT_OK(service.saveLimit(countyAdmin(), l));
        QCOMPARE(service.limitFor(m_town.wages.id, OrgLevel::Township)->deadlinePercent, std::optional(80));
        EXPECT_ERROR(service.removeLimit(townshipAdmin(m_town.township1.id), l.id), Error::Kind::Forbidden);
        EXPECT_OK(service.removeLimit(countyAdmin(), l.id));
    }

    void centerSettingsPerTownship()
    {
        CenterSettings county;
        county.name = u"安澜县社会治理综合服务中心"_s;
        county.address = u"安澜县人民路1号"_s;
        county.phone = u"0571-63000000"_s;
        county.footer = u"工作时间:周一至周五 8:30-17:00"_s;
        county.logoPng = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(32, 'x');
        EXPECT_ERROR(CenterSettings::save(*m_db, m_clock, townshipAdmin(m_town.township1.id),
                                          m_town.county.id, county),
                     Error::Kind::Forbidden);
        EXPECT_OK(CenterSettings::save(*m_db, m_clock, countyAdmin(), m_town.county.id, county));

        CenterSettings qingshi;
        qingshi.name = u"青石镇综治中心"_s;
        qingshi.phone = u"0571-63001111"_s;
        EXPECT_ERROR(CenterSettings::save(*m_db, m_clock, townshipAdmin(m_town.township2.id),
                                          m_town.township1.id, qingshi),
                     Error::Kind::Forbidden);
        EXPECT_ERROR(CenterSettings::save(*m_db, m_clock, m_town.actor(m_town.reception), m_town.township1.id,
                                          qingshi),
                     Error::Kind::Forbidden);
        EXPECT_OK(CenterSettings::save(*m_db, m_clock, townshipAdmin(m_town.township1.id),
                                       m_town.township1.id, qingshi));
        CenterSettings bad = qingshi;
        bad.logoPng = QByteArray("GIF89a");
        EXPECT_ERROR(CenterSettings::save(*m_db, m_clock, countyAdmin(), m_town.township1.id, bad),
                     Error::Kind::Validation);

        // A receipt of township 1 carries its own name and phone, the county's footer and logo;
        // township 2 has none of its own and prints the county's.
        const CenterSettings one = CenterSettings::load(*m_db, m_town.township1.id);
        QCOMPARE(one.name, qingshi.name);
        QCOMPARE(one.phone, qingshi.phone);
        QVERIFY(one.address.isEmpty());
        QCOMPARE(one.footer, county.footer);
        QCOMPARE(one.logoPng, county.logoPng);
        const CenterSettings two = CenterSettings::load(*m_db, m_town.township2.id);
        QCOMPARE(two.name, county.name);
        QCOMPARE(two.address, county.address);
        QCOMPARE(CenterSettings::load(*m_db).name, county.name);
        QCOMPARE(CenterSettings::own(*m_db, m_town.township1.id).footer, QString());
        QCOMPARE(CenterSettings::key(*m_db, m_town.township1.id, CenterSettings::nameKey),
                 u"center.%1.name"_s.arg(m_town.township1.id));
        QCOMPARE(CenterSettings::key(*m_db, m_town.county.id, CenterSettings::nameKey),
                 CenterSettings::nameKey);
    }

    // Raw SQL by township admins' login roles: the server holds the same lines.
    void serverHoldsAgainstRawSql()
    {
        if (!m_testDb->isPostgres())
            QSKIP("login roles and row-level security are PostgreSQL's");
        const User north = account(u"north"_s, Role::Admin, m_town.township1.id);
        const User south = account(u"south"_s, Role::Admin, m_town.township2.id);
        Session n = login(north);
        Session s = login(south);
        const auto rows = [](const Database &db, const QString &sql) {
            Query q(db, sql);
            return q.exec().rowsAffected();
        };

        // Departments: his own township's only.
        QCOMPARE(rows(*n.db, u"UPDATE departments SET phone = '0571-63002222' WHERE id = %1"_s.arg(
                                 m_town.police.id)),
                 1);
        QCOMPARE(rows(*n.db, u"UPDATE departments SET phone = '0571-63002222' WHERE id = %1"_s.arg(
                                 m_town.township2Police.id)),
                 0);
        QCOMPARE(rows(*n.db, u"DELETE FROM departments WHERE id = %1"_s.arg(m_town.township2Police.id)), 0);
        EXPECT_ERROR(
            Query::run(*n.db, u"INSERT INTO departments (org_unit_id, name) VALUES (%1, '假部门')"_s.arg(
                                  m_town.township2.id)),
            Error::Kind::Forbidden);
        EXPECT_ERROR(Query::run(*n.db, u"UPDATE departments SET org_unit_id = %1 WHERE id = %2"_s
                                           .arg(m_town.township2.id)
                                           .arg(m_town.police.id)),
                     Error::Kind::Forbidden);
        QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'reference_change' "
                              "AND object_type = 'departments' AND actor_login = '%1'"_s.arg(north.login)),
                 1);
        // The service through his own connection says the same.
        Actor northActor = n.actor();
        Department theirs = *DepartmentRepository(*n.db).get(m_town.township2Police.id);
        theirs.phone = u"13900005555"_s;
        EXPECT_ERROR(DepartmentService(*n.db, m_clock, northActor).update(theirs), Error::Kind::Forbidden);

        // Categories and supervision limits are the county's.
        EXPECT_ERROR(Query::run(*n.db, u"INSERT INTO categories (code, name) VALUES ('99', '私设类别')"_s),
                     Error::Kind::Forbidden);
        QCOMPARE(rows(*n.db, u"UPDATE categories SET time_limit_days = 1"_s), 0);
        QCOMPARE(rows(*n.db, u"UPDATE supervision_limits SET sign_hours = 1"_s), 0);

        // Center settings: his own township's keys, not the other's, not the county's.
        const QString own = u"center.%1.name"_s.arg(m_town.township1.id);
        const QString other = u"center.%1.name"_s.arg(m_town.township2.id);
        EXPECT_OK(Query::run(
            *n.db, u"INSERT INTO settings (key, value) VALUES ('%1', '青石镇综治中心')"_s.arg(own)));
        EXPECT_ERROR(
            Query::run(*n.db, u"INSERT INTO settings (key, value) VALUES ('%1', '冒名中心')"_s.arg(other)),
            Error::Kind::Forbidden);
        EXPECT_ERROR(Query::run(*n.db, u"INSERT INTO settings (key, value) VALUES ('center.name', '冒名')"_s),
                     Error::Kind::Forbidden);
        EXPECT_ERROR(
            Query::run(*n.db, u"INSERT INTO settings (key, value) VALUES ('center.%1.name', '村')"_s.arg(
                                  m_town.village1.id)),
            Error::Kind::Forbidden);
        EXPECT_ERROR(Query::run(*n.db, u"INSERT INTO settings (key, value) VALUES ('center.x.name', '怪')"_s),
                     Error::Kind::Forbidden);
        QCOMPARE(rows(*s.db, u"UPDATE settings SET value = '改' WHERE key = '%1'"_s.arg(own)), 0);
        QCOMPARE(rows(*s.db, u"DELETE FROM settings WHERE key = '%1'"_s.arg(own)), 0);
        QCOMPARE(Query(*m_db, u"SELECT value FROM settings WHERE key = '%1'"_s.arg(own)).scalar().toString(),
                 u"青石镇综治中心"_s);
        // Through the program as well, and the county admin writes any center's.
        CenterSettings mine;
        mine.name = u"青石镇综治中心"_s;
        mine.footer = u"请保管好回执"_s;
        EXPECT_OK(CenterSettings::save(*n.db, m_clock, northActor, m_town.township1.id, mine));
        EXPECT_ERROR(CenterSettings::save(*s.db, m_clock, s.actor(), m_town.township1.id, mine),
                     Error::Kind::Forbidden);
        QCOMPARE(CenterSettings::load(*s.db, m_town.township1.id).footer, mine.footer);
    }
};

QTEST_GUILESS_MAIN(TestReferenceData)
#include "tst_reference_data.moc"
