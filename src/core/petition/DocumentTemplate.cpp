#include "DocumentTemplate.h"

#include "PetitionClock.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace zz {
namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(u"\\{\\{\\s*([^{}]+?)\\s*\\}\\}"_s);
    return pattern;
}

// Shown on paper where a template's placeholder has no value.
const QString blank = u"＿＿＿＿"_s;

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// The opening tag of the paragraph that is open at `pos` in `html` ("<p align=\"justify\" …>"), or
// empty when the position is not inside a paragraph.
QString openParagraphAt(const QString &html, qsizetype pos)
{
    static const QRegularExpression opening(u"<p(\\s[^>]*)?>"_s, QRegularExpression::CaseInsensitiveOption);
    const QString before = html.left(pos);
    qsizetype start = -1;
    QString tag;
    for (auto it = opening.globalMatch(before); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        start = match.capturedStart();
        tag = match.captured();
    }
    if (start < 0 || QStringView(before).mid(start).contains(u"</p>"_s, Qt::CaseInsensitive))
        return {};
    return tag;
}

// A value as HTML: escaped; each line break inside a paragraph starts a new paragraph of the same
// kind (an official document indents every paragraph), elsewhere a <br/>.
QString escaped(const QString &value, const QString &paragraphTag)
{
    QString html = value.toHtmlEscaped();
    html.replace(u"\r\n"_s, u"\n"_s);
    html.replace(u'\n', paragraphTag.isEmpty() ? u"<br/>"_s : u"</p>"_s + paragraphTag);
    return html;
}

} // namespace

DocumentTemplate::DocumentTemplate(DocumentKind kind, QString title, QString body, QString numberPattern)
    : m_kind(kind), m_title(std::move(title)), m_body(std::move(body)),
      m_numberPattern(std::move(numberPattern))
{}

DocumentTemplate DocumentTemplate::bundled(DocumentKind kind)
{
    static const QJsonObject index =
        QJsonDocument::fromJson(readResource(u":/zongzhi/templates/petition/templates.json"_s).toUtf8())
            .object();
    const QJsonObject entry = index.value(code(kind)).toObject();
    const QString body = readResource(u":/zongzhi/templates/petition/"_s + entry.value("file"_L1).toString());
    if (body.isEmpty())
        qWarning("DocumentTemplate: the bundled template %s is missing", qPrintable(code(kind)));
    return DocumentTemplate(kind, entry.value("title"_L1).toString(label(kind)), body,
                            entry.value("number"_L1).toString());
}

const QList<DocumentPlaceholder> &DocumentTemplate::knownPlaceholders()
{
    static const QList<DocumentPlaceholder> all{
        {u"受理机关"_s, tr("作出文书的机关名称，如“××镇人民政府”")},
        {u"文号"_s, tr("文书编号，如“X信告〔2026〕12号”")},
        {u"文书日期"_s, tr("文书落款日期")},
        {u"信访人"_s, tr("信访人姓名（集体访为代表姓名）")},
        {u"信访人住址"_s, tr("信访人住址")},
        {u"信访编号"_s, tr("信访事项登记编号")},
        {u"信访形式"_s, tr("走访、来信、电话、网络或传真")},
        {u"登记日期"_s, tr("收到信访事项之日")},
        {u"事项"_s, tr("信访人的投诉请求")},
        {u"事实与理由"_s, tr("查明的事实和理由")},
        {u"受理日期"_s, tr("受理之日")},
        {u"办理单位"_s, tr("负责办理的单位")},
        {u"办理期限"_s, tr("办理期限的天数，如“60日”")},
        {u"办结期限"_s, tr("办结的最后一日（延期后为延长后的日期）")},
        {u"办理承诺"_s,
         tr("受理后怎样办理和答复：有办理期限的写明期限和办结日期，建议意见类写研究论证并回复，"
            "检举控告类写依规依纪依法办理并反馈")},
        {u"延期天数"_s, tr("批准延长的天数")},
        {u"延期理由"_s, tr("延长办理期限的理由")},
        {u"理由"_s, tr("不予受理或不再受理的理由")},
        {u"处理意见"_s, tr("处理意见、复查意见或复核意见的正文")},
        {u"处理结论"_s, tr("予以支持、解释说明或不予支持")},
        {u"依据"_s, tr("处理意见依据的法律、法规、规章或政策")},
        {u"条例"_s, tr("适用的信访法规名称，如“《信访工作条例》”")},
        {u"条款"_s, tr("适用的条款，如“第二十三条”")},
        {u"复查期限"_s, tr("请求复查的期限，如“30日”")},
        {u"复查机关"_s, tr("受理复查请求的机关")},
        {u"复核期限"_s, tr("请求复核的期限，如“30日”")},
        {u"复核机关"_s, tr("受理复核请求的机关")},
        {u"原文号"_s, tr("被请求复查或复核的意见书文号")},
        {u"请求日期"_s, tr("收到复查或复核请求之日")},
    };
    return all;
}

bool DocumentTemplate::isKnownPlaceholder(const QString &name)
{
    for (const DocumentPlaceholder &placeholder : knownPlaceholders())
        if (placeholder.name == name)
            return true;
    return false;
}

QStringList DocumentTemplate::placeholders() const
{
    QStringList names;
    auto it = placeholderPattern().globalMatch(m_body);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

QStringList DocumentTemplate::unknownPlaceholders() const
{
    QStringList unknown;
    for (const QString &name : placeholders())
        if (!isKnownPlaceholder(name))
            unknown.append(name);
    return unknown;
}

QString DocumentTemplate::validate() const
{
    if (m_title.trimmed().isEmpty())
        return tr("请填写文书标题");
    if (m_body.trimmed().isEmpty())
        return tr("文书正文不能为空");
    if (const QStringList unknown = unknownPlaceholders(); !unknown.isEmpty()) {
        QStringList marked;
        for (const QString &name : unknown)
            marked.append(u"{{"_s + name + u"}}"_s);
        return tr("文书中有无法识别的占位符：%1").arg(marked.join(enumerationSeparator()));
    }
    // What is left after removing the well-formed placeholders must not open or close one.
    QString rest = m_body;
    rest.remove(placeholderPattern());
    if (rest.contains(u"{{"_s) || rest.contains(u"}}"_s))
        return tr("文书中有不完整的占位符：“{{”与“}}”应成对出现");
    if (!m_numberPattern.contains(u"{序号}"_s))
        return tr("文号格式中应包含{序号}");
    return {};
}

QString DocumentTemplate::fill(const QHash<QString, QString> &values) const
{
    QString out;
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(m_body);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(m_body).mid(last, match.capturedStart() - last);
        QString value = values.value(match.captured(1)).trimmed();
        last = match.capturedEnd();
        // "经审查，{{理由}}。" with a reason that ends its own sentence would print "。。".
        if (value.endsWith(u'。') && QStringView(m_body).mid(last).startsWith(u'。'))
            value.chop(1);
        out += value.isEmpty() ? blank : escaped(value, openParagraphAt(m_body, match.capturedStart()));
    }
    out += QStringView(m_body).mid(last);
    return out;
}

QStringList DocumentTemplate::missingValues(const QHash<QString, QString> &values) const
{
    QStringList missing;
    for (const QString &name : placeholders())
        if (values.value(name).trimmed().isEmpty())
            missing.append(name);
    return missing;
}

QHash<QString, QString> DocumentTemplate::values(const DocumentFacts &facts)
{
    QHash<QString, QString> v;
    auto put = [&v](const QString &name, const QString &value) {
        if (!value.trimmed().isEmpty())
            v.insert(name, value);
    };
    // Documents are Chinese whatever the interface language: no tr() for what goes on paper.
    auto days = [](int n) { return n > 0 ? u"%1日"_s.arg(n) : QString(); };
    put(u"受理机关"_s, facts.agency);
    put(u"文号"_s, facts.number);
    put(u"文书日期"_s, PetitionClock::formatDate(facts.issuedOn));
    put(u"信访人"_s, facts.petitioner);
    put(u"信访人住址"_s, facts.petitionerAddress);
    put(u"信访编号"_s, facts.petitionNumber);
    if (facts.channel)
        put(u"信访形式"_s, documentText(*facts.channel));
    put(u"登记日期"_s, PetitionClock::formatDate(facts.receivedOn));
    put(u"事项"_s, facts.request);
    put(u"事实与理由"_s, facts.facts);
    put(u"受理日期"_s, PetitionClock::formatDate(facts.acceptedOn));
    put(u"办理单位"_s, facts.handlingUnit);
    put(u"办理期限"_s, days(facts.handlingDays));
    put(u"办结期限"_s, PetitionClock::formatDate(facts.handlingDue));
    // What the acceptance notice promises. 信访工作条例 2022 sets the 60-day period for 申诉求决 only
    // (Art. 34); 建议意见 are studied and answered (Art. 29), 检举控告 handled and answered back under
    // their own rules (Art. 30). The 2005 regulation and the provinces' set it for every type.
    if (facts.handlingDays > 0 && facts.handlingDue.isValid())
        put(u"办理承诺"_s,
            u"本机关将自受理之日起%1内办结（%2前），并书面答复办理结果；情况复杂需要延长办理期限的，"
            "将另行告知延期理由。"_s.arg(days(facts.handlingDays),
                                         PetitionClock::formatDate(facts.handlingDue)));
    else if (facts.type == PetitionType::Suggestion)
        put(u"办理承诺"_s, u"本机关将对您提出的建议意见认真研究论证，对科学合理、具有现实可行性的予以采纳或者"
                           "部分采纳，并予以回复。"_s);
    else if (facts.type == PetitionType::Accusation)
        put(u"办理承诺"_s, u"本机关将依规依纪依法办理，并将办理情况予以反馈。"_s);
    else
        put(u"办理承诺"_s, u"本机关将依法办理，并书面答复办理结果。"_s);
    put(u"延期天数"_s, facts.extensionDays > 0 ? QString::number(facts.extensionDays) : QString());
    put(u"延期理由"_s, facts.extensionReason);
    put(u"理由"_s, facts.reason);
    if (facts.decision)
        put(u"处理结论"_s, documentText(*facts.decision));
    put(u"处理意见"_s, facts.opinion);
    put(u"依据"_s, facts.basis);
    put(u"条例"_s, facts.regulation);
    put(u"条款"_s, facts.article);
    put(u"复查期限"_s, days(facts.reviewDays));
    put(u"复查机关"_s, facts.reviewAgency);
    put(u"复核期限"_s, days(facts.recheckDays));
    put(u"复核机关"_s, facts.recheckAgency);
    put(u"原文号"_s, facts.previousNumber);
    put(u"请求日期"_s, PetitionClock::formatDate(facts.requestedOn));
    return v;
}

QString DocumentTemplate::formatNumber(const QString &agencyCode, int year, int sequence) const
{
    return formatNumber(m_numberPattern, agencyCode, year, sequence);
}

QString DocumentTemplate::formatNumber(const QString &pattern, const QString &agencyCode, int year,
                                       int sequence)
{
    QString number = pattern;
    number.replace(u"{机关代字}"_s, agencyCode);
    number.replace(u"{年}"_s, QString::number(year));
    number.replace(u"{序号}"_s, QString::number(sequence));
    return number;
}

QString DocumentTemplate::numberMarker()
{
    return u"{{文号}}"_s;
}

} // namespace zz
