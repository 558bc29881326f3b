#pragma once

#include "Clock.h"
#include "Entities.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace zz {

class Database;

// A center's own details printed on receipts and 交办单, declared once with their keys: the county
// center's under the shared keys center.*, each township center's under center.<township id>.*.
// An empty value means "print nothing", never a placeholder.
struct CenterSettings
{
    Q_DECLARE_TR_FUNCTIONS(zz::CenterSettings)

public:
    enum class ReceiptPaper { A5, HalfA4 };

    static inline const QString nameKey = QStringLiteral("center.name");
    static inline const QString addressKey = QStringLiteral("center.address");
    static inline const QString phoneKey = QStringLiteral("center.phone");
    static inline const QString footerKey = QStringLiteral("center.footer");
    static inline const QString logoKey = QStringLiteral("center.logo"); // base64 PNG
    // "a5" (default) or "a4-half": an A4 sheet cut in two. One setting for the whole installation.
    static inline const QString receiptPaperKey = QStringLiteral("receipt.paper");

    static constexpr int maxFooterLength = 200;
    static constexpr qsizetype maxLogoBytes = 256 * 1024; // the PNG, before base64
    static constexpr int logoPixels = 256;                // the GUI scales a logo to fit this square

    QString name;
    QString address;
    QString phone;
    QString footer;     // a line at the foot of the receipt (opening hours, a reminder)
    QByteArray logoPng; // empty: no logo
    ReceiptPaper receiptPaper = ReceiptPaper::A5;

    // The stored key of `field` ("center.name", "name") for a center: orgUnitId 0 or the county's
    // id gives the shared key, a township's id "center.<id>.name".
    static QString key(const Database &db, qint64 orgUnitId, const QString &sharedKey);

    // Exactly what is stored for one center (no fallback): for the editor.
    static CenterSettings own(const Database &db, qint64 orgUnitId);
    // What a printout of a case registered in `townshipId` carries: the township center's details
    // when it has a name of its own, else the county's; a township without a logo or footer of its
    // own prints the county's. 0: the county's.
    static CenterSettings load(const Database &db, qint64 townshipId = 0);

    // Stores one center's details. The county's need a county admin, a township's an admin whose
    // scope holds the township (PostgreSQL checks the same, migration 0019). Throws zz::Error.
    static void save(const Database &db, const Clock &clock, const Actor &actor, qint64 orgUnitId,
                     const CenterSettings &settings);

    static ReceiptPaper paperFromString(const QString &value)
    {
        return value.trimmed() == QStringLiteral("a4-half") ? ReceiptPaper::HalfA4 : ReceiptPaper::A5;
    }
    static QString paperToString(ReceiptPaper paper)
    {
        return paper == ReceiptPaper::HalfA4 ? QStringLiteral("a4-half") : QStringLiteral("a5");
    }
};

} // namespace zz
