// The petition ledger (信访台账) as an export kind: the petitions import template's own columns, in its
// order and cell forms, so that the file goes back in through the import; after them what the board
// shows besides (township, 首次/重复, the clocks' due dates), under headers the import does not read.
#include "Error.h"
#include "ListExport.h"
#include "Permissions.h"
#include "ReferenceRepositories.h"
#include "petition/PetitionLedgerRows.h"
#include "petition/PetitionLedgerWalk.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

constexpr int ledgerPageSize = 1000; // the board's largest page: five statements per thousand rows
constexpr qint64 ledgerMaxRows = 1000000;

// The words the petitions import reads (PetitionImporter::describe(): each choice's first word). They
// are the template's values, written in Chinese whatever the program's language, like its headers.
QString channelWord(PetitionChannel c)
{
    switch (c) {
    case PetitionChannel::Visit:
        return u"走访"_s;
    case PetitionChannel::Letter:
        return u"来信"_s;
    case PetitionChannel::Phone:
        return u"电话"_s;
    case PetitionChannel::Online:
        return u"网络"_s;
    case PetitionChannel::Fax:
        return u"传真"_s;
    }
    return {};
}

QString typeWord(PetitionType t)
{
    switch (t) {
    case PetitionType::Suggestion:
        return u"建议意见"_s;
    case PetitionType::Accusation:
        return u"检举控告"_s;
    case PetitionType::Claim:
        return u"申诉求决"_s;
    }
    return {};
}

QString statusWord(PetitionStatus s)
{
    switch (s) {
    case PetitionStatus::Registered:
        return u"登记"_s;
    case PetitionStatus::Transferred:
        return u"转送交办"_s;
    case PetitionStatus::Handling:
        return u"办理中"_s;
    case PetitionStatus::Replied:
        return u"已答复"_s;
    case PetitionStatus::Delivered:
        return u"已送达"_s;
    case PetitionStatus::UnderReview:
        return u"复查中"_s;
    case PetitionStatus::ReviewReplied:
        return u"复查已答复"_s;
    case PetitionStatus::ReviewDelivered:
        return u"复查已送达"_s;
    case PetitionStatus::UnderRecheck:
        return u"复核中"_s;
    case PetitionStatus::RecheckReplied:
        return u"复核已答复"_s;
    case PetitionStatus::Concluded:
        return u"办结"_s;
    case PetitionStatus::SettledOnSpot:
        return u"当场化解"_s;
    case PetitionStatus::NotAccepted:
        return u"不予受理"_s;
    case PetitionStatus::NotReaccepted:
        return u"不再受理"_s;
    case PetitionStatus::ConvertedToCase:
        return u"转为事件"_s;
    }
    return {};
}

QString decisionWord(PetitionDecision d)
{
    switch (d) {
    case PetitionDecision::Support:
        return u"予以支持"_s;
    case PetitionDecision::Explain:
        return u"解释说明"_s;
    case PetitionDecision::Reject:
        return u"不予支持"_s;
    }
    return {};
}

QString deliveryWord(DeliveryMethod m)
{
    switch (m) {
    case DeliveryMethod::InPerson:
        return u"直接送达"_s;
    case DeliveryMethod::Mail:
        return u"邮寄送达"_s;
    case DeliveryMethod::Electronic:
        return u"电子送达"_s;
    case DeliveryMethod::Left:
        return u"留置送达"_s;
    case DeliveryMethod::Announcement:
        return u"公告送达"_s;
    }
    return {};
}

// A flow row's own words: the ledger walk writes "据信访台账补录" on the first line of each step it
// records, the words the ledger gave after it.
QString flowWords(const QString &note)
{
    const qsizetype eol = note.indexOf(u'\n');
    const QString first = eol < 0 ? note : note.left(eol);
    if (first == u"据信访台账补录" || first == PetitionLedgerWalk::tr("据信访台账补录"))
        return eol < 0 ? QString() : note.mid(eol + 1).trimmed();
    return note.trimmed();
}

QVariant dayCell(QDate d)
{
    return d.isValid() ? QVariant(d) : QVariant();
}

// The ledger's dated steps as the import reads them back, from the flow.
struct LedgerSteps
{
    QDate accepted, transferred, extended, replied, delivered, reviewRequested, reviewReplied,
        reviewDelivered, recheckRequested, recheckReplied, recheckDelivered, concluded;
    QString result;
    bool opinion = false; // a 答复, 复查意见 or 复核意见 was given (the 处理意见 belongs to it)
};

// The steps from the flow; a delivery on the day its document says it was delivered (the flow row is
// written when it is recorded, which may be later).
LedgerSteps stepsOf(const QList<PetitionFlowEntry> &flow, const QList<PetitionDocumentRecord> &delivered)
{
    LedgerSteps s;
    for (const PetitionFlowEntry &f : flow) {
        const std::optional<PetitionAction> action = fromCode<PetitionAction>(f.actionCode);
        if (!action)
            continue; // links, corrections, documents: not the ledger's steps
        const QDate day = f.at.date();
        bool words = false;
        switch (*action) {
        case PetitionAction::Accept:
            s.accepted = day;
            break;
        case PetitionAction::Decline:
        case PetitionAction::RefuseRepeat:
            s.accepted = day;
            words = true;
            break;
        case PetitionAction::Transfer:
            s.transferred = day;
            words = true;
            break;
        case PetitionAction::Extend:
            s.extended = day;
            break;
        case PetitionAction::Reply:
            s.replied = day;
            s.opinion = words = true;
            break;
        case PetitionAction::Deliver:
            if (f.fromStatus == PetitionStatus::ReviewReplied)
                s.reviewDelivered = day;
            else if (f.fromStatus == PetitionStatus::RecheckReplied)
                s.recheckDelivered = day;
            else
                s.delivered = day;
            break;
        case PetitionAction::RequestReview:
            s.reviewRequested = day;
            break;
        case PetitionAction::ReviewOpinion:
            s.reviewReplied = day;
            s.opinion = words = true;
            break;
        case PetitionAction::RequestRecheck:
            s.recheckRequested = day;
            break;
        case PetitionAction::RecheckOpinion:
            s.recheckReplied = day;
            s.opinion = words = true;
            break;
        case PetitionAction::Conclude:
        case PetitionAction::SettleOnSpot:
            s.concluded = day;
            words = true;
            break;
        default:
            break; // 登记, 异议, 听证, 重新办理, 转为事件: no column of the ledger
        }
        if (words) {
            const QString w = flowWords(f.note);
            if (!w.isEmpty())
                s.result = w;
        }
    }
    for (const PetitionDocumentRecord &d : delivered) {
        QDate *day = d.kind == DocumentKind::HandlingOpinion  ? &s.delivered
                     : d.kind == DocumentKind::ReviewOpinion  ? &s.reviewDelivered
                     : d.kind == DocumentKind::RecheckOpinion ? &s.recheckDelivered
                                                              : nullptr;
        if (day && day->isValid())
            *day = d.deliveredOn;
    }
    return s;
}

QDate dueOf(const QList<PetitionClockRecord> &clocks, ClockKind kind)
{
    QDate due;
    for (const PetitionClockRecord &c : clocks)
        if (c.value.kind == kind)
            due = c.value.due; // the newest of its kind, extensions and pauses applied
    return due;
}

int extensionDays(const QList<PetitionClockRecord> &clocks)
{
    int days = 0;
    for (const PetitionClockRecord &c : clocks)
        if (c.value.kind == ClockKind::Handling)
            days = c.value.extensionDays;
    return days;
}

} // namespace

ExportTable ListExport::petitions(const ExportContext &cx)
{
    if (!Permissions::allows(cx.actor.roles, Permission::ViewPetitions))
        throw Error(Error::Kind::Forbidden, tr("当前账号不能导出信访台账。"));
    ExportTable t;
    t.sheetName = tr("信访台账");
    t.title = tr("信访台账");
    // The petitions import template's headers, untranslated as the import reads them.
    t.columns = {{u"信访编号"_s, ColumnType::Code},     {u"登记日期"_s, ColumnType::DateTime},
                 {u"信访形式"_s, ColumnType::Text},     {u"信访类型"_s, ColumnType::Text},
                 {u"信访人"_s, ColumnType::Text},       {u"身份证号"_s, ColumnType::Code},
                 {u"联系电话"_s, ColumnType::Code},     {u"住址"_s, ColumnType::Text},
                 {u"人数"_s, ColumnType::Integer},      {u"诉求"_s, ColumnType::Text},
                 {u"事实与理由"_s, ColumnType::Text},   {u"问题发生地"_s, ColumnType::Text},
                 {u"状态"_s, ColumnType::Text},         {u"受理日期"_s, ColumnType::Date},
                 {u"转送交办单位"_s, ColumnType::Text}, {u"转送交办日期"_s, ColumnType::Date},
                 {u"延期天数"_s, ColumnType::Integer},  {u"延期日期"_s, ColumnType::Date},
                 {u"处理意见"_s, ColumnType::Text},     {u"办理结果"_s, ColumnType::Text},
                 {u"答复日期"_s, ColumnType::Date},     {u"送达日期"_s, ColumnType::Date},
                 {u"送达方式"_s, ColumnType::Text},     {u"复查申请日期"_s, ColumnType::Date},
                 {u"复查意见日期"_s, ColumnType::Date}, {u"复查送达日期"_s, ColumnType::Date},
                 {u"复核申请日期"_s, ColumnType::Date}, {u"复核意见日期"_s, ColumnType::Date},
                 {u"复核送达日期"_s, ColumnType::Date}, {u"办结日期"_s, ColumnType::Date}};
    // What the board shows besides, read only (the import ignores these headers).
    t.columns +=
        QList<TableColumn>{{tr("所属乡镇"), ColumnType::Text},     {tr("首次/重复"), ColumnType::Text},
                           {tr("受理告知期限"), ColumnType::Date}, {tr("办结期限"), ColumnType::Date},
                           {tr("复查申请截止"), ColumnType::Date}, {tr("复查答复期限"), ColumnType::Date},
                           {tr("复核申请截止"), ColumnType::Date}, {tr("复核答复期限"), ColumnType::Date},
                           {tr("期限状态"), ColumnType::Text}};

    PetitionBoardFilter filter = cx.filter.petitions.value_or(PetitionBoardFilter{});
    if (cx.scopeOrgUnitId > 0 && cx.scopeOrgUnitId != cx.actor.orgUnitId)
        filter.orgUnitId = cx.scopeOrgUnitId;
    QStringList extra;
    if (!filter.statuses.isEmpty()) {
        QStringList names;
        for (const PetitionStatus s : std::as_const(filter.statuses))
            names << label(s);
        extra << tr("状态：%1").arg(names.join(enumerationSeparator()));
    } else if (filter.openOnly) {
        extra << tr("状态：未办结");
    }
    if (filter.type)
        extra << tr("类别：%1").arg(label(*filter.type));
    if (filter.channel)
        extra << tr("信访形式：%1").arg(label(*filter.channel));
    if (filter.repeatOnly)
        extra << tr("只含重复信访");
    if (!filter.number.trimmed().isEmpty())
        extra << tr("信访编号：%1").arg(filter.number.trimmed());
    if (filter.drill)
        extra << tr("统计口径：%1").arg(filter.drill->description);
    t.filterLines = filterLines(cx, extra);

    t.rows = [cx, filter](const std::function<void(const QVariantList &)> &put) {
        QHash<qint64, OrgUnit> units;
        QHash<QString, int> nameCount;
        for (const OrgUnit &u : OrgUnitRepository(cx.db).all()) {
            units.insert(u.id, u);
            ++nameCount[u.name];
        }
        // The import finds the place by name or code: a name two units share is written as the code.
        const auto place = [&](qint64 id) {
            const OrgUnit u = units.value(id);
            return nameCount.value(u.name) > 1 ? u.code : u.name;
        };
        const auto township = [&](qint64 id) {
            for (qint64 at = id; at > 0 && units.contains(at); at = units.value(at).parentId)
                if (units.value(at).level <= OrgLevel::Township)
                    return units.value(at).name;
            return QString();
        };
        const QDate today = cx.clock.now().date();
        const PetitionLedgerRows reader(cx.db, cx.actor);
        // Newest receipt first, as the board lists them; a period starts after its last day.
        std::optional<PetitionBoardKey> after;
        if (cx.filter.to.isValid())
            after = PetitionBoardKey{QDateTime(cx.filter.to.addDays(1), QTime(0, 0)), 0};
        const QDateTime from =
            cx.filter.from.isValid() ? QDateTime(cx.filter.from, QTime(0, 0)) : QDateTime();
        qint64 written = 0;
        while (written < ledgerMaxRows) {
            const QList<PetitionLedgerRow> rows = reader.page(filter, ledgerPageSize, today, after);
            for (const PetitionLedgerRow &r : rows) {
                if (from.isValid() && r.board.receivedAt < from)
                    return;
                const PetitionRecord &p = r.petition;
                const LedgerSteps s = stepsOf(r.flow, r.delivered);
                const Person person = r.petitioner.value_or(Person{});
                const int extension = extensionDays(r.clocks);
                QString clockState;
                if (r.board.clockState)
                    clockState = label(*r.board.clockState);
                put({p.petitionNo,
                     p.receivedAt,
                     channelWord(p.channel),
                     typeWord(p.type),
                     cx.maskName(person.name),
                     cx.maskId(person.residentId),
                     cx.maskPhone(person.phone),
                     person.address,
                     p.headCount,
                     p.request,
                     p.facts,
                     place(p.orgUnitId),
                     statusWord(p.status),
                     dayCell(s.accepted),
                     s.transferred.isValid() ? r.departmentName : QString(),
                     dayCell(s.transferred),
                     extension > 0 ? QVariant(extension) : QVariant(),
                     extension > 0 ? dayCell(s.extended) : QVariant(),
                     s.opinion && p.decision ? decisionWord(*p.decision) : QString(),
                     s.result,
                     dayCell(s.replied),
                     dayCell(s.delivered),
                     r.delivery ? deliveryWord(*r.delivery) : QString(),
                     dayCell(s.reviewRequested),
                     dayCell(s.reviewReplied),
                     dayCell(s.reviewDelivered),
                     dayCell(s.recheckRequested),
                     dayCell(s.recheckReplied),
                     dayCell(s.recheckDelivered),
                     dayCell(s.concluded),
                     township(p.orgUnitId),
                     p.repeat ? tr("重复") : tr("首次"),
                     dayCell(dueOf(r.clocks, ClockKind::AcceptanceNotice)),
                     dayCell(dueOf(r.clocks, ClockKind::Handling)),
                     dayCell(dueOf(r.clocks, ClockKind::ReviewRequest)),
                     dayCell(dueOf(r.clocks, ClockKind::ReviewAnswer)),
                     dayCell(dueOf(r.clocks, ClockKind::RecheckRequest)),
                     dayCell(dueOf(r.clocks, ClockKind::RecheckAnswer)),
                     clockState});
                ++written;
            }
            if (rows.size() < ledgerPageSize)
                break;
            after = PetitionBoardKey{rows.constLast().board.receivedAt, rows.constLast().board.id};
        }
    };
    return t;
}

} // namespace zz
