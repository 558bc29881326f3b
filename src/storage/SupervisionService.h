#pragma once

#include "Clock.h"
#include "Entities.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <optional>

namespace zz {

class Database;

// One row of supervision_limits: when an open case earns a yellow and then a red card. Unset
// members switch that check off (see resources/sql/*/0005_supervision.sql).
struct SupervisionLimit
{
    qint64 id = 0;
    qint64 categoryId = 0;                  // 0: every category
    std::optional<OrgLevel> orgLevel;       // the level of the center holding the case; nullopt: every level
    std::optional<int> dispatchHours;       // yellow: registered this long and not dispatched
    std::optional<int> signHours;           // yellow: dispatched this long ago and not signed for
    std::optional<int> deadlinePercent;     // yellow: this share of the time to the deadline has passed
    std::optional<int> redAfterYellowHours; // red: still open this long after the yellow card
    std::optional<int> redOverdueHours;     // red: still open this long after the deadline
};

// Automatic supervision (自动督办): finds open cases past their limits and raises them to a yellow
// card, then a red card. Each card is one transaction like any workflow action: the case row
// (supervise_level, version) and a `supervise` flow-log row by "系统自动督办" (no account) whose
// note names the limit. Cards never go down and are never issued twice, also when several clients
// sweep the same database at once (the update is conditional on the version it read).
class SupervisionService
{
    Q_DECLARE_TR_FUNCTIONS(zz::SupervisionService)

public:
    // A card the sweep issued.
    struct Card
    {
        qint64 caseId = 0;
        QString caseNo;
        QString title;
        SuperviseLevel level = SuperviseLevel::YellowCard;
        QString reason; // the flow-log note
        qint64 flowId = 0;
        QDateTime at;
    };

    SupervisionService(const Database &db, const Clock &clock);

    // The name written as the actor of automatic cards.
    static QString actorName();

    // Issues every card due at `now` among the cases this connection can see (registered,
    // dispatched or in progress); returns them in case-id order. A case whose red-card limit has
    // already passed gets the red card directly.
    QList<Card> sweep(const QDateTime &now) const;
    QList<Card> sweep() const { return sweep(m_clock.now()); }
    // At most this many cards per sweep (500 by default); the next sweep issues the rest.
    void setMaxCardsPerSweep(int count) { m_maxCards = qMax(1, count); }

    // The limit rows, default first.
    QList<SupervisionLimit> limits() const;
    // The row that applies to a case of this category (and its parent) held at this level; nullopt
    // when there is none at all.
    std::optional<SupervisionLimit> limitFor(qint64 categoryId, OrgLevel level) const;
    // Inserts (id 0) or updates a row; needs Permission::ManageReferenceData in a county account
    // (the limits hold county-wide). One row per category and level. Throws zz::Error.
    void saveLimit(const Actor &actor, SupervisionLimit &limit) const;
    void removeLimit(const Actor &actor, qint64 id) const;

private:
    void requireLimitManager(const Actor &actor) const;

    const Database &m_db;
    const Clock &m_clock;
    int m_maxCards = 500;
};

} // namespace zz
