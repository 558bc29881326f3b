#include "petition/PetitionRuleSet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using zz::ClockKind;
using zz::PetitionRuleSet;

namespace {

QJsonObject bundledJson(const QString &id)
{
    const auto set = PetitionRuleSet::bundled(id);
    return set ? QJsonDocument::fromJson(set->toJson()).object() : QJsonObject();
}

QByteArray toBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

// The clock rule of `kind` in a JSON rule set, changed by `change`.
QJsonObject withClock(QJsonObject root, const QString &kind, const std::function<void(QJsonObject &)> &change)
{
    QJsonArray clocks = root.value("clocks"_L1).toArray();
    for (qsizetype i = 0; i < clocks.size(); ++i) {
        QJsonObject clock = clocks.at(i).toObject();
        if (clock.value("kind"_L1).toString() == kind) {
            change(clock);
            clocks[i] = clock;
        }
    }
    root.insert("clocks"_L1, clocks);
    return root;
}

} // namespace

// The statutory rule sets as data: the bundled ones, their articles, versioning, and the translated
// errors of a malformed set.
class TestPetitionRules : public QObject
{
    Q_OBJECT

private slots:
    void bundledSetsLoad_data();
    void bundledSetsLoad();
    void periods_data();
    void periods();
    void representatives_data();
    void representatives();
    void refusalsDifferByRegulation();
    void nationalForTheReceiptDate();
    void jsonRoundTrip();
    void handlingByType_data();
    void handlingByType();
    void malformed_data();
    void malformed();
};

void TestPetitionRules::bundledSetsLoad_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("regulation");
    QTest::addColumn<QDate>("effective");
    QTest::addColumn<int>("version");
    // national 2022 is at version 2: its handling period runs for 申诉求决 only (Art. 34 → Art. 31(6)).
    QTest::newRow("national 2022") << u"national-2022"_s << u"《信访工作条例》"_s << QDate(2022, 5, 1) << 2;
    QTest::newRow("national 2005") << u"national-2005"_s << u"《信访条例》"_s << QDate(2005, 5, 1) << 1;
    QTest::newRow("zhejiang 2016") << u"zhejiang-2016"_s << u"《浙江省信访条例》"_s << QDate(2016, 8, 1) << 1;
}

void TestPetitionRules::bundledSetsLoad()
{
    QFETCH(QString, id);
    QFETCH(QString, regulation);
    QFETCH(QDate, effective);
    QFETCH(int, version);
    QVERIFY(PetitionRuleSet::bundledIds().contains(id));
    const auto set = PetitionRuleSet::bundled(id);
    QVERIFY(set);
    QCOMPARE(set->id(), id);
    QCOMPARE(set->version(), version);
    QCOMPARE(set->versionId(), id + u"@"_s + QString::number(version));
    QCOMPARE(set->regulation(), regulation);
    QCOMPARE(set->effectiveFrom(), effective);
    QVERIFY(set->validate().isEmpty());
    QCOMPARE(set->clocks().size(), zz::allValues<ClockKind>().size());
    for (const zz::ClockRule &rule : set->clocks())
        QVERIFY2(rule.article.startsWith(u"第"_s), qPrintable(rule.article));
}

void TestPetitionRules::periods_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<ClockKind>("kind");
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("working");
    QTest::addColumn<int>("maxExtension");
    QTest::addColumn<bool>("hearingPauses");
    QTest::addColumn<QString>("article");

    const QString n = u"national-2022"_s;
    QTest::newRow("2022 notice") << n << ClockKind::AcceptanceNotice << 15 << false << 0 << false
                                 << u"第二十三条第二款"_s;
    QTest::newRow("2022 transfer") << n << ClockKind::Transfer << 15 << false << 0 << false
                                   << u"第二十二条第一款"_s;
    QTest::newRow("2022 objection") << n << ClockKind::Objection << 5 << true << 0 << false
                                    << u"第二十三条第三款"_s;
    QTest::newRow("2022 handling") << n << ClockKind::Handling << 60 << false << 30 << false
                                   << u"第三十四条"_s;
    QTest::newRow("2022 review request")
        << n << ClockKind::ReviewRequest << 30 << false << 0 << false << u"第三十五条"_s;
    QTest::newRow("2022 review answer")
        << n << ClockKind::ReviewAnswer << 30 << false << 0 << false << u"第三十五条"_s;
    QTest::newRow("2022 recheck request")
        << n << ClockKind::RecheckRequest << 30 << false << 0 << false << u"第三十六条第一款"_s;
    QTest::newRow("2022 recheck answer")
        << n << ClockKind::RecheckAnswer << 30 << false << 0 << true << u"第三十六条第一款、第二款"_s;
    const QString z = u"zhejiang-2016"_s;
    QTest::newRow("zj acceptance") << z << ClockKind::AcceptanceNotice << 5 << true << 0 << false
                                   << u"第二十条第一款"_s;
    QTest::newRow("zj objection") << z << ClockKind::Objection << 5 << true << 0 << false
                                  << u"第二十条第二款"_s;
    QTest::newRow("zj handling") << z << ClockKind::Handling << 30 << false << 60 << false
                                 << u"第二十三条第一款"_s;
    QTest::newRow("zj recheck answer") << z << ClockKind::RecheckAnswer << 30 << false << 0 << true
                                       << u"第二十四条（《信访工作条例》第三十六条）"_s;
    const QString o = u"national-2005"_s;
    QTest::newRow("2005 objection") << o << ClockKind::Objection << 15 << false << 0 << false
                                    << u"第二十一条第二款"_s;
    QTest::newRow("2005 handling") << o << ClockKind::Handling << 60 << false << 30 << false
                                   << u"第三十三条"_s;
}

void TestPetitionRules::periods()
{
    QFETCH(QString, id);
    QFETCH(ClockKind, kind);
    QFETCH(int, days);
    QFETCH(bool, working);
    QFETCH(int, maxExtension);
    QFETCH(bool, hearingPauses);
    QFETCH(QString, article);
    const zz::ClockRule rule = PetitionRuleSet::bundled(id)->rule(kind);
    QCOMPARE(rule.kind, kind);
    QCOMPARE(rule.days, days);
    QCOMPARE(rule.workingDays, working);
    QCOMPARE(rule.maxExtensionDays, maxExtension);
    QCOMPARE(rule.hearingPauses, hearingPauses);
    QCOMPARE(rule.article, article);
}

void TestPetitionRules::representatives_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("headCount");
    QTest::addColumn<int>("max");
    QTest::newRow("national 3") << u"national-2022"_s << 3 << 5;
    QTest::newRow("national 200") << u"national-2022"_s << 200 << 5;
    QTest::newRow("zhejiang 10") << u"zhejiang-2016"_s << 10 << 3;
    QTest::newRow("zhejiang 11") << u"zhejiang-2016"_s << 11 << 5;
    QTest::newRow("zhejiang 4") << u"zhejiang-2016"_s << 4 << 3;
}

void TestPetitionRules::representatives()
{
    QFETCH(QString, id);
    QFETCH(int, headCount);
    QFETCH(int, max);
    QCOMPARE(PetitionRuleSet::bundled(id)->maxRepresentatives(headCount), max);
}

void TestPetitionRules::refusalsDifferByRegulation()
{
    const auto national = PetitionRuleSet::bundled(u"national-2022"_s);
    QVERIFY(national->pendingRefusedAtHigherLevelOnly());
    QCOMPARE(national->pendingRefusal(), zz::PetitionAction::Decline);
    QCOMPARE(national->pendingArticle(), u"第十九条第三款"_s);
    QCOMPARE(national->finality(), PetitionRuleSet::Finality::AfterRecheck);
    QCOMPARE(national->finalityArticle(), u"第三十六条第三款"_s);
    QCOMPARE(national->representativeArticle(), u"第二十条第三款"_s);
    const auto zhejiang = PetitionRuleSet::bundled(u"zhejiang-2016"_s);
    QVERIFY(!zhejiang->pendingRefusedAtHigherLevelOnly());
    QCOMPARE(zhejiang->pendingRefusal(), zz::PetitionAction::RefuseRepeat);
    QCOMPARE(zhejiang->finality(), PetitionRuleSet::Finality::AfterConclusion);
    QCOMPARE(zhejiang->representativeArticle(), u"第十五条第二款"_s);
}

void TestPetitionRules::nationalForTheReceiptDate()
{
    QCOMPARE(PetitionRuleSet::nationalFor(QDate(2022, 4, 30)).id(), u"national-2005"_s);
    QCOMPARE(PetitionRuleSet::nationalFor(QDate(2022, 5, 1)).id(), u"national-2022"_s);
    QCOMPARE(PetitionRuleSet::nationalFor(QDate(2026, 12, 6)).id(), u"national-2022"_s);
}

void TestPetitionRules::jsonRoundTrip()
{
    for (const QString &id : PetitionRuleSet::bundledIds()) {
        const auto set = PetitionRuleSet::bundled(id);
        QString error;
        const auto again = PetitionRuleSet::fromJson(set->toJson(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->toJson(), set->toJson());
        QCOMPARE(again->maxRepresentatives(8), set->maxRepresentatives(8));
    }
}

// 信访工作条例 2022 Art. 34: "对本条例第三十一条第六项规定的信访事项应当自受理之日起60日内办结" — the
// 申诉求决 matters of Art. 31(6); 建议意见 (Art. 29) and 检举控告 (Art. 30) have their own handling. The 2005
// regulation (Art. 33) and Zhejiang 2016 (Art. 23) set their periods for every petition.
void TestPetitionRules::handlingByType_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<zz::PetitionType>("type");
    QTest::addColumn<bool>("runs");
    for (const zz::PetitionType type : zz::allValues<zz::PetitionType>()) {
        const QString name = code(type);
        QTest::addRow("2022 %s", qPrintable(name))
            << u"national-2022"_s << type << (type == zz::PetitionType::Claim);
        QTest::addRow("2005 %s", qPrintable(name)) << u"national-2005"_s << type << true;
        QTest::addRow("zj %s", qPrintable(name)) << u"zhejiang-2016"_s << type << true;
    }
}

void TestPetitionRules::handlingByType()
{
    QFETCH(QString, id);
    QFETCH(zz::PetitionType, type);
    QFETCH(bool, runs);
    const auto set = PetitionRuleSet::bundled(id);
    QVERIFY(set);
    QCOMPARE(set->rule(ClockKind::Handling).appliesTo(type), runs);
    // Every other period runs for every type.
    for (const zz::ClockRule &rule : set->clocks())
        if (rule.kind != ClockKind::Handling)
            QVERIFY(rule.appliesTo(type));
    // The types survive the editor's round trip.
    const auto again = PetitionRuleSet::fromJson(set->toJson());
    QVERIFY(again);
    QCOMPARE(again->rule(ClockKind::Handling).types, set->rule(ClockKind::Handling).types);
}

void TestPetitionRules::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("fragment");

    const QJsonObject good = bundledJson(u"national-2022"_s);
    QVERIFY(!good.isEmpty());
    auto with = [&good](const QString &key, const QJsonValue &value) {
        QJsonObject copy = good;
        copy.insert(key, value);
        return toBytes(copy);
    };

    QTest::newRow("not json") << QByteArray("{\"id\": ") << u"JSON"_s;
    QTest::newRow("bad id") << with(u"id"_s, u"Zhejiang 2016"_s) << u"规则编号"_s;
    QTest::newRow("version 0") << with(u"version"_s, 0) << u"版本号"_s;
    QTest::newRow("no name") << with(u"name"_s, u""_s) << u"规则名称"_s;
    QTest::newRow("bad date") << with(u"effectiveFrom"_s, u"2022-13-01"_s) << u"施行日期"_s;
    QTest::newRow("no clocks") << with(u"clocks"_s, QJsonValue()) << u"期限列表"_s;
    QTest::newRow("bad refusal") << with(u"pendingMatter"_s, QJsonObject{{"article"_L1, u"第十九条"_s},
                                                                         {"refusal"_L1, u"ignore"_s}})
                                 << u"ignore"_s;
    QTest::newRow("no representative limit")
        << with(u"representatives"_s, QJsonObject{{"article"_L1, u"第二十条"_s}, {"limits"_L1, QJsonArray()}})
        << u"代表人数"_s;
    QTest::newRow("unknown kind") << toBytes(withClock(good, u"handling"_s, [](QJsonObject &c) {
        c.insert("kind"_L1, u"settlement"_s);
    })) << u"settlement"_s;
    QTest::newRow("zero days") << toBytes(withClock(good, u"handling"_s, [](QJsonObject &c) {
        c.insert("days"_L1, 0);
    })) << u"办理"_s;
    QTest::newRow("unknown type") << toBytes(withClock(good, u"handling"_s, [](QJsonObject &c) {
        c.insert("types"_L1, QJsonArray{u"claim"_s, u"complaint"_s});
    })) << u"complaint"_s;
    QTest::newRow("bad unit") << toBytes(withClock(good, u"objection"_s, [](QJsonObject &c) {
        c.insert("unit"_L1, u"hours"_s);
    })) << u"hours"_s;
    QTest::newRow("no article") << toBytes(withClock(good, u"review_answer"_s, [](QJsonObject &c) {
        c.insert("article"_L1, u""_s);
    })) << u"复查答复"_s;
    QJsonObject missing = good;
    QJsonArray clocks = missing.value("clocks"_L1).toArray();
    clocks.removeLast();
    missing.insert("clocks"_L1, clocks);
    QTest::newRow("missing kind") << toBytes(missing) << u"复核答复"_s;
    QJsonObject twice = good;
    QJsonArray doubled = twice.value("clocks"_L1).toArray();
    doubled.append(doubled.first());
    twice.insert("clocks"_L1, doubled);
    QTest::newRow("kind twice") << toBytes(twice) << u"重复"_s;
}

void TestPetitionRules::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, fragment);
    QString error;
    QVERIFY(!PetitionRuleSet::fromJson(json, &error));
    QVERIFY2(error.contains(fragment), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestPetitionRules)
#include "tst_petition_rules.moc"
