#include "TicketSlip.h"

#include "Error.h"
#include "cases/PrintFont.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace zz {

TicketSlip::TicketSlip(QueueTicket ticket, QString serviceName, int waitingAhead, QString centerName)
    : m_ticket(std::move(ticket)), m_serviceName(std::move(serviceName)), m_waitingAhead(waitingAhead),
      m_centerName(std::move(centerName))
{}

QString TicketSlip::html() const
{
    QString type = m_serviceName.toHtmlEscaped();
    if (m_ticket.isPriority())
        type = tr("%1（优先：%2）").arg(type, QueueText::name(m_ticket.priority).toHtmlEscaped());
    const QString ahead = tr("您前面还有 %n 人等候", nullptr, m_waitingAhead);
    return u"<div align='center'>"
           "<p style='font-size:11pt; font-weight:bold'>%1</p>"
           "<p style='font-size:9pt'>%2</p>"
           "<p style='font-size:40pt; font-weight:bold'>%3</p>"
           "<p style='font-size:12pt'>%4</p>"
           "<p style='font-size:10pt'>%5</p>"
           "<p style='font-size:9pt'>%6</p>"
           "<p style='font-size:8pt'>%7</p>"
           "</div>"_s.arg(m_centerName.toHtmlEscaped(), tr("排队号"), m_ticket.code.toHtmlEscaped(), type,
                          ahead.toHtmlEscaped(),
                          tr("取号时间：%1").arg(m_ticket.takenAt.toString(u"yyyy-MM-dd HH:mm"_s)),
                          tr("请留意叫号，过号须重新取号。"));
}

void TicketSlip::setUpPrinter(QPrinter *printer)
{
    printer->setPageSize(QPageSize(QSizeF(widthMm, heightMm), QPageSize::Millimeter, u"80x110"_s));
    printer->setPageOrientation(QPageLayout::Portrait);
    printer->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

void TicketSlip::render(QPrinter *printer) const
{
    QPainter painter(printer);
    if (!painter.isActive())
        return;
    const QSizeF page = printer->pageLayout().fullRectPixels(printer->resolution()).size();
    const qreal mm = printer->resolution() / 25.4;
    const qreal margin = 4 * mm;
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(printer);
    doc.setDefaultFont(PrintFont::font(10));
    doc.setDocumentMargin(0);
    doc.setHtml(html());
    doc.setTextWidth(page.width() - 2 * margin);
    painter.translate(margin, margin);
    doc.drawContents(&painter, QRectF(0, 0, page.width() - 2 * margin, page.height() - 2 * margin));
}

void TicketSlip::writePdf(const QString &path) const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    setUpPrinter(&printer);
    printer.setDocName(tr("排队号 %1").arg(m_ticket.code));
    printer.setCreator(tr("综治中心工作台"));
    render(&printer);
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
        throw Error(Error::Kind::Storage, tr("无法写入文件 %1。").arg(path));
}

bool TicketSlip::print(const QString &printerName) const
{
    const QPrinterInfo info =
        printerName.isEmpty() ? QPrinterInfo::defaultPrinter() : QPrinterInfo::printerInfo(printerName);
    if (info.isNull())
        return false;
    QPrinter printer(info, QPrinter::HighResolution);
    setUpPrinter(&printer);
    printer.setDocName(tr("排队号 %1").arg(m_ticket.code));
    render(&printer);
    return true;
}

void TicketSlip::preview(QWidget *parent, const QString &printerName) const
{
    auto *dialog = new QPrintPreviewDialog(parent);
    dialog->setObjectName(u"ticketPreviewDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("排队小票预览 — %1").arg(m_ticket.code));
    setUpPrinter(dialog->printer());
    if (!printerName.isEmpty())
        dialog->printer()->setPrinterName(printerName);
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
                     [slip = *this](QPrinter *printer) { slip.render(printer); });
    dialog->resize(480, 700);
    dialog->open();
}

} // namespace zz
