// The division picker of the first-run wizard (issue 10): typing a name, a code or pinyin initials and
// picking a result with Enter or a double-click, the province → city → county combos, the county's
// townships with 全选/全不选 and development zones unchecked; screenshots in Chinese and English.
#include "DivisionCatalog.h"
#include "Screenshot.h"
#include "setup/DivisionPicker.h"
#include "shell/Localization.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace zz;

namespace {

// QTest::keyClicks sends Latin-1 only; Chinese arrives through the input method as committed text,
// as a user's input method delivers it.
void typeText(QWidget *widget, const QString &text)
{
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

} // namespace

class TestDivisionPicker : public QObject
{
    Q_OBJECT

private:
    template <typename T> static T *child(QWidget &w, const QString &name)
    {
        T *found = w.findChild<T *>(name);
        if (!found)
            qFatal("no %s", qPrintable(name));
        return found;
    }

    static QStringList itemTexts(QListWidget *list)
    {
        QStringList out;
        for (int row = 0; row < list->count(); ++row)
            out << list->item(row)->text();
        return out;
    }

    static QStringList checkedCodes(QListWidget *list)
    {
        QStringList out;
        for (int row = 0; row < list->count(); ++row)
            if (list->item(row)->checkState() == Qt::Checked)
                out << list->item(row)->data(Qt::UserRole).toString();
        return out;
    }

private slots:
    void initTestCase()
    {
        Localization::applyChineseFont();
        DivisionCatalog::bundled(); // parsed once, before the widgets measure anything
    }

    void typeNameAndPickCounty()
    {
        DivisionPicker picker;
        picker.resize(760, 620);
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        QSignalSpy changed(&picker, &DivisionPicker::selectionChanged);
        QVERIFY(!picker.isComplete());

        auto *search = child<QLineEdit>(picker, u"divisionSearch"_s);
        auto *results = child<QListWidget>(picker, u"divisionResults"_s);
        auto *townships = child<QListWidget>(picker, u"divisionTownships"_s);
        search->setFocus();
        typeText(search, u"余姚"_s);
        QVERIFY(results->count() >= 1);
        QVERIFY2(results->item(0)->text().startsWith(u"浙江省 / 宁波市 / 余姚市"_s),
                 qPrintable(results->item(0)->text()));
        QVERIFY(results->item(0)->text().contains(u"330281"_s));
        QTest::keyClick(search, Qt::Key_Return);

        QCOMPARE(picker.countyCode(), u"330281"_s);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(child<QComboBox>(picker, u"divisionProvince"_s)->currentText(), u"浙江省"_s);
        QCOMPARE(child<QComboBox>(picker, u"divisionCity"_s)->currentText(), u"宁波市"_s);
        QCOMPARE(child<QComboBox>(picker, u"divisionCounty"_s)->currentText(), u"余姚市"_s);
        const QList<Division> expected = DivisionCatalog::bundled().children(u"330281"_s);
        QCOMPARE(townships->count(), expected.size());
        QVERIFY(itemTexts(townships).first().startsWith(u"梨洲街道"_s));
        // ordinary townships checked by default (余姚 has no development zone)
        QCOMPARE(picker.townshipCodes().size(), expected.size());
        QVERIFY(picker.isComplete());

        QTest::mouseClick(child<QPushButton>(picker, u"divisionSelectNone"_s), Qt::LeftButton);
        QVERIFY(picker.townshipCodes().isEmpty());
        QVERIFY(!picker.isComplete());
        QVERIFY(child<QLabel>(picker, u"divisionSummary"_s)->text().contains(u"请至少勾选一个"_s));
        // tick one township by hand: the space bar on the current row
        townships->setFocus();
        townships->setCurrentRow(2);
        QTest::keyClick(townships, Qt::Key_Space);
        QCOMPARE(picker.townshipCodes(), QStringList{expected[2].code});
        QVERIFY(picker.isComplete());
        QTest::mouseClick(child<QPushButton>(picker, u"divisionSelectAll"_s), Qt::LeftButton);
        QCOMPARE(picker.townshipCodes().size(), expected.size());
    }

    void pickTownshipByDoubleClick()
    {
        DivisionPicker picker;
        picker.resize(760, 620);
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        auto *search = child<QLineEdit>(picker, u"divisionSearch"_s);
        auto *results = child<QListWidget>(picker, u"divisionResults"_s);
        typeText(search, u"余姚 梨洲"_s);
        QCOMPARE(results->count(), 1);
        QVERIFY(results->item(0)->text().startsWith(u"浙江省 / 宁波市 / 余姚市 / 梨洲街道"_s));
        const QRect rect = results->visualItemRect(results->item(0));
        // a widget's double click arrives after the press and release of the first click
        QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(results->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(picker.countyCode(), u"330281"_s);
        QCOMPARE(picker.townshipCodes(), QStringList{u"330281001"_s});
    }

    void codeAndInitialsAndSpecialUnits()
    {
        DivisionPicker picker;
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        auto *search = child<QLineEdit>(picker, u"divisionSearch"_s);
        auto *results = child<QListWidget>(picker, u"divisionResults"_s);
        auto *townships = child<QListWidget>(picker, u"divisionTownships"_s);
        // pinyin initials: 高阳县 is gyx; Down moves into the results, Enter picks
        QTest::keyClicks(search, u"gyx"_s);
        int row = -1;
        for (int i = 0; i < results->count(); ++i)
            if (results->item(i)->data(Qt::UserRole).toString() == u"130628"_s)
                row = i;
        QVERIFY2(row >= 0, qPrintable(itemTexts(results).join(u'\n')));
        QTest::keyClick(search, Qt::Key_Down);
        QVERIFY(results->hasFocus());
        results->setCurrentRow(row);
        QTest::keyClick(results, Qt::Key_Return);
        QCOMPARE(picker.countyCode(), u"130628"_s);
        // the development zone is marked and left unchecked
        QStringList special;
        for (int i = 0; i < townships->count(); ++i)
            if (townships->item(i)->text().contains(u"开发区/农场等"_s))
                special << townships->item(i)->data(Qt::UserRole).toString();
        QCOMPARE(special, QStringList{u"130628400"_s});
        QVERIFY(!checkedCodes(townships).contains(u"130628400"_s));
        QCOMPARE(checkedCodes(townships).size(), townships->count() - 1);

        // a 9-digit code finds the township; the results say so when nothing matches
        search->clear();
        QTest::keyClicks(search, u"130628101"_s);
        QCOMPARE(results->count(), 1);
        QTest::keyClick(search, Qt::Key_Enter);
        QCOMPARE(picker.townshipCodes(), QStringList{u"130628101"_s});
        search->clear();
        typeText(search, u"没有这个地方"_s);
        QCOMPARE(results->count(), 1);
        QVERIFY(!(results->item(0)->flags() & Qt::ItemIsEnabled));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(picker.countyCode(), u"130628"_s); // unchanged
    }

    void cascadingCombos()
    {
        DivisionPicker picker;
        picker.show();
        auto *province = child<QComboBox>(picker, u"divisionProvince"_s);
        auto *city = child<QComboBox>(picker, u"divisionCity"_s);
        auto *countyBox = child<QComboBox>(picker, u"divisionCounty"_s);
        QCOMPARE(province->count(), 31);
        QCOMPARE(city->count(), 0);
        province->setCurrentIndex(province->findText(u"河北省"_s));
        QVERIFY(city->count() > 5);
        QVERIFY(picker.countyCode().isEmpty());
        city->setCurrentIndex(city->findText(u"保定市"_s));
        countyBox->setCurrentIndex(countyBox->findText(u"高阳县"_s));
        QCOMPARE(picker.countyCode(), u"130628"_s);
        QCOMPARE(child<QListWidget>(picker, u"divisionTownships"_s)->count(), 9);
        // a city that is its own county (东莞市) is taken at once
        province->setCurrentIndex(province->findText(u"广东省"_s));
        city->setCurrentIndex(city->findText(u"东莞市"_s));
        QCOMPARE(picker.countyCode(), u"441900"_s);
        // locked to the database's county: the combos cannot move
        picker.setCounty(u"130628"_s, true);
        QVERIFY(!province->isEnabled() && !city->isEnabled() && !countyBox->isEnabled());
        picker.setLoadedTownships({u"130628101"_s});
        QVERIFY(!picker.townshipCodes().contains(u"130628101"_s));
        const QStringList texts = itemTexts(child<QListWidget>(picker, u"divisionTownships"_s));
        QVERIFY(texts.at(1).startsWith(u"庞口镇"_s) && texts.at(1).contains(u"已载入"_s));
        QVERIFY(!texts.at(0).contains(u"已载入"_s));
    }

    void screenshots()
    {
        for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
            QTranslator translator;
            if (language == u"en"_s) {
                QVERIFY(translator.load(u"zongzhi_en"_s, u":/i18n"_s));
                QCoreApplication::installTranslator(&translator);
            }
            {
                DivisionPicker picker;
                picker.resize(760, 640);
                picker.show();
                QVERIFY(QTest::qWaitForWindowExposed(&picker));
                typeText(picker.findChild<QLineEdit *>(u"divisionSearch"_s), u"高阳"_s);
                picker.setCounty(u"130628"_s);
                VERIFY_SCREENSHOT(&picker, u"division-picker-%1"_s.arg(language), QSize(600, 500));
            }
            QCoreApplication::removeTranslator(&translator);
        }
    }
};

QTEST_MAIN(TestDivisionPicker)
#include "tst_division_picker.moc"
