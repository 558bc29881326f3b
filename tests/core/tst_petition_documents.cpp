#include "PetitionDocumentPrinter.h"
#include "petition/DocumentTemplate.h"
#include "petition/PetitionClock.h"
#include "petition/PetitionRuleSet.h"

#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>

using namespace Qt::StringLiterals;
using zz::DocumentFacts;
using zz::DocumentKind;
using zz::DocumentTemplate;
using zz::PetitionDocumentPrinter;

namespace {

QString pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (tool.isEmpty())
        return {};
    QProcess process;
    process.start(tool, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (!process.waitForFinished(30000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString flat(QString text)
{
    text.remove(QRegularExpression(u"\\s+"_s));
    return text;
}

// A petition about unpaid wages, accepted, extended and answered; every document kind can be filled.
DocumentFacts wageFacts(DocumentKind kind)
{
    const zz::PetitionRuleSet rules = *zz::PetitionRuleSet::bundled(u"national-2022"_s);
    const DocumentTemplate tmpl = DocumentTemplate::bundled(kind);
    DocumentFacts f;
    f.agency = u"青石镇人民政府"_s;
    f.number = tmpl.formatNumber(u"青石"_s, 2026, 12);
    f.issuedOn = QDate(2026, 4, 20);
    f.petitioner = u"郑秀英"_s;
    f.petitionerAddress = u"青石镇溪口村3组"_s;
    f.petitionNumber = u"XF-2026-000041"_s;
    f.channel = zz::PetitionChannel::Visit;
    f.receivedOn = QDate(2026, 2, 26);
    f.request = u"要求镇东建材厂支付拖欠的2025年10月至12月工资共计人民币壹万捌仟元"_s;
    f.facts =
        u"经调查，信访人于2025年3月至12月在该厂从事装卸工作，厂方承认欠付三个月工资。\n厂方称因资金周转困难暂未支付。"_s;
    f.acceptedOn = QDate(2026, 3, 2);
    f.handlingUnit = u"青石镇人力资源和社会保障服务所"_s;
    f.handlingDays = rules.rule(zz::ClockKind::Handling).days;
    f.extensionDays = 30;
    // The handling clock as the engine gives it: 6 May, or 1 June after the 30-day extension.
    const zz::PetitionClock clock(zz::WorkCalendar::bundled());
    const QList<zz::ClockExtension> extension{{f.extensionDays, {}, QDate(2026, 4, 20)}};
    f.handlingDue =
        clock
            .start(rules, zz::ClockKind::Handling, f.acceptedOn, {},
                   kind == DocumentKind::ExtensionNotice ? extension : QList<zz::ClockExtension>())
            .due;
    f.extensionReason = u"涉及多名工人，需会同市场监管所进一步核实"_s;
    f.reason = u"该事项已经依法通过劳动争议仲裁途径解决"_s;
    f.decision = zz::PetitionDecision::Support;
    f.opinion = u"责成镇东建材厂于2026年4月30日前一次性支付拖欠工资18000元，镇人社所跟踪督办。"_s;
    f.basis = u"《中华人民共和国劳动合同法》第三十条、《保障农民工工资支付条例》第十五条"_s;
    f.regulation = rules.regulation();
    // The article each document cites, from the rule set.
    switch (kind) {
    case DocumentKind::AcceptanceNotice:
        f.article = rules.rule(zz::ClockKind::AcceptanceNotice).article;
        break;
    case DocumentKind::NonAcceptanceNotice:
        f.reason = u"您反映的同一事项已于2026年3月2日受理，尚在规定期限内，现向上级机关再次提出"_s;
        f.article = rules.pendingArticle();
        break;
    case DocumentKind::NoReacceptNotice:
        f.reason = u"您反映的事项已经复核，现仍以同一事实和理由提出"_s;
        f.article = rules.finalityArticle();
        break;
    case DocumentKind::ReviewOpinion:
        f.article = rules.rule(zz::ClockKind::ReviewAnswer).article;
        break;
    case DocumentKind::RecheckOpinion:
        f.article = u"第三十六条"_s;
        break;
    default:
        f.article = rules.rule(zz::ClockKind::Handling).article;
        break;
    }
    f.reviewAgency = u"青山县人民政府"_s;
    f.recheckAgency = u"青州市人民政府"_s;
    f.previousNumber = u"青石信处〔2026〕12号"_s;
    f.requestedOn = QDate(2026, 5, 12);
    return f;
}

// Where two texts part, with some context, for a failure message.
QString firstDifference(const QString &actual, const QString &expected)
{
    qsizetype i = 0;
    while (i < actual.size() && i < expected.size() && actual.at(i) == expected.at(i))
        ++i;
    if (i == actual.size() && i == expected.size())
        return {};
    return u"at %1: extracted …%2… source …%3…"_s.arg(i).arg(
        actual.mid(std::max<qsizetype>(0, i - 10), 30), expected.mid(std::max<qsizetype>(0, i - 10), 30));
}

} // namespace

// The default templates (placeholders known, formal layout), filling (escaped values, blanks for
// missing facts, 文号), and the PDF whose extracted text equals the source (ReportFont, no Kangxi
// radicals) with the petitioner, the dates and the decision on it.
class TestPetitionDocuments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bundledTemplates_data();
    void bundledTemplates();
    void placeholdersAreChecked();
    void fillEscapesAndMarksBlanks();
    void documentNumber();
    void pdf_data();
    void pdf();
    void handlingOpinionCarriesArticle32();
    void acceptanceNoticePromisesWhatTheTypeHas();
    void documentsStayChineseUnderAnotherLanguage();

private:
    QTemporaryDir m_dir;
};

// ZONGZHI_TEST_KEEP_PDF=<dir> keeps the documents for looking at (pdftoppm).
static QString outputDir(const QTemporaryDir &dir)
{
    const QString keep = qEnvironmentVariable("ZONGZHI_TEST_KEEP_PDF");
    return keep.isEmpty() ? dir.path() : keep;
}

void TestPetitionDocuments::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestPetitionDocuments::bundledTemplates_data()
{
    QTest::addColumn<DocumentKind>("kind");
    QTest::addColumn<QString>("title");
    for (const DocumentKind kind : zz::allValues<DocumentKind>())
        QTest::newRow(qPrintable(zz::code(kind))) << kind << zz::label(kind);
}

void TestPetitionDocuments::bundledTemplates()
{
    QFETCH(DocumentKind, kind);
    QFETCH(QString, title);
    const DocumentTemplate tmpl = DocumentTemplate::bundled(kind);
    QCOMPARE(tmpl.kind(), kind);
    QCOMPARE(tmpl.title(), title);
    QVERIFY(tmpl.body().contains(title));
    QVERIFY2(tmpl.validate().isEmpty(), qPrintable(tmpl.validate()));
    QVERIFY(tmpl.unknownPlaceholders().isEmpty());
    for (const QString &name : {u"信访人"_s, u"文号"_s, u"受理机关"_s, u"文书日期"_s, u"信访编号"_s})
        QVERIFY2(tmpl.placeholders().contains(name), qPrintable(name));
    // Every placeholder the template uses is filled from the facts.
    QCOMPARE(tmpl.missingValues(DocumentTemplate::values(wageFacts(kind))), QStringList());
}

void TestPetitionDocuments::placeholdersAreChecked()
{
    DocumentTemplate tmpl(DocumentKind::AcceptanceNotice, u"受理告知书"_s,
                          u"<p>{{信访人}}：{{ 事项 }}，{{上访人}}与{{信访人}}</p>"_s,
                          u"{机关代字}信受告〔{年}〕{序号}号"_s);
    QCOMPARE(tmpl.placeholders(), (QStringList{u"信访人"_s, u"事项"_s, u"上访人"_s}));
    QCOMPARE(tmpl.unknownPlaceholders(), QStringList{u"上访人"_s});
    QVERIFY(tmpl.validate().contains(u"{{上访人}}"_s));
    tmpl.setBody(u"<p>{{信访人}}：{{事项</p>"_s);
    QVERIFY(tmpl.validate().contains(u"不完整"_s));
    tmpl.setBody(u"<p>{{信访人}}</p>"_s);
    QVERIFY(tmpl.validate().isEmpty());
    tmpl.setNumberPattern(u"{机关代字}信受告〔{年}〕号"_s);
    QVERIFY(tmpl.validate().contains(u"{序号}"_s));
    tmpl.setNumberPattern(u"{序号}"_s);
    tmpl.setBody(u"  "_s);
    QVERIFY(!tmpl.validate().isEmpty());
    // The editor's list: each known placeholder with a description.
    QVERIFY(DocumentTemplate::knownPlaceholders().size() >= 20);
    for (const zz::DocumentPlaceholder &p : DocumentTemplate::knownPlaceholders()) {
        QVERIFY(!p.description.isEmpty());
        QVERIFY(DocumentTemplate::isKnownPlaceholder(p.name));
    }
}

void TestPetitionDocuments::fillEscapesAndMarksBlanks()
{
    const DocumentTemplate tmpl(DocumentKind::NonAcceptanceNotice, u"不予受理告知书"_s,
                                u"<p>{{信访人}}：经审查，{{理由}}。{{依据}}</p>"_s, u"{序号}"_s);
    const QString html =
        tmpl.fill({{u"信访人"_s, u"王<b>五</b>"_s}, {u"理由"_s, u"该事项已进入诉讼程序。\n请依法办理"_s}});
    QVERIFY(html.contains(u"王&lt;b&gt;五&lt;/b&gt;"_s));
    // A line break in a value starts a new paragraph of the same kind (each is indented on paper).
    QVERIFY2(html.contains(u"该事项已进入诉讼程序。</p><p>请依法办理。"_s), qPrintable(html));
    QVERIFY(html.contains(u"＿＿＿＿"_s)); // 依据 missing: a visible blank
    QCOMPARE(tmpl.missingValues({{u"信访人"_s, u"王五"_s}}), (QStringList{u"理由"_s, u"依据"_s}));
    const DocumentTemplate indented(
        DocumentKind::HandlingOpinion, u"信访处理意见书"_s,
        u"<h1>{{事项}}</h1><p align=\"justify\" style=\"text-indent: 2em;\">{{事实与理由}}</p>"_s,
        u"{序号}"_s);
    const QString facts = indented.fill({{u"事项"_s, u"一\n二"_s}, {u"事实与理由"_s, u"甲\n乙"_s}});
    QVERIFY2(facts.contains(u"<h1>一<br/>二</h1>"_s), qPrintable(facts));
    QVERIFY2(facts.contains(u"甲</p><p align=\"justify\" style=\"text-indent: 2em;\">乙</p>"_s),
             qPrintable(facts));
    // A reason ending its own sentence is not followed by a second 。
    const QString once = tmpl.fill({{u"理由"_s, u"该事项已进入诉讼程序。"_s}});
    QVERIFY(once.contains(u"诉讼程序。"_s) && !once.contains(u"。。"_s));
}

void TestPetitionDocuments::documentNumber()
{
    QCOMPARE(DocumentTemplate::formatNumber(u"{机关代字}信告〔{年}〕{序号}号"_s, u"X"_s, 2026, 12),
             u"X信告〔2026〕12号"_s);
    QCOMPARE(DocumentTemplate::bundled(DocumentKind::HandlingOpinion).formatNumber(u"青石"_s, 2026, 7),
             u"青石信处〔2026〕7号"_s);
    QCOMPARE(DocumentTemplate::bundled(DocumentKind::AcceptanceNotice).formatNumber(u"青石"_s, 2026, 1),
             u"青石信受告〔2026〕1号"_s);
}

void TestPetitionDocuments::pdf_data()
{
    QTest::addColumn<DocumentKind>("kind");
    QTest::addColumn<QStringList>("expected");

    const QStringList common{u"郑秀英"_s, u"青石镇人民政府"_s, u"2026年2月26日"_s, u"2026年4月20日"_s,
                             u"XF-2026-000041"_s};
    QTest::newRow("acceptance") << DocumentKind::AcceptanceNotice
                                << common + QStringList{u"受理告知书"_s, u"青石信受告〔2026〕12号"_s,
                                                        u"2026年3月2日"_s, u"60日"_s, u"2026年5月6日"_s};
    QTest::newRow("non-acceptance") << DocumentKind::NonAcceptanceNotice
                                    << common + QStringList{u"不予受理告知书"_s, u"第十九条第三款"_s};
    QTest::newRow("no re-acceptance")
        << DocumentKind::NoReacceptNotice << common + QStringList{u"不再受理告知书"_s, u"第三十六条第三款"_s};
    QTest::newRow("extension") << DocumentKind::ExtensionNotice
                               << QStringList{u"延期告知书"_s, u"郑秀英"_s,       u"2026年3月2日"_s,
                                              u"延长30日"_s,   u"2026年6月1日"_s, u"市场监管所"_s};
    QTest::newRow("handling opinion")
        << DocumentKind::HandlingOpinion
        << common + QStringList{u"信访处理意见书"_s, u"予以支持"_s,       u"劳动合同法"_s,
                                u"30日"_s,           u"青山县人民政府"_s, u"请求复查"_s};
    QTest::newRow("review opinion") << DocumentKind::ReviewOpinion
                                    << QStringList{u"复查意见书"_s,     u"郑秀英"_s,
                                                   u"2026年5月12日"_s,  u"予以支持"_s,
                                                   u"青州市人民政府"_s, u"青石信处〔2026〕12号"_s};
    QTest::newRow("recheck opinion") << DocumentKind::RecheckOpinion
                                     << QStringList{u"复核意见书"_s, u"郑秀英"_s, u"2026年5月12日"_s,
                                                    u"予以支持"_s, u"不再受理"_s};
}

void TestPetitionDocuments::pdf()
{
    QFETCH(DocumentKind, kind);
    QFETCH(QStringList, expected);

    const DocumentTemplate tmpl = DocumentTemplate::bundled(kind);
    const QString html = tmpl.fill(DocumentTemplate::values(wageFacts(kind)));
    const PetitionDocumentPrinter printer(html, tmpl.title());
    const QString path = outputDir(m_dir) + u'/' + zz::code(kind) + u".pdf"_s;
    QVERIFY(printer.writePdf(path));

    const QString source = printer.plainText();
    for (const QString &text : expected)
        QVERIFY2(source.contains(text), qPrintable(text));
    QVERIFY(!source.contains(u"＿＿"_s)); // nothing left blank
    QVERIFY(!source.contains(u"{{"_s));

    const QString extracted = pdfText(path);
    if (extracted.isNull())
        QSKIP("pdftotext (poppler-utils) is not installed");
    // The extracted text is the source, character for character (line breaks aside): no Kangxi
    // radicals for 青, 人, 日 …
    // Page footers (第 1 页，共 2 页) are the printer's, not the document's.
    QString body = extracted;
    body.remove(QRegularExpression(u"第 \\d+ 页，共 \\d+ 页"_s));
    const QString difference = firstDifference(flat(body), flat(source));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    for (const QString &text : expected)
        QVERIFY2(flat(extracted).contains(flat(text)), qPrintable(text));
}

void TestPetitionDocuments::handlingOpinionCarriesArticle32()
{
    // Art. 32: the request, the facts and reasons, the opinion with its basis; Art. 35: 复查 within 30 days.
    const DocumentTemplate tmpl = DocumentTemplate::bundled(DocumentKind::HandlingOpinion);
    for (const QString &name :
         {u"事项"_s, u"事实与理由"_s, u"处理意见"_s, u"处理结论"_s, u"依据"_s, u"复查期限"_s, u"复查机关"_s})
        QVERIFY2(tmpl.placeholders().contains(name), qPrintable(name));
    for (const zz::PetitionDecision decision : zz::allValues<zz::PetitionDecision>()) {
        DocumentFacts facts = wageFacts(DocumentKind::HandlingOpinion);
        facts.decision = decision;
        const QString text = PetitionDocumentPrinter(tmpl.fill(DocumentTemplate::values(facts))).plainText();
        QVERIFY2(text.contains(zz::documentText(decision)), qPrintable(zz::documentText(decision)));
    }
    // A long opinion runs over pages, numbered.
    DocumentFacts facts = wageFacts(DocumentKind::HandlingOpinion);
    facts.facts = QStringList(40, facts.facts).join(u'\n');
    const PetitionDocumentPrinter printer(tmpl.fill(DocumentTemplate::values(facts)), tmpl.title());
    const QString path = m_dir.filePath(u"long.pdf"_s);
    QVERIFY(printer.writePdf(path));
    const QString extracted = pdfText(path);
    if (extracted.isNull())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QVERIFY2(extracted.contains(u"第 1 页，共"_s), qPrintable(extracted.right(200)));
}

// The acceptance notice promises what the rules give the type: a 申诉求决 matter the 60-day period and
// its last day (Art. 34), a 建议意见 study and an answer (Art. 29), a 检举控告 handling and feedback
// (Art. 30) — never a period the type does not have.
void TestPetitionDocuments::acceptanceNoticePromisesWhatTheTypeHas()
{
    const DocumentTemplate tmpl = DocumentTemplate::bundled(DocumentKind::AcceptanceNotice);
    QVERIFY(tmpl.placeholders().contains(u"办理承诺"_s));
    const auto noticeText = [&tmpl](const DocumentFacts &facts) {
        return PetitionDocumentPrinter(tmpl.fill(DocumentTemplate::values(facts))).plainText();
    };
    DocumentFacts claim = wageFacts(DocumentKind::AcceptanceNotice);
    claim.type = zz::PetitionType::Claim;
    const QString claimText = noticeText(claim);
    QVERIFY2(claimText.contains(u"本机关将自受理之日起60日内办结（2026年5月6日前），并书面答复办理结果"_s),
             qPrintable(claimText));

    DocumentFacts suggestion = claim;
    suggestion.type = zz::PetitionType::Suggestion;
    suggestion.handlingDays = 0;
    suggestion.handlingDue = {};
    const QString suggestionText = noticeText(suggestion);
    QVERIFY2(suggestionText.contains(u"认真研究论证"_s), qPrintable(suggestionText));
    QVERIFY(!suggestionText.contains(u"60日"_s));
    QVERIFY(!suggestionText.contains(u"＿"_s)); // no blank left on paper

    DocumentFacts accusation = suggestion;
    accusation.type = zz::PetitionType::Accusation;
    const QString accusationText = noticeText(accusation);
    QVERIFY2(accusationText.contains(u"依规依纪依法办理"_s), qPrintable(accusationText));
    QVERIFY(!accusationText.contains(u"60日"_s));
}

// A translator that turns every message into English-looking text.
class EverythingTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *, const char *, int) const override { return u"EN"_s; }
    bool isEmpty() const override { return false; }
};

void TestPetitionDocuments::documentsStayChineseUnderAnotherLanguage()
{
    EverythingTranslator english;
    QCoreApplication::installTranslator(&english);
    QCOMPARE(zz::label(zz::PetitionDecision::Support), u"EN"_s); // the interface is translated …
    const QHash<QString, QString> values = DocumentTemplate::values(wageFacts(DocumentKind::HandlingOpinion));
    QCoreApplication::removeTranslator(&english);
    // … what goes on paper is not.
    QCOMPARE(values.value(u"处理结论"_s), u"予以支持"_s);
    QCOMPARE(values.value(u"信访形式"_s), u"走访"_s);
    QCOMPARE(values.value(u"登记日期"_s), u"2026年2月26日"_s);
    QCOMPARE(values.value(u"办理期限"_s), u"60日"_s);
    QCOMPARE(values.value(u"复查期限"_s), u"30日"_s);
    QCOMPARE(zz::documentText(zz::DeliveryMethod::Mail), u"邮寄送达"_s);
}

QTEST_MAIN(TestPetitionDocuments)
#include "tst_petition_documents.moc"
