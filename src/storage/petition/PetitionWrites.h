#pragma once

#include "Entities.h"
#include "PetitionRecords.h"
#include "PetitionService.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

namespace zz {

class Clock;
class Database;

// The rows every petition change writes (PetitionService's files share them): flow rows with their audit
// row, clocks, documents with their 文号, counters on SQLite. Internal to storage.
namespace petitionwrites {

QString dateText(QDate d);
QVariant dateValue(QDate d);
QString pausesJson(const QList<ClockPause> &pauses);
void recordAudit(const Database &db, const Clock &clock, const Actor &actor, const QString &action,
                 const QString &objectType, qint64 objectId, const QString &detail);
// The flow row and (on SQLite; the server's trigger on PostgreSQL) its audit row.
void insertFlow(const Database &db, const Clock &clock, qint64 petitionId, const QString &action,
                const QString &from, const QString &to, const Actor &actor, const QString &note,
                const QDateTime &at);
qint64 insertClock(const Database &db, qint64 petitionId, const PetitionClockValue &v, const QString &ruleSet,
                   const QDateTime &now);
void updateClock(const Database &db, const PetitionClockRecord &c);
// The next number of a counter row (SQLite; on PostgreSQL the triggers of migration 0026 number).
int nextSequence(const Database &db, const QString &table, const QString &keyColumns,
                 const QVariantList &key);
PetitionDocumentRecord insertDocument(const Database &db, const PetitionRecord &p, const DocumentIssue &doc,
                                      const Actor &actor, const QDateTime &now);
// The clock the board shows: the earliest running one; a paused one when none runs.
void setNextDue(PetitionRecord &p, const QList<PetitionClockRecord> &clocks);

} // namespace petitionwrites
} // namespace zz
