// The case view, its action dialogs, bulk actions, automatic supervision and the dispatch slip,
// driven through their widgets on SQLite and PostgreSQL (ZONGZHI_TEST_BACKEND).

#include "CaseRepository.h"
#include "CaseService.h"
#include "Database.h"
#include "Error.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "SupervisionService.h"
#include "TestDatabase.h"
#include "Validators.h"
#include "dispatch/ActionDialog.h"
#include "dispatch/ActionForm.h"
#include "dispatch/BulkActionDialog.h"
#include "dispatch/BulkActions.h"
#include "dispatch/CaseViewDialog.h"
#include "dispatch/DispatchSlip.h"
#include "dispatch/SupervisionNotifier.h"
#include "shell/Localization.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QInputMethodEvent>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

namespace {

const QString residentId = u"33068119800101123"_s + Validators::residentIdCheckChar(u"33068119800101123"_s);
const QString phone = u"13812345678"_s;

// QTest::keyClicks sends Latin-1 only; Chinese arrives through the input method as committed text.
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

// Moves a (closed) combo box down with the keyboard until its text contains `text`.
bool selectByKeyboard(QComboBox *combo, const QString &text)
{
    if (!combo)
        return false;
    combo->setFocus();
    for (int i = 0; i <= combo->count(); ++i) {
        if (combo->currentText().contains(text))
            return true;
        QTest::keyClick(combo, Qt::Key_Down);
    }
    return combo->currentText().contains(text);
}

void typeNumber(QSpinBox *spin, int value)
{
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, QString::number(value));
}

// Every piece of text a dialog shows: labels, table cells, text edits.
QString visibleText(QWidget *root)
{
    QStringList out;
    for (auto *label : root->findChildren<QLabel *>())
        out << label->text();
    for (auto *table : root->findChildren<QTableWidget *>())
        for (int r = 0; r < table->rowCount(); ++r)
            for (int c = 0; c < table->columnCount(); ++c)
                if (auto *item = table->item(r, c))
                    out << item->text() << item->toolTip();
    return out.join(u'\n');
}

// Text as pdftotext extracts it from Qt's PDFs, made comparable: Qt writes each glyph's lowest
// Unicode mapping into the ToUnicode table, and Noto CJK maps radicals and ideographs to the same
// glyphs, so 石 comes back as the Kangxi radical ⽯ (undone by NFKC) and 青 as ⻘ (a supplement
// radical without a decomposition, mapped here). Whitespace is dropped: -layout spreads titles.
QString comparablePdfText(const QString &text)
{
    static const QList<QPair<char16_t, char16_t>> radicals{
        {0x2EC5, 0x89C1}, {0x2EC6, 0x89D2}, {0x2EC9, 0x8D1D}, {0x2ECB, 0x8F66}, {0x2ED3, 0x957F},
        {0x2ED4, 0x95E8}, {0x2ED8, 0x9752}, {0x2EDA, 0x9875}, {0x2EDB, 0x98CE}, {0x2EDC, 0x98DE},
        {0x2EE2, 0x9A6C}, {0x2EE5, 0x9C7C}, {0x2EE6, 0x9E1F}, {0x2EE9, 0x9EC4}, {0x2EEC, 0x9F50},
        {0x2EEE, 0x9F7F}, {0x2EF3, 0x9F9F}};
    QString out = text.normalized(QString::NormalizationForm_KC);
    for (const auto &[radical, ideograph] : radicals)
        out.replace(QChar(radical), QChar(ideograph));
    out.remove(QRegularExpression(u"\\s+"_s));
    return out;
}

} // namespace

class TestCaseView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    const QDateTime m_start{QDate(2025, 3, 3), QTime(9, 0)}; // a Monday away from holidays
    FixedClock m_clock{m_start};
    WorkCalendar m_calendar;
    std::unique_ptr<CaseService> m_service;
    std::vector<std::unique_ptr<AppContext>> m_contexts; // alive as long as the dialogs of a test

    const AppContext &contextFor(const User &user)
    {
        m_contexts.push_back(std::make_unique<AppContext>(AppContext{*m_db, m_clock, m_calendar, user}));
        return *m_contexts.back();
    }

    CaseRecord report(qint64 categoryId = 0, const QString &title = u"楼上漏水严重,多次协商未果"_s)
    {
        CaseRecord c;
        c.title = title;
        c.description = u"三楼住户反映楼上卫生间漏水,墙面发霉,多次协商未果。"_s;
        c.source = CaseSource::Visit;
        c.nature = CaseNature::Complaint;
        c.categoryId = categoryId > 0 ? categoryId : m_town.neighbourDispute.id;
        c.orgUnitId = m_town.grid1.id;
        c.address = u"上溪村12号"_s;
        CaseParty p;
        p.name = u"张三"_s;
        p.residentId = residentId;
        p.phone = phone;
        CaseParty other;
        other.role = PartyRole::Party;
        other.name = u"李四"_s;
        other.phone = u"0571-87654321"_s;
        c.parties = {p, other};
        return m_service->report(c, m_town.actor(m_town.reception));
    }

    CaseRecord apply(const CaseRecord &c, CaseAction action, const ActionInput &input, const User &user)
    {
        return m_service->apply(c.id, c.version, action, input, m_town.actor(user));
    }

    // A case moved through the loop to `status` (dispatched to the judicial office).
    CaseRecord caseIn(CaseStatus status, qint64 categoryId = 0, bool extensionPending = false)
    {
        CaseRecord c = report(categoryId);
        const QList<CaseStatus> path{CaseStatus::Registered, CaseStatus::Dispatched, CaseStatus::InProgress,
                                     CaseStatus::Feedback, CaseStatus::Closed};
        for (const CaseStatus next : path) {
            if (c.status == status)
                break;
            ActionInput in;
            switch (next) {
            case CaseStatus::Registered:
                c = apply(c, CaseAction::Register, {}, m_town.reception);
                break;
            case CaseStatus::Dispatched:
                in.departmentId = m_town.judicial.id;
                in.note = u"请尽快调解"_s;
                c = apply(c, CaseAction::Dispatch, in, m_town.duty);
                break;
            case CaseStatus::InProgress:
                c = apply(c, CaseAction::Sign, {}, m_town.handler);
                break;
            case CaseStatus::Feedback:
                in.result = u"已调解"_s;
                c = apply(c, CaseAction::SubmitFeedback, in, m_town.handler);
                break;
            case CaseStatus::Closed:
                c = apply(c, CaseAction::Close, {}, m_town.duty);
                break;
            default:
                break;
            }
        }
        if (extensionPending) {
            ActionInput in;
            in.days = 5;
            in.note = u"需现场勘验"_s;
            c = apply(c, CaseAction::RequestExtension, in, m_town.handler);
        }
        return c;
    }

    CaseRecord stored(qint64 id) { return *CaseRepository(*m_db).get(id); }
    FlowEntry lastFlow(qint64 id) { return CaseRepository(*m_db).flow(id).last(); }

    void saveScreenshot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("ZONGZHI_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        widget->grab().save(QDir(dir).filePath(name + u".png"_s));
    }

private slots:
    void initTestCase()
    {
        try {
            m_testDb = std::make_unique<test::TestDatabase>();
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
        qInfo() << "backend:" << m_testDb->backendName();
        Localization::applyChineseFont(); // as the app does: simplified glyph forms in the screenshots
    }

    void init()
    {
        m_contexts.clear();
        m_service.reset();
        m_db.reset();
        try {
            m_db = m_testDb->fresh();
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" — "_s + e.detail()));
        }
        m_town = TestTown::create(*m_db);
        CalendarRepository(*m_db).seedFromBundled();
        m_calendar = CalendarRepository(*m_db).load();
        m_clock.set(m_start);
        m_service = std::make_unique<CaseService>(*m_db, m_clock, m_calendar);
    }

    void cleanup()
    {
        m_contexts.clear();
        m_service.reset();
        m_db.reset();
    }

    void viewShowsEverythingMasked()
    {
        CaseRecord c = caseIn(CaseStatus::Registered);
        ActionInput dispatch;
        dispatch.departmentId = m_town.judicial.id;
        dispatch.days = 5;
        dispatch.note = u"请司法所三日内组织调解"_s;
        dispatch.copiedOrgUnits = {m_town.village1.id};
        c = apply(c, CaseAction::Dispatch, dispatch, m_town.duty);

        CaseViewDialog view(contextFor(m_town.duty), c.id);
        view.show();
        QVERIFY(view.record());
        const auto value = [&](const QString &name) {
            auto *label = view.findChild<QLabel *>(name);
            return label ? label->text() : u"<missing %1>"_s.arg(name);
        };
        QCOMPARE(value(u"caseNoLabel"_s), c.caseNo);
        QCOMPARE(value(u"titleLabel"_s), c.title);
        QCOMPARE(value(u"placeLabel"_s), u"安澜县 / 青石镇 / 上溪村 / 上溪村第1网格"_s);
        QCOMPARE(value(u"categoryLabel"_s), u"矛盾纠纷 / 邻里纠纷"_s);
        QCOMPARE(value(u"statusLabel"_s), u"已派遣"_s);
        QCOMPARE(value(u"handlerLabel"_s), u"司法所"_s);
        QCOMPARE(value(u"sourceLabel"_s), u"来访"_s);
        QVERIFY(value(u"levelLabel"_s).startsWith(u"青石镇"_s));
        QVERIFY2(value(u"deadlineLabel"_s).contains(u"剩余 5 个工作日"_s),
                 qPrintable(value(u"deadlineLabel"_s)));
        QCOMPARE(value(u"superviseLabel"_s), u"未督办"_s);
        QCOMPARE(value(u"satisfactionLabel"_s), u"未回访"_s);

        auto *parties = view.findChild<QTableWidget *>(u"partiesTable"_s);
        QVERIFY(parties);
        QCOMPARE(parties->rowCount(), 2);
        QCOMPARE(parties->item(0, 1)->text(), u"张三"_s);
        QCOMPARE(parties->item(0, 2)->text(), Masking::residentId(residentId));
        QCOMPARE(parties->item(0, 3)->text(), u"138****5678"_s);
        QCOMPARE(parties->item(1, 3)->text(), Masking::phone(u"0571-87654321"_s));
        const QString all = visibleText(&view);
        QVERIFY(!all.contains(residentId));
        QVERIFY(!all.contains(phone));
        QVERIFY(!all.contains(u"87654321"_s));

        auto *flow = view.findChild<QTableWidget *>(u"flowTable"_s);
        QVERIFY(flow);
        QCOMPARE(flow->rowCount(), 3);
        QCOMPARE(flow->item(0, 2)->text(), u"问题上报"_s);
        QCOMPARE(flow->item(2, 1)->text(), u"赵值班"_s);
        QCOMPARE(flow->item(2, 2)->text(), u"派遣"_s);
        QCOMPARE(flow->item(2, 3)->text(), u"已立案 → 已派遣"_s);
        QCOMPARE(flow->item(2, 4)->text(), u"青石镇"_s);
        QCOMPARE(flow->item(2, 5)->text(), u"司法所"_s);
        QCOMPARE(flow->item(2, 6)->text(), u"5 个工作日"_s); // as the case's deadline counts
        QCOMPARE(flow->item(2, 7)->text(), u"请司法所三日内组织调解"_s);
        saveScreenshot(&view, u"caseview"_s);
    }

    void actionsFollowTheRole()
    {
        const CaseRecord registered = caseIn(CaseStatus::Registered);
        {
            CaseViewDialog view(contextFor(m_town.reception), registered.id);
            QVERIFY(view.record());
            QVERIFY(!view.findChild<QPushButton *>(u"dispatchButton"_s));
            QVERIFY(view.findChild<QPushButton *>(u"escalateButton"_s));
        }
        try {
            ActionInput in;
            in.departmentId = m_town.judicial.id;
            apply(registered, CaseAction::Dispatch, in, m_town.reception);
            QFAIL("the service let reception dispatch");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Forbidden);
        }
        {
            CaseViewDialog view(contextFor(m_town.duty), registered.id);
            QVERIFY(view.findChild<QPushButton *>(u"dispatchButton"_s));
            QVERIFY(view.findChild<QPushButton *>(u"superviseButton"_s));
            QVERIFY(!view.findChild<QPushButton *>(u"signButton"_s));
        }
        {
            CaseViewDialog view(contextFor(m_town.handler), registered.id);
            QVERIFY(
                view
                    .findChildren<QPushButton *>(QRegularExpression(
                        u"^(?!printSlip|slipPdf|closeView|openAttachment|saveAttachment|openPetition).*Button$"_s))
                    .isEmpty());
        }

        const CaseRecord reported = report();
        {
            CaseViewDialog view(contextFor(m_town.reception), reported.id);
            for (const QString &name :
                 {u"registerButton"_s, u"declineButton"_s, u"escalateButton"_s, u"settleOnSpotButton"_s})
                QVERIFY2(view.findChild<QPushButton *>(name), qPrintable(name));
            QVERIFY(!view.findChild<QPushButton *>(u"handDownButton"_s));
        }
        {
            CaseViewDialog view(contextFor(m_town.leader), reported.id);
            QVERIFY(view.findChild<QPushButton *>(u"handDownButton"_s));
            QVERIFY(!view.findChild<QPushButton *>(u"registerButton"_s));
        }

        // A case sent to the police station: the judicial handler sees no actions, and the
        // service refuses him too.
        CaseRecord police = caseIn(CaseStatus::Registered);
        ActionInput in;
        in.departmentId = m_town.police.id;
        police = apply(police, CaseAction::Dispatch, in, m_town.duty);
        {
            CaseViewDialog view(contextFor(m_town.handler), police.id);
            QVERIFY(!view.findChild<QPushButton *>(u"signButton"_s));
        }
        try {
            apply(police, CaseAction::Sign, {}, m_town.handler);
            QFAIL("the service let another department's handler sign");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Forbidden);
        }
        // The admin manages accounts, not cases.
        {
            User admin = m_town.admin;
            CaseViewDialog view(contextFor(admin), police.id);
            QVERIFY(!view.findChild<QPushButton *>(u"superviseButton"_s));
        }
    }

    void everyActionDialog()
    {
        struct Spec
        {
            CaseAction action;
            CaseStatus from;
            const User *user;
            bool needsInput;                          // OK starts disabled
            std::function<void(ActionDialog *)> fill; // fills the required (and some optional) fields
            std::function<void(const CaseRecord &, const FlowEntry &)> check;
            qint64 category = 0;
            bool extensionPending = false;
        };
        const auto reason = [](const QString &text) {
            return [text](ActionDialog *d) {
                typeText(d->findChild<QPlainTextEdit *>(u"reasonTextEdit"_s), text);
            };
        };
        const auto ok = [](ActionDialog *d) { return d->findChild<QPushButton *>(u"okButton"_s); };
        const auto noteIs = [](const QString &text) {
            return [text](const CaseRecord &, const FlowEntry &f) { QCOMPARE(f.note, text); };
        };

        const QList<Spec> specs{
            {CaseAction::Register, CaseStatus::Reported, &m_town.reception, false, reason(u"材料齐全"_s),
             noteIs(u"材料齐全"_s)},
            {CaseAction::Decline, CaseStatus::Reported, &m_town.reception, true, reason(u"不属于受理范围"_s),
             [](const CaseRecord &c, const FlowEntry &f) {
                 QCOMPARE(f.note, u"不属于受理范围"_s);
                 QVERIFY(c.closedAt.isValid());
             }},
            {CaseAction::Dispatch, CaseStatus::Registered, &m_town.duty, true,
             [&](ActionDialog *d) {
                 auto *days = d->findChild<QSpinBox *>(u"daysSpinBox"_s);
                 QCOMPARE(days->value(), 10); // the category's limit
                 typeNumber(days, 7);
                 QVERIFY(!ok(d)->isEnabled()); // still no department
                 QVERIFY(selectByKeyboard(d->findChild<QComboBox *>(u"departmentComboBox"_s), u"派出所"_s));
                 auto *copies = d->findChild<QListWidget *>(u"copiedUnitsListWidget"_s);
                 const auto items = copies->findItems(u"上溪村"_s, Qt::MatchExactly);
                 QCOMPARE(items.size(), 1);
                 items.first()->setCheckState(Qt::Checked);
                 typeText(d->findChild<QPlainTextEdit *>(u"reasonTextEdit"_s), u"请三日内核实"_s);
             },
             [&](const CaseRecord &c, const FlowEntry &f) {
                 QCOMPARE(c.departmentId, m_town.police.id);
                 QCOMPARE(f.departmentId, m_town.police.id);
                 QCOMPARE(f.days, 7);
                 QCOMPARE(f.note, u"请三日内核实"_s);
                 QCOMPARE(CaseRepository(*m_db).copiedOrgUnits(c.id), QList<qint64>{m_town.village1.id});
             },
             m_town.wages.id},
            {CaseAction::Sign, CaseStatus::Dispatched, &m_town.handler, false, [](ActionDialog *) {},
             [&](const CaseRecord &c, const FlowEntry &) { QCOMPARE(c.departmentId, m_town.judicial.id); }},
            {CaseAction::SubmitFeedback, CaseStatus::InProgress, &m_town.handler, true,
             [](ActionDialog *d) {
                 typeText(d->findChild<QPlainTextEdit *>(u"resultTextEdit"_s), u"已组织双方调解,达成协议"_s);
                 QVERIFY(
                     selectByKeyboard(d->findChild<QComboBox *>(u"disputeSettledComboBox"_s), u"已化解"_s));
             },
             [](const CaseRecord &c, const FlowEntry &f) {
                 QCOMPARE(f.note, u"已组织双方调解,达成协议"_s);
                 QCOMPARE(c.disputeSettled, std::optional(true));
             }},
            {CaseAction::Close, CaseStatus::Feedback, &m_town.duty, false,
             [](ActionDialog *d) {
                 QVERIFY(
                     selectByKeyboard(d->findChild<QComboBox *>(u"satisfactionComboBox"_s), u"基本满意"_s));
             },
             [](const CaseRecord &c, const FlowEntry &) {
                 QCOMPARE(c.satisfaction, std::optional(Satisfaction::BasicallySatisfied));
             }},
            {CaseAction::Archive, CaseStatus::Closed, &m_town.leader, false,
             [](ActionDialog *d) { QVERIFY(d->findChild<QLabel *>(u"confirmLabel"_s)); },
             [](const CaseRecord &, const FlowEntry &) {}},
            {CaseAction::Return, CaseStatus::Dispatched, &m_town.handler, true, reason(u"不属于本部门职责"_s),
             [](const CaseRecord &c, const FlowEntry &f) {
                 QCOMPARE(c.departmentId, 0);
                 QCOMPARE(f.note, u"不属于本部门职责"_s);
             }},
            {CaseAction::Transfer, CaseStatus::Dispatched, &m_town.duty, true,
             [&](ActionDialog *d) {
                 QVERIFY(
                     selectByKeyboard(d->findChild<QComboBox *>(u"departmentComboBox"_s), u"市场监管所"_s));
                 QVERIFY(!ok(d)->isEnabled()); // the reason is still missing
                 typeText(d->findChild<QPlainTextEdit *>(u"reasonTextEdit"_s), u"涉及食品安全"_s);
             },
             [&](const CaseRecord &c, const FlowEntry &f) {
                 QCOMPARE(c.departmentId, m_town.market.id);
                 QCOMPARE(f.note, u"涉及食品安全"_s);
             }},
            {CaseAction::Escalate, CaseStatus::Registered, &m_town.duty, true,
             [](ActionDialog *d) {
                 QCOMPARE(d->findChild<QComboBox *>(u"orgUnitComboBox"_s)->currentText(), u"安澜县"_s);
                 typeText(d->findChild<QPlainTextEdit *>(u"reasonTextEdit"_s), u"涉及多个乡镇"_s);
             },
             [&](const CaseRecord &c, const FlowEntry &f) {
                 QCOMPARE(c.levelOrgUnitId, m_town.county.id);
                 QCOMPARE(f.fromOrgUnitId, m_town.township1.id);
                 QCOMPARE(f.toOrgUnitId, m_town.county.id);
             }},
            {CaseAction::HandDown, CaseStatus::Registered, &m_town.leader, true,
             [&](ActionDialog *d) {
                 typeText(d->findChild<QPlainTextEdit *>(u"reasonTextEdit"_s), u"由村调委会先行调解"_s);
                 QVERIFY(!ok(d)->isEnabled()); // no unit yet
                 QVERIFY(selectByKeyboard(d->findChild<QComboBox *>(u"orgUnitComboBox"_s), u"上溪村"_s));
             },
             [&](const CaseRecord &c, const FlowEntry &f) {
                 QCOMPARE(c.levelOrgUnitId, m_town.village1.id);
                 QCOMPARE(f.toOrgUnitId, m_town.village1.id);
             }},
            {CaseAction::RequestExtension, CaseStatus::InProgress, &m_town.handler, true,
             [&](ActionDialog *d) {
                 typeText(d->findChild<QPlainTextEdit *>(u"reasonTextEdit"_s), u"需等待鉴定结论"_s);
                 QVERIFY(!ok(d)->isEnabled()); // no days yet
                 typeNumber(d->findChild<QSpinBox *>(u"daysSpinBox"_s), 6);
             },
             [](const CaseRecord &c, const FlowEntry &f) {
                 QCOMPARE(c.extensionPendingDays, 6);
                 QCOMPARE(f.days, 6);
             }},
            {CaseAction::ApproveExtension, CaseStatus::InProgress, &m_town.leader, false,
             [](ActionDialog *d) { QCOMPARE(d->findChild<QSpinBox *>(u"daysSpinBox"_s)->value(), 5); },
             [](const CaseRecord &c, const FlowEntry &f) {
                 QCOMPARE(c.extensionPendingDays, 0);
                 QCOMPARE(f.days, 5);
             },
             0, true},
            {CaseAction::RefuseExtension, CaseStatus::Dispatched, &m_town.leader, true,
             reason(u"理由不充分"_s),
             [](const CaseRecord &c, const FlowEntry &) { QCOMPARE(c.extensionPendingDays, 0); }, 0, true},
            {CaseAction::WithdrawExtension, CaseStatus::InProgress, &m_town.handler, false,
             [](ActionDialog *d) {
                 QVERIFY(
                     d->findChild<QLabel *>(u"pendingExtensionLabel"_s)->text().contains(u"5 个工作日"_s));
             },
             [](const CaseRecord &c, const FlowEntry &f) {
                 QCOMPARE(c.extensionPendingDays, 0);
                 QCOMPARE(f.days, 5);
             },
             0, true},
            {CaseAction::Supervise, CaseStatus::InProgress, &m_town.leader, true,
             [&](ActionDialog *d) {
                 QVERIFY(selectByKeyboard(d->findChild<QComboBox *>(u"superviseLevelComboBox"_s), u"黄牌"_s));
                 QVERIFY(!ok(d)->isEnabled());
                 typeText(d->findChild<QPlainTextEdit *>(u"reasonTextEdit"_s), u"群众反映强烈,限期办结"_s);
             },
             [](const CaseRecord &c, const FlowEntry &f) {
                 QCOMPARE(c.superviseLevel, SuperviseLevel::YellowCard);
                 QCOMPARE(f.note, u"群众反映强烈,限期办结"_s);
             }},
            {CaseAction::Urge, CaseStatus::Dispatched, &m_town.duty, true, reason(u"请今日内签收"_s),
             noteIs(u"请今日内签收"_s)},
            {CaseAction::Reopen, CaseStatus::Closed, &m_town.duty, true,
             [&](ActionDialog *d) {
                 typeNumber(d->findChild<QSpinBox *>(u"daysSpinBox"_s), 3);
                 QVERIFY(!ok(d)->isEnabled());
                 typeText(d->findChild<QPlainTextEdit *>(u"reasonTextEdit"_s), u"回访不满意"_s);
             },
             [](const CaseRecord &c, const FlowEntry &f) {
                 QCOMPARE(f.days, 3);
                 QVERIFY(!c.closedAt.isValid());
             }},
            {CaseAction::SettleOnSpot, CaseStatus::Reported, &m_town.reception, true,
             [](ActionDialog *d) {
                 typeText(d->findChild<QPlainTextEdit *>(u"resultTextEdit"_s), u"当场解释政策,群众认可"_s);
                 QVERIFY(selectByKeyboard(d->findChild<QComboBox *>(u"satisfactionComboBox"_s), u"满意"_s));
             },
             [](const CaseRecord &c, const FlowEntry &f) {
                 QCOMPARE(f.note, u"当场解释政策,群众认可"_s);
                 QCOMPARE(c.satisfaction, std::optional(Satisfaction::Satisfied));
             }},
        };
        // All but Report, RecomputeDeadline (the system's, when holidays are entered) and Verify (offered
        // where a center checks and closes in two steps: tst_check_steps_gui drives it).
        QCOMPARE(specs.size(), qsizetype(allValues<CaseAction>().size() - 3));

        for (const Spec &spec : specs) {
            const QByteArray name = code(spec.action).toUtf8();
            const CaseRecord c = caseIn(spec.from, spec.category, spec.extensionPending);
            QCOMPARE(c.status, spec.from);
            CaseViewDialog view(contextFor(*spec.user), c.id);
            view.show();
            QSignalSpy changed(&view, &CaseViewDialog::caseChanged);
            auto *button = view.findChild<QPushButton *>(ActionDialog::buttonName(spec.action));
            QVERIFY2(button, name.constData());
            QTest::mouseClick(button, Qt::LeftButton);
            QPointer<ActionDialog> dialog = view.findChild<ActionDialog *>();
            QVERIFY2(dialog, name.constData());
            QVERIFY2(dialog->isVisible(), name.constData());
            QPushButton *okButton = ok(dialog);
            QCOMPARE(okButton->isEnabled(), !spec.needsInput);
            if (spec.needsInput) {
                QVERIFY(dialog->findChild<QLabel *>(u"hintLabel"_s)->isVisible());
                QTest::mouseClick(okButton, Qt::LeftButton); // refused: nothing happens
                QVERIFY(dialog->isVisible());
                QCOMPARE(stored(c.id).version, c.version);
            }
            if (spec.action == CaseAction::Dispatch)
                saveScreenshot(dialog, u"action-dispatch-empty"_s);
            spec.fill(dialog);
            if (QTest::currentTestFailed())
                QFAIL(name.constData());
            QVERIFY2(okButton->isEnabled(), name.constData());
            if (spec.action == CaseAction::Dispatch)
                saveScreenshot(dialog, u"action-dispatch-filled"_s);
            QTest::mouseClick(okButton, Qt::LeftButton);
            QTRY_VERIFY2(!dialog, name.constData());

            const CaseRecord after = stored(c.id);
            const FlowEntry row = lastFlow(c.id);
            QCOMPARE(after.version, c.version + 1);
            QCOMPARE(row.action, spec.action);
            QCOMPARE(row.fromStatus, std::optional(spec.from));
            QCOMPARE(row.toStatus, *CaseWorkflow::target(spec.action, spec.from));
            QCOMPARE(after.status, row.toStatus);
            QCOMPARE(row.actorUserId, spec.user->id);
            spec.check(after, row);
            if (QTest::currentTestFailed())
                QFAIL(name.constData());
            QCOMPARE(changed.count(), 1);
            QCOMPARE(view.record()->version, after.version); // the view reloaded
            QCOMPARE(view.findChild<QTableWidget *>(u"flowTable"_s)->rowCount(),
                     int(CaseRepository(*m_db).flow(c.id).size()));
        }
    }

    void serviceRefusalShownInline()
    {
        CaseRecord c = caseIn(CaseStatus::Registered);
        ActionInput up;
        up.note = u"涉及多个乡镇"_s;
        c = apply(c, CaseAction::Escalate, up, m_town.duty); // now at the county, reported again
        CaseViewDialog view(contextFor(m_town.leader), c.id);
        view.show();
        QPointer<ActionDialog> dialog = view.startAction(CaseAction::Escalate);
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QComboBox *>(u"orgUnitComboBox"_s)->count(),
                 0); // nothing above the county
        typeText(dialog->findChild<QPlainTextEdit *>(u"reasonTextEdit"_s), u"请市里协调"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);
        auto *error = dialog->findChild<QLabel *>(u"errorLabel"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"最高层级"_s), qPrintable(error->text()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(stored(c.id).version, c.version);
    }

    void staleVersionOffersReload()
    {
        const CaseRecord c = caseIn(CaseStatus::Registered);
        CaseViewDialog view(contextFor(m_town.duty), c.id);
        view.show();
        QCOMPARE(view.record()->version, c.version);

        // Another counter supervises the case meanwhile, through its own connection.
        auto other = m_testDb->connectAgain();
        ActionInput supervise;
        supervise.superviseLevel = SuperviseLevel::Normal;
        supervise.note = u"请关注"_s;
        CaseService(*other, m_clock, m_calendar)
            .apply(c.id, c.version, CaseAction::Supervise, supervise, m_town.actor(m_town.leader));

        QTest::mouseClick(view.findChild<QPushButton *>(u"dispatchButton"_s), Qt::LeftButton);
        QPointer<ActionDialog> dialog = view.findChild<ActionDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QComboBox *>(u"departmentComboBox"_s)->currentText() ==
                u"司法所"_s); // category default
        QPushButton *okButton = dialog->findChild<QPushButton *>(u"okButton"_s);
        QVERIFY(okButton->isEnabled());
        QTest::mouseClick(okButton, Qt::LeftButton);
        auto *conflict = dialog->findChild<QLabel *>(u"conflictLabel"_s);
        QVERIFY(conflict->isVisible());
        QCOMPARE(conflict->text(), u"此案件已被其他人修改，是否重新载入？"_s);
        QVERIFY(!okButton->isEnabled());
        QCOMPARE(lastFlow(c.id).action, CaseAction::Supervise);
        saveScreenshot(dialog, u"action-conflict"_s);

        QTest::mouseClick(dialog->findChild<QPushButton *>(u"reloadButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        QCOMPARE(view.record()->version, c.version + 1);
        QCOMPARE(view.findChild<QLabel *>(u"superviseLabel"_s)->text(), u"普通督办"_s);
        // Now it goes through with the fresh version.
        dialog = view.startAction(CaseAction::Dispatch);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        QCOMPARE(stored(c.id).status, CaseStatus::Dispatched);
    }

    void bulkDispatchReportsTheStaleCase()
    {
        QList<CaseRecord> cases;
        for (const QString &title : {u"噪音扰民"_s, u"占道经营"_s, u"拖欠工资"_s})
            cases << apply(report(m_town.wages.id, title), CaseAction::Register, {}, m_town.reception);
        QList<QPair<qint64, int>> selection;
        for (const CaseRecord &c : std::as_const(cases))
            selection.append({c.id, c.version});

        // The second case changes through a second connection after the board read it.
        auto other = m_testDb->connectAgain();
        ActionInput urge;
        urge.superviseLevel = SuperviseLevel::Normal;
        urge.note = u"领导关注"_s;
        CaseService(*other, m_clock, m_calendar)
            .apply(cases[1].id, cases[1].version, CaseAction::Supervise, urge, m_town.actor(m_town.leader));

        QCOMPARE(BulkActions::actionsFor(m_town.duty.roles),
                 (QList<CaseAction>{CaseAction::Dispatch, CaseAction::Supervise, CaseAction::Urge}));
        QVERIFY(BulkActions::actionsFor(m_town.reception.roles).isEmpty());

        BulkActionDialog dialog(contextFor(m_town.duty), CaseAction::Dispatch, selection);
        dialog.show();
        QSignalSpy changed(&dialog, &BulkActionDialog::casesChanged);
        QPushButton *okButton = dialog.findChild<QPushButton *>(u"okButton"_s);
        QVERIFY(!okButton->isEnabled());
        QVERIFY(selectByKeyboard(dialog.findChild<QComboBox *>(u"departmentComboBox"_s), u"派出所"_s));
        typeText(dialog.findChild<QPlainTextEdit *>(u"reasonTextEdit"_s), u"统一交派出所处理"_s);
        QVERIFY(okButton->isEnabled());
        saveScreenshot(&dialog, u"bulk-input"_s);
        QTest::mouseClick(okButton, Qt::LeftButton);

        const BulkResult &result = dialog.result();
        QCOMPARE(result.succeeded.size(), 2);
        QCOMPARE(result.failed.size(), 1);
        QCOMPARE(result.failed[0].caseNo, cases[1].caseNo);
        QCOMPARE(result.failed[0].kind, Error::Kind::Conflict);
        QVERIFY2(result.failed[0].message.contains(u"已被其他人修改"_s),
                 qPrintable(result.failed[0].message));
        for (const int i : {0, 2}) {
            QCOMPARE(stored(cases[i].id).status, CaseStatus::Dispatched);
            QCOMPARE(stored(cases[i].id).departmentId, m_town.police.id);
            QCOMPARE(lastFlow(cases[i].id).note, u"统一交派出所处理"_s);
        }
        QCOMPARE(stored(cases[1].id).status, CaseStatus::Registered);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().value<QList<qint64>>(), (QList<qint64>{cases[0].id, cases[2].id}));

        auto *table = dialog.findChild<QTableWidget *>(u"resultTable"_s);
        QVERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(0, 0)->text(), cases[1].caseNo); // refusals first
        QCOMPARE(table->item(0, 2)->text(), u"未执行"_s);
        QVERIFY(dialog.findChild<QLabel *>(u"summaryLabel"_s)->text().contains(u"未执行 1 件"_s));
        saveScreenshot(&dialog, u"bulk-summary"_s);

        // Wrong status and wrong role are reported the same way, by case number.
        const CaseRecord reported = report();
        ActionInput in;
        in.departmentId = m_town.judicial.id;
        const BulkResult wrong = BulkActions::run(contextFor(m_town.duty), CaseAction::Dispatch, in,
                                                  {{reported.id, reported.version}});
        QCOMPARE(wrong.failed.size(), 1);
        QCOMPARE(wrong.failed[0].kind, Error::Kind::InvalidState);
        QCOMPARE(wrong.failed[0].caseNo, reported.caseNo);
        const CaseRecord registered = caseIn(CaseStatus::Registered);
        const BulkResult forbidden = BulkActions::run(contextFor(m_town.reception), CaseAction::Dispatch, in,
                                                      {{registered.id, registered.version}});
        QCOMPARE(forbidden.failed.size(), 1);
        QCOMPARE(forbidden.failed[0].kind, Error::Kind::Forbidden);
    }

    void automaticCardsAreAnnounced()
    {
        const CaseRecord c = caseIn(CaseStatus::Dispatched);
        QMainWindow window;
        window.resize(900, 600);
        window.statusBar()->show();
        window.show();
        auto *notifier =
            new SupervisionNotifier(contextFor(m_town.duty), &window, std::chrono::milliseconds(20));
        QSignalSpy cards(notifier, &SupervisionNotifier::cardsIssued);

        QTest::qWait(100);
        QCOMPARE(cards.count(), 0); // within the 24 hours to sign
        m_clock.set(m_start.addSecs(25 * 3600));
        QTRY_COMPARE(cards.count(), 1);
        QTRY_VERIFY(notifier->toast()->isVisible());
        QVERIFY(notifier->toast()->text().contains(c.caseNo));
        QVERIFY2(window.statusBar()->currentMessage().contains(u"黄牌 1 件"_s),
                 qPrintable(window.statusBar()->currentMessage()));
        saveScreenshot(&window, u"supervision-toast"_s);

        // What the board lists: supervise_level from the list rows.
        CaseQuery query;
        query.supervisedOnly = true;
        auto rows = CaseRepository(*m_db).list(query);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].superviseLevel, SuperviseLevel::YellowCard);
        FlowEntry row = lastFlow(c.id);
        QCOMPARE(row.action, CaseAction::Supervise);
        QCOMPARE(row.actorUserId, 0);
        QCOMPARE(row.actorName, SupervisionService::actorName());
        QVERIFY(row.note.contains(u"未签收"_s));

        QTest::qWait(100);
        QCOMPARE(cards.count(), 1); // no second yellow card
        m_clock.set(m_start.addSecs((25 + 48) * 3600));
        QTRY_COMPARE(cards.count(), 2);
        rows = CaseRepository(*m_db).list(query);
        QCOMPARE(rows[0].superviseLevel, SuperviseLevel::RedCard);
        row = lastFlow(c.id);
        QVERIFY(row.note.contains(u"红牌"_s));
        QVERIFY(window.statusBar()->currentMessage().contains(u"红牌 1 件"_s));
        notifier->timer()->stop();
        // The sweep runs in a thread of its own: sweepNow() returns before the sweep ends.
        QSignalSpy finished(notifier, &SupervisionNotifier::sweepFinished);
        notifier->sweepNow();
        QVERIFY(notifier->isBusy());
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!notifier->isBusy());
        QCOMPARE(cards.count(), 2); // nothing new

        // The case view shows the card and the automatic row.
        CaseViewDialog view(contextFor(m_town.duty), c.id);
        QCOMPARE(view.findChild<QLabel *>(u"superviseLabel"_s)->text(), u"红牌督办"_s);
        auto *flow = view.findChild<QTableWidget *>(u"flowTable"_s);
        QCOMPARE(flow->item(flow->rowCount() - 1, 1)->text(), SupervisionService::actorName());
    }

    void dispatchSlipPdf()
    {
        CaseRecord c = caseIn(CaseStatus::Registered);
        ActionInput dispatch;
        dispatch.departmentId = m_town.judicial.id;
        dispatch.days = 5;
        dispatch.note = u"请司法所三日内组织调解"_s;
        dispatch.copiedOrgUnits = {m_town.village1.id, m_town.county.id};
        c = apply(c, CaseAction::Dispatch, dispatch, m_town.duty);

        const AppContext &context = contextFor(m_town.duty);
        const DispatchSlip slip(context, c.id);
        QCOMPARE(slip.centerName(), u"青石镇综治中心"_s);
        const QString html = slip.html();
        QVERIFY(!html.contains(residentId));
        QVERIFY(!html.contains(phone));

        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"slip.pdf"_s);
        slip.writePdf(pdf);
        QVERIFY(QFileInfo(pdf).size() > 1000);
        if (const QString dest = qEnvironmentVariable("ZONGZHI_SCREENSHOT_DIR"); !dest.isEmpty())
            QFile::copy(pdf, QDir(dest).filePath(u"slip.pdf"_s));
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QProcess process;
        process.start(pdftotext, {u"-layout"_s, pdf, u"-"_s});
        QVERIFY(process.waitForFinished(30000));
        const QString text = comparablePdfText(QString::fromUtf8(process.readAllStandardOutput()));
        QVERIFY2(text.contains(c.caseNo), qPrintable(text));
        QVERIFY(text.contains(u"案件交办单"_s));
        QVERIFY(text.contains(u"青石镇综治中心"_s));
        QVERIFY(text.contains(u"司法所"_s));
        QVERIFY(text.contains(u"请司法所三日内组织调解"_s));
        QVERIFY(text.contains(u"抄告单位安澜县、上溪村"_s));
        QVERIFY(text.contains(u"交办人(签字)"_s));
        QVERIFY(text.contains(Masking::residentId(residentId)));
        QVERIFY(!text.contains(residentId));
        QVERIFY(!text.contains(residentId.mid(4, 8))); // not even the birth date part
        QVERIFY(!text.contains(phone));

        // The view's button opens a print preview.
        CaseViewDialog view(context, c.id);
        view.show();
        QTest::mouseClick(view.findChild<QPushButton *>(u"printSlipButton"_s), Qt::LeftButton);
        QPointer<QPrintPreviewDialog> preview = view.findChild<QPrintPreviewDialog *>(u"slipPreviewDialog"_s);
        QVERIFY(preview);
        QTRY_VERIFY(preview->isVisible());
        preview->close();
        QTRY_VERIFY(!preview);
    }
};

QTEST_MAIN(TestCaseView)
#include "tst_caseview.moc"
