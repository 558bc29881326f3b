#pragma once

#include "Entities.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace zz {

class Database;

// One call-back attempt with its case, for the call-back export.
struct CallbackExportRow
{
    qint64 id = 0;
    QString caseNo;
    QString caseTitle;
    qint64 orgUnitId = 0;
    QString method; // stored code: phone, visit, sms
    QDateTime calledAt;
    QString person;
    QString result; // stored code: satisfied, basic, unsatisfied, unreachable
    QString note;
    QString actorName;
};

// What the case ledger export writes of a case beside its list row.
struct CaseLedgerDetail
{
    QString description;
    QString address;
    // The steps' times: the flow log's first row of each step, or, for an imported case whose log has
    // no row of that step, the date its ledger gave (case_imports, 0050).
    QDateTime registeredAt, dispatchedAt, feedbackAt;
    QDateTime closedAt;
    QString satisfaction;        // stored code, empty for none
    std::optional<bool> settled; // 是否化解, unset for none
};

// Bulk reads the list exports need beside the repositories' list pages.
class ExportQueries
{
public:
    // The incident address of each case (cases out of reach are simply missing).
    static QHash<qint64, QString> caseAddresses(const Database &db, const QList<qint64> &caseIds);
    // The ledger's fields of each case (cases out of reach are simply missing).
    static QHash<qint64, CaseLedgerDetail> caseLedgerDetails(const Database &db,
                                                             const QList<qint64> &caseIds);
    // Call-backs recorded on cases under `scopePath` ("/1/5/"; empty = all), called in [from, to)
    // (invalid = open), oldest first, in pages of `pageSize` handed to `onPage`. Confidential cases
    // appear only for the account that registered them or is on their access list.
    static qint64 callbacks(const Database &db, const QString &scopePath, qint64 viewerUserId,
                            const QDateTime &from, const QDateTime &to, int pageSize,
                            const std::function<void(const QList<CallbackExportRow> &)> &onPage);
};

} // namespace zz
