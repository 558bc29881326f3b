#include "IntakeReceipt.h"

#include "CaseRepository.h"
#include "Error.h"
#include "ReferenceRepositories.h"
#include "Validators.h"
#include "cases/PrintFont.h"
#include "shell/AppSettings.h"

#include <QAbstractTextDocumentLayout>
#include <QComboBox>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QTextDocument>
#include <QToolBar>
#include <QUrl>
#include <qrencode.h>

using namespace Qt::StringLiterals;

namespace zz {

namespace {
const QUrl qrUrl(u"zz-receipt://qr"_s);
const QUrl logoUrl(u"zz-receipt://logo"_s);
constexpr int logoHeight = 44; // as the QR code's 110, in the document's pixels

QString row(const QString &label, const QString &value)
{
    return u"<tr><td style=\"padding:3px 12px 3px 0; color:#555\">%1</td><td style=\"padding:3px 0\">%2</td></tr>"_s
        .arg(label.toHtmlEscaped(), value);
}
} // namespace

IntakeReceipt::IntakeReceipt(const AppContext &context, CaseRecord record)
    : m_context(context), m_record(std::move(record)),
      m_center(CenterSettings::load(context.db, m_record.townshipId))
{
    // A counter whose printer takes other paper than the center's says so in 文件 → 设置.
    if (context.settings && !context.settings->receiptPaper.get().isEmpty())
        m_center.receiptPaper = CenterSettings::paperFromString(context.settings->receiptPaper.get());
}

QString IntakeReceipt::centerName() const
{
    if (!m_center.name.isEmpty())
        return m_center.name;
    const auto township = OrgUnitRepository(m_context.db).get(m_record.townshipId);
    return township ? township->name + tr("综治中心") : tr("综治中心");
}

QImage IntakeReceipt::logoImage() const
{
    return m_center.logoPng.isEmpty() ? QImage() : QImage::fromData(m_center.logoPng, "PNG");
}

QString IntakeReceipt::receptionist() const
{
    if (m_record.createdBy == 0 || m_record.createdBy == m_context.user.id)
        return m_context.user.displayName;
    // A reprint by someone else: the name the flow log kept for the account that registered it.
    if (m_record.id > 0)
        for (const FlowEntry &entry : CaseRepository(m_context.db).flow(m_record.id))
            if (entry.actorUserId == m_record.createdBy)
                return entry.actorName;
    return {};
}

QString IntakeReceipt::reporter() const
{
    for (const CaseParty &p : m_record.parties)
        if (p.role == PartyRole::Reporter)
            return p.anonymous || p.name.isEmpty() ? tr("匿名") : Masking::name(p.name);
    return tr("（未登记）");
}

QString IntakeReceipt::dateFormat()
{
    return tr("yyyy年M月d日", "QDate format of the receipt's dates");
}

QString IntakeReceipt::html() const
{
    // Dates as residents write them in the receipt's language: 2026年12月6日 09:30, 6 Dec 2026, 09:30.
    const QLocale locale;
    const QString dateTimeFormat = tr("yyyy年M月d日 HH:mm", "QDateTime format of the receipt's times");
    const QString deadline = m_record.deadline.isValid()
                                 ? tr("%1 前办结").arg(locale.toString(m_record.deadline, dateTimeFormat))
                                 : tr("按规定时限办理");
    QString html = u"<html><body>"_s;
    if (const QImage logo = logoImage(); !logo.isNull())
        html +=
            u"<p align=\"center\" style=\"margin:0 0 4px 0\"><img src=\"%1\" width=\"%2\" height=\"%3\"></p>"_s
                .arg(logoUrl.toString())
                .arg(qMax(1, logo.width() * logoHeight / qMax(1, logo.height())))
                .arg(logoHeight);
    html += u"<h2 align=\"center\" style=\"margin:0\">%1</h2>"_s.arg(centerName().toHtmlEscaped());
    QStringList contact;
    if (!m_center.address.isEmpty())
        contact << tr("地址：%1").arg(m_center.address);
    if (!m_center.phone.isEmpty())
        contact << tr("电话：%1").arg(m_center.phone);
    if (!contact.isEmpty())
        html += u"<p align=\"center\" style=\"margin:2px 0\">%1</p>"_s.arg(
            contact.join(tr("　", "between the address and the phone")).toHtmlEscaped());
    html += u"<h3 align=\"center\" style=\"margin:6px 0\">%1</h3>"_s.arg(tr("事件受理回执").toHtmlEscaped());
    html += u"<table width=\"100%\"><tr><td valign=\"top\"><table>"_s;
    html += row(tr("案件编号"), u"<b>%1</b>"_s.arg(m_record.caseNo.toHtmlEscaped()));
    html += row(tr("查询码"), u"<b>%1</b>"_s.arg(m_record.lookupCode.toHtmlEscaped()));
    html += row(tr("事项"), m_record.title.toHtmlEscaped());
    html += row(tr("反映人"), reporter().toHtmlEscaped());
    html += row(tr("受理时间"), locale.toString(m_record.receivedAt, dateTimeFormat));
    if (const QString name = receptionist(); !name.isEmpty())
        html += row(tr("受理人"), name.toHtmlEscaped());
    html += row(tr("承诺时限"), deadline.toHtmlEscaped());
    html +=
        u"</table></td><td align=\"right\" valign=\"top\"><img src=\"%1\" width=\"110\" height=\"110\"></td>"
        "</tr></table>"_s.arg(qrUrl.toString());
    const QString where = m_center.phone.isEmpty()
                              ? tr("您反映的事项已受理。请凭案件编号和查询码到本中心受理窗口查询办理进度。")
                              : tr("您反映的事项已受理。请凭案件编号和查询码拨打本中心电话 %1 "
                                   "或到本中心受理窗口查询办理进度。")
                                    .arg(m_center.phone);
    html += u"<p style=\"margin-top:10px\">%1%2</p>"_s.arg(where.toHtmlEscaped(),
                                                           tr("扫描二维码可读取案件编号。").toHtmlEscaped());
    html += u"<p align=\"right\" style=\"margin-top:10px\">%1<br>%2</p>"_s.arg(
        centerName().toHtmlEscaped(), locale.toString(m_record.receivedAt.date(), dateFormat()));
    if (!m_center.footer.isEmpty())
        html += u"<p align=\"center\" style=\"margin-top:6px; color:#555\">%1</p>"_s.arg(
            m_center.footer.toHtmlEscaped());
    html += u"</body></html>"_s;
    return html;
}

QString IntakeReceipt::stubHtml() const
{
    QString html = u"<html><body>"_s;
    html += u"<h3 align=\"center\" style=\"margin:0 0 4px 0\">%1</h3>"_s.arg(
        tr("受理回执存根（%1留存）").arg(centerName()).toHtmlEscaped());
    html += u"<table width=\"100%\"><tr><td valign=\"top\"><table>"_s;
    html += row(tr("案件编号"), u"<b>%1</b>"_s.arg(m_record.caseNo.toHtmlEscaped()));
    html += row(tr("查询码"), u"<b>%1</b>"_s.arg(m_record.lookupCode.toHtmlEscaped()));
    html += row(tr("反映人"), reporter().toHtmlEscaped());
    html += u"</table></td><td valign=\"top\"><table>"_s;
    html += row(tr("受理日期"), QLocale().toString(m_record.receivedAt.date(), dateFormat()));
    html += row(tr("受理人"), receptionist().toHtmlEscaped());
    html += row(tr("领取人签字"), QString());
    html += u"</table></td></tr></table></body></html>"_s;
    return html;
}

QImage IntakeReceipt::qrCode(const QString &text, int size)
{
    const QByteArray data = text.toUtf8();
    QRcode *code = QRcode_encodeString(data.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return {};
    const int quiet = 2; // modules of white border
    const int modules = code->width + 2 * quiet;
    QImage image(modules, modules, QImage::Format_Mono);
    image.fill(1);
    for (int y = 0; y < code->width; ++y)
        for (int x = 0; x < code->width; ++x)
            if (code->data[y * code->width + x] & 1)
                image.setPixel(x + quiet, y + quiet, 0);
    QRcode_free(code);
    return image.scaled(size, size, Qt::KeepAspectRatio, Qt::FastTransformation);
}

std::unique_ptr<QTextDocument> IntakeReceipt::document() const
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(PrintFont::font(11)); // extracts as typed (see PrintFont)
    doc->setDocumentMargin(0);
    doc->setMetaInformation(QTextDocument::DocumentTitle, tr("受理回执 %1").arg(m_record.caseNo));
    doc->addResource(QTextDocument::ImageResource, qrUrl, qrCode(m_record.caseNo, 480));
    if (const QImage logo = logoImage(); !logo.isNull())
        doc->addResource(QTextDocument::ImageResource, logoUrl, logo);
    QString both = html();
    both.chop(int(u"</body></html>"_s.size()));
    both +=
        u"<p align=\"center\" style=\"margin:12px 0; color:#777\">- - - - - - - - %1 - - - - - - - -</p>"_s
            .arg(tr("沿此线剪开").toHtmlEscaped());
    QString stub = stubHtml();
    both += stub.mid(int(u"<html><body>"_s.size()));
    doc->setHtml(both);
    return doc;
}

IntakeReceipt::Parts IntakeReceipt::parts() const
{
    return Parts{html(), stubHtml(), qrCode(m_record.caseNo, 480), logoImage(),
                 tr("受理回执 %1").arg(m_record.caseNo)};
}

void IntakeReceipt::setUpPrinter(QPrinter *printer, Paper paper)
{
    printer->setPageOrientation(QPageLayout::Portrait);
    printer->setPageSize(QPageSize(paper == Paper::HalfA4 ? QPageSize::A4 : QPageSize::A5));
    printer->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

// The resident's part at the top, the stub at the bottom of an A5 sheet or just below the middle of
// an A4 sheet (the cut line halves it), a dashed cut line between them.
void IntakeReceipt::render(QPrinter *printer, Paper paper, const Parts &parts)
{
    QPainter painter(printer);
    if (!painter.isActive())
        return;
    const QSizeF page = printer->pageLayout().fullRectPixels(printer->resolution()).size();
    const qreal mm = printer->resolution() / 25.4;
    const qreal margin = 10 * mm;
    const qreal width = page.width() - 2 * margin;
    const auto make = [&](const QString &html, qreal pointSize) {
        auto doc = std::make_unique<QTextDocument>();
        doc->documentLayout()->setPaintDevice(printer);
        doc->setDefaultFont(PrintFont::font(pointSize)); // extracts as typed (see PrintFont)
        doc->setDocumentMargin(0);
        doc->addResource(QTextDocument::ImageResource, qrUrl, parts.qr);
        if (!parts.logo.isNull())
            doc->addResource(QTextDocument::ImageResource, logoUrl, parts.logo);
        doc->setHtml(html);
        doc->setTextWidth(width);
        return doc;
    };
    const auto receipt = make(parts.receipt, paper == Paper::HalfA4 ? 10 : 10.5);
    const auto stub = make(parts.stub, 9.5);
    const qreal gap = 6 * mm;
    const qreal cutY =
        paper == Paper::HalfA4 ? page.height() / 2 : page.height() - margin - stub->size().height() - gap;

    painter.save();
    painter.translate(margin, margin);
    receipt->drawContents(&painter, QRectF(0, 0, width, cutY - margin - mm));
    painter.restore();

    QFont small = PrintFont::font(8);
    painter.setFont(small);
    const QString label = tr("沿此线剪开");
    const qreal labelWidth = painter.fontMetrics().horizontalAdvance(label) + 4 * mm;
    QPen pen(QColor(0x77, 0x77, 0x77));
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(0.3 * mm);
    painter.setPen(pen);
    const qreal mid = page.width() / 2;
    painter.drawLine(QPointF(4 * mm, cutY), QPointF(mid - labelWidth / 2, cutY));
    painter.drawLine(QPointF(mid + labelWidth / 2, cutY), QPointF(page.width() - 4 * mm, cutY));
    painter.drawText(QRectF(mid - labelWidth / 2, cutY - 3 * mm, labelWidth, 6 * mm), Qt::AlignCenter, label);

    painter.translate(margin, cutY + gap);
    stub->drawContents(&painter, QRectF(0, 0, width, page.height() - cutY - gap));
}

void IntakeReceipt::writePdf(const QString &path) const
{
    writePdf(path, m_center.receiptPaper);
}

void IntakeReceipt::writePdf(const QString &path, Paper paper) const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    setUpPrinter(&printer, paper);
    printer.setDocName(tr("受理回执 %1").arg(m_record.caseNo));
    printer.setCreator(tr("综治中心工作台"));
    render(&printer, paper, parts());
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
        throw Error(Error::Kind::Storage, tr("无法写入文件 %1。").arg(path));
}

void IntakeReceipt::preview(QWidget *parent) const
{
    auto *dialog = new QPrintPreviewDialog(parent);
    dialog->setObjectName(u"receiptPreviewDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("受理回执预览 — %1").arg(m_record.caseNo));
    auto *paperBox = new QComboBox(dialog);
    paperBox->setObjectName(u"receiptPaperComboBox"_s);
    paperBox->addItem(tr("A5"), int(Paper::A5));
    paperBox->addItem(tr("A4 对半裁"), int(Paper::HalfA4));
    paperBox->setCurrentIndex(paperBox->findData(int(m_center.receiptPaper)));
    if (auto *toolBar = dialog->findChild<QToolBar *>()) {
        toolBar->addSeparator();
        toolBar->addWidget(paperBox);
    }
    setUpPrinter(dialog->printer(), m_center.receiptPaper);
    if (m_context.settings && !m_context.settings->printerName.get().isEmpty())
        dialog->printer()->setPrinterName(m_context.settings->printerName.get());
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
                     [paperBox, parts = parts()](QPrinter *printer) {
                         render(printer, Paper(paperBox->currentData().toInt()), parts);
                     });
    QObject::connect(paperBox, &QComboBox::currentIndexChanged, dialog, [dialog, paperBox] {
        setUpPrinter(dialog->printer(), Paper(paperBox->currentData().toInt()));
        if (auto *view = dialog->findChild<QPrintPreviewWidget *>())
            view->updatePreview();
    });
    dialog->resize(800, 900);
    dialog->open();
}

} // namespace zz
