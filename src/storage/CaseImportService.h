#pragma once

#include "Clock.h"
#include "Entities.h"
#include "WorkCalendar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <optional>

namespace zz {

class Database;

// One row of a historical ledger (台账) or of a 12345 export, read and resolved to our ids (place,
// category, department) by the importer that parsed the file.
struct ImportedCase
{
    int row = 0;    // the row in the source file, named in rejects
    QString caseNo; // ledger: kept when the file gives one
    QDateTime receivedAt;
    CaseSource source = CaseSource::Visit;
    CaseNature nature = CaseNature::Complaint;
    Urgency urgency = Urgency::Normal;
    qint64 categoryId = 0;
    qint64 orgUnitId = 0;
    QString title; // empty: the start of the description
    QString description;
    QString address;
    QList<CaseParty> parties;
    CaseStatus status = CaseStatus::Closed;
    // Dates of the steps; the one of the status the row stands at becomes its flow row's time.
    QDateTime registeredAt, dispatchedAt, feedbackAt, closedAt;
    qint64 departmentId = 0;
    QDateTime deadline; // invalid: the category's limit (12345: 5 working days) from receivedAt
    SuperviseLevel supervise = SuperviseLevel::None;
    std::optional<Satisfaction> satisfaction;
    std::optional<bool> disputeSettled;
    // 12345 work orders: the number and the hotline's own words as they came.
    QString orderNo;
    QString hotlineStatus, hotlineResult, hotlineSatisfaction, hotlineUnit;
};

struct ImportRowResult
{
    enum class Outcome { Added, Unchanged, Updated, Rejected };
    int row = 0;
    Outcome outcome = Outcome::Rejected;
    qint64 caseId = 0;
    QString caseNo;
    QString column; // the column a rejection is about (its key), may be empty
    QString reason; // translated; for Rejected
    // 12345 cross-check: the open case of the same caller on the same matter, and why it matched.
    qint64 flaggedCaseId = 0;
    QString flaggedCaseNo;
    // … or the caller's open petition at the same place (when no open case was found).
    qint64 flaggedPetitionId = 0;
    QString flaggedPetitionNo;
    QString flagReason;
};

// Historical cases and 12345 work orders into cases, set-wise. Each row is checked with the rules of
// registration (validators, an active place within the account's scope, an active category), rows
// that break one come back Rejected with the reason; the rest are stored with their flow rows,
// parties, call-back and audit rows — on PostgreSQL by zz_case_import() as the session's account (the
// server checks scope and role again), on SQLite by the program. A row imported before is found
// again (by case number, by its content, or by work-order number within the county): unchanged it
// changes nothing, changed it updates its case. Runs in the caller's transaction when one is open.
class CaseImportService
{
    Q_DECLARE_TR_FUNCTIONS(zz::CaseImportService)

public:
    enum class Kind { Ledger, Hotline };

    CaseImportService(const Database &db, const Clock &clock, WorkCalendar calendar);

    QList<ImportRowResult> store(Kind kind, const QList<ImportedCase> &rows, const Actor &actor);

    // Rows per statement batch on PostgreSQL.
    static constexpr int batchSize = 1000;

private:
    const Database &m_db;
    const Clock &m_clock;
    WorkCalendar m_calendar;
};

} // namespace zz
