#pragma once

#include "CaseRepository.h"
#include "Entities.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace zz {

class Database;

// An earlier case shown beside the intake form.
struct RelatedCase
{
    qint64 id = 0;
    QString caseNo;
    QString title;
    CaseStatus status = CaseStatus::Reported;
    QDateTime receivedAt;
    QDateTime deadline;
};

// Earlier cases a new one may repeat (重复件): those of the same person (a party's resident ID or
// phone, through the partial indexes on case_parties) and similar ones at the same village
// (community) in the last days (the search index: FTS5 trigrams on SQLite, pg_trgm on PostgreSQL).
// Limited to the actor's scope and to cases the actor may see.
class RelatedCases
{
public:
    RelatedCases(const Database &db, const Actor &actor);

    QList<RelatedCase> samePerson(const QStringList &residentIds, const QStringList &phones,
                                  int limit = 20) const;
    // Cases at the village (or township, for a township-level place) of `placeId` received since
    // `since` whose text resembles `title`, best match first.
    QList<RelatedCase> similar(const QString &title, qint64 placeId, const QDateTime &since,
                               int limit = 10) const;

    // The statements the two calls run (for the benchmark and EXPLAIN checks).
    SqlStatement samePersonStatement(const QStringList &residentIds, const QStringList &phones,
                                     int limit = 20) const;
    SqlStatement similarStatement(const QString &title, qint64 placeId, const QDateTime &since,
                                  int limit = 10) const;

    // The SQLite MATCH expression for `title`: up to 8 distinct three-character pieces, OR-ed.
    static QString trigramQuery(const QString &title);

private:
    QList<RelatedCase> read(const SqlStatement &statement) const;

    const Database &m_db;
    Actor m_actor;
};

} // namespace zz
