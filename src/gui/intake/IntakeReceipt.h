#pragma once

#include "shell/AppContext.h"

#include <QCoreApplication>
#include <QImage>
#include <memory>

class QPrinter;
class QTextDocument;
class QWidget;

namespace zz {

// 受理回执: the slip handed to the person who reported a case — the center, the case number and
// lookup code (查询码) with a QR code of the number, when it was received and the promised time
// limit, and the reporter's name masked.
class IntakeReceipt
{
    Q_DECLARE_TR_FUNCTIONS(zz::IntakeReceipt)

public:
    IntakeReceipt(const AppContext &context, CaseRecord record);

    const CaseRecord &record() const { return m_record; }
    // Settings key center.name, else the township's name + 综治中心.
    QString centerName() const;
    QString html() const;
    std::unique_ptr<QTextDocument> document() const;
    // A QR code of `text` (one pixel per module before scaling; a null image if it cannot be made).
    static QImage qrCode(const QString &text, int size);
    // Throws zz::Error(Storage) when the file cannot be written.
    void writePdf(const QString &path) const;
    // Opens a print preview (window-modal, not blocking).
    void preview(QWidget *parent) const;

private:
    const AppContext &m_context;
    CaseRecord m_record;
};

} // namespace zz
