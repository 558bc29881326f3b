#pragma once

#include "Entities.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace zz {

class Database;

// What an account is told about without looking (通知): new dispatches and transfers to his department,
// 催办 and 核查退回 on its cases (department handlers); new 督办 cards of his scope (duty officers and
// leaders); petitions registered 重大紧急 in his scope (leaders, at once); and cases of his that have just
// become due soon (即将超期). "New" is since he last looked: the last case_flow and petition_flow ids and
// the due-soon instant he saw are kept in his private settings (user.<id>.notices.*). Reads stay within the
// account's scope (on PostgreSQL row-level security says the same) and leave out his own actions.
class NoticeService
{
    Q_DECLARE_TR_FUNCTIONS(zz::NoticeService)

public:
    enum class Kind { Dispatched, Urged, Returned, Supervised, DueSoon, UrgentPetition };

    struct Notice
    {
        Kind kind = Kind::Dispatched;
        qint64 flowId = 0;     // 0 for due soon
        qint64 caseId = 0;     // 0 for a petition
        qint64 petitionId = 0; // UrgentPetition: the petition (caseNo its number, title its request)
        QString caseNo;
        QString title;
        QString actorName;
        QString note; // the 催办/督办 opinion or the reason sent back
        SuperviseLevel level = SuperviseLevel::None;
        QDateTime at;
    };

    // What has not been seen yet: the newest notices first (at most `limit`), how many there are in
    // all, and where the account will have seen up to once it looks.
    struct Unseen
    {
        QList<Notice> notices;
        int total = 0;
        qint64 newestFlowId = 0;
        qint64 newestPetitionFlowId = 0;
        QDateTime checkedAt;
    };

    static constexpr int defaultLimit = 20;

    NoticeService(const Database &db, const User &user);

    // True when the account's roles get notices at all.
    bool hasNotices() const;
    // The first time an account is watched, everything before now counts as seen (no flood of old
    // rows); later calls keep what is stored.
    void ensureBaseline(const QDateTime &now) const;
    // The notices since the account last looked. A first run sees nothing old: it starts from now.
    Unseen unseen(const QDateTime &now, int limit = defaultLimit) const;
    // The account has looked at everything up to `upTo` (Unseen::newestFlowId / checkedAt).
    void markSeen(const Unseen &upTo) const;

    static QString lastFlowKey(qint64 userId);
    static QString dueSoonKey(qint64 userId);
    static QString lastPetitionFlowKey(qint64 userId);
    // "新派遣", "催办" … as a notice's short title.
    static QString kindLabel(Kind kind);

private:
    QString flowClause() const;
    qint64 lastSeenFlow() const;
    qint64 lastSeenPetitionFlow() const;
    void addUrgentPetitions(Unseen &out, const QString &path, int limit) const;
    QDateTime lastSeenDueSoon(const QDateTime &now) const;

    const Database &m_db;
    User m_user;
};

} // namespace zz
