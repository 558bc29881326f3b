// The 基础数据 pages of departments, categories, supervision limits and center settings, driven through
// their widgets by object name: a department created and a stale edit refused, a category with a
// sub-category and its time limit, a supervision limit, a township center's details with footer and
// logo printed on its receipts (pdftotext, pdftoppm) while another township prints the county's; the
// same pages read-only for a receptionist; screenshots in zh_CN and en.
#include "CaseService.h"
#include "CategoryService.h"
#include "CenterSettings.h"
#include "Database.h"
#include "DepartmentService.h"
#include "Error.h"
#include "ReferenceRepositories.h"
#include "Screenshot.h"
#include "StandardCategories.h"
#include "SupervisionService.h"
#include "TestDatabase.h"
#include "basedata/BaseDataModule.h"
#include "basedata/CenterSettingsPage.h"
#include "basedata/ReferenceListModel.h"
#include "basedata/ReferenceListPage.h"
#include "intake/IntakeReceipt.h"
#include "shell/AppContext.h"
#include "shell/Localization.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QImage>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <functional>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

namespace {

// Runs `fill` on the next modal dialog (or message box) with that object name once it is open.
void onNextModal(const QString &objectName, std::function<void(QWidget *)> fill)
{
    QTimer::singleShot(20, [=] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal->objectName() != objectName) {
            onNextModal(objectName, fill);
            return;
        }
        fill(modal);
    });
}

template <typename T> T *child(QWidget *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qWarning() << "no widget" << name;
    return w;
}

void selectText(QComboBox *combo, const QString &text)
{
    const int index = combo->findText(text, Qt::MatchContains);
    QVERIFY2(index >= 0, qPrintable(text));
    combo->setCurrentIndex(index);
}

// Types as a person would: ASCII as keys, Chinese as committed input-method text.
void typeText(QWidget *widget, const QString &text)
{
    widget->setFocus();
    for (const QChar ch : text) {
        if (ch.unicode() < 0x80) {
            QTest::keyClicks(widget, QString(ch));
        } else {
            QInputMethodEvent event;
            event.setCommitString(QString(ch));
            QCoreApplication::sendEvent(widget, &event);
        }
    }
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    typeText(edit, text);
}

int rowOf(ReferenceListPage *list, const QString &firstCell)
{
    for (int r = 0; r < list->model()->rowCount(); ++r)
        if (list->model()->rowAt(r).cells.value(0).trimmed() == firstCell)
            return r;
    return -1;
}

void selectRow(ReferenceListPage *list, int row)
{
    list->table()->setCurrentIndex(list->model()->index(row, 0));
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    process.waitForFinished(20000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestReferencePagesGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2025, 3, 3), QTime(9, 0))};
    WorkCalendar m_calendar = WorkCalendar::bundled();
    QTemporaryDir m_dir;

    AppContext contextFor(const User &user) const { return AppContext{*m_db, m_clock, m_calendar, user}; }

    User townshipAdmin() const
    {
        User u = m_town.admin;
        u.orgUnitId = m_town.township1.id;
        return u;
    }

    CaseRecord reportedIn(qint64 place)
    {
        CaseRecord c;
        c.title = u"楼道堆放杂物"_s;
        c.description = u"邻居在楼道堆放杂物"_s;
        c.categoryId = m_town.neighbourDispute.id;
        c.orgUnitId = place;
        CaseParty p;
        p.name = u"张三"_s;
        p.phone = u"13812345678"_s;
        c.parties = {p};
        const Actor county{m_town.reception.id, m_town.reception.displayName, Role::Reception,
                           m_town.county.id, 0};
        return CaseService(*m_db, m_clock, m_calendar).report(c, county);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Localization::applyChineseFont();
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
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
    }

    void cleanup() { m_db.reset(); }

    void departmentCreatedAndStaleEditRefused()
    {
        const AppContext context = contextFor(m_town.admin);
        BaseDataModule module(context);
        QVERIFY(module.pageIds().contains(u"departments"_s));
        QWidget *root = module.widget();
        root->resize(1100, 640);
        root->show();
        QWidget *page = module.showPage(u"departments"_s);
        auto *list = child<ReferenceListPage>(page, u"departmentsList"_s);
        QVERIFY(list);
        QCOMPARE(list->model()->totalCount(), 4);

        onNextModal(u"departmentDialog"_s, [this](QWidget *dialog) {
            typeInto(child<QLineEdit>(dialog, u"departmentNameLineEdit"_s), u"人社窗口"_s);
            auto *kind = child<QComboBox>(dialog, u"departmentKindComboBox"_s);
            kind->setCurrentIndex(kind->findData(int(DepartmentKind::Resident)));
            selectText(child<QComboBox>(dialog, u"departmentUnitComboBox"_s), m_town.township1.name);
            typeInto(child<QLineEdit>(dialog, u"departmentPhoneLineEdit"_s), u"0571-630"_s); // too short
            QVERIFY(!child<QPushButton>(dialog, u"departmentSaveButton"_s)->isEnabled());
            QVERIFY(child<QLabel>(dialog, u"departmentProblemLabel"_s)->isVisible());
            QTest::keyClicks(child<QLineEdit>(dialog, u"departmentPhoneLineEdit"_s), u"01234"_s);
            child<QSpinBox>(dialog, u"departmentOrderSpinBox"_s)->setValue(5);
            QVERIFY(child<QPushButton>(dialog, u"departmentSaveButton"_s)->isEnabled());
            QTest::mouseClick(child<QPushButton>(dialog, u"departmentSaveButton"_s), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(list, u"referenceAddButton"_s), Qt::LeftButton);
        QTRY_COMPARE(list->model()->totalCount(), 5);
        const DepartmentService service(*m_db, m_clock, context.actor());
        DepartmentFilter filter;
        filter.text = u"人社窗口"_s;
        const QList<DepartmentRow> rows = service.page(filter, 0, 10);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().department.kind, DepartmentKind::Resident);
        QCOMPARE(rows.first().department.phone, u"0571-63001234"_s);
        QCOMPARE(rows.first().department.orgUnitId, m_town.township1.id);

        // The kind filter and the search narrow the list in the database.
        auto *kindFilter = child<QComboBox>(page, u"departmentKindFilter"_s);
        kindFilter->setCurrentIndex(kindFilter->findData(int(DepartmentKind::Resident)));
        QCOMPARE(list->model()->totalCount(), 1);
        kindFilter->setCurrentIndex(0);
        typeText(child<QLineEdit>(list, u"referenceSearch"_s), u"派出"_s);
        QTRY_COMPARE(list->model()->totalCount(), 2);
        child<QLineEdit>(list, u"referenceSearch"_s)->clear();
        QTRY_COMPARE(list->model()->totalCount(), 5);

        // Someone else changes the window while it is listed here: the edit is refused, the list reread.
        const int row = rowOf(list, u"人社窗口"_s);
        QVERIFY(row >= 0);
        selectRow(list, row);
        Department behind = rows.first().department;
        behind.phone = u"0571-63009999"_s;
        DepartmentService(*m_db, m_clock, context.actor()).update(behind);
        QString said;
        onNextModal(u"referenceConflictMessageBox"_s, [&said](QWidget *box) {
            said = static_cast<QMessageBox *>(box)->text();
            static_cast<QMessageBox *>(box)->button(QMessageBox::Ok)->click();
        });
        QTest::mouseClick(child<QPushButton>(list, u"referenceEditButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!said.isEmpty());
        QVERIFY(said.contains(u"其他人修改"_s));
        QCOMPARE(list->model()->rowAt(rowOf(list, u"人社窗口"_s)).cells.value(3), u"0571-63009999"_s);
    }

    void categoryWithSubcategoryAndTimeLimit()
    {
        const AppContext context = contextFor(m_town.admin);
        BaseDataModule module(context);
        QWidget *root = module.widget();
        root->resize(1100, 640);
        root->show();
        QWidget *page = module.showPage(u"categories"_s);
        auto *list = child<ReferenceListPage>(page, u"categoriesList"_s);
        QVERIFY(list);
        QCOMPARE(list->model()->totalCount(), 6);
        list->table()->setCurrentIndex({});

        onNextModal(u"categoryDialog"_s, [](QWidget *dialog) {
            QCOMPARE(child<QComboBox>(dialog, u"categoryParentComboBox"_s)->currentIndex(), 0);
            QCOMPARE(child<QLineEdit>(dialog, u"categoryCodeLineEdit"_s)->text(), u"04"_s);
            typeInto(child<QLineEdit>(dialog, u"categoryNameLineEdit"_s), u"信访事项"_s);
            QTest::mouseClick(child<QPushButton>(dialog, u"categorySaveButton"_s), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(list, u"referenceAddButton"_s), Qt::LeftButton);
        QTRY_COMPARE(list->model()->totalCount(), 7);
        const auto top = CategoryRepository(*m_db).byCode(u"04"_s);
        QVERIFY(top);

        // With 信访事项 selected, 新增 proposes a sub-category under it.
        selectRow(list, rowOf(list, u"信访事项"_s));
        onNextModal(u"categoryDialog"_s, [this, &top](QWidget *dialog) {
            QCOMPARE(child<QComboBox>(dialog, u"categoryParentComboBox"_s)->currentData().toLongLong(),
                     top->id);
            QCOMPARE(child<QLineEdit>(dialog, u"categoryCodeLineEdit"_s)->text(), u"0401"_s);
            typeInto(child<QLineEdit>(dialog, u"categoryNameLineEdit"_s), u"重复信访"_s);
            child<QSpinBox>(dialog, u"categoryDaysSpinBox"_s)->setValue(60);
            auto *dayKind = child<QComboBox>(dialog, u"categoryDayKindComboBox"_s);
            dayKind->setCurrentIndex(dayKind->findData(false));
            selectText(child<QComboBox>(dialog, u"categoryDepartmentComboBox"_s),
                       m_town.township1.name + u" / 司法所"_s);
            auto *urgency = child<QComboBox>(dialog, u"categoryUrgencyComboBox"_s);
            urgency->setCurrentIndex(urgency->findData(int(Urgency::Urgent)));
            QTest::mouseClick(child<QPushButton>(dialog, u"categorySaveButton"_s), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(list, u"referenceAddButton"_s), Qt::LeftButton);
        QTRY_COMPARE(list->model()->totalCount(), 8);
        const auto sub = CategoryRepository(*m_db).byCode(u"0401"_s);
        QVERIFY(sub);
        QCOMPARE(sub->parentId, top->id);
        QCOMPARE(sub->timeLimitDays, 60);
        QVERIFY(!sub->workingDays);
        QCOMPARE(sub->defaultDepartmentId, m_town.judicial.id);
        QCOMPARE(sub->defaultUrgency, Urgency::Urgent);
        // Listed under its parent, indented, with its limit in words.
        const int subRow = rowOf(list, u"重复信访"_s);
        QCOMPARE(subRow, rowOf(list, u"信访事项"_s) + 1);
        QCOMPARE(list->model()->rowAt(subRow).cells.value(2), u"60个自然日"_s);

        // A county-wide table: a township admin reads it without edit buttons.
        const AppContext townshipContext = contextFor(townshipAdmin());
        BaseDataModule township(townshipContext);
        township.widget()->show();
        QWidget *readOnly = township.showPage(u"categories"_s);
        auto *readList = child<ReferenceListPage>(readOnly, u"categoriesList"_s);
        QVERIFY(!child<QPushButton>(readList, u"referenceAddButton"_s)->isVisible());
        QVERIFY(child<QLabel>(readOnly, u"categoriesCountyOnlyLabel"_s));
    }

    void supervisionLimitEdited()
    {
        const AppContext context = contextFor(m_town.admin);
        BaseDataModule module(context);
        module.widget()->resize(1100, 640);
        module.widget()->show();
        QWidget *page = module.showPage(u"supervision"_s);
        auto *list = child<ReferenceListPage>(page, u"supervisionLimitsList"_s);
        QVERIFY(list);
        QCOMPARE(list->model()->totalCount(), 2); // the defaults of migration 0005

        onNextModal(u"supervisionLimitDialog"_s, [](QWidget *dialog) {
            selectText(child<QComboBox>(dialog, u"limitCategoryComboBox"_s), u"拖欠工资"_s);
            auto *level = child<QComboBox>(dialog, u"limitLevelComboBox"_s);
            level->setCurrentIndex(level->findData(int(OrgLevel::Township)));
            child<QSpinBox>(dialog, u"limitSignSpinBox"_s)->setValue(8);
            child<QSpinBox>(dialog, u"limitPercentSpinBox"_s)->setValue(80);
            child<QSpinBox>(dialog, u"limitRedOverdueSpinBox"_s)->setValue(0); // red as soon as overdue
            QTest::mouseClick(child<QPushButton>(dialog, u"limitSaveButton"_s), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(list, u"referenceAddButton"_s), Qt::LeftButton);
        QTRY_COMPARE(list->model()->totalCount(), 3);
        const auto limit = SupervisionService(*m_db, m_clock).limitFor(m_town.wages.id, OrgLevel::Township);
        QVERIFY(limit);
        QCOMPARE(limit->categoryId, m_town.wages.id);
        QCOMPARE(limit->signHours, std::optional(8));
        QCOMPARE(limit->deadlinePercent, std::optional(80));
        QCOMPARE(limit->redOverdueHours, std::optional(0));
        QVERIFY(!limit->dispatchHours); // 不检查

        // A second row for the same category and level is refused in the dialog.
        QString problem;
        onNextModal(u"supervisionLimitDialog"_s, [&problem](QWidget *dialog) {
            selectText(child<QComboBox>(dialog, u"limitCategoryComboBox"_s), u"拖欠工资"_s);
            auto *level = child<QComboBox>(dialog, u"limitLevelComboBox"_s);
            level->setCurrentIndex(level->findData(int(OrgLevel::Township)));
            child<QSpinBox>(dialog, u"limitSignSpinBox"_s)->setValue(4);
            QTest::mouseClick(child<QPushButton>(dialog, u"limitSaveButton"_s), Qt::LeftButton);
            problem = child<QLabel>(dialog, u"limitProblemLabel"_s)->text();
            static_cast<QDialog *>(dialog)->reject();
        });
        QTest::mouseClick(child<QPushButton>(list, u"referenceAddButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!problem.isEmpty());
        QCOMPARE(SupervisionService(*m_db, m_clock).limits().size(), 3);
    }

    void centerSettingsOnReceipts()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty() ||
            QStandardPaths::findExecutable(u"pdftoppm"_s).isEmpty())
            QSKIP("pdftotext/pdftoppm (poppler-utils) are not installed");
        // The county's details, entered by the county admin.
        {
            const AppContext context = contextFor(m_town.admin);
            CenterSettingsPage page(context, true);
            page.show();
            auto *center = child<QComboBox>(&page, u"centerUnitComboBox"_s);
            center->setCurrentIndex(center->findData(m_town.county.id));
            typeInto(child<QLineEdit>(&page, u"centerNameLineEdit"_s), u"安澜县社会治理综合服务中心"_s);
            typeInto(child<QLineEdit>(&page, u"centerPhoneLineEdit"_s), u"0571-63000000"_s);
            typeInto(child<QLineEdit>(&page, u"centerFooterLineEdit"_s), u"工作时间：周一至周五"_s);
            QTest::mouseClick(child<QPushButton>(&page, u"centerSaveButton"_s), Qt::LeftButton);
            QCOMPARE(CenterSettings::load(*m_db).name, u"安澜县社会治理综合服务中心"_s);
        }
        // Township 1's own, with a logo, entered by its own admin (who sees only his township).
        const AppContext context = contextFor(townshipAdmin());
        CenterSettingsPage page(context, true);
        page.show();
        auto *center = child<QComboBox>(&page, u"centerUnitComboBox"_s);
        QCOMPARE(center->count(), 1);
        QCOMPARE(center->currentData().toLongLong(), m_town.township1.id);
        QVERIFY(child<QLabel>(&page, u"centerFallbackNote"_s)->isVisible());
        typeInto(child<QLineEdit>(&page, u"centerNameLineEdit"_s), u"青石镇综治中心"_s);
        typeInto(child<QLineEdit>(&page, u"centerAddressLineEdit"_s), u"青石镇府前路8号"_s);
        typeInto(child<QLineEdit>(&page, u"centerPhoneLineEdit"_s), u"0571-63001111"_s);
        typeInto(child<QLineEdit>(&page, u"centerFooterLineEdit"_s), u"请妥善保管本回执，凭查询码查询进度"_s);
        QImage logo(900, 600, QImage::Format_RGB32);
        logo.fill(QColor(0xc6, 0x28, 0x28));
        const QString logoPath = m_dir.filePath(u"logo.jpg"_s);
        QVERIFY(logo.save(logoPath));
        QVERIFY(page.setLogoFromFile(logoPath));
        QTest::mouseClick(child<QPushButton>(&page, u"centerSaveButton"_s), Qt::LeftButton);
        QVERIFY(child<QLabel>(&page, u"centerStatusLabel"_s)->text().contains(u"已保存"_s));
        const CenterSettings stored = CenterSettings::own(*m_db, m_town.township1.id);
        QCOMPARE(stored.name, u"青石镇综治中心"_s);
        const QImage storedLogo = QImage::fromData(stored.logoPng, "PNG");
        QCOMPARE(storedLogo.size(), QSize(CenterSettings::logoPixels, CenterSettings::logoPixels * 2 / 3));

        // Receipts: township 1 prints its own center, township 2 the county's.
        const QString suffix = m_testDb->backendName();
        const IntakeReceipt own(context, reportedIn(m_town.grid1.id));
        const QString ownPdf = m_dir.filePath(u"receipt-own-%1.pdf"_s.arg(suffix));
        own.writePdf(ownPdf);
        const QString ownText = pdfText(ownPdf);
        for (const QString &expected : {u"青石镇综治中心"_s, u"青石镇府前路8号"_s, u"0571-63001111"_s,
                                        u"请妥善保管本回执，凭查询码查询进度"_s})
            QVERIFY2(ownText.contains(expected), qPrintable(expected + u"\n"_s + ownText));
        QVERIFY(!ownText.contains(u"安澜县社会治理综合服务中心"_s));
        // The logo is drawn: the top of the first page holds the red of the logo.
        QProcess ppm;
        const QString prefix = m_dir.filePath(u"receipt-own-%1"_s.arg(suffix));
        ppm.start(u"pdftoppm"_s,
                  {u"-png"_s, u"-r"_s, u"60"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, ownPdf, prefix});
        QVERIFY(ppm.waitForFinished(20000));
        QDir dir(m_dir.path());
        const QStringList pngs = dir.entryList({u"receipt-own-%1*.png"_s.arg(suffix)});
        QCOMPARE(pngs.size(), 1);
        const QImage rendered(dir.filePath(pngs.first()));
        QVERIFY(!rendered.isNull());
        rendered.save(test::outputPath(u"receipt-township-center-%1.png"_s.arg(suffix))); // to look at
        int red = 0;
        for (int y = 0; y < rendered.height() / 5; ++y)
            for (int x = 0; x < rendered.width(); ++x)
                if (const QColor c = rendered.pixelColor(x, y);
                    c.red() > 150 && c.green() < 80 && c.blue() < 80)
                    ++red;
        QVERIFY2(red > 100, qPrintable(QString::number(red)));

        const IntakeReceipt other(context, reportedIn(m_town.grid3.id));
        const QString otherPdf = m_dir.filePath(u"receipt-other-%1.pdf"_s.arg(suffix));
        other.writePdf(otherPdf);
        const QString otherText = pdfText(otherPdf);
        QVERIFY2(otherText.contains(u"安澜县社会治理综合服务中心"_s), qPrintable(otherText));
        QVERIFY(otherText.contains(u"工作时间：周一至周五"_s));
        QVERIFY(!otherText.contains(u"青石镇综治中心"_s));
    }

    void readOnlyForReception()
    {
        const AppContext context = contextFor(m_town.reception);
        QVERIFY(BaseDataModule::isAvailableTo(context));
        BaseDataModule module(context);
        QVERIFY(!module.isEditable());
        module.widget()->show();
        for (const QString &id : {u"departments"_s, u"categories"_s, u"supervision"_s}) {
            QWidget *page = module.showPage(id);
            QVERIFY2(page, qPrintable(id));
            auto *list = page->findChild<ReferenceListPage *>();
            QVERIFY(list);
            QVERIFY2(list->model()->totalCount() > 0, qPrintable(id));
            for (const QString &button : {u"referenceAddButton"_s, u"referenceEditButton"_s,
                                          u"referenceDeactivateButton"_s, u"referenceDeleteButton"_s})
                QVERIFY2(!child<QPushButton>(list, button)->isVisible(), qPrintable(id + u" "_s + button));
        }
        // The receptionist looks up a department's phone.
        QWidget *departments = module.showPage(u"departments"_s);
        auto *list = departments->findChild<ReferenceListPage *>();
        Department judicial = *DepartmentRepository(*m_db).get(m_town.judicial.id);
        judicial.phone = u"0571-63002000"_s;
        DepartmentService(*m_db, m_clock, m_town.actor(m_town.admin)).update(judicial);
        list->reload();
        QCOMPARE(list->model()->rowAt(rowOf(list, u"司法所"_s)).cells.value(3), u"0571-63002000"_s);
        QWidget *center = module.showPage(u"center"_s);
        QVERIFY(!child<QPushButton>(center, u"centerSaveButton"_s)->isVisible());
        QVERIFY(child<QLineEdit>(center, u"centerNameLineEdit"_s)->isReadOnly());
    }

    void screenshots()
    {
        StandardCategories::install(*m_db);
        Department window;
        window.orgUnitId = m_town.township1.id;
        window.name = u"人社窗口"_s;
        window.kind = DepartmentKind::Resident;
        window.phone = u"0571-63001234"_s;
        DepartmentService(*m_db, m_clock, m_town.actor(m_town.admin)).create(window);
        CenterSettings s;
        s.name = u"青石镇综治中心"_s;
        s.address = u"青石镇府前路8号"_s;
        s.phone = u"0571-63001111"_s;
        s.footer = u"请妥善保管本回执"_s;
        CenterSettings::save(*m_db, m_clock, m_town.actor(m_town.admin), m_town.township1.id, s);
        const AppContext context = contextFor(m_town.admin);
        for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
            QTranslator translator;
            if (language == u"en"_s) {
                QVERIFY(translator.load(u"zongzhi_en"_s, u":/i18n"_s));
                QCoreApplication::installTranslator(&translator);
            }
            {
                BaseDataModule module(context);
                QWidget *root = module.widget();
                root->resize(1180, 680);
                root->show();
                QVERIFY(QTest::qWaitForWindowExposed(root));
                for (const QString &id : {u"departments"_s, u"categories"_s, u"supervision"_s, u"center"_s}) {
                    module.showPage(id);
                    QTest::qWait(50);
                    VERIFY_SCREENSHOT(root, u"basedata-%1-%2-%3"_s.arg(id, language, m_testDb->backendName()),
                                      QSize(800, 500));
                }
                QWidget *page = module.showPage(u"categories"_s);
                auto *list = page->findChild<ReferenceListPage *>();
                selectRow(list, 1);
                onNextModal(u"categoryDialog"_s, [&](QWidget *dialog) {
                    QTest::qWait(50);
                    VERIFY_SCREENSHOT(
                        dialog, u"basedata-category-dialog-%1-%2"_s.arg(language, m_testDb->backendName()),
                        QSize(300, 200));
                    static_cast<QDialog *>(dialog)->reject();
                });
                QTest::mouseClick(child<QPushButton>(list, u"referenceEditButton"_s), Qt::LeftButton);
            }
            QCoreApplication::removeTranslator(&translator);
        }
    }
};

QTEST_MAIN(TestReferencePagesGui)
#include "tst_reference_pages_gui.moc"
