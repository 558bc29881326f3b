#pragma once

#include "queue/QueueTypes.h"

#include <QCoreApplication>
#include <QString>

class QPrinter;
class QWidget;

namespace zz {

// 排队小票: the small slip a visitor takes away — the center's name, the number in large type, the
// business type (and priority), how many wait before, the time taken and a line of advice. Printed on
// an 80 mm receipt roll (the common ticket printer) or written to PDF.
class TicketSlip
{
    Q_DECLARE_TR_FUNCTIONS(zz::TicketSlip)

public:
    static constexpr double widthMm = 80;
    static constexpr double heightMm = 110;

    TicketSlip(QueueTicket ticket, QString serviceName, int waitingAhead, QString centerName);

    QString html() const;
    // Throws zz::Error(Storage) when the file cannot be written.
    void writePdf(const QString &path) const;
    // Prints on `printerName` (empty: the system's default). False when no printer could be used.
    bool print(const QString &printerName) const;
    // A print preview (window-modal, not blocking).
    void preview(QWidget *parent, const QString &printerName) const;

private:
    static void setUpPrinter(QPrinter *printer);
    void render(QPrinter *printer) const;

    QueueTicket m_ticket;
    QString m_serviceName;
    int m_waitingAhead = 0;
    QString m_centerName;
};

} // namespace zz
