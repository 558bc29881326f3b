#pragma once

#include "shell/AppContext.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

class QPrinter;
class QTextDocument;
class QWidget;

namespace zz {

// The dispatch slip (案件交办单) that goes with a case to the department: the center, case number,
// title, description, category, place, parties with ID numbers and phones masked (the reporter's phone
// in full for the assigned department, see Contact), the dispatch
// instructions, department, deadline, copied units and the signature lines. Printed through a
// preview or written as PDF.
class DispatchSlip
{
    Q_DECLARE_TR_FUNCTIONS(zz::DispatchSlip)

public:
    // Masked: every ID number and phone masked. ReporterPhone: the reporter's phone in full, for the
    // department that has to call him (Permissions::mayPrintContactOnSlip), with a reveal audit row.
    enum class Contact { Masked, ReporterPhone };

    // Reads the case within the account's scope; throws zz::Error (NotFound, Forbidden — also when the
    // account may not print the contact).
    DispatchSlip(const AppContext &context, qint64 caseId, Contact contact = Contact::Masked);

    // Whether this account may print the reporter's phone on this case's slip.
    static bool mayShowContact(const AppContext &context, const CaseRecord &record);

    const CaseRecord &record() const { return m_record; }
    // "青石镇综治中心": the center holding the case.
    QString centerName() const;
    QString html() const;
    std::unique_ptr<QTextDocument> document() const;
    void print(QPrinter *printer) const;
    // Throws zz::Error(Storage) when the file cannot be written.
    void writePdf(const QString &path) const;

    // Opens a print preview of the case's slip (window-modal, not blocking).
    static void preview(const AppContext &context, qint64 caseId, QWidget *parent,
                        Contact contact = Contact::Masked);

private:
    const AppContext &m_context;
    CaseRecord m_record;
    QList<FlowEntry> m_flow;
    QList<qint64> m_copies;
    Contact m_contact = Contact::Masked;
};

} // namespace zz
