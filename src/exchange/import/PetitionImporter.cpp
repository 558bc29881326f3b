#include "PetitionImporter.h"

#include "Database.h"
#include "Error.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "Validators.h"
#include "petition/PetitionLedgerWalk.h"
#include "petition/PetitionRepository.h"
#include "petition/PetitionService.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

// A ledger row after conversion: the petition as registered and the dated steps that bring it to the
// row's status.
struct ImportedPetition
{
    int row = 0;
    QString petitionNo;
    qint64 townshipId = 0; // of the place: ledger numbers are unique within a township
    QString key;           // the registration's idempotency key
    PetitionRecord draft;
    PetitionPersonInput person;
    QString statusWord; // as the sheet said it, for messages
    QList<PetitionHistoryStep> steps;
    QStringList stepColumns; // the column dating each step
    std::optional<PetitionDecision> decision;
    qsizetype opinionStep = -1; // the step the decision belongs to
    QJsonObject ledger;         // the ledger's own values the row gives (PetitionLedgerCorrection)
};

// The ledger-owned values a re-import compares, with their columns: the petition's text and the
// petitioner's particulars (JSON keys as remembered in petitions.ledger_row).
constexpr const char16_t *ledgerFields[] = {u"request", u"facts", u"head_count", u"channel", u"type",
                                            u"name",    u"phone", u"address",    u"result"};

QJsonObject storedValues(const PetitionRecord &p, const Person *petitioner)
{
    QJsonObject o{{u"request"_s, p.request},
                  {u"facts"_s, p.facts},
                  {u"head_count"_s, p.headCount},
                  {u"channel"_s, code(p.channel)},
                  {u"type"_s, code(p.type)}};
    if (petitioner) {
        o.insert(u"name"_s, petitioner->name);
        o.insert(u"phone"_s, petitioner->phone);
        o.insert(u"address"_s, petitioner->address);
    }
    return o;
}

// The handling chain after 受理, in workflow order: each step and the ledger column dating it.
struct ChainStep
{
    PetitionAction action;
    const char16_t *column;
    PetitionStatus reached;
};
constexpr ChainStep handlingChain[] = {
    {PetitionAction::Accept, u"accepted_at", PetitionStatus::Handling},
    {PetitionAction::Reply, u"replied_at", PetitionStatus::Replied},
    {PetitionAction::Deliver, u"delivered_at", PetitionStatus::Delivered},
    {PetitionAction::RequestReview, u"review_requested_at", PetitionStatus::UnderReview},
    {PetitionAction::ReviewOpinion, u"review_replied_at", PetitionStatus::ReviewReplied},
    {PetitionAction::Deliver, u"review_delivered_at", PetitionStatus::ReviewDelivered},
    {PetitionAction::RequestRecheck, u"recheck_requested_at", PetitionStatus::UnderRecheck},
    {PetitionAction::RecheckOpinion, u"recheck_replied_at", PetitionStatus::RecheckReplied},
    {PetitionAction::Deliver, u"recheck_delivered_at", PetitionStatus::Concluded},
};

// The statuses a ledger row may name (codes of the status column's choices).
std::optional<PetitionStatus> statusForCode(const QString &code)
{
    if (code.isEmpty() || code == u"extended")
        return code.isEmpty() ? PetitionStatus::Registered : PetitionStatus::Handling;
    return fromCode<PetitionStatus>(code);
}

} // namespace

ImportKind PetitionImporter::describe()
{
    ImportKind k;
    k.id = u"petitions"_s;
    k.title = tr("历史信访台账");
    k.description = tr("以往登记的信访件，任何办理状态均可导入：按台账的登记、受理、答复、送达、复查、复核、"
                       "办结等日期逐步补录办理流程和"
                       "期限；信访人按身份证号在乡镇内识别，首次或重复自动判断；台账的信访编号保留为本系统的"
                       "编号（本乡镇内唯一）；重复导入不会重复登记，"
                       "状态推进的行会按日期继续办理，状态倒退的行不予导入；诉求、信访人联系方式等台账内容"
                       "有更正的行会更新系统中未被改动过的内容，已办理步骤的日期不能通过导入更改。");
    const auto choice = [](const QString &code, const QStringList &words) {
        return ImportChoice{code, words};
    };
    k.columns = {
        {u"petition_no"_s,
         u"信访编号"_s,
         {u"编号"_s, u"信访件编号"_s},
         ImportType::Code,
         false,
         u"XF2024-0001"_s,
         tr("台账的信访编号，保留为本系统中的编号（本乡镇内唯一）；留空时由系统编号"),
         {}},
        {u"received_at"_s,
         u"登记日期"_s,
         {u"登记时间"_s, u"来信来访日期"_s, u"来访日期"_s},
         ImportType::Text,
         true,
         u"2024-11-04"_s,
         tr("日期，可带时间"),
         {}},
        {u"channel"_s,
         u"信访形式"_s,
         {u"渠道"_s, u"信访渠道"_s, u"来访方式"_s},
         ImportType::Choice,
         false,
         u"走访"_s,
         tr("走访、来信、电话、网络、传真；留空为走访"),
         {choice(u"visit"_s, {u"走访"_s, u"来访"_s}), choice(u"letter"_s, {u"来信"_s}),
          choice(u"phone"_s, {u"电话"_s}), choice(u"online"_s, {u"网络"_s, u"网上信访"_s}),
          choice(u"fax"_s, {u"传真"_s})}},
        {u"type"_s,
         u"信访类型"_s,
         {u"类型"_s},
         ImportType::Choice,
         false,
         u"申诉求决"_s,
         tr("建议意见、检举控告、申诉求决；留空为申诉求决"),
         {choice(u"suggestion"_s, {u"建议意见"_s, u"建议"_s}),
          choice(u"accusation"_s, {u"检举控告"_s, u"检举"_s, u"控告"_s}),
          choice(u"claim"_s, {u"申诉求决"_s, u"申诉"_s, u"求决"_s})}},
        {u"name"_s, u"信访人"_s, {u"姓名"_s, u"信访人姓名"_s}, ImportType::Text, false, u"王五"_s, {}, {}},
        {u"resident_id"_s,
         u"身份证号"_s,
         {u"身份证号码"_s, u"公民身份号码"_s},
         ImportType::ResidentId,
         false,
         {},
         {},
         {}},
        {u"phone"_s,
         u"联系电话"_s,
         {u"电话"_s, u"手机号码"_s},
         ImportType::Phone,
         false,
         u"13700000000"_s,
         {},
         {}},
        {u"address"_s, u"住址"_s, {u"家庭住址"_s, u"地址"_s}, ImportType::Text, false, {}, {}, {}},
        {u"head_count"_s,
         u"人数"_s,
         {u"来访人数"_s},
         ImportType::Integer,
         false,
         u"1"_s,
         tr("5 人以上为集体访"),
         {}},
        {u"request"_s,
         u"诉求"_s,
         {u"信访诉求"_s, u"主要诉求"_s},
         ImportType::Text,
         true,
         u"要求解决宅基地边界纠纷"_s,
         {},
         {}},
        {u"facts"_s, u"事实与理由"_s, {u"事实和理由"_s}, ImportType::Text, false, {}, {}, {}},
        {u"place"_s,
         u"问题发生地"_s,
         {u"所属村社"_s, u"发生地"_s},
         ImportType::Text,
         true,
         u"上溪村"_s,
         tr("本账号范围内的村(社区)或乡镇的名称或代码"),
         {}},
        {u"status"_s,
         u"状态"_s,
         {u"办理状态"_s, u"信访状态"_s},
         ImportType::Choice,
         false,
         u"办结"_s,
         tr("留空为登记；“转为事件”的不能导入。状态之前各步骤的日期须填写（受理日期留空时按登记日期），之后步"
            "骤的日期不得填写"),
         {choice(u"registered"_s, {u"登记"_s, u"已登记"_s, u"待受理"_s}),
          choice(u"handling"_s, {u"受理"_s, u"已受理"_s, u"办理中"_s}),
          choice(u"extended"_s, {u"延期"_s, u"延期办理"_s}),
          choice(u"transferred"_s, {u"转送交办"_s, u"转送"_s, u"交办"_s, u"已转送"_s, u"已交办"_s}),
          choice(u"not_accepted"_s, {u"不予受理"_s}), choice(u"not_reaccepted"_s, {u"不再受理"_s}),
          choice(u"settled_on_spot"_s, {u"当场化解"_s, u"即时化解"_s, u"当场办结"_s}),
          choice(u"replied"_s, {u"已答复"_s, u"答复"_s}),
          choice(u"delivered"_s, {u"已送达"_s, u"送达"_s, u"答复已送达"_s}),
          choice(u"under_review"_s, {u"复查中"_s, u"复查"_s}), choice(u"review_replied"_s, {u"复查已答复"_s}),
          choice(u"review_delivered"_s, {u"复查已送达"_s}),
          choice(u"under_recheck"_s, {u"复核中"_s, u"复核"_s}),
          choice(u"recheck_replied"_s, {u"复核已答复"_s}),
          choice(u"concluded"_s, {u"办结"_s, u"已办结"_s, u"结案"_s}),
          choice(u"converted_to_case"_s, {u"转为事件"_s})}},
        {u"accepted_at"_s,
         u"受理日期"_s,
         {u"受理时间"_s, u"不予受理日期"_s, u"告知日期"_s},
         ImportType::Text,
         false,
         u"2024-11-06"_s,
         tr("受理、不予受理或不再受理的日期；留空时按登记日期"),
         {}},
        {u"transfer_unit"_s,
         u"转送交办单位"_s,
         {u"转送单位"_s, u"交办单位"_s, u"承办单位"_s},
         ImportType::Text,
         false,
         {},
         tr("转送、交办的承办部门名称；填写时须有转送交办日期"),
         {}},
        {u"transferred_at"_s,
         u"转送交办日期"_s,
         {u"转送日期"_s, u"交办日期"_s},
         ImportType::Date,
         false,
         {},
         {},
         {}},
        {u"extension_days"_s,
         u"延期天数"_s,
         {},
         ImportType::Integer,
         false,
         {},
         tr("状态为延期时填写，不超过受理时规定的上限"),
         {}},
        {u"extended_at"_s, u"延期日期"_s, {u"延期批准日期"_s}, ImportType::Date, false, {}, {}, {}},
        {u"decision"_s,
         u"处理意见"_s,
         {u"处理意见类别"_s, u"答复意见"_s},
         ImportType::Choice,
         false,
         u"予以支持"_s,
         tr("最后一次答复（或复查、复核意见）的结论；台账未载明时留空"),
         {choice(u"support"_s, {u"予以支持"_s, u"支持"_s}), choice(u"explain"_s, {u"解释说明"_s}),
          choice(u"reject"_s, {u"不予支持"_s, u"不支持"_s})}},
        {u"result"_s,
         u"办理结果"_s,
         {u"处理结果"_s, u"化解情况"_s, u"办理情况"_s},
         ImportType::Text,
         false,
         u"已协调划定边界"_s,
         tr("台账中的办理情况，按原文记入办理记录"),
         {}},
        {u"replied_at"_s,
         u"答复日期"_s,
         {u"答复时间"_s, u"出具意见日期"_s},
         ImportType::Date,
         false,
         u"2024-12-20"_s,
         {},
         {}},
        {u"delivered_at"_s,
         u"送达日期"_s,
         {u"答复送达日期"_s},
         ImportType::Date,
         false,
         u"2024-12-23"_s,
         {},
         {}},
        {u"delivery"_s,
         u"送达方式"_s,
         {},
         ImportType::Choice,
         false,
         u"直接送达"_s,
         {},
         {choice(u"in_person"_s, {u"直接送达"_s, u"当面送达"_s}),
          choice(u"mail"_s, {u"邮寄送达"_s, u"邮寄"_s}), choice(u"electronic"_s, {u"电子送达"_s}),
          choice(u"left"_s, {u"留置送达"_s}), choice(u"announcement"_s, {u"公告送达"_s})}},
        {u"review_requested_at"_s, u"复查申请日期"_s, {}, ImportType::Date, false, {}, {}, {}},
        {u"review_replied_at"_s, u"复查意见日期"_s, {u"复查答复日期"_s}, ImportType::Date, false, {}, {}, {}},
        {u"review_delivered_at"_s, u"复查送达日期"_s, {}, ImportType::Date, false, {}, {}, {}},
        {u"recheck_requested_at"_s, u"复核申请日期"_s, {}, ImportType::Date, false, {}, {}, {}},
        {u"recheck_replied_at"_s,
         u"复核意见日期"_s,
         {u"复核答复日期"_s},
         ImportType::Date,
         false,
         {},
         {},
         {}},
        {u"recheck_delivered_at"_s, u"复核送达日期"_s, {}, ImportType::Date, false, {}, {}, {}},
        {u"concluded_at"_s,
         u"办结日期"_s,
         {u"办结时间"_s, u"化解日期"_s},
         ImportType::Date,
         false,
         u"2025-01-25"_s,
         tr("办结或当场化解的日期；复核意见送达即办结时可不填"),
         {}},
    };
    k.naturalKey = {u"petition_no"_s};
    k.permission = Permission::RegisterPetition;
    return k;
}

PetitionImporter::PetitionImporter(const Database &db, const Clock &clock, const Actor &actor)
    : CaseImporter(db, clock, actor, describe(), CaseImportService::Kind::Ledger)
{}

QStringList PetitionImporter::tables() const
{
    return {u"petitions"_s,
            u"petition_persons"_s,
            u"persons"_s,
            u"petition_flow"_s,
            u"petition_clocks"_s,
            u"petition_documents"_s,
            u"petition_kept_numbers"_s};
}

void PetitionImporter::begin()
{
    CaseImporter::begin();
    m_updates.clear();
    m_calendar = CalendarRepository(database()).load();
}

std::any PetitionImporter::convert(const ImportRow &row, RowErrors &errors)
{
    const ImportKind &k = kind();
    const auto text = [&](const QString &key) { return row.text(k.indexOf(key)).trimmed(); };
    const auto has = [&](const QString &key) { return row.has(k.indexOf(key)); };
    const auto header = [&](const QString &key) { return k.column(key).header; };

    ImportedPetition p;
    p.row = row.number;
    p.petitionNo = text(u"petition_no"_s);
    if (!p.petitionNo.isEmpty() && p.petitionNo.size() > 64)
        errors << RowError{u"petition_no"_s, tr("信访编号不能超过 64 个字符。")};

    const QString statusCode = text(u"status"_s);
    p.statusWord = row.raw.value(k.indexOf(u"status"_s)).trimmed();
    if (p.statusWord.isEmpty())
        p.statusWord = u"登记"_s;
    const std::optional<PetitionStatus> target = statusForCode(statusCode);
    if (statusCode == u"converted_to_case")
        errors << RowError{u"status"_s,
                           tr("“转为事件”的信访件不能从信访台账导入：请把它的事件按历史事件台账导入。")};
    else if (!target)
        errors << RowError{u"status"_s, tr("状态“%1”不是信访台账的状态。").arg(p.statusWord)};

    p.draft.receivedAt = dateTime(text(u"received_at"_s));
    if (!p.draft.receivedAt.isValid())
        errors << RowError{u"received_at"_s, tr("登记日期“%1”不是日期。").arg(text(u"received_at"_s))};
    else if (p.draft.receivedAt > clock().now())
        errors << RowError{u"received_at"_s, tr("登记日期不能晚于今天。")};

    const QString channel = text(u"channel"_s);
    p.draft.channel = channel == u"letter"   ? PetitionChannel::Letter
                      : channel == u"phone"  ? PetitionChannel::Phone
                      : channel == u"online" ? PetitionChannel::Online
                      : channel == u"fax"    ? PetitionChannel::Fax
                                             : PetitionChannel::Visit;
    const QString type = text(u"type"_s);
    p.draft.type = type == u"suggestion"   ? PetitionType::Suggestion
                   : type == u"accusation" ? PetitionType::Accusation
                                           : PetitionType::Claim;
    if (has(u"head_count"_s)) {
        const qint64 n = row.integer(k.indexOf(u"head_count"_s));
        if (n < 1 || n > 100000)
            errors << RowError{u"head_count"_s, tr("人数应在 1 至 100000 之间。")};
        p.draft.headCount = int(std::clamp<qint64>(n, 1, 100000));
    }
    p.draft.visitForm = p.draft.headCount >= 5 ? VisitForm::Group : VisitForm::Individual;
    p.draft.request = text(u"request"_s);
    p.draft.facts = text(u"facts"_s);

    // A group visit (集体访, 5 or more) names its representatives (信访工作条例 2022 Art. 20): the person a
    // ledger writes down for one is the group's representative.
    p.person.role = p.draft.visitForm == VisitForm::Group ? PetitionPersonRole::Representative
                                                          : PetitionPersonRole::Petitioner;
    p.person.person.name = text(u"name"_s);
    p.person.person.residentId = text(u"resident_id"_s).toUpper();
    p.person.person.phone = text(u"phone"_s);
    p.person.person.address = text(u"address"_s);
    // 张* is a name a masked export wrote (an account without the right to export personal data).
    if (p.person.person.name.contains(u'*'))
        errors << RowError{u"name"_s,
                           tr("信访人姓名含有“*”，是隐去部分信息的导出文件；请改用含完整信息的导出文件。")};
    if (!p.person.person.residentId.isEmpty()) {
        if (const Validation v = Validators::residentId(p.person.person.residentId, clock().now().date()); !v)
            errors << RowError{u"resident_id"_s, v.message};
    }
    if (!p.person.person.phone.isEmpty()) {
        if (const Validation v = Validators::phone(p.person.person.phone); !v)
            errors << RowError{u"phone"_s, v.message};
    }
    if (p.person.person.name.isEmpty() && p.person.person.residentId.isEmpty() &&
        p.person.person.phone.isEmpty())
        errors << RowError{u"name"_s, tr("请填写信访人。")};

    QString reason;
    p.draft.orgUnitId = placeFor(text(u"place"_s), &reason);
    if (!p.draft.orgUnitId)
        errors << RowError{u"place"_s, reason};
    if (!errors.isEmpty())
        return {};
    p.townshipId = townshipOf(p.draft.orgUnitId);

    // The steps from 登记 to the row's status, each dated by its column.
    const PetitionStatus status = *target;
    const QString result = text(u"result"_s);
    QDateTime last = p.draft.receivedAt;
    QString lastColumn = u"received_at"_s;
    const auto dated = [&](const QString &column, QDate day) {
        if (day > clock().now().date()) {
            errors << RowError{column, tr("“%1”不能晚于今天。").arg(header(column))};
            return QDateTime();
        }
        if (day < last.date()) {
            errors << RowError{column, tr("“%1”（%2）早于“%3”（%4），台账日期前后矛盾。")
                                           .arg(header(column), day.toString(Qt::ISODate), header(lastColumn),
                                                last.date().toString(Qt::ISODate))};
            return QDateTime();
        }
        last = day == last.date() ? last : QDateTime(day, QTime(0, 0));
        lastColumn = column;
        return last;
    };
    const auto dayOf = [&](const QString &column) {
        const int i = k.indexOf(column);
        if (!row.has(i))
            return QDate();
        if (column == u"accepted_at") {
            const QDateTime t = dateTime(text(column));
            if (!t.isValid())
                errors << RowError{column, tr("受理日期“%1”不是日期。").arg(text(column))};
            return t.date();
        }
        return row.date(i);
    };
    const auto add = [&](PetitionAction action, const QString &column, QDate day, PetitionActionInput input) {
        const QDateTime at = dated(column, day);
        if (!at.isValid())
            return;
        input.date = day;
        p.steps << PetitionHistoryStep{action, at, input};
        p.stepColumns << column;
    };
    const auto missing = [&](const QString &column) {
        errors << RowError{column, tr("状态为“%1”的信访件须填写“%2”。").arg(p.statusWord, header(column))};
    };
    const auto mustBeEmpty = [&](const QString &column) {
        if (has(column))
            errors << RowError{
                column, tr("状态为“%1”，却填写了“%2”：台账前后矛盾。").arg(p.statusWord, header(column))};
    };
    PetitionActionInput noted;
    noted.note = result;

    // 转送交办 first when the ledger names the unit (a transferred petition is accepted by that unit).
    const bool transferred = status == PetitionStatus::Transferred || has(u"transfer_unit"_s);
    if (transferred) {
        PetitionActionInput input = noted;
        if (!has(u"transfer_unit"_s))
            missing(u"transfer_unit"_s);
        else if (!(input.departmentId = departmentFor(text(u"transfer_unit"_s), p.draft.orgUnitId)))
            errors << RowError{u"transfer_unit"_s,
                               tr("没有名为“%1”的承办部门。").arg(text(u"transfer_unit"_s))};
        if (!has(u"transferred_at"_s))
            missing(u"transferred_at"_s);
        else
            add(PetitionAction::Transfer, u"transferred_at"_s, dayOf(u"transferred_at"_s), input);
    } else {
        mustBeEmpty(u"transferred_at"_s);
    }

    // How far along the handling chain the status lies (0: not on it).
    qsizetype reach = 0;
    bool conclude = false;
    for (qsizetype i = 0; i < qsizetype(std::size(handlingChain)); ++i)
        if (handlingChain[i].reached == status)
            reach = i + 1;
    if (status == PetitionStatus::Concluded) {
        // 办结 after the last delivery the ledger dates, or by the 复核意见's delivery itself.
        reach = has(u"recheck_delivered_at"_s) ? 9 : has(u"review_delivered_at"_s) ? 6 : 3;
        conclude = reach != 9;
    }
    const bool extended = statusCode == u"extended" || has(u"extension_days"_s);
    if (extended && reach == 0)
        errors << RowError{
            u"extension_days"_s,
            tr("状态为“%1”，却填写了“%2”：台账前后矛盾。").arg(p.statusWord, header(u"extension_days"_s))};
    qsizetype lastOpinion = -1;
    for (qsizetype i = 0; i < reach; ++i)
        if (PetitionWorkflow::documentFor(handlingChain[i].action) &&
            handlingChain[i].action != PetitionAction::Accept)
            lastOpinion = i;
    if (reach > 0) {
        for (qsizetype i = 0; i < qsizetype(std::size(handlingChain)); ++i) {
            const ChainStep &step = handlingChain[i];
            const QString column = QString::fromUtf16(step.column);
            if (i >= reach) {
                mustBeEmpty(column);
                continue;
            }
            QDate day = dayOf(column);
            const QString previousColumn = lastColumn;
            // 受理 on the day of receipt (or of the transfer) when the ledger gives no date.
            const bool defaulted = !day.isValid() && step.action == PetitionAction::Accept;
            if (defaulted)
                day = last.date();
            if (!day.isValid()) {
                missing(column);
                continue;
            }
            PetitionActionInput input;
            switch (step.action) {
            case PetitionAction::Reply:
            case PetitionAction::ReviewOpinion:
            case PetitionAction::RecheckOpinion:
                // The ledger's conclusion belongs to the last opinion it records.
                if (i == lastOpinion && has(u"decision"_s)) {
                    input.decision = fromCode<PetitionDecision>(text(u"decision"_s));
                    p.decision = input.decision;
                    p.opinionStep = p.steps.size();
                }
                input.result = result;
                break;
            case PetitionAction::Deliver:
                if (has(u"delivery"_s))
                    input.delivery = fromCode<DeliveryMethod>(text(u"delivery"_s));
                break;
            default:
                break; // the ledger's words go with the opinions and the conclusion, not every step
            }
            add(step.action, column, day, input);
            if (defaulted)
                lastColumn = previousColumn; // later dates are compared with the date the ledger gave
            if (step.action == PetitionAction::Accept && extended) {
                PetitionActionInput ext;
                ext.days = int(row.integer(k.indexOf(u"extension_days"_s)));
                ext.note = tr("延期%n天", nullptr, ext.days);
                if (!has(u"extension_days"_s))
                    missing(u"extension_days"_s);
                else if (!has(u"extended_at"_s))
                    missing(u"extended_at"_s);
                else if (ext.days < 1)
                    errors << RowError{u"extension_days"_s, tr("延期天数应为正整数。")};
                else
                    add(PetitionAction::Extend, u"extended_at"_s, dayOf(u"extended_at"_s), ext);
            }
        }
    } else {
        for (const ChainStep &step : handlingChain)
            if (step.action != PetitionAction::Accept)
                mustBeEmpty(QString::fromUtf16(step.column));
    }
    if (!extended)
        mustBeEmpty(u"extended_at"_s);
    if (lastOpinion < 0)
        mustBeEmpty(u"decision"_s);

    // The endings off the chain.
    const QDate decided = has(u"accepted_at"_s) ? dayOf(u"accepted_at"_s) : last.date();
    switch (status) {
    case PetitionStatus::NotAccepted:
    case PetitionStatus::NotReaccepted: {
        PetitionActionInput input;
        input.note = result.isEmpty() ? tr("台账未载明理由") : result;
        add(status == PetitionStatus::NotAccepted ? PetitionAction::Decline : PetitionAction::RefuseRepeat,
            u"accepted_at"_s, decided, input);
        mustBeEmpty(u"concluded_at"_s);
        break;
    }
    case PetitionStatus::SettledOnSpot: {
        PetitionActionInput input;
        input.result = result.isEmpty() ? tr("台账未载明化解情况") : result;
        mustBeEmpty(u"accepted_at"_s);
        add(PetitionAction::SettleOnSpot, u"concluded_at"_s,
            has(u"concluded_at"_s) ? dayOf(u"concluded_at"_s) : last.date(), input);
        break;
    }
    case PetitionStatus::Concluded:
        if (conclude) {
            if (!has(u"concluded_at"_s))
                missing(u"concluded_at"_s);
            else
                add(PetitionAction::Conclude, u"concluded_at"_s, dayOf(u"concluded_at"_s), noted);
        } else {
            mustBeEmpty(u"concluded_at"_s);
        }
        break;
    case PetitionStatus::Registered:
    case PetitionStatus::Transferred:
        mustBeEmpty(u"accepted_at"_s);
        mustBeEmpty(u"concluded_at"_s);
        break;
    default:
        mustBeEmpty(u"concluded_at"_s);
        break;
    }
    if (!errors.isEmpty())
        return {};

    // Known again by its number, else by what identifies the matter (stored data, the same in every
    // language).
    const QString identity =
        p.petitionNo.isEmpty()
            ? QString::fromLatin1(QCryptographicHash::hash(
                                      QStringList{p.draft.receivedAt.toString(Qt::ISODate),
                                                  QString::number(p.draft.orgUnitId), p.person.person.name,
                                                  p.person.person.residentId, p.draft.request}
                                          .join(u'\x1f')
                                          .toUtf8(),
                                      QCryptographicHash::Sha1)
                                      .toHex())
            : u"%1:%2"_s.arg(p.townshipId).arg(p.petitionNo); // a ledger number is the township's
    p.key = u"import:petitions:"_s + identity;

    // The ledger's own values as the row gives them; a blank cell corrects nothing.
    if (has(u"request"_s))
        p.ledger.insert(u"request"_s, p.draft.request);
    if (has(u"facts"_s))
        p.ledger.insert(u"facts"_s, p.draft.facts);
    if (has(u"head_count"_s))
        p.ledger.insert(u"head_count"_s, p.draft.headCount);
    if (has(u"channel"_s))
        p.ledger.insert(u"channel"_s, code(p.draft.channel));
    if (has(u"type"_s))
        p.ledger.insert(u"type"_s, code(p.draft.type));
    for (const QString &key : {u"name"_s, u"phone"_s, u"address"_s, u"result"_s})
        if (has(key))
            p.ledger.insert(key, key == u"phone" ? p.person.person.phone : text(key));
    return p;
}

void PetitionImporter::replanAsTablesGrow()
{
    // PostgreSQL keeps the plans of the server's checks (foreign keys, guards, policies, triggers) for the
    // session. Made while the petition tables were nearly empty, they scan whole tables, and this import's
    // own transaction grows the tables row by row: at 1,000 rows each foreign-key check of a flow, clock or
    // document row read every petition (1.5 ms), so a new township's ledger took quadratic time. Plans
    // made again as the tables grow (no lock taken; the same checks run) look rows up by index.
    if (database().isPostgres() &&
        (m_rowsTried == 50 || m_rowsTried == 400 || m_rowsTried == 3200 || m_rowsTried == 25600))
        Query::run(database(), u"DISCARD PLANS"_s);
    ++m_rowsTried;
}

UpsertOutcome PetitionImporter::upsert(const std::any &record)
{
    replanAsTablesGrow();
    const auto &p = std::any_cast<const ImportedPetition &>(record);
    qint64 id = 0;
    if (!p.petitionNo.isEmpty())
        id = Query(database(), u"SELECT id FROM petitions WHERE township_id = ? AND petition_no = ?"_s)
                 .bind(p.townshipId)
                 .bind(p.petitionNo)
                 .scalar()
                 .toLongLong();
    if (id == 0)
        id = Query(database(), u"SELECT id FROM petitions WHERE idempotency_key = ?"_s)
                 .bind(p.key)
                 .scalar()
                 .toLongLong();
    if (!m_calendar)
        m_calendar = CalendarRepository(database()).load();
    PetitionService service(database(), clock(), *m_calendar);
    PetitionLedgerWalk ledger(database(), clock(), service);
    if (id == 0) {
        try {
            id = service
                     .registerPetition(p.draft, {p.person}, actor(), std::nullopt, p.key, p.draft.receivedAt)
                     .id;
        } catch (const Error &e) {
            // The ledger number's key held by a petition out of the account's sight (another township's).
            if (e.kind() == Error::Kind::Validation && !p.petitionNo.isEmpty() &&
                e.detail().contains(u"idempotency_key"_s))
                throw Error(Error::Kind::Validation,
                            tr("信访编号“%1”已被另一件信访使用。").arg(p.petitionNo));
            throw;
        }
        if (!p.petitionNo.isEmpty())
            ledger.keepNumber(id, p.petitionNo, actor());
        if (!p.steps.isEmpty())
            ledger.walk(id, p.steps, actor());
        ledger.rememberLedgerRow(
            id, QString::fromUtf8(QJsonDocument(p.ledger).toJson(QJsonDocument::Compact)), actor());
        return UpsertOutcome::Inserted;
    }

    // Stored before: on along the row's path from where the petition stands, never back. A number held
    // by another matter (another township's, or received on another day) is a clash.
    PetitionRepository repo(database(), actor());
    const auto stored = repo.get(id);
    if (!stored)
        throw Error(Error::Kind::Validation, tr("信访编号“%1”已被另一件信访使用。").arg(p.petitionNo));
    if (stored->receivedAt.date() != p.draft.receivedAt.date())
        throw Error(Error::Kind::Validation,
                    tr("信访编号“%1”在系统中是另一件信访（%2 登记），与本行的登记日期（%3）不符。")
                        .arg(stored->petitionNo, stored->receivedAt.date().toString(Qt::ISODate),
                             p.draft.receivedAt.date().toString(Qt::ISODate)));
    const QList<PetitionFlowEntry> flow = repo.flow(id);
    const bool storedExtension = std::any_of(flow.cbegin(), flow.cend(), [](const PetitionFlowEntry &f) {
        return f.actionCode == code(PetitionAction::Extend);
    });
    QList<PetitionStatus> reached{PetitionStatus::Registered};
    for (const PetitionHistoryStep &step : p.steps)
        reached << PetitionWorkflow::target(step.action, reached.last()).value_or(reached.last());
    qsizetype done = -1;
    for (qsizetype i = reached.size() - 1; i >= 0; --i) {
        if (reached[i] == stored->status) {
            done = i;
            break;
        }
    }
    // An extension the petition has not had is still to come.
    if (done > 0 && p.steps[done - 1].action == PetitionAction::Extend && !storedExtension)
        --done;
    if (done < 0)
        throw Error(Error::Kind::InvalidState,
                    tr("信访件 %1 在系统中已是“%2”，台账中为“%3”：状态不能倒退，也不能改走其他办理流程。")
                        .arg(stored->petitionNo, label(stored->status), p.statusWord));

    // The steps already walked keep their dates: the flow rows, the clocks met and started on them and the
    // documents dated by them cannot be walked again (the flow is append-only), so a ledger that dates such
    // a step otherwise is refused, naming the column. Steps the program took besides are passed over.
    const auto ledgerStep = [](const PetitionFlowEntry &f) {
        return f.actionCode != code(PetitionAction::Register) &&
               f.actionCode != PetitionLedgerWalk::correctionAction() &&
               fromCode<PetitionAction>(f.actionCode);
    };
    qsizetype walked = 0;
    for (qsizetype i = 0; i < done; ++i) {
        const PetitionHistoryStep &step = p.steps.at(i);
        while (walked < flow.size() &&
               (!ledgerStep(flow.at(walked)) || flow.at(walked).actionCode != code(step.action)))
            ++walked;
        if (walked == flow.size())
            break;
        const QDate storedDay = flow.at(walked++).at.date();
        if (storedDay != step.at.date())
            throw Error(Error::Kind::Validation,
                        tr("台账中“%1”为 %2，系统中这一步已按 %3 办理：已办理步骤的日期不能通过导入更改"
                           "（办理流程和期限据此计算），请在系统中核对。")
                            .arg(kind().column(p.stepColumns.at(i)).header,
                                 step.at.date().toString(Qt::ISODate), storedDay.toString(Qt::ISODate)));
    }
    if (p.decision && p.opinionStep >= 0 && p.opinionStep < done && stored->decision != p.decision)
        throw Error(Error::Kind::Validation,
                    tr("台账中的“处理意见”为“%1”，系统中已按“%2”答复：答复已记入文书，不能通过导入更改，"
                       "请在系统中核对。")
                        .arg(label(*p.decision), stored->decision ? label(*stored->decision) : tr("未载明")));

    // The ledger's own values: compared with what the last import remembered (or, for a petition imported
    // before that was remembered, with the petition as stored). A value the ledger corrected is updated when
    // nobody changed it in the program since; one the program changed meanwhile is not overwritten.
    // The ledger's 信访人: the petitioner, or for a group visit its (first) representative.
    const Person *petitioner = nullptr;
    for (const PetitionPerson &person : stored->persons)
        if (person.role == PetitionPersonRole::Petitioner && !petitioner)
            petitioner = &person.person;
    for (const PetitionPerson &person : stored->persons)
        if (person.role == PetitionPersonRole::Representative && !petitioner)
            petitioner = &person.person;
    const QJsonObject now = storedValues(*stored, petitioner);
    const QString remembered = ledger.storedLedgerRow(id);
    const QJsonObject base =
        remembered.isEmpty() ? now : QJsonDocument::fromJson(remembered.toUtf8()).object();
    if (petitioner && p.ledger.contains(u"name"_s) && !p.person.person.residentId.isEmpty() &&
        petitioner->residentId != p.person.person.residentId)
        throw Error(Error::Kind::Validation,
                    tr("本行的身份证号与系统中这件信访的信访人不同：信访人按身份证号识别，不能通过导入更换，"
                       "请在系统中核对。"));
    PetitionLedgerCorrection correction;
    QJsonObject remember = base;
    for (const char16_t *field : ledgerFields) {
        const QString key = QString::fromUtf16(field);
        if (!p.ledger.contains(key))
            continue;
        const QJsonValue given = p.ledger.value(key);
        remember.insert(key, given);
        const QJsonValue before = base.contains(key) ? base.value(key) : now.value(key);
        if (given == before)
            continue; // the ledger says what it said: whatever the program made of it stands
        const QString header = kind().column(key).header;
        if (key == u"result") {
            if (remembered.isEmpty())
                continue; // imported before the ledger's words were remembered: nothing to compare with
            correction.result = given.toString();
            correction.changed << header;
            continue;
        }
        if (!now.contains(key))
            continue; // no petitioner stored to correct
        if (now.value(key) == given)
            continue; // already so in the program
        if (now.value(key) != before)
            throw Error(
                Error::Kind::Validation,
                tr("“%1”在导入后已在系统中修改，与台账的更正不同：本行未导入，请在系统中核对。").arg(header));
        if (key == u"type" && stored->status != PetitionStatus::Registered &&
            stored->status != PetitionStatus::Transferred)
            throw Error(Error::Kind::Validation,
                        tr("已受理的信访件不能通过导入更改“%1”：办理期限按信访类型计算，请在系统中核对。")
                            .arg(header));
        correction.changed << header;
        if (key == u"request")
            correction.request = given.toString();
        else if (key == u"facts")
            correction.facts = given.toString();
        else if (key == u"head_count")
            correction.headCount = given.toInt();
        else if (key == u"channel")
            correction.channel = fromCode<PetitionChannel>(given.toString());
        else if (key == u"type")
            correction.type = fromCode<PetitionType>(given.toString());
        else if (key == u"name")
            correction.name = given.toString();
        else if (key == u"phone")
            correction.phone = given.toString();
        else if (key == u"address")
            correction.address = given.toString();
    }

    bool updated = false;
    if (done < p.steps.size()) {
        QDateTime lastAt;
        for (const PetitionFlowEntry &f : flow)
            if (ledgerStep(f) && (!lastAt.isValid() || f.at > lastAt))
                lastAt = f.at;
        const PetitionHistoryStep &next = p.steps[done];
        if (lastAt.isValid() && next.at.date() < lastAt.date())
            throw Error(Error::Kind::Validation,
                        tr("台账中“%1”的日期（%2）早于系统中这件信访最后一次办理的日期（%3）。")
                            .arg(label(next.action), next.at.date().toString(Qt::ISODate),
                                 lastAt.date().toString(Qt::ISODate)));
        ledger.walk(id, p.steps.mid(done), actor());
        updated = true;
    }
    if (!correction.changed.isEmpty()) {
        if (petitioner) {
            correction.personId = petitioner->id;
            correction.personVersion = petitioner->version;
        }
        correction.ledgerRow = QString::fromUtf8(QJsonDocument(remember).toJson(QJsonDocument::Compact));
        ledger.correct(id, repo.get(id)->version, correction, actor());
        m_updates << ImportUpdate{p.row, stored->petitionNo, correction.changed};
        updated = true;
    }
    return updated ? UpsertOutcome::Updated : UpsertOutcome::Unchanged;
}

} // namespace zz
