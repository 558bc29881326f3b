#include "HotlineImporter.h"

#include "Error.h"
#include "HotlineCodes.h"
#include "Validators.h"

using namespace Qt::StringLiterals;

namespace zz {

namespace {

ImportType typeOf(const QString &key)
{
    if (key == u"order_no")
        return ImportType::Code;
    if (key == u"caller_phone")
        return ImportType::Phone;
    if (key == u"caller_id")
        return ImportType::ResidentId;
    return ImportType::Text;
}

QString exampleOf(const QString &key)
{
    static const QHash<QString, QString> examples{
        {u"order_no"_s, u"GD202502100123"_s},
        {u"called_at"_s, u"2025-02-10 08:45"_s},
        {u"caller_name"_s, u"王五"_s},
        {u"caller_phone"_s, u"13700000000"_s},
        {u"content"_s, u"反映小区楼上住户深夜噪音扰民"_s},
        {u"category1"_s, u"矛盾纠纷"_s},
        {u"category2"_s, u"邻里纠纷"_s},
        {u"place"_s, u"上溪村"_s},
        {u"unit"_s, u"上溪镇人民政府"_s},
        {u"status"_s, u"转办"_s},
    };
    return examples.value(key);
}

} // namespace

ImportKind HotlineImporter::describe()
{
    ImportKind k;
    k.id = u"hotline-orders"_s;
    k.title = tr("12345 工单");
    k.description =
        tr("12345 热线导出的工单：按工单编号在全县内识别，重复导入只更新状态；工单状态、办理结果和满意度"
           "对应到办理流程，办理时限为 5 个工作日；来电人已有同类别或同地点在办案件的工单会被标出。");
    for (const HotlineCodes::Column &c : HotlineCodes::columns()) {
        ImportColumn column{c.key, c.header, c.aliases, typeOf(c.key), c.required, exampleOf(c.key), {}, {}};
        if (c.key == u"place")
            column.note = tr("村(社区)或乡镇的名称；留空时按承办单位中的乡镇名或本账号的乡镇");
        else if (c.key == u"status")
            column.note = tr("如 待受理、转办、办理中、督办、已办结、回访复核、已回访、退单");
        else if (c.key == u"satisfaction")
            column.note = tr("非常满意、满意、理解、不满意");
        else if (c.key == u"closed_at")
            column.note = tr("已回访、已结案的工单必填");
        k.columns << column;
    }
    k.naturalKey = {u"order_no"_s};
    k.permission = Permission::ImportHotlineOrders;
    return k;
}

HotlineImporter::HotlineImporter(const Database &db, const Clock &clock, const Actor &actor)
    : CaseImporter(db, clock, actor, describe(), CaseImportService::Kind::Hotline)
{}

void HotlineImporter::begin()
{
    CaseImporter::begin();
    m_flags.clear();
}

std::any HotlineImporter::convert(const ImportRow &row, RowErrors &errors)
{
    const ImportKind &k = kind();
    const auto text = [&](const QString &key) { return row.text(k.indexOf(key)); };
    const auto has = [&](const QString &key) { return row.has(k.indexOf(key)); };

    ImportedCase c;
    c.row = row.number;
    c.orderNo = text(u"order_no"_s);
    c.source = CaseSource::Hotline12345;
    c.receivedAt = dateTime(text(u"called_at"_s));
    if (!c.receivedAt.isValid())
        errors << RowError{u"called_at"_s, tr("来电时间“%1”不是日期。").arg(text(u"called_at"_s))};
    c.description = text(u"content"_s);
    c.title = c.description.left(30);
    c.address = text(u"address"_s);
    if (has(u"caller_name"_s) || has(u"caller_phone"_s) || has(u"caller_id"_s)) {
        CaseParty p;
        p.role = PartyRole::Reporter;
        p.name = text(u"caller_name"_s);
        p.phone = text(u"caller_phone"_s);
        p.residentId = text(u"caller_id"_s);
        if (p.name.isEmpty())
            p.name = u"来电人"_s; // stored data, not a label: the same in every language
        c.parties << p;
    }

    c.categoryId = categoryFor(text(u"category2"_s));
    if (!c.categoryId)
        c.categoryId = categoryFor(text(u"category1"_s));
    if (!c.categoryId)
        c.categoryId = categoryFor(u"其他"_s); // a category of that name, when the county keeps one
    if (!c.categoryId)
        errors << RowError{u"category2"_s,
                           tr("分类“%1”没有对应的事件类别。")
                               .arg(QStringList{text(u"category1"_s), text(u"category2"_s)}.join(u'/'))};

    // The place: the village or township named, else the township the handling unit names, else the
    // account's own township (or village).
    QString reason;
    if (has(u"place"_s)) {
        c.orgUnitId = placeFor(text(u"place"_s), &reason);
    } else if (const qint64 t = townshipMentionedIn(text(u"unit"_s) + u' ' + c.address)) {
        c.orgUnitId = t;
    } else if (townshipOf(actor().orgUnitId) > 0) {
        c.orgUnitId = actor().orgUnitId;
    } else {
        reason = tr("无法确定工单所属的乡镇(街道)，请填写“所属村社”。");
    }
    if (!c.orgUnitId)
        errors << RowError{u"place"_s, reason};

    c.hotlineStatus = text(u"status"_s);
    c.hotlineResult = text(u"result"_s);
    c.hotlineSatisfaction = text(u"satisfaction"_s);
    c.hotlineUnit = text(u"unit"_s);
    bool statusKnown = false;
    try {
        const HotlineOutcome o =
            HotlineCodes::outcome(c.hotlineStatus, c.hotlineResult, c.hotlineSatisfaction);
        c.status = o.status;
        c.supervise = o.supervise;
        c.satisfaction = o.satisfaction;
        c.disputeSettled = o.disputeSettled;
        statusKnown = true;
    } catch (const Error &e) {
        errors << RowError{u"status"_s, e.message()};
    }
    if (has(u"due_at"_s)) {
        c.deadline = dateTime(text(u"due_at"_s));
        if (!c.deadline.isValid())
            errors << RowError{u"due_at"_s, tr("办结时限“%1”不是日期。").arg(text(u"due_at"_s))};
        else if (c.deadline.time() == QTime(0, 0))
            c.deadline.setTime(QTime(23, 59, 59));
    }
    if (has(u"closed_at"_s)) {
        c.closedAt = dateTime(text(u"closed_at"_s));
        if (!c.closedAt.isValid())
            errors << RowError{u"closed_at"_s, tr("办结时间“%1”不是日期。").arg(text(u"closed_at"_s))};
    }
    if (statusKnown && c.status == CaseStatus::Closed && !c.closedAt.isValid() && !has(u"closed_at"_s))
        errors << RowError{u"closed_at"_s, tr("已回访或已结案的工单须有办结时间。")};
    if (c.status == CaseStatus::Feedback)
        c.feedbackAt = c.closedAt;
    if (c.status != CaseStatus::Closed)
        c.closedAt = {};
    if (!errors.isEmpty())
        return {};
    return c;
}

void HotlineImporter::stored(const PendingRow &row, const ImportRowResult &result)
{
    if ((result.flaggedCaseId == 0 && result.flaggedPetitionId == 0) || !row.error.isEmpty())
        return;
    const ImportedCase &c = std::any_cast<const ImportedCase &>(row.record);
    QString caller;
    for (const CaseParty &p : c.parties) {
        if (p.role != PartyRole::Reporter)
            continue;
        QStringList parts{p.name.isEmpty() ? QString() : Masking::name(p.name)};
        if (!p.phone.isEmpty())
            parts << Masking::phone(p.phone);
        parts.removeAll(QString());
        caller = parts.join(u' ');
        break;
    }
    m_flags << ImportFlag{row.number,
                          c.orderNo,
                          result.caseNo,
                          caller,
                          result.flaggedCaseId ? result.flaggedCaseNo : result.flaggedPetitionNo,
                          result.flagReason};
}

} // namespace zz
