#pragma once

#include "CaseRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace zz {

class BoardCatalog;
class Database;

// What the dispatch board shows: the filter panel's choices, the stage strip's status and warning
// tiles, the search text and the order. Stored as JSON in saved filters.
struct BoardFilter
{
    Q_DECLARE_TR_FUNCTIONS(zz::BoardFilter)

public:
    QString text;
    QList<CaseStatus> statuses;
    std::optional<WarningLevel> warning;
    qint64 orgUnitId = 0; // 0: the account's scope
    qint64 categoryId = 0;
    qint64 departmentId = 0;
    qint64 workerId = 0;
    std::optional<CaseSource> source;
    std::optional<Urgency> urgency;
    std::optional<RiskColor> risk;
    bool supervisedOnly = false;
    QDate receivedFrom; // first day, inclusive
    QDate receivedTo;   // last day, inclusive
    CaseQuery::Sort sort = CaseQuery::Sort::ReceivedDesc;

    bool operator==(const BoardFilter &other) const = default;

    // The repository query as of `now` (for the warning filter); the org unit falls back to `scope`.
    CaseQuery toQuery(qint64 scope, const QDateTime &now) const;
    QJsonObject toJson() const;
    // Unknown or malformed members are left at their defaults.
    static BoardFilter fromJson(const QJsonObject &json);
    // "属地：青石镇；状态：已派遣、处置中；预警：已超期" for printouts; "全部案件" when nothing filters.
    QString describe(const BoardCatalog &catalog) const;
};

// A named filter in the board's 常用筛选 list.
struct SavedFilter
{
    QString name;
    BoardFilter filter;
    bool builtIn = false;
};

// The built-in filters and the account's own saved ones, which live in the settings table under a
// key per account (JSON), so they follow the account from one workstation to another.
class SavedFilterStore
{
    Q_DECLARE_TR_FUNCTIONS(zz::SavedFilterStore)

public:
    SavedFilterStore(const Database &db, const User &user) : m_db(db), m_user(user) {}

    // 我的待办 (what the account's roles work on next), 已超期, 督办件.
    static QList<SavedFilter> builtIns(const User &user);
    // The filter the board opens with: 我的待办 for a department handler (his department's cases
    // not yet done), none (the whole scope) for the center's staff.
    static std::optional<SavedFilter> startFilter(const User &user);
    static QString settingsKey(qint64 userId);

    // The account's own filters, in the order saved. Throws zz::Error.
    QList<SavedFilter> userFilters() const;
    // Saves under `name`, replacing a filter of the same name. Throws zz::Error.
    void save(const QString &name, const BoardFilter &filter);
    void remove(const QString &name);

private:
    void write(const QList<SavedFilter> &filters);

    const Database &m_db;
    User m_user;
};

} // namespace zz
