#pragma once

#include "Entities.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <functional>

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

// Bulk reads the list exports need beside the repositories' list pages.
class ExportQueries
{
public:
    // The incident address of each case (cases out of reach are simply missing).
    static QHash<qint64, QString> caseAddresses(const Database &db, const QList<qint64> &caseIds);
    // Call-backs recorded on cases under `scopePath` ("/1/5/"; empty = all), called in [from, to)
    // (invalid = open), oldest first, in pages of `pageSize` handed to `onPage`. Confidential cases
    // appear only for the account that registered them or is on their access list.
    static qint64 callbacks(const Database &db, const QString &scopePath, qint64 viewerUserId,
                            const QDateTime &from, const QDateTime &to, int pageSize,
                            const std::function<void(const QList<CallbackExportRow> &)> &onPage);
};

} // namespace zz
