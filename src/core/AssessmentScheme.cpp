#include "AssessmentScheme.h"

#include <QJsonArray>
#include <QSet>
#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace zz {
namespace {

struct FactText
{
    ScoreFact fact;
    const char *code;
    const char *label;
};

#define ZZ_S(text) QT_TRANSLATE_NOOP("zz::ScoreScheme", text)

constexpr std::array factTexts{
    FactText{ScoreFact::ReportedCases, "reported_cases", ZZ_S("网格上报并立案的事件")},
    FactText{ScoreFact::SettledOnSpot, "settled_on_spot", ZZ_S("就地化解的事件")},
    FactText{ScoreFact::ClosedOnTime, "closed_on_time", ZZ_S("按期办结的交办事件")},
    FactText{ScoreFact::Overdue, "overdue", ZZ_S("超期未办结的交办事件")},
    FactText{ScoreFact::YellowCards, "yellow_cards", ZZ_S("黄牌督办")},
    FactText{ScoreFact::RedCards, "red_cards", ZZ_S("红牌督办")},
    FactText{ScoreFact::VisitCoverage, "visit_coverage", ZZ_S("走访覆盖率")},
    FactText{ScoreFact::BaseRecords, "base_records", ZZ_S("基础信息采集更新")},
    FactText{ScoreFact::PatrolHours, "patrol_hours", ZZ_S("巡查小时")},
    FactText{ScoreFact::NightPatrolHours, "night_patrol_hours", ZZ_S("夜间巡查小时")},
    FactText{ScoreFact::KeyPersonVisits, "key_person_visits", ZZ_S("走访重点人员")},
    FactText{ScoreFact::MeetingsMissed, "meetings_missed", ZZ_S("缺席会议")},
    FactText{ScoreFact::UnsatisfiedCallbacks, "unsatisfied_callbacks", ZZ_S("回访不满意")},
    FactText{ScoreFact::Manual, "manual", ZZ_S("人工评分")},
};

struct GradeText
{
    ScoreGrade grade;
    const char *code;
    const char *label;
};

constexpr std::array gradeTexts{
    GradeText{ScoreGrade::Excellent, "excellent", ZZ_S("优秀")},
    GradeText{ScoreGrade::Good, "good", ZZ_S("良好")},
    GradeText{ScoreGrade::Pass, "pass", ZZ_S("合格")},
    GradeText{ScoreGrade::Fail, "fail", ZZ_S("不合格")},
    GradeText{ScoreGrade::NotGraded, "not_graded", ZZ_S("不参评")},
};

// A small recursive-descent evaluator for formulas in N.
class Parser
{
public:
    Parser(const QString &text, double n) : m_text(text), m_n(n) {}

    std::optional<double> parse()
    {
        const auto value = expression();
        skipSpace();
        if (!value || m_pos != m_text.size() || m_error)
            return std::nullopt;
        return value;
    }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    bool take(QChar c)
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    std::optional<double> expression()
    {
        auto left = term();
        while (left) {
            if (take(u'+')) {
                const auto right = term();
                if (!right)
                    return std::nullopt;
                *left += *right;
            } else if (take(u'-')) {
                const auto right = term();
                if (!right)
                    return std::nullopt;
                *left -= *right;
            } else {
                break;
            }
        }
        return left;
    }
    std::optional<double> term()
    {
        auto left = factor();
        while (left) {
            if (take(u'*')) {
                const auto right = factor();
                if (!right)
                    return std::nullopt;
                *left *= *right;
            } else if (take(u'/')) {
                const auto right = factor();
                if (!right)
                    return std::nullopt;
                if (*right == 0) {
                    m_error = true;
                    return std::nullopt;
                }
                *left /= *right;
            } else {
                break;
            }
        }
        return left;
    }
    std::optional<double> factor()
    {
        skipSpace();
        if (take(u'-')) {
            const auto v = factor();
            return v ? std::optional<double>(-*v) : std::nullopt;
        }
        if (take(u'(')) {
            const auto v = expression();
            if (!v || !take(u')'))
                return std::nullopt;
            return v;
        }
        if (m_pos >= m_text.size())
            return std::nullopt;
        const QChar c = m_text.at(m_pos);
        if (c == u'N' || c == u'n') {
            ++m_pos;
            return m_n;
        }
        if (c.isDigit() || c == u'.') {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && (m_text.at(m_pos).isDigit() || m_text.at(m_pos) == u'.'))
                ++m_pos;
            bool ok = false;
            const double v = m_text.mid(start, m_pos - start).toDouble(&ok);
            return ok ? std::optional<double>(v) : std::nullopt;
        }
        for (const QString &fn : {u"min"_s, u"max"_s}) {
            if (m_text.mid(m_pos, 3).compare(fn, Qt::CaseInsensitive) == 0) {
                m_pos += 3;
                if (!take(u'('))
                    return std::nullopt;
                const auto a = expression();
                if (!a || !take(u','))
                    return std::nullopt;
                const auto b = expression();
                if (!b || !take(u')'))
                    return std::nullopt;
                return fn == u"min"_s ? std::min(*a, *b) : std::max(*a, *b);
            }
        }
        return std::nullopt;
    }

    const QString &m_text;
    double m_n;
    qsizetype m_pos = 0;
    bool m_error = false;
};

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

} // namespace

QString factCode(ScoreFact fact)
{
    for (const FactText &t : factTexts)
        if (t.fact == fact)
            return QString::fromLatin1(t.code);
    return {};
}

std::optional<ScoreFact> factFromCode(QStringView code)
{
    for (const FactText &t : factTexts)
        if (code == QLatin1StringView(t.code))
            return t.fact;
    return std::nullopt;
}

QString factLabel(ScoreFact fact)
{
    for (const FactText &t : factTexts)
        if (t.fact == fact)
            return QCoreApplication::translate("zz::ScoreScheme", t.label);
    return {};
}

QList<ScoreFact> allFacts()
{
    QList<ScoreFact> out;
    for (const FactText &t : factTexts)
        out << t.fact;
    return out;
}

QString gradeCode(ScoreGrade grade)
{
    for (const GradeText &t : gradeTexts)
        if (t.grade == grade)
            return QString::fromLatin1(t.code);
    return {};
}

std::optional<ScoreGrade> gradeFromCode(QStringView code)
{
    for (const GradeText &t : gradeTexts)
        if (code == QLatin1StringView(t.code))
            return t.grade;
    return std::nullopt;
}

QString gradeLabel(ScoreGrade grade)
{
    for (const GradeText &t : gradeTexts)
        if (t.grade == grade)
            return QCoreApplication::translate("zz::ScoreScheme", t.label);
    return {};
}

double roundPoints(double value)
{
    const double r = std::round(value * 100.0) / 100.0;
    return r == 0 ? 0.0 : r; // no "-0"
}

QString ScoreFormula::check(const QString &formula)
{
    if (formula.trimmed().isEmpty())
        return {};
    if (!Parser(formula, 1).parse())
        return tr("公式“%1”无法计算：只能使用数字、N、+ - * /、括号和 min(a,b)、max(a,b)。").arg(formula);
    return {};
}

double ScoreFormula::evaluate(const QString &formula, double n)
{
    const auto v = Parser(formula, n).parse();
    return v && std::isfinite(*v) ? *v : 0.0;
}

double ScoreItem::effectiveUnits(double units) const
{
    return std::max(0.0, units - threshold);
}

double ScoreItem::points(double units, bool *capped) const
{
    const double n = effectiveUnits(units);
    const double raw = formula.trimmed().isEmpty() ? perUnit * n : ScoreFormula::evaluate(formula, n);
    // An add item never takes points away; a deduct item states the points it takes ("2*N"), and a
    // formula that turns out negative there would add points: clamped to nothing taken.
    double magnitude = std::max(0.0, raw);
    bool cut = false;
    if (cap && magnitude > *cap) {
        magnitude = *cap;
        cut = true;
    }
    if (capped)
        *capped = cut;
    return roundPoints(deduct ? -magnitude : magnitude);
}

double ScoreItem::money(double units) const
{
    return moneyPerUnit > 0 ? moneyPerUnit * effectiveUnits(units) : 0.0;
}

ScoreScheme ScoreScheme::defaultScheme()
{
    ScoreScheme s;
    const auto item = [](const char *code, const char *name, ScoreFact fact, bool deduct, double perUnit,
                         std::optional<double> cap = std::nullopt) {
        ScoreItem i;
        i.code = QString::fromLatin1(code);
        i.name = tr(name);
        i.fact = fact;
        i.deduct = deduct;
        i.perUnit = perUnit;
        i.cap = cap;
        i.automatic = fact != ScoreFact::Manual;
        return i;
    };

    ScoreSection work;
    work.code = u"work"_s;
    work.name = tr("网格运作成效");
    work.maximum = 50;
    work.items = {
        item("reported", QT_TR_NOOP("上报事件并立案"), ScoreFact::ReportedCases, false, 2, 20),
        item("settled", QT_TR_NOOP("就地化解事件"), ScoreFact::SettledOnSpot, false, 3, 15),
        item("on_time", QT_TR_NOOP("交办事件按期办结"), ScoreFact::ClosedOnTime, false, 1, 15),
        item("overdue", QT_TR_NOOP("交办事件超期未办结"), ScoreFact::Overdue, true, 2),
        item("yellow", QT_TR_NOOP("黄牌督办"), ScoreFact::YellowCards, true, 5),
        item("red", QT_TR_NOOP("红牌督办"), ScoreFact::RedCards, true, 10),
    };

    ScoreSection duty;
    duty.code = u"duty"_s;
    duty.name = tr("网格履职绩效");
    duty.maximum = 30;
    ScoreItem coverage = item("visits", QT_TR_NOOP("走访覆盖"), ScoreFact::VisitCoverage, false, 0, 15);
    coverage.formula = u"15*min(1,N)"_s;
    duty.items = {
        coverage,
        item("base_records", QT_TR_NOOP("基础信息采集更新"), ScoreFact::BaseRecords, false, 0.5, 10),
        item("patrol", QT_TR_NOOP("巡查"), ScoreFact::PatrolHours, false, 0.25, 5),
    };

    ScoreSection personal;
    personal.code = u"personal"_s;
    personal.name = tr("个人绩效");
    personal.start = 20;
    personal.maximum = 20;
    personal.items = {
        item("meetings", QT_TR_NOOP("缺席会议"), ScoreFact::MeetingsMissed, true, 2),
        item("unsatisfied", QT_TR_NOOP("回访不满意"), ScoreFact::UnsatisfiedCallbacks, true, 2),
    };

    ScoreSection bonus;
    bonus.code = u"bonus"_s;
    bonus.name = tr("加分");
    bonus.maximum = 10;
    bonus.bonus = true;
    bonus.items = {item("bonus", QT_TR_NOOP("加分事项"), ScoreFact::Manual, false, 0, 10)};

    s.sections = {work, duty, personal, bonus};
    return s;
}

ScoreGrade ScoreScheme::grade(double total) const
{
    if (total >= excellentFrom)
        return ScoreGrade::Excellent;
    if (total >= goodFrom)
        return ScoreGrade::Good;
    if (total >= passFrom)
        return ScoreGrade::Pass;
    return ScoreGrade::Fail;
}

int ScoreScheme::stipend(double total, double moneyDeductions) const
{
    const double value =
        baseStipend + performancePool * std::clamp(total, 0.0, 100.0) / 100.0 - moneyDeductions;
    return int(std::max(0.0, std::floor(value + 0.5)));
}

const ScoreSection *ScoreScheme::section(const QString &code) const
{
    for (const ScoreSection &s : sections)
        if (s.code == code)
            return &s;
    return nullptr;
}

const ScoreItem *ScoreScheme::item(const QString &code, const ScoreSection **sectionOut) const
{
    for (const ScoreSection &s : sections)
        for (const ScoreItem &i : s.items)
            if (i.code == code) {
                if (sectionOut)
                    *sectionOut = &s;
                return &i;
            }
    return nullptr;
}

QList<const ScoreSection *> ScoreScheme::mainSections() const
{
    QList<const ScoreSection *> out;
    for (const ScoreSection &s : sections)
        if (!s.bonus)
            out << &s;
    return out;
}

const ScoreSection *ScoreScheme::bonusSection() const
{
    for (const ScoreSection &s : sections)
        if (s.bonus)
            return &s;
    return nullptr;
}

QString ScoreScheme::check() const
{
    if (sections.isEmpty())
        return tr("考评方案至少要有一个部分。");
    QSet<QString> codes, itemCodes;
    int bonuses = 0;
    for (const ScoreSection &s : sections) {
        if (s.code.isEmpty() || s.name.trimmed().isEmpty())
            return tr("每个部分都要有代码和名称。");
        if (codes.contains(s.code))
            return tr("代码“%1”重复。").arg(s.code);
        codes.insert(s.code);
        if (s.maximum <= 0 || s.floor < 0 || s.floor > s.maximum || s.start < s.floor || s.start > s.maximum)
            return tr("“%1”的满分、起始分和保底分不合理：保底分 ≤ 起始分 ≤ 满分。").arg(s.name);
        if (s.bonus)
            ++bonuses;
        for (const ScoreItem &i : s.items) {
            if (i.code.isEmpty() || i.name.trimmed().isEmpty())
                return tr("“%1”的每个评分项都要有代码和名称。").arg(s.name);
            if (itemCodes.contains(i.code))
                return tr("代码“%1”重复。").arg(i.code);
            itemCodes.insert(i.code);
            if (const QString problem = ScoreFormula::check(i.formula); !problem.isEmpty())
                return problem;
            if (i.perUnit < 0 || i.threshold < 0 || (i.cap && *i.cap < 0) || i.moneyPerUnit < 0)
                return tr("“%1”的分值、起算数、上限和扣款不能为负数。").arg(i.name);
        }
    }
    if (bonuses > 1)
        return tr("考评方案只能有一个加分部分。");
    if (!(passFrom <= goodFrom && goodFrom <= excellentFrom))
        return tr("等次分数线应为：合格 ≤ 良好 ≤ 优秀。");
    if (baseStipend < 0 || performancePool < 0)
        return tr("补贴基数和绩效奖金不能为负数。");
    if (minDaysInPost < 0 || minDaysInPost > 31)
        return tr("参评最少在岗天数应在 0 到 31 之间。");
    return {};
}

QJsonObject ScoreScheme::toJson() const
{
    QJsonArray sectionArray;
    for (const ScoreSection &s : sections) {
        QJsonArray itemArray;
        for (const ScoreItem &i : s.items)
            itemArray.append(QJsonObject{{u"code"_s, i.code},
                                         {u"name"_s, i.name},
                                         {u"fact"_s, factCode(i.fact)},
                                         {u"deduct"_s, i.deduct},
                                         {u"per_unit"_s, i.perUnit},
                                         {u"formula"_s, i.formula},
                                         {u"threshold"_s, i.threshold},
                                         {u"cap"_s, optionalNumber(i.cap)},
                                         {u"money_per_unit"_s, i.moneyPerUnit},
                                         {u"automatic"_s, i.automatic}});
        sectionArray.append(QJsonObject{{u"code"_s, s.code},
                                        {u"name"_s, s.name},
                                        {u"start"_s, s.start},
                                        {u"maximum"_s, s.maximum},
                                        {u"floor"_s, s.floor},
                                        {u"bonus"_s, s.bonus},
                                        {u"items"_s, itemArray}});
    }
    return QJsonObject{{u"sections"_s, sectionArray},
                       {u"excellent_from"_s, excellentFrom},
                       {u"good_from"_s, goodFrom},
                       {u"pass_from"_s, passFrom},
                       {u"base_stipend"_s, baseStipend},
                       {u"performance_pool"_s, performancePool},
                       {u"min_days_in_post"_s, minDaysInPost}};
}

ScoreScheme ScoreScheme::fromJson(const QJsonObject &json)
{
    ScoreScheme s;
    s.sections.clear();
    for (const QJsonValue &sv : json.value(u"sections"_s).toArray()) {
        const QJsonObject so = sv.toObject();
        ScoreSection section;
        section.code = so.value(u"code"_s).toString();
        section.name = so.value(u"name"_s).toString();
        section.start = so.value(u"start"_s).toDouble();
        section.maximum = so.value(u"maximum"_s).toDouble();
        section.floor = so.value(u"floor"_s).toDouble();
        section.bonus = so.value(u"bonus"_s).toBool();
        for (const QJsonValue &iv : so.value(u"items"_s).toArray()) {
            const QJsonObject io = iv.toObject();
            ScoreItem i;
            i.code = io.value(u"code"_s).toString();
            i.name = io.value(u"name"_s).toString();
            i.fact = factFromCode(io.value(u"fact"_s).toString()).value_or(ScoreFact::Manual);
            i.deduct = io.value(u"deduct"_s).toBool();
            i.perUnit = io.value(u"per_unit"_s).toDouble();
            i.formula = io.value(u"formula"_s).toString();
            i.threshold = io.value(u"threshold"_s).toDouble();
            if (io.value(u"cap"_s).isDouble())
                i.cap = io.value(u"cap"_s).toDouble();
            i.moneyPerUnit = io.value(u"money_per_unit"_s).toDouble();
            i.automatic = io.value(u"automatic"_s).toBool(i.fact != ScoreFact::Manual);
            section.items << i;
        }
        s.sections << section;
    }
    s.excellentFrom = json.value(u"excellent_from"_s).toDouble(s.excellentFrom);
    s.goodFrom = json.value(u"good_from"_s).toDouble(s.goodFrom);
    s.passFrom = json.value(u"pass_from"_s).toDouble(s.passFrom);
    s.baseStipend = json.value(u"base_stipend"_s).toDouble(s.baseStipend);
    s.performancePool = json.value(u"performance_pool"_s).toDouble(s.performancePool);
    s.minDaysInPost = json.value(u"min_days_in_post"_s).toInt(s.minDaysInPost);
    return s;
}

} // namespace zz
