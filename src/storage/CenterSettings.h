#pragma once

#include "ReferenceRepositories.h"

#include <QString>

namespace zz {

// The center's own details printed on receipts (shared settings keys, written by a county admin),
// declared once with their defaults: an empty value means "print nothing", never a placeholder.
struct CenterSettings
{
    enum class ReceiptPaper { A5, HalfA4 };

    static inline const QString nameKey = QStringLiteral("center.name");
    static inline const QString addressKey = QStringLiteral("center.address");
    static inline const QString phoneKey = QStringLiteral("center.phone");
    // "a5" (default) or "a4-half": an A4 sheet cut in two.
    static inline const QString receiptPaperKey = QStringLiteral("receipt.paper");

    QString name;
    QString address;
    QString phone;
    ReceiptPaper receiptPaper = ReceiptPaper::A5;

    static CenterSettings load(const Database &db)
    {
        const SettingsRepository settings(db);
        CenterSettings s;
        s.name = settings.value(nameKey).trimmed();
        s.address = settings.value(addressKey).trimmed();
        s.phone = settings.value(phoneKey).trimmed();
        s.receiptPaper = paperFromString(settings.value(receiptPaperKey));
        return s;
    }

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
