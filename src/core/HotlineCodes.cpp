#include "HotlineCodes.h"

#include "Error.h"

using namespace Qt::StringLiterals;

namespace zz {

namespace {

// The hotline's words come with stray spaces (全角 too) and in either case for Latin letters.
QString normalized(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (!c.isSpace() && c != QChar(0x3000))
            out += c.toLower();
    return out;
}

template <typename Rule> const Rule *find(const QList<Rule> &table, QStringView text)
{
    const QString key = normalized(text);
    for (const Rule &rule : table)
        if (rule.text == key)
            return &rule;
    return nullptr;
}

} // namespace

const QList<HotlineCodes::StatusRule> &HotlineCodes::statusTable()
{
    static const QList<StatusRule> table{
        {u"待受理"_s, Step::Received},       {u"已受理"_s, Step::Received},
        {u"待派单"_s, Step::Received},       {u"新建"_s, Step::Received},
        {u"转办"_s, Step::Dispatched},       {u"已转办"_s, Step::Dispatched},
        {u"派单"_s, Step::Dispatched},       {u"已派单"_s, Step::Dispatched},
        {u"待签收"_s, Step::Dispatched},     {u"已签收"_s, Step::InProgress},
        {u"办理中"_s, Step::InProgress},     {u"处理中"_s, Step::InProgress},
        {u"承办中"_s, Step::InProgress},     {u"督办"_s, Step::Supervised},
        {u"已督办"_s, Step::Supervised},     {u"催办"_s, Step::Supervised},
        {u"督办中"_s, Step::Supervised},     {u"已办结"_s, Step::Answered},
        {u"办结"_s, Step::Answered},         {u"已答复"_s, Step::Answered},
        {u"待回访"_s, Step::Answered},       {u"回访复核"_s, Step::CallbackReview},
        {u"回访中"_s, Step::CallbackReview}, {u"复核"_s, Step::CallbackReview},
        {u"待复核"_s, Step::CallbackReview}, {u"已回访"_s, Step::Closed},
        {u"已结案"_s, Step::Closed},         {u"结案"_s, Step::Closed},
        {u"已归档"_s, Step::Closed},         {u"归档"_s, Step::Closed},
        {u"退单"_s, Step::Returned},         {u"已退单"_s, Step::Returned},
    };
    return table;
}

const QList<HotlineCodes::ResultRule> &HotlineCodes::resultTable()
{
    static const QList<ResultRule> table{
        {u"解决"_s, Result::Resolved},
        {u"已解决"_s, Result::Resolved},
        {u"部分解决"_s, Result::PartlyResolved},
        {u"未解决"_s, Result::Unresolved},
        {u"不办理退单"_s, Result::ReturnedUnhandled},
        {u"退单"_s, Result::ReturnedUnhandled},
    };
    return table;
}

// 满意 and 非常满意 are our 满意; 理解 (the resident accepts the answer without being pleased) is 基本满意.
const QList<HotlineCodes::SatisfactionRule> &HotlineCodes::satisfactionTable()
{
    static const QList<SatisfactionRule> table{
        {u"非常满意"_s, Satisfaction::Satisfied},      {u"满意"_s, Satisfaction::Satisfied},
        {u"理解"_s, Satisfaction::BasicallySatisfied}, {u"基本满意"_s, Satisfaction::BasicallySatisfied},
        {u"不满意"_s, Satisfaction::Unsatisfied},
    };
    return table;
}

const QList<HotlineCodes::Column> &HotlineCodes::columns()
{
    static const QList<Column> table{
        {u"order_no"_s, u"工单编号"_s, {u"12345工单编号"_s, u"工单号"_s, u"热线工单编号"_s}, true},
        {u"called_at"_s, u"来电时间"_s, {u"受理时间"_s, u"来电日期"_s, u"登记时间"_s}, true},
        {u"caller_name"_s, u"来电人"_s, {u"来电人姓名"_s, u"诉求人"_s, u"联系人"_s}, false},
        {u"caller_phone"_s, u"来电号码"_s, {u"联系电话"_s, u"来电电话"_s, u"诉求人电话"_s}, false},
        {u"caller_id"_s, u"身份证号"_s, {u"证件号码"_s, u"来电人身份证号"_s}, false},
        {u"content"_s, u"诉求内容"_s, {u"工单内容"_s, u"反映内容"_s, u"来电内容"_s}, true},
        {u"category1"_s, u"一级分类"_s, {u"一级业务分类"_s, u"诉求大类"_s}, false},
        {u"category2"_s, u"二级分类"_s, {u"二级业务分类"_s, u"诉求小类"_s}, false},
        {u"address"_s, u"诉求地址"_s, {u"事发地址"_s, u"地址"_s}, false},
        {u"place"_s, u"所属村社"_s, {u"所属村(社区)"_s, u"所属区域"_s, u"所属乡镇"_s}, false},
        {u"unit"_s, u"承办单位"_s, {u"承办部门"_s, u"处置单位"_s}, false},
        {u"status"_s, u"工单状态"_s, {u"状态"_s, u"办理状态"_s}, false},
        {u"result"_s, u"办理结果"_s, {u"处理结果"_s, u"解决情况"_s}, false},
        {u"satisfaction"_s, u"满意度"_s, {u"回访满意度"_s, u"满意度评价"_s}, false},
        {u"due_at"_s, u"办结时限"_s, {u"办理时限"_s, u"到期时间"_s}, false},
        {u"closed_at"_s, u"办结时间"_s, {u"办结日期"_s, u"结案时间"_s}, false},
    };
    return table;
}

QString HotlineCodes::columnFor(QStringView header)
{
    const QString key = normalized(header);
    for (const Column &c : columns()) {
        if (normalized(c.header) == key)
            return c.key;
        for (const QString &alias : c.aliases)
            if (normalized(alias) == key)
                return c.key;
    }
    return {};
}

std::optional<HotlineCodes::Step> HotlineCodes::step(QStringView text)
{
    const StatusRule *rule = find(statusTable(), text);
    return rule ? std::optional(rule->step) : std::nullopt;
}

std::optional<HotlineCodes::Result> HotlineCodes::result(QStringView text)
{
    const ResultRule *rule = find(resultTable(), text);
    return rule ? std::optional(rule->result) : std::nullopt;
}

std::optional<Satisfaction> HotlineCodes::satisfaction(QStringView text)
{
    const SatisfactionRule *rule = find(satisfactionTable(), text);
    return rule ? std::optional(rule->satisfaction) : std::nullopt;
}

CaseStatus HotlineCodes::statusOf(Step step)
{
    switch (step) {
    case Step::Received:
        return CaseStatus::Registered;
    case Step::Dispatched:
        return CaseStatus::Dispatched;
    case Step::InProgress:
    case Step::Supervised:
        return CaseStatus::InProgress;
    case Step::Answered:
    case Step::CallbackReview:
        return CaseStatus::Feedback;
    case Step::Closed:
        return CaseStatus::Closed;
    case Step::Returned:
        return CaseStatus::Declined;
    }
    return CaseStatus::Registered;
}

QDateTime HotlineCodes::dueAt(const QDateTime &calledAt, const WorkCalendar &calendar)
{
    return calendar.deadline(calledAt, limitWorkingDays, true);
}

HotlineOutcome HotlineCodes::outcome(QStringView status, QStringView resultText, QStringView satisfactionText)
{
    HotlineOutcome out;
    std::optional<Step> s;
    if (!normalized(status).isEmpty()) {
        s = step(status);
        if (!s)
            throw Error(Error::Kind::Validation, tr("无法识别的工单状态“%1”。").arg(status.trimmed()));
    }
    std::optional<Result> r;
    if (!normalized(resultText).isEmpty()) {
        r = result(resultText);
        if (!r)
            throw Error(Error::Kind::Validation, tr("无法识别的办理结果“%1”。").arg(resultText.trimmed()));
    }
    if (!normalized(satisfactionText).isEmpty()) {
        out.satisfaction = satisfaction(satisfactionText);
        if (!out.satisfaction)
            throw Error(Error::Kind::Validation,
                        tr("无法识别的满意度“%1”。").arg(satisfactionText.trimmed()));
    }
    // No status word: a result means the unit has answered; nothing at all means just received.
    const Step at = s ? *s : (r ? Step::Answered : Step::Received);
    out.status = statusOf(at);
    if (at == Step::Supervised)
        out.supervise = SuperviseLevel::Normal;
    if (r == Result::ReturnedUnhandled)
        out.status = CaseStatus::Declined;
    else if (r)
        out.disputeSettled = r == Result::Resolved;
    return out;
}

} // namespace zz
