#include "PetitionImporter.h"

#include "Database.h"
#include "Error.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "Validators.h"
#include "petition/PetitionRepository.h"
#include "petition/PetitionService.h"

#include <QCryptographicHash>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

struct ImportedPetition
{
    int row = 0;
    QString petitionNo;
    QString key; // the registration's idempotency key
    PetitionRecord draft;
    PetitionPersonInput person;
    bool accept = false; // 受理: accepted on `acceptedOn` after registration
    QDate acceptedOn;
};

// The words of the statuses a ledger row may carry (stored data compared, the same in every language).
bool isRegisteredWord(const QString &s)
{
    return s.isEmpty() || s == u"登记" || s == u"已登记";
}

bool isAcceptedWord(const QString &s)
{
    return s == u"受理" || s == u"已受理" || s == u"办理中";
}

} // namespace

ImportKind PetitionImporter::describe()
{
    ImportKind k;
    k.id = u"petitions"_s;
    k.title = tr("历史信访台账");
    k.description =
        tr("以往登记的信访件：按登记日期登记入册，信访人按身份证号在乡镇内识别，首次或重复自动判断；"
           "目前只导入状态为“登记”或“受理”(办理中)的信访件；重复导入不会重复登记。");
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
         tr("留空时由系统编号；填写时用于识别已导入的信访件"),
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
         {u"办理状态"_s},
         ImportType::Text,
         false,
         u"受理"_s,
         tr("登记，或受理(办理中)；留空为登记。其他状态暂不能导入"),
         {}},
        {u"accepted_at"_s,
         u"受理日期"_s,
         {u"受理时间"_s},
         ImportType::Text,
         false,
         u"2024-11-06"_s,
         tr("状态为受理时填写；留空时按登记日期"),
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
    return {u"petitions"_s,     u"petition_persons"_s, u"persons"_s,
            u"petition_flow"_s, u"petition_clocks"_s,  u"petition_documents"_s};
}

void PetitionImporter::begin()
{
    CaseImporter::begin();
    m_calendar = CalendarRepository(database()).load();
}

std::any PetitionImporter::convert(const ImportRow &row, RowErrors &errors)
{
    const ImportKind &k = kind();
    const auto text = [&](const QString &key) { return row.text(k.indexOf(key)).trimmed(); };
    const auto has = [&](const QString &key) { return row.has(k.indexOf(key)); };

    ImportedPetition p;
    p.row = row.number;
    p.petitionNo = text(u"petition_no"_s);

    const QString status = text(u"status"_s);
    p.accept = isAcceptedWord(status);
    if (!p.accept && !isRegisteredWord(status))
        errors << RowError{
            u"status"_s,
            tr("状态为“%1”的信访件暂不能导入：目前只导入“登记”或“受理”状态的信访件。").arg(status)};

    p.draft.receivedAt = dateTime(text(u"received_at"_s));
    if (!p.draft.receivedAt.isValid())
        errors << RowError{u"received_at"_s, tr("登记日期“%1”不是日期。").arg(text(u"received_at"_s))};
    else if (p.draft.receivedAt > clock().now())
        errors << RowError{u"received_at"_s, tr("登记日期不能晚于今天。")};

    if (p.accept && p.draft.receivedAt.isValid()) {
        p.acceptedOn = p.draft.receivedAt.date();
        if (has(u"accepted_at"_s)) {
            const QDateTime accepted = dateTime(text(u"accepted_at"_s));
            if (!accepted.isValid())
                errors << RowError{u"accepted_at"_s,
                                   tr("受理日期“%1”不是日期。").arg(text(u"accepted_at"_s))};
            else if (accepted.date() < p.draft.receivedAt.date() || accepted.date() > clock().now().date())
                errors << RowError{u"accepted_at"_s, tr("受理日期应在登记日期与今天之间。")};
            else
                p.acceptedOn = accepted.date();
        }
    }

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

    p.person.role = PetitionPersonRole::Petitioner;
    p.person.person.name = text(u"name"_s);
    p.person.person.residentId = text(u"resident_id"_s).toUpper();
    p.person.person.phone = text(u"phone"_s);
    p.person.person.address = text(u"address"_s);
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
            : p.petitionNo;
    p.key = u"import:petitions:"_s + identity;
    return p;
}

UpsertOutcome PetitionImporter::upsert(const std::any &record)
{
    const auto &p = std::any_cast<const ImportedPetition &>(record);
    qint64 id = 0;
    if (!p.petitionNo.isEmpty())
        id = Query(database(), u"SELECT id FROM petitions WHERE petition_no = ?"_s)
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
    UpsertOutcome outcome = UpsertOutcome::Unchanged;
    if (id == 0) {
        id = service.registerPetition(p.draft, {p.person}, actor(), std::nullopt, p.key).id;
        outcome = UpsertOutcome::Inserted;
    }
    if (p.accept) {
        const auto stored = PetitionRepository(database(), actor()).get(id);
        if (!stored)
            throw Error(Error::Kind::NotFound, tr("信访件不存在或不在本账号的范围内。"));
        if (stored->status == PetitionStatus::Registered) {
            PetitionActionInput input;
            input.date = p.acceptedOn;
            service.apply(id, stored->version, PetitionAction::Accept, input, actor());
            if (outcome == UpsertOutcome::Unchanged)
                outcome = UpsertOutcome::Updated;
        }
    }
    return outcome;
}

} // namespace zz
