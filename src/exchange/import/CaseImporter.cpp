#include "CaseImporter.h"

#include "CaseScope.h"
#include "CellCoercion.h"
#include "Error.h"
#include "Query.h"
#include "ReferenceRepositories.h"

using namespace Qt::StringLiterals;

namespace zz {

namespace {

enum Column {
    CaseNo,
    ReceivedAt,
    SourceCol,
    CategoryCol,
    PlaceCol,
    AddressCol,
    TitleCol,
    DescriptionCol,
    PartyName,
    PartyId,
    PartyPhone,
    StatusCol,
    RegisteredAt,
    DispatchedAt,
    FeedbackAt,
    ClosedAt,
    DepartmentCol,
    SatisfactionColumn,
    SettledCol,
};

QList<ImportChoice> sourceChoices()
{
    return {{code(CaseSource::GridReport), {u"网格上报"_s, u"网格员上报"_s, u"网格"_s}},
            {code(CaseSource::Visit), {u"来访"_s, u"群众来访"_s, u"走访"_s}},
            {code(CaseSource::Phone), {u"来电"_s, u"电话"_s}},
            {code(CaseSource::Hotline12345), {u"12345"_s, u"12345热线"_s, u"热线"_s}},
            {code(CaseSource::Letter), {u"来信"_s, u"信件"_s}},
            {code(CaseSource::Online), {u"网上"_s, u"网络"_s, u"网上信访"_s}},
            {code(CaseSource::VideoPatrol), {u"视频巡查"_s, u"视频"_s}},
            {code(CaseSource::DepartmentReferral), {u"部门移交"_s, u"移交"_s}}};
}

QList<ImportChoice> statusChoices()
{
    return {{code(CaseStatus::Reported), {u"待受理"_s, u"已上报"_s}},
            {code(CaseStatus::Registered), {u"已立案"_s, u"立案"_s}},
            {code(CaseStatus::Declined), {u"不予立案"_s}},
            {code(CaseStatus::Dispatched), {u"已派遣"_s, u"已交办"_s, u"派遣"_s}},
            {code(CaseStatus::InProgress), {u"处置中"_s, u"办理中"_s, u"在办"_s}},
            {code(CaseStatus::Feedback), {u"待核查"_s, u"已反馈"_s}},
            {code(CaseStatus::Verified), {u"待结案"_s, u"已核查"_s, u"核查通过"_s}},
            {code(CaseStatus::Closed), {u"已结案"_s, u"结案"_s, u"已办结"_s, u"办结"_s}},
            {code(CaseStatus::Archived), {u"已归档"_s, u"归档"_s}}};
}

QList<ImportChoice> satisfactionChoices()
{
    return {{code(Satisfaction::Satisfied), {u"满意"_s, u"非常满意"_s}},
            {code(Satisfaction::BasicallySatisfied), {u"基本满意"_s, u"理解"_s}},
            {code(Satisfaction::Unsatisfied), {u"不满意"_s}}};
}

// Names compare without spaces and with full-width characters folded.
QString nameKey(const QString &name)
{
    return normalizeHeader(name);
}

ImportRowResult::Outcome outcomeOf(const ImportRowResult &r)
{
    return r.outcome;
}

} // namespace

ImportKind CaseImporter::describe()
{
    ImportKind k;
    k.id = u"cases"_s;
    k.title = tr("历史案件(台账)");
    k.description =
        tr("以往登记在台账里的案件：编号、受理时间、来源、类别、地点、当事人、状态和各步骤日期、承办部门、"
           "满意度；已结案的案件以结案状态和原日期进入，计入当期指标。按案件编号识别(无编号时按内容)，"
           "重复导入不会产生重复案件。");
    k.columns = {
        {u"case_no"_s,
         u"案件编号"_s,
         {u"编号"_s, u"案卷号"_s, u"登记编号"_s},
         ImportType::Code,
         false,
         {},
         tr("留空由系统编号；本系统格式的编号原样保留"),
         {}},
        {u"received_at"_s,
         u"受理时间"_s,
         {u"受理日期"_s, u"登记时间"_s, u"登记日期"_s, u"接报时间"_s},
         ImportType::Text,
         true,
         u"2024-05-06 09:30"_s,
         tr("日期，可带时间"),
         {}},
        {u"source"_s,
         u"来源"_s,
         {u"案件来源"_s, u"事件来源"_s},
         ImportType::Choice,
         false,
         u"来访"_s,
         tr("留空为来访"),
         sourceChoices()},
        {u"category"_s,
         u"事件类别"_s,
         {u"类别"_s, u"事件类型"_s, u"问题类别"_s},
         ImportType::Text,
         true,
         u"邻里纠纷"_s,
         tr("系统中的事件类别名称"),
         {}},
        {u"place"_s,
         u"事发地点"_s,
         {u"所属村社"_s, u"所属网格"_s, u"发生地"_s, u"所属区域"_s},
         ImportType::Text,
         true,
         u"上溪村"_s,
         tr("乡镇、村(社区)或网格的名称或代码，须在本账号辖区内"),
         {}},
        {u"address"_s, u"详细地址"_s, {u"地址"_s, u"事发地址"_s}, ImportType::Text, false, {}, {}, {}},
        {u"title"_s,
         u"标题"_s,
         {u"事件标题"_s, u"案件名称"_s},
         ImportType::Text,
         false,
         u"邻里宅基地纠纷"_s,
         tr("留空取描述的开头"),
         {}},
        {u"description"_s,
         u"事件描述"_s,
         {u"简要情况"_s, u"诉求内容"_s, u"内容"_s, u"基本情况"_s},
         ImportType::Text,
         true,
         u"两户因宅基地界址发生争执"_s,
         {},
         {}},
        {u"party_name"_s,
         u"当事人"_s,
         {u"当事人姓名"_s, u"反映人"_s, u"姓名"_s},
         ImportType::Text,
         false,
         u"张三"_s,
         {},
         {}},
        {u"party_id"_s,
         u"身份证号"_s,
         {u"当事人身份证号"_s, u"证件号码"_s, u"身份证号码"_s},
         ImportType::ResidentId,
         false,
         {},
         tr("文本格式，18 位"),
         {}},
        {u"party_phone"_s,
         u"联系电话"_s,
         {u"电话"_s, u"手机号码"_s, u"联系方式"_s},
         ImportType::Phone,
         false,
         u"13800000000"_s,
         {},
         {}},
        {u"status"_s,
         u"办理状态"_s,
         {u"状态"_s, u"案件状态"_s},
         ImportType::Choice,
         false,
         u"已结案"_s,
         tr("留空为已结案"),
         statusChoices()},
        {u"registered_at"_s, u"立案日期"_s, {u"立案时间"_s}, ImportType::Text, false, {}, {}, {}},
        {u"dispatched_at"_s,
         u"派遣日期"_s,
         {u"交办日期"_s, u"派遣时间"_s},
         ImportType::Text,
         false,
         {},
         {},
         {}},
        {u"feedback_at"_s,
         u"反馈日期"_s,
         {u"反馈时间"_s, u"处置完成日期"_s},
         ImportType::Text,
         false,
         {},
         {},
         {}},
        {u"closed_at"_s,
         u"结案日期"_s,
         {u"结案时间"_s, u"办结日期"_s, u"办结时间"_s},
         ImportType::Text,
         false,
         u"2024-05-10"_s,
         tr("已结案的案件必填"),
         {}},
        {u"department"_s,
         u"承办部门"_s,
         {u"处置部门"_s, u"责任单位"_s, u"承办单位"_s},
         ImportType::Text,
         false,
         u"司法所"_s,
         tr("系统中的部门名称"),
         {}},
        {u"satisfaction"_s,
         u"满意度"_s,
         {u"回访满意度"_s, u"群众满意度"_s, u"回访结果"_s},
         ImportType::Choice,
         false,
         u"满意"_s,
         {},
         satisfactionChoices()},
        {u"settled"_s,
         u"是否化解"_s,
         {u"化解情况"_s, u"是否解决"_s},
         ImportType::Boolean,
         false,
         u"是"_s,
         {},
         {}},
    };
    k.naturalKey = {u"case_no"_s};
    k.permission = Permission::ImportCaseLedger;
    return k;
}

CaseImporter::CaseImporter(const Database &db, const Clock &clock, const Actor &actor)
    : CaseImporter(db, clock, actor, describe(), CaseImportService::Kind::Ledger)
{}

CaseImporter::CaseImporter(const Database &db, const Clock &clock, const Actor &actor, ImportKind kind,
                           CaseImportService::Kind storeKind)
    : BaseDataImporter(db, clock, actor), m_kind(std::move(kind)), m_storeKind(storeKind)
{}

QStringList CaseImporter::tables() const
{
    return {u"cases"_s,     u"case_flow"_s,    u"case_parties"_s,
            u"callbacks"_s, u"case_imports"_s, u"hotline_orders"_s};
}

void CaseImporter::begin()
{
    BaseDataImporter::begin();
    loadLookups();
}

void CaseImporter::end()
{
    BaseDataImporter::end();
    m_placesByName.clear();
    m_placesByCode.clear();
}

void CaseImporter::loadLookups()
{
    m_placesByName.clear();
    m_placesByCode.clear();
    m_townshipOf.clear();
    m_levelOf.clear();
    m_townshipsByName.clear();
    m_childCategories.clear();
    m_topCategories.clear();
    m_departments.clear();
    const QString scope = CaseScope(database(), actor()).path();
    Query units(database(), u"SELECT id, name, code, level, township_id FROM org_units WHERE path LIKE ?"_s);
    for (units.bind(scope + u"%"_s).exec(); units.next();) {
        const qint64 id = units.int64(0);
        m_placesByName.insert(nameKey(units.text(1)), id);
        m_placesByCode.insert(units.text(2), id);
        m_townshipOf.insert(id, units.int64(4));
        m_levelOf.insert(id, units.integer(3));
        if (units.integer(3) == int(OrgLevel::Township))
            m_townshipsByName.insert(units.text(1), id);
    }
    Query cats(database(), u"SELECT id, parent_id, name FROM categories WHERE active = ?"_s);
    for (cats.bind(true).exec(); cats.next();)
        (cats.isNull(1) ? m_topCategories : m_childCategories).insert(nameKey(cats.text(2)), cats.int64(0));
    Query deps(database(), u"SELECT id, name, org_unit_id FROM departments WHERE active = ?"_s);
    for (deps.bind(true).exec(); deps.next();)
        m_departments.insert(nameKey(deps.text(1)), {deps.int64(0), deps.int64(2)});
}

QDateTime CaseImporter::dateTime(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    const Coerced<QDateTime> parsed = CellCoercion::parseDateTimeText(t);
    if (parsed.ok())
        return parsed.value;
    bool isNumber = false;
    const double serial = t.toDouble(&isNumber);
    if (isNumber && serial > 0) {
        bool ok = false;
        const QDateTime d = CellCoercion::serialToDateTime(serial, false, &ok);
        if (ok)
            return d;
    }
    return {};
}

qint64 CaseImporter::placeFor(const QString &text, QString *reason) const
{
    const QString t = text.trimmed();
    if (const auto it = m_placesByCode.constFind(t); it != m_placesByCode.cend())
        return it.value();
    const QList<qint64> ids = m_placesByName.values(nameKey(t));
    if (ids.size() == 1)
        return ids.first();
    *reason = ids.isEmpty() ? tr("您的辖区内没有名为“%1”的乡镇、村(社区)或网格。").arg(t)
                            : tr("辖区内有多个名为“%1”的地点，请改填代码。").arg(t);
    return 0;
}

qint64 CaseImporter::categoryFor(const QString &name) const
{
    const QString key = nameKey(name);
    if (const auto it = m_childCategories.constFind(key); it != m_childCategories.cend())
        return it.value();
    return m_topCategories.value(key);
}

qint64 CaseImporter::departmentFor(const QString &name, qint64 placeId) const
{
    const QList<std::pair<qint64, qint64>> found = m_departments.values(nameKey(name));
    const qint64 township = townshipOf(placeId);
    for (const auto &d : found)
        if (d.second == township || d.second == placeId)
            return d.first;
    // A county department (its unit is above the township) serves every township.
    for (const auto &d : found)
        if (!m_townshipOf.contains(d.second) || m_levelOf.value(d.second) == int(OrgLevel::County))
            return d.first;
    return 0;
}

qint64 CaseImporter::townshipMentionedIn(const QString &text) const
{
    qint64 found = 0;
    for (auto it = m_townshipsByName.cbegin(); it != m_townshipsByName.cend(); ++it) {
        if (!text.contains(it.key()))
            continue;
        if (found && found != it.value())
            return 0;
        found = it.value();
    }
    return found;
}

std::any CaseImporter::convert(const ImportRow &row, RowErrors &errors)
{
    ImportedCase c;
    c.row = row.number;
    c.caseNo = row.text(CaseNo);
    c.receivedAt = dateTime(row.text(ReceivedAt));
    if (!c.receivedAt.isValid())
        errors << RowError{u"received_at"_s, tr("受理时间“%1”不是日期。").arg(row.text(ReceivedAt))};
    c.source = row.has(SourceCol) ? fromCode<CaseSource>(row.text(SourceCol)).value_or(CaseSource::Visit)
                                  : CaseSource::Visit;
    c.categoryId = categoryFor(row.text(CategoryCol));
    if (!c.categoryId)
        errors << RowError{u"category"_s, tr("没有名为“%1”的事件类别。").arg(row.text(CategoryCol))};
    QString reason;
    c.orgUnitId = placeFor(row.text(PlaceCol), &reason);
    if (!c.orgUnitId)
        errors << RowError{u"place"_s, reason};
    c.address = row.text(AddressCol);
    c.title = row.text(TitleCol);
    c.description = row.text(DescriptionCol);
    if (row.has(PartyName) || row.has(PartyId) || row.has(PartyPhone)) {
        CaseParty p;
        p.role = PartyRole::Reporter;
        p.name = row.text(PartyName);
        p.residentId = row.text(PartyId);
        p.phone = row.text(PartyPhone);
        if (p.name.isEmpty())
            errors << RowError{u"party_name"_s, tr("有身份证号或电话的当事人须填写姓名。")};
        // 张* is a name a masked export wrote (an account without the right to export personal data):
        // stored, it would stand for the person from then on.
        else if (p.name.contains(u'*'))
            errors << RowError{
                u"party_name"_s,
                tr("当事人姓名含有“*”，是隐去部分信息的导出文件；请改用含完整信息的导出文件。")};
        c.parties << p;
    }
    c.status = row.has(StatusCol) ? fromCode<CaseStatus>(row.text(StatusCol)).value_or(CaseStatus::Closed)
                                  : CaseStatus::Closed;
    const auto step = [&](int column, const QString &key, QDateTime &into) {
        if (!row.has(column))
            return;
        into = dateTime(row.text(column));
        if (!into.isValid())
            errors << RowError{key, tr("“%1”不是日期。").arg(row.text(column))};
    };
    step(RegisteredAt, u"registered_at"_s, c.registeredAt);
    step(DispatchedAt, u"dispatched_at"_s, c.dispatchedAt);
    step(FeedbackAt, u"feedback_at"_s, c.feedbackAt);
    step(ClosedAt, u"closed_at"_s, c.closedAt);
    // A closing date without a time closes at the end of the working day.
    if (c.closedAt.isValid() && c.closedAt.time() == QTime(0, 0))
        c.closedAt.setTime(QTime(17, 0));
    if ((c.status == CaseStatus::Closed || c.status == CaseStatus::Archived) && !c.closedAt.isValid() &&
        !row.has(ClosedAt))
        errors << RowError{u"closed_at"_s, tr("已结案的案件须有结案日期。")};
    if (row.has(DepartmentCol) && c.orgUnitId) {
        c.departmentId = departmentFor(row.text(DepartmentCol), c.orgUnitId);
        if (!c.departmentId)
            errors << RowError{u"department"_s, tr("没有名为“%1”的承办部门。").arg(row.text(DepartmentCol))};
    }
    if (row.has(SatisfactionColumn))
        c.satisfaction = fromCode<Satisfaction>(row.text(SatisfactionColumn));
    if (row.has(SettledCol))
        c.disputeSettled = row.boolean(SettledCol, false);
    if (!errors.isEmpty())
        return {};
    return c;
}

UpsertOutcome CaseImporter::upsert(const std::any &record)
{
    QList<PendingRow> one{PendingRow{std::any_cast<ImportedCase>(record).row, record, {}, std::nullopt, {}}};
    upsertBatch(one);
    if (!one.first().error.isEmpty())
        throw Error(Error::Kind::Validation, one.first().error);
    return one.first().outcome.value_or(UpsertOutcome::Unchanged);
}

void CaseImporter::upsertBatch(QList<PendingRow> &rows)
{
    QList<ImportedCase> cases;
    cases.reserve(rows.size());
    for (const PendingRow &r : std::as_const(rows))
        cases << std::any_cast<ImportedCase>(r.record);
    const QList<ImportRowResult> results =
        CaseImportService(database(), clock(), CalendarRepository(database()).load())
            .store(m_storeKind, cases, actor());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const ImportRowResult &r = results[i];
        switch (outcomeOf(r)) {
        case ImportRowResult::Outcome::Added:
            rows[i].outcome = UpsertOutcome::Inserted;
            break;
        case ImportRowResult::Outcome::Updated:
            rows[i].outcome = UpsertOutcome::Updated;
            break;
        case ImportRowResult::Outcome::Unchanged:
            rows[i].outcome = UpsertOutcome::Unchanged;
            break;
        case ImportRowResult::Outcome::Rejected:
            rows[i].outcome.reset();
            rows[i].error = r.reason;
            break;
        }
        stored(rows[i], r);
    }
}

} // namespace zz
