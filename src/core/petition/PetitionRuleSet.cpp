#include "PetitionRuleSet.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace zz {
namespace {

constexpr int maxPeriodDays = 365;

QString resourcePath(const QString &id)
{
    return u":/zongzhi/data/petition-rules/%1.json"_s.arg(id);
}

} // namespace

std::optional<PetitionRuleSet> PetitionRuleSet::fromJson(const QByteArray &json, QString *error)
{
    auto failWith = [error](const QString &message) -> std::optional<PetitionRuleSet> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return failWith(tr("规则文件不是有效的JSON：%1").arg(parseError.errorString()));
    const QJsonObject root = document.object();

    PetitionRuleSet set;
    set.m_id = root.value("id"_L1).toString();
    set.m_version = root.value("version"_L1).toInt(0);
    set.m_name = root.value("name"_L1).toString();
    set.m_regulation = root.value("regulation"_L1).toString();
    set.m_region = root.value("region"_L1).toString();
    const QString effective = root.value("effectiveFrom"_L1).toString();
    set.m_effectiveFrom = QDate::fromString(effective, Qt::ISODate);
    if (!effective.isEmpty() && !set.m_effectiveFrom.isValid())
        return failWith(tr("规则的施行日期“%1”不是有效日期（应为2022-05-01的格式）").arg(effective));

    const QJsonObject reps = root.value("representatives"_L1).toObject();
    set.m_representativeArticle = reps.value("article"_L1).toString();
    for (const QJsonValue &value : reps.value("limits"_L1).toArray()) {
        const QJsonObject limit = value.toObject();
        set.m_representatives.append(
            {limit.value("upToHeadCount"_L1).toInt(0), limit.value("max"_L1).toInt(0)});
    }

    const QJsonObject pending = root.value("pendingMatter"_L1).toObject();
    set.m_pendingArticle = pending.value("article"_L1).toString();
    set.m_pendingHigherOnly = pending.value("higherLevelOnly"_L1).toBool(true);
    const QString refusal = pending.value("refusal"_L1).toString(u"decline"_s);
    if (refusal == "decline"_L1)
        set.m_pendingRefusal = PetitionAction::Decline;
    else if (refusal == "refuse_repeat"_L1)
        set.m_pendingRefusal = PetitionAction::RefuseRepeat;
    else
        return failWith(
            tr("规则中重复信访的处理方式“%1”无法识别（应为 decline 或 refuse_repeat）").arg(refusal));

    const QJsonObject finality = root.value("finality"_L1).toObject();
    set.m_finalityArticle = finality.value("article"_L1).toString();
    const QString after = finality.value("after"_L1).toString(u"recheck"_s);
    if (after == "recheck"_L1)
        set.m_finality = Finality::AfterRecheck;
    else if (after == "conclusion"_L1)
        set.m_finality = Finality::AfterConclusion;
    else
        return failWith(tr("规则中终结的时点“%1”无法识别（应为 recheck 或 conclusion）").arg(after));

    const QJsonValue clocks = root.value("clocks"_L1);
    if (!clocks.isArray())
        return failWith(tr("规则文件缺少期限列表（clocks）"));
    for (const QJsonValue &value : clocks.toArray()) {
        const QJsonObject object = value.toObject();
        const QString kindCode = object.value("kind"_L1).toString();
        const auto kind = fromCode<ClockKind>(kindCode);
        if (!kind)
            return failWith(tr("规则中的期限类别“%1”无法识别").arg(kindCode));
        ClockRule rule;
        rule.kind = *kind;
        rule.days = object.value("days"_L1).toInt(0);
        const QString unit = object.value("unit"_L1).toString();
        if (unit == "working"_L1)
            rule.workingDays = true;
        else if (unit != "natural"_L1)
            return failWith(
                tr("规则“%1”的计日方式“%2”无法识别（应为 natural 或 working）").arg(label(*kind), unit));
        rule.maxExtensionDays = object.value("maxExtensionDays"_L1).toInt(0);
        rule.hearingPauses = object.value("hearingPauses"_L1).toBool(false);
        rule.article = object.value("article"_L1).toString();
        rule.note = object.value("note"_L1).toString();
        for (const QJsonValue &type : object.value("types"_L1).toArray()) {
            const auto t = fromCode<PetitionType>(type.toString());
            if (!t)
                return failWith(tr("规则“%1”的信访类型“%2”无法识别").arg(label(*kind), type.toString()));
            if (!rule.types.contains(*t))
                rule.types.append(*t);
        }
        for (const ClockRule &existing : std::as_const(set.m_clocks))
            if (existing.kind == rule.kind)
                return failWith(tr("规则“%1”重复出现").arg(label(rule.kind)));
        set.m_clocks.append(rule);
    }

    if (const QString problem = set.validate(); !problem.isEmpty())
        return failWith(problem);
    if (error)
        error->clear();
    return set;
}

QByteArray PetitionRuleSet::toJson() const
{
    QJsonObject root;
    root.insert("id"_L1, m_id);
    root.insert("version"_L1, m_version);
    root.insert("name"_L1, m_name);
    root.insert("regulation"_L1, m_regulation);
    root.insert("region"_L1, m_region);
    if (m_effectiveFrom.isValid())
        root.insert("effectiveFrom"_L1, m_effectiveFrom.toString(Qt::ISODate));
    QJsonArray limits;
    for (const RepresentativeLimit &limit : m_representatives)
        limits.append(QJsonObject{{"upToHeadCount"_L1, limit.upToHeadCount}, {"max"_L1, limit.max}});
    root.insert("representatives"_L1,
                QJsonObject{{"article"_L1, m_representativeArticle}, {"limits"_L1, limits}});
    root.insert(
        "pendingMatter"_L1,
        QJsonObject{{"article"_L1, m_pendingArticle},
                    {"higherLevelOnly"_L1, m_pendingHigherOnly},
                    {"refusal"_L1,
                     m_pendingRefusal == PetitionAction::RefuseRepeat ? u"refuse_repeat"_s : u"decline"_s}});
    root.insert(
        "finality"_L1,
        QJsonObject{{"article"_L1, m_finalityArticle},
                    {"after"_L1, m_finality == Finality::AfterConclusion ? u"conclusion"_s : u"recheck"_s}});
    QJsonArray clocks;
    for (const ClockRule &rule : m_clocks) {
        QJsonObject object{{"kind"_L1, code(rule.kind)},
                           {"days"_L1, rule.days},
                           {"unit"_L1, rule.workingDays ? u"working"_s : u"natural"_s},
                           {"article"_L1, rule.article}};
        if (rule.maxExtensionDays > 0)
            object.insert("maxExtensionDays"_L1, rule.maxExtensionDays);
        if (rule.hearingPauses)
            object.insert("hearingPauses"_L1, true);
        if (!rule.note.isEmpty())
            object.insert("note"_L1, rule.note);
        if (!rule.types.isEmpty()) {
            QJsonArray types;
            for (const PetitionType t : rule.types)
                types.append(code(t));
            object.insert("types"_L1, types);
        }
        clocks.append(object);
    }
    root.insert("clocks"_L1, clocks);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QStringList PetitionRuleSet::bundledIds()
{
    return {u"national-2022"_s, u"national-2005"_s, u"zhejiang-2016"_s};
}

std::optional<PetitionRuleSet> PetitionRuleSet::bundled(const QString &id)
{
    // Read once per process (storage asks for a petition's set on every action and list row).
    static const QHash<QString, PetitionRuleSet> sets = [] {
        QHash<QString, PetitionRuleSet> all;
        for (const QString &bundledId : bundledIds()) {
            QFile file(resourcePath(bundledId));
            QString error;
            const auto set = file.open(QIODevice::ReadOnly) ? fromJson(file.readAll(), &error) : std::nullopt;
            if (set)
                all.insert(bundledId, *set);
            else
                qWarning("PetitionRuleSet: the bundled rule set %s is missing or invalid: %s",
                         qPrintable(bundledId), qPrintable(error));
        }
        return all;
    }();
    const auto it = sets.constFind(id);
    if (it == sets.cend())
        return std::nullopt;
    return *it;
}

PetitionRuleSet PetitionRuleSet::nationalFor(QDate received)
{
    static const PetitionRuleSet current = bundled(u"national-2022"_s).value_or(PetitionRuleSet());
    static const PetitionRuleSet previous = bundled(u"national-2005"_s).value_or(PetitionRuleSet());
    if (received.isValid() && received < current.effectiveFrom())
        return previous;
    return current;
}

QString PetitionRuleSet::versionId() const
{
    return u"%1@%2"_s.arg(m_id).arg(m_version);
}

ClockRule PetitionRuleSet::rule(ClockKind kind) const
{
    for (const ClockRule &rule : m_clocks)
        if (rule.kind == kind)
            return rule;
    return ClockRule{kind};
}

int PetitionRuleSet::maxRepresentatives(int headCount) const
{
    // The first limit whose size bound covers the group; 0 (no bound) covers any group.
    for (const RepresentativeLimit &limit : m_representatives)
        if (limit.upToHeadCount <= 0 || headCount <= limit.upToHeadCount)
            return limit.max;
    return m_representatives.isEmpty() ? 5 : m_representatives.constLast().max;
}

void PetitionRuleSet::setRule(const ClockRule &rule)
{
    for (ClockRule &existing : m_clocks) {
        if (existing.kind == rule.kind) {
            existing = rule;
            return;
        }
    }
    m_clocks.append(rule);
}

QString PetitionRuleSet::validate() const
{
    static const QRegularExpression idPattern(u"^[a-z0-9][a-z0-9-]{0,47}$"_s);
    if (!idPattern.match(m_id).hasMatch())
        return tr("规则编号“%1”无效：只能使用小写字母、数字和连字符，例如 zhejiang-2016").arg(m_id);
    if (m_version < 1)
        return tr("规则版本号应为正整数");
    if (m_name.trimmed().isEmpty())
        return tr("请填写规则名称");
    if (m_regulation.trimmed().isEmpty())
        return tr("请填写规则依据的法规名称");
    if (m_representatives.isEmpty())
        return tr("请填写集体访代表人数的上限");
    for (const RepresentativeLimit &limit : m_representatives)
        if (limit.max < 1 || limit.max > 100)
            return tr("集体访代表人数上限应在1至100之间");
    if (m_representatives.constLast().upToHeadCount > 0)
        return tr("集体访代表人数的最后一档应适用于任何人数");
    if (m_representativeArticle.trimmed().isEmpty() || m_pendingArticle.trimmed().isEmpty() ||
        m_finalityArticle.trimmed().isEmpty())
        return tr("请为代表人数、重复信访和终结的规定注明条款");
    for (const ClockKind kind : allValues<ClockKind>()) {
        const auto it = std::find_if(m_clocks.cbegin(), m_clocks.cend(),
                                     [kind](const ClockRule &r) { return r.kind == kind; });
        if (it == m_clocks.cend())
            return tr("规则缺少“%1”期限").arg(label(kind));
        if (it->days < 1 || it->days > maxPeriodDays)
            return tr("规则“%1”的天数应在1至365之间").arg(label(kind));
        if (it->maxExtensionDays < 0 || it->maxExtensionDays > maxPeriodDays)
            return tr("规则“%1”的最长延期天数应在0至365之间").arg(label(kind));
        if (it->article.trimmed().isEmpty())
            return tr("规则“%1”没有注明条款").arg(label(kind));
    }
    return {};
}

} // namespace zz
