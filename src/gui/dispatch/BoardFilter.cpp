#include "BoardFilter.h"

#include "BoardCatalog.h"
#include "Error.h"
#include "InputLimits.h"
#include "ReferenceRepositories.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

const QString dateFormat = u"yyyy-MM-dd"_s;

QString sortCode(CaseQuery::Sort sort)
{
    switch (sort) {
    case CaseQuery::Sort::ReceivedDesc:
        return u"received_desc"_s;
    case CaseQuery::Sort::ReceivedAsc:
        return u"received_asc"_s;
    case CaseQuery::Sort::DeadlineAsc:
        return u"deadline_asc"_s;
    case CaseQuery::Sort::DeadlineDesc:
        return u"deadline_desc"_s;
    case CaseQuery::Sort::UrgencyDesc:
        return u"urgency"_s;
    }
    return {};
}

CaseQuery::Sort sortFromCode(const QString &text)
{
    for (const auto sort :
         {CaseQuery::Sort::ReceivedDesc, CaseQuery::Sort::ReceivedAsc, CaseQuery::Sort::DeadlineAsc,
          CaseQuery::Sort::DeadlineDesc, CaseQuery::Sort::UrgencyDesc})
        if (sortCode(sort) == text)
            return sort;
    return CaseQuery::Sort::ReceivedDesc;
}

template <typename E> void putOptional(QJsonObject &json, const QString &key, const std::optional<E> &value)
{
    if (value)
        json.insert(key, code(*value));
}

template <typename E> std::optional<E> takeOptional(const QJsonObject &json, const QString &key)
{
    return json.contains(key) ? fromCode<E>(json.value(key).toString()) : std::nullopt;
}

} // namespace

CaseQuery BoardFilter::toQuery(qint64 scope, const QDateTime &now) const
{
    CaseQuery q;
    q.text = text.trimmed();
    q.statuses = statuses;
    q.warning = warning;
    q.orgUnitId = orgUnitId > 0 ? orgUnitId : scope;
    q.categoryId = categoryId;
    q.departmentId = departmentId;
    q.workerId = workerId;
    q.source = source;
    q.urgency = urgency;
    q.risk = risk;
    q.supervisedOnly = supervisedOnly;
    const QTimeZone zone = now.isValid() ? now.timeZone() : QTimeZone::systemTimeZone();
    if (receivedFrom.isValid())
        q.receivedFrom = QDateTime(receivedFrom, QTime(0, 0), zone);
    if (receivedTo.isValid())
        q.receivedTo = QDateTime(receivedTo.addDays(1), QTime(0, 0), zone);
    q.now = now;
    q.sort = sort;
    return q;
}

QJsonObject BoardFilter::toJson() const
{
    QJsonObject json;
    if (!text.isEmpty())
        json.insert(u"text"_s, text);
    if (!statuses.isEmpty()) {
        QJsonArray array;
        for (const CaseStatus s : statuses)
            array.append(code(s));
        json.insert(u"statuses"_s, array);
    }
    putOptional(json, u"warning"_s, warning);
    const auto putId = [&](const QString &key, qint64 id) {
        if (id > 0)
            json.insert(key, QString::number(id)); // as text: JSON numbers are doubles
    };
    putId(u"orgUnit"_s, orgUnitId);
    putId(u"category"_s, categoryId);
    putId(u"department"_s, departmentId);
    putId(u"worker"_s, workerId);
    putOptional(json, u"source"_s, source);
    putOptional(json, u"urgency"_s, urgency);
    putOptional(json, u"risk"_s, risk);
    if (supervisedOnly)
        json.insert(u"supervised"_s, true);
    if (receivedFrom.isValid())
        json.insert(u"receivedFrom"_s, receivedFrom.toString(dateFormat));
    if (receivedTo.isValid())
        json.insert(u"receivedTo"_s, receivedTo.toString(dateFormat));
    json.insert(u"sort"_s, sortCode(sort));
    return json;
}

BoardFilter BoardFilter::fromJson(const QJsonObject &json)
{
    BoardFilter f;
    f.text = json.value(u"text"_s).toString();
    for (const QJsonValue &v : json.value(u"statuses"_s).toArray())
        if (const auto s = fromCode<CaseStatus>(v.toString()))
            f.statuses.append(*s);
    f.warning = takeOptional<WarningLevel>(json, u"warning"_s);
    f.orgUnitId = json.value(u"orgUnit"_s).toString().toLongLong();
    f.categoryId = json.value(u"category"_s).toString().toLongLong();
    f.departmentId = json.value(u"department"_s).toString().toLongLong();
    f.workerId = json.value(u"worker"_s).toString().toLongLong();
    f.source = takeOptional<CaseSource>(json, u"source"_s);
    f.urgency = takeOptional<Urgency>(json, u"urgency"_s);
    f.risk = takeOptional<RiskColor>(json, u"risk"_s);
    f.supervisedOnly = json.value(u"supervised"_s).toBool();
    f.receivedFrom = QDate::fromString(json.value(u"receivedFrom"_s).toString(), dateFormat);
    f.receivedTo = QDate::fromString(json.value(u"receivedTo"_s).toString(), dateFormat);
    f.sort = sortFromCode(json.value(u"sort"_s).toString());
    return f;
}

QString BoardFilter::describe(const BoardCatalog &catalog) const
{
    QStringList parts;
    const qint64 unit = orgUnitId > 0 ? orgUnitId : catalog.scopeOrgUnitId();
    if (unit > 0)
        parts << tr("属地：%1").arg(catalog.orgUnitChain(unit));
    if (!statuses.isEmpty()) {
        QStringList names;
        for (const CaseStatus s : statuses)
            names << label(s);
        parts << tr("状态：%1").arg(names.join(enumerationSeparator()));
    }
    if (warning)
        parts << tr("预警：%1").arg(label(*warning));
    if (categoryId > 0)
        parts << tr("类别：%1").arg(catalog.categoryPath(categoryId));
    if (source)
        parts << tr("来源：%1").arg(label(*source));
    if (departmentId > 0)
        parts << tr("处置部门：%1").arg(catalog.departmentName(departmentId));
    if (workerId > 0)
        parts << tr("网格员：%1").arg(catalog.workerName(workerId));
    if (urgency)
        parts << tr("紧急程度：%1").arg(label(*urgency));
    if (risk)
        parts << tr("风险：%1").arg(label(*risk));
    if (supervisedOnly)
        parts << tr("督办件");
    if (receivedFrom.isValid() || receivedTo.isValid())
        parts << tr("受理日期：%1 至 %2")
                     .arg(receivedFrom.isValid() ? receivedFrom.toString(dateFormat) : tr("不限"),
                          receivedTo.isValid() ? receivedTo.toString(dateFormat) : tr("不限"));
    if (!text.trimmed().isEmpty())
        parts << tr("关键词：%1").arg(text.trimmed());
    return parts.isEmpty() ? tr("全部案件") : parts.join(tr("；"));
}

QList<SavedFilter> SavedFilterStore::builtIns(const User &user)
{
    SavedFilter mine;
    mine.name = tr("我的待办");
    mine.builtIn = true;
    mine.filter.sort = CaseQuery::Sort::DeadlineAsc;
    // A department handler works on what his department holds: dispatched to it and not yet fed back
    // (a case sent back from 核查 is in hand again). After his feedback the case waits on the center,
    // not on him. The center's duty officers on what waits for them in the loop: intake, registration,
    // 核查 (待核查) and, where the center checks and closes in two steps, 结案 (待结案); a leader, who
    // neither registers nor dispatches, on the checks and closings he may decide.
    const bool centreStaff = bool(user.roles & (Roles(Role::DutyOfficer) | Role::Leader));
    if (user.roles.testFlag(Role::DepartmentHandler) && !centreStaff && user.departmentId > 0) {
        mine.filter.departmentId = user.departmentId;
        mine.filter.statuses = {CaseStatus::Dispatched, CaseStatus::InProgress};
    } else if (user.roles.testFlag(Role::DutyOfficer)) {
        mine.filter.statuses = {CaseStatus::Reported, CaseStatus::Registered, CaseStatus::Feedback,
                                CaseStatus::Verified};
    } else if (centreStaff) {
        mine.filter.statuses = {CaseStatus::Feedback, CaseStatus::Verified};
    } else {
        mine.filter.statuses = {CaseStatus::Reported};
    }

    SavedFilter overdue;
    overdue.name = tr("已超期");
    overdue.builtIn = true;
    overdue.filter.warning = WarningLevel::Overdue;
    overdue.filter.sort = CaseQuery::Sort::DeadlineAsc;

    SavedFilter supervised;
    supervised.name = tr("督办件");
    supervised.builtIn = true;
    supervised.filter.supervisedOnly = true;
    supervised.filter.sort = CaseQuery::Sort::DeadlineAsc;
    return {mine, overdue, supervised};
}

std::optional<SavedFilter> SavedFilterStore::startFilter(const User &user)
{
    const bool centreStaff = bool(user.roles & (Roles(Role::DutyOfficer) | Role::Leader | Role::Reception));
    if (!user.roles.testFlag(Role::DepartmentHandler) || centreStaff || user.departmentId <= 0)
        return std::nullopt;
    return builtIns(user).constFirst();
}

QString SavedFilterStore::settingsKey(qint64 userId)
{
    return u"user.%1.board.savedFilters"_s.arg(userId);
}

QList<SavedFilter> SavedFilterStore::userFilters() const
{
    const QString text = SettingsRepository(m_db).value(settingsKey(m_user.id));
    QList<SavedFilter> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(u"name"_s).toString().trimmed();
        if (!name.isEmpty())
            out.append(SavedFilter{name, BoardFilter::fromJson(o.value(u"filter"_s).toObject()), false});
    }
    return out;
}

void SavedFilterStore::save(const QString &name, const BoardFilter &filter)
{
    if (name.trimmed().isEmpty())
        throw Error(Error::Kind::Validation, tr("请填写筛选名称。"));
    InputLimits::check(tr("筛选名称"), name, InputLimits::savedFilterName);
    InputLimits::check(tr("搜索内容"), filter.text, InputLimits::searchText);
    QList<SavedFilter> filters = userFilters();
    const QString trimmed = name.trimmed();
    const auto it =
        std::find_if(filters.begin(), filters.end(), [&](const SavedFilter &f) { return f.name == trimmed; });
    if (it != filters.end())
        it->filter = filter;
    else
        filters.append(SavedFilter{trimmed, filter, false});
    write(filters);
}

void SavedFilterStore::remove(const QString &name)
{
    QList<SavedFilter> filters = userFilters();
    filters.removeIf([&](const SavedFilter &f) { return f.name == name; });
    write(filters);
}

void SavedFilterStore::write(const QList<SavedFilter> &filters)
{
    QJsonArray array;
    for (const SavedFilter &f : filters)
        array.append(QJsonObject{{u"name"_s, f.name}, {u"filter"_s, f.filter.toJson()}});
    SettingsRepository(m_db).setValue(settingsKey(m_user.id),
                                      QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
}

} // namespace zz
