#pragma once

#include "AuditLogReader.h"
#include "CaseRepository.h"
#include "DepartmentService.h"
#include "Entities.h"
#include "TableColumn.h"
#include "WorkerRepository.h"
#include "petition/PetitionRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <functional>
#include <optional>

namespace zz {

class Clock;
class Database;

// What an export is limited to: a period (inclusive dates), a township, and for the case list the
// very query the list shows.
struct ExportFilter
{
    QDate from;
    QDate to;
    QString townshipCode;
    qint64 orgUnitId = 0;             // or the unit itself (a list's unit filter), 0 = the account's scope
    std::optional<CaseQuery> cases;   // the case list's own query (GUI); else built from the fields above
    QString search;                   // the list's search text, written above the table
    std::optional<AuditFilter> audit; // the audit log page's own filter (person, action, case)
    // A list page's own selection, so that the file holds exactly the rows the page shows (every page
    // of them): its search text is `search` above; unset fields mean every row of the scope (the
    // command line).
    std::optional<bool> includeInactive;          // 显示已停用 of the base-data pages and the org tree
    std::optional<DepartmentFilter> departments;  // the departments page: unit, kind, text, inactive
    std::optional<WorkerFilter> workers;          // the workers page: township, employment, text, state
    int callbacksClosedWithinDays = -1;           // ≥ 0: the call-back page's due list (callbacks-due)
    std::optional<PetitionBoardFilter> petitions; // the petition board's filter (status, type, repeat, drill)
};

// Everything a kind's builder may use.
struct ExportContext
{
    const Database &db;
    const Clock &clock;
    Actor actor;
    QString login;
    ExportFilter filter;
    qint64 scopeOrgUnitId = 0; // the township asked for, else the account's unit (0 = everything)
    QString scopeName;         // its name for the line above the table
    bool fullPersonalData = false;
    QString folder; // where the file goes (a grid's long boundary is written beside it)

    QString maskId(const QString &id) const;
    QString maskPhone(const QString &phone) const;
    QString maskName(const QString &name) const;
};

// One table to write: a sheet name, columns, lines above the table (title, filter) and the rows,
// handed over page by page so that no list is held whole.
struct ExportTable
{
    QString sheetName;
    QString title;
    QList<TableColumn> columns;
    QStringList filterLines;
    std::function<void(const std::function<void(const QVariantList &)> &put)> rows;
    QList<QStringList> notes; // an optional notes sheet
};

// A kind of list that can be exported: its code for the command line, a name, and its builder.
// Adding a kind is one builder function and one line in ListExport::kinds().
struct ExportKind
{
    QString code;
    QString name;
    std::function<ExportTable(const ExportContext &)> build;
};

// Exports lists to .xlsx or .csv (by the file's suffix) for the account: within its scope, masked
// unless it may export personal data (Permission::ExportPersonalData), each export recorded in the
// audit log. Errors throw zz::Error with a translated message; a failed export leaves no file.
class ListExport
{
    Q_DECLARE_TR_FUNCTIONS(zz::ListExport)

public:
    ListExport(const Database &db, const Clock &clock, const Actor &actor, const QString &login);

    static QList<ExportKind> kinds();
    static std::optional<ExportKind> kind(const QString &code);
    static QStringList kindCodes();

    bool unmasked() const;
    // Writes the list of kind `code` to `path` and returns the number of rows written.
    qint64 write(const QString &code, const ExportFilter &filter, const QString &path) const;

    // The builders (one per kind), public for kinds added elsewhere and for tests.
    static ExportTable cases(const ExportContext &cx);
    static ExportTable caseLedger(const ExportContext &cx);
    static ExportTable orgUnits(const ExportContext &cx);
    static ExportTable grids(const ExportContext &cx);
    static ExportTable departments(const ExportContext &cx);
    static ExportTable categories(const ExportContext &cx);
    static ExportTable workers(const ExportContext &cx);
    static ExportTable callbacks(const ExportContext &cx);
    static ExportTable callbacksDue(const ExportContext &cx);
    static ExportTable auditLog(const ExportContext &cx);
    static ExportTable petitions(const ExportContext &cx); // PetitionLedgerExport.cpp

    // The filter line written above every table: scope, period, search, who exported it and when.
    static QStringList filterLines(const ExportContext &cx, const QStringList &extra = {});

private:
    const Database &m_db;
    const Clock &m_clock;
    Actor m_actor;
    QString m_login;
};

} // namespace zz
