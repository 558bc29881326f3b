#pragma once

#include "CenterSettings.h"
#include "shell/AppContext.h"

#include <QCoreApplication>
#include <QImage>
#include <memory>

class QPrinter;
class QTextDocument;
class QWidget;

namespace zz {

// 受理回执: the slip handed to the person who reported a case — the center (its logo, name, address,
// phone and footer line: the registering township center's, else the county's),
// the case number and lookup code (查询码) with a QR code of the number, when it was received, by whom,
// the promised time limit, where progress can be checked, and the reporter's name masked — and below a
// cut line the stub (存根) the center keeps. Printed on A5 or on half an A4 sheet.
class IntakeReceipt
{
    Q_DECLARE_TR_FUNCTIONS(zz::IntakeReceipt)

public:
    using Paper = CenterSettings::ReceiptPaper;

    IntakeReceipt(const AppContext &context, CaseRecord record);

    const CaseRecord &record() const { return m_record; }
    // The center's name (CenterSettings of the case's township), else the township's name + 综治中心.
    QString centerName() const;
    // The display name of the account that registered the case.
    QString receptionist() const;
    // The resident's part and the center's stub.
    QString html() const;
    QString stubHtml() const;
    // Both parts with the cut line between them, for a picture on screen.
    std::unique_ptr<QTextDocument> document() const;
    // A QR code of `text` (one pixel per module before scaling; a null image if it cannot be made).
    static QImage qrCode(const QString &text, int size);
    // Throws zz::Error(Storage) when the file cannot be written. Without a paper, the setting's.
    void writePdf(const QString &path) const;
    void writePdf(const QString &path, Paper paper) const;
    // Opens a print preview (window-modal, not blocking) with a choice of paper.
    void preview(QWidget *parent) const;

private:
    struct Parts
    {
        QString receipt;
        QString stub;
        QImage qr;
        QImage logo; // null: none
        QString title;
    };
    Parts parts() const;
    QString reporter() const;
    // The receipt's date format in the interface language (2026年12月6日, 6 December 2026).
    static QString dateFormat();
    // The center's logo (CenterSettings), null when it has none.
    QImage logoImage() const;
    static void setUpPrinter(QPrinter *printer, Paper paper);
    static void render(QPrinter *printer, Paper paper, const Parts &parts);

    const AppContext &m_context;
    CaseRecord m_record;
    CenterSettings m_center;
};

} // namespace zz
