// The 基础数据 module's shell and its reusable reference list, through their widgets: pages listed and
// built on first view, the list read a page at a time with its total count, search, the edit hooks
// with a stale version, and read-only for accounts without Permission::ManageReferenceData.
#include "Database.h"
#include "Error.h"
#include "TestDatabase.h"
#include "basedata/BaseDataModule.h"
#include "basedata/ReferenceListModel.h"
#include "basedata/ReferenceListPage.h"
#include "shell/AppContext.h"
#include "shell/Localization.h"
#include "shell/StandardModules.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

namespace {

// An in-memory kind standing in for a repository: it counts and pages like one and records the calls.
struct FakeKind
{
    QList<ReferenceRow> rows;
    int pageCalls = 0;
    int countCalls = 0;
    int largestPage = 0;

    QList<ReferenceRow> matching(const QString &search, bool includeInactive) const
    {
        QList<ReferenceRow> out;
        for (const ReferenceRow &r : rows)
            if ((includeInactive || r.active) && (search.isEmpty() || r.cells.join(u' ').contains(search)))
                out << r;
        return out;
    }

    ReferenceKind kind()
    {
        ReferenceKind k;
        k.headers = {u"名称"_s, u"编码"_s};
        k.count = [this](const QString &s, bool inactive) {
            ++countCalls;
            return qint64(matching(s, inactive).size());
        };
        k.page = [this](const QString &s, bool inactive, int offset, int limit) {
            ++pageCalls;
            largestPage = qMax(largestPage, limit);
            return matching(s, inactive).mid(offset, limit);
        };
        k.setActive = [this](const ReferenceRow &row, bool active) {
            for (ReferenceRow &r : rows) {
                if (r.id != row.id)
                    continue;
                if (r.version != row.version)
                    throw Error(Error::Kind::Conflict, u"stale"_s);
                r.active = active;
                ++r.version;
            }
        };
        k.remove = [](const ReferenceRow &) {
            throw Error(Error::Kind::InvalidState, u"仍有 3 件案件使用此记录，不能删除。"_s);
        };
        k.edit = [this](QWidget *, const ReferenceRow *row) -> qint64 {
            if (!row) {
                ReferenceRow added;
                added.id = qint64(rows.size() + 1);
                added.version = 1;
                added.cells = QStringList{u"新单位"_s, u"N%1"_s.arg(rows.size() + 1)};
                rows << added;
                return added.id;
            }
            return row->id;
        };
        return k;
    }
};

FakeKind makeFake(int n)
{
    FakeKind fake;
    for (int i = 1; i <= n; ++i) {
        ReferenceRow row;
        row.id = i;
        row.version = 1;
        row.cells = QStringList{u"单位%1"_s.arg(i), u"C%1"_s.arg(i, 4, 10, QChar(u'0'))};
        fake.rows << row;
    }
    return fake;
}

// Presses the button of the next message box that opens, and records its text.
void answerNextMessageBox(QMessageBox::StandardButton button, QString *text = nullptr)
{
    QTimer::singleShot(0, [=] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            answerNextMessageBox(button, text);
            return;
        }
        if (text)
            *text = box->text();
        box->button(button)->click();
    });
}

} // namespace

class TestBaseDataShell : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2025, 3, 3), QTime(9, 0))};
    WorkCalendar m_calendar = WorkCalendar::bundled();

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Localization::applyChineseFont();
        try {
            m_testDb = std::make_unique<test::TestDatabase>();
            m_db = m_testDb->fresh();
            m_town = TestTown::create(*m_db);
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
    }

    void listReadsPageByPage()
    {
        FakeKind fake = makeFake(250);
        ReferenceListPage page(fake.kind(), true);
        page.resize(700, 400);
        auto *table = page.findChild<QTableView *>(u"referenceTable"_s);
        auto *count = page.findChild<QLabel *>(u"referenceCountLabel"_s);
        QVERIFY(table && count);
        QCOMPARE(page.model()->rowCount(), ReferenceListModel::defaultPageSize);
        QCOMPARE(page.model()->pagesRead(), 1);
        QVERIFY(count->text().contains(u"250"_s));
        QVERIFY(page.model()->canFetchMore({}));
        page.model()->fetchMore({});
        QCOMPARE(page.model()->rowCount(), 200);
        page.model()->fetchMore({});
        QCOMPARE(page.model()->rowCount(), 250);
        QVERIFY(!page.model()->canFetchMore({}));
        QCOMPARE(fake.largestPage, ReferenceListModel::defaultPageSize);

        // The search is handed to the kind (the database), not filtered in the widget.
        auto *search = page.findChild<QLineEdit *>(u"referenceSearch"_s);
        QVERIFY(search);
        QTest::keyClicks(search, u"C012"_s);
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(page.model()->totalCount(), 10); // C0120 … C0129
        QCOMPARE(page.model()->rowCount(), 10);
        QVERIFY(count->text().contains(u"10"_s));
    }

    void modelConsistency()
    {
        FakeKind fake = makeFake(250);
        ReferenceListModel model(fake.kind());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery({}, false);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 250);
        model.setQuery(u"C01"_s, false);
        QCOMPARE(model.totalCount(), 100);
        model.reload();
    }

    void editHooksAndStaleVersion()
    {
        FakeKind fake = makeFake(5);
        ReferenceListPage page(fake.kind(), true);
        page.show();
        auto *add = page.findChild<QPushButton *>(u"referenceAddButton"_s);
        auto *deactivate = page.findChild<QPushButton *>(u"referenceDeactivateButton"_s);
        auto *activate = page.findChild<QPushButton *>(u"referenceActivateButton"_s);
        auto *remove = page.findChild<QPushButton *>(u"referenceDeleteButton"_s);
        QVERIFY(add && deactivate && activate && remove);
        QVERIFY(add->isVisible() && deactivate->isVisible() && remove->isVisible());

        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(page.model()->totalCount(), 6);
        QVERIFY(page.selectedRow());
        QCOMPARE(page.selectedRow()->id, 6);

        QVERIFY(page.select(2));
        QVERIFY(deactivate->isEnabled() && !activate->isEnabled());
        answerNextMessageBox(QMessageBox::Yes);
        QTest::mouseClick(deactivate, Qt::LeftButton);
        QCOMPARE(page.model()->totalCount(), 5); // deactivated rows are hidden by default
        QVERIFY(!page.select(2));

        // Someone else changes row 3 after the list read it: the change is refused and the list reread.
        QVERIFY(page.select(3));
        fake.rows[2].version = 7;
        QString conflictText;
        answerNextMessageBox(QMessageBox::Yes);
        QTimer::singleShot(50, [&] { answerNextMessageBox(QMessageBox::Ok, &conflictText); });
        QTest::mouseClick(deactivate, Qt::LeftButton);
        QTRY_VERIFY(!conflictText.isEmpty());
        QVERIFY(conflictText.contains(u"其他人修改"_s));
        QVERIFY(fake.rows[2].active);

        // A refused delete shows the kind's sentence with its count.
        QVERIFY(page.select(4));
        QString refusal;
        answerNextMessageBox(QMessageBox::Yes);
        QTimer::singleShot(50, [&] { answerNextMessageBox(QMessageBox::Ok, &refusal); });
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_VERIFY(!refusal.isEmpty());
        QVERIFY(refusal.contains(u"3 件案件"_s));
    }

    void readOnlyWithoutManageReferenceData()
    {
        FakeKind fake = makeFake(3);
        ReferenceListPage page(fake.kind(), false);
        page.show();
        for (const QString &name :
             {u"referenceAddButton"_s, u"referenceEditButton"_s, u"referenceDeactivateButton"_s,
              u"referenceActivateButton"_s, u"referenceDeleteButton"_s})
            QVERIFY2(!page.findChild<QPushButton *>(name)->isVisible(), qPrintable(name));
        QVERIFY(page.findChild<QLabel *>(u"referenceReadOnlyLabel"_s)->isVisible());
        QCOMPARE(page.model()->rowCount(), 3);
    }

    void moduleAvailability()
    {
        const auto contextFor = [&](const User &u) { return AppContext{*m_db, m_clock, m_calendar, u}; };
        QVERIFY(BaseDataModule::isAvailableTo(contextFor(m_town.admin)));
        QVERIFY(BaseDataModule::isAvailableTo(contextFor(m_town.reception)));
        QVERIFY(BaseDataModule::isAvailableTo(contextFor(m_town.duty)));
        QVERIFY(BaseDataModule::isAvailableTo(contextFor(m_town.leader)));
        const AppContext admin = contextFor(m_town.admin);
        const AppContext reception = contextFor(m_town.reception);
        QVERIFY(BaseDataModule(admin).isEditable());
        QVERIFY(!BaseDataModule(reception).isEditable());

        BaseDataModule module(admin);
        QCOMPARE(module.id(), u"basedata"_s);
        QWidget *widget = module.widget();
        std::unique_ptr<QWidget> owner(widget);
        auto *pages = widget->findChild<QListWidget *>(u"baseDataPages"_s);
        QVERIFY(pages);
        QCOMPARE(pages->count(), module.pageIds().size());
        // Listed in the navigation once it has pages.
        bool listed = false;
        for (const auto &m : createStandardModules(admin))
            listed = listed || m->id() == u"basedata"_s;
        QCOMPARE(listed, !module.pageIds().isEmpty());
    }
};

QTEST_MAIN(TestBaseDataShell)
#include "tst_basedata_shell.moc"
