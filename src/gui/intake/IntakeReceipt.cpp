#include "IntakeReceipt.h"

#include "Error.h"
#include "ReferenceRepositories.h"
#include "Validators.h"
#include "cases/PrintFont.h"

#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>
#include <QUrl>
#include <qrencode.h>

using namespace Qt::StringLiterals;

namespace zz {

namespace {
const QUrl qrUrl(u"zz-receipt://qr"_s);
} // namespace

IntakeReceipt::IntakeReceipt(const AppContext &context, CaseRecord record)
    : m_context(context), m_record(std::move(record))
{}

QString IntakeReceipt::centerName() const
{
    const auto township = OrgUnitRepository(m_context.db).get(m_record.townshipId);
    const QString fallback = township ? township->name + tr("综治中心") : tr("综治中心");
    return SettingsRepository(m_context.db).value(u"center.name"_s, fallback);
}

QString IntakeReceipt::html() const
{
    QString reporter = tr("（未登记）");
    for (const CaseParty &p : m_record.parties) {
        if (p.role != PartyRole::Reporter)
            continue;
        reporter = p.anonymous || p.name.isEmpty() ? tr("匿名") : Masking::name(p.name);
        break;
    }
    const QLocale locale;
    const QString format = u"yyyy-MM-dd HH:mm"_s;
    const auto row = [](const QString &label, const QString &value) {
        return u"<tr><td style=\"padding:4px 12px 4px 0; color:#555\">%1</td><td style=\"padding:4px 0\">%2</td></tr>"_s
            .arg(label.toHtmlEscaped(), value);
    };
    const QString deadline = m_record.deadline.isValid()
                                 ? tr("%1 前办结").arg(locale.toString(m_record.deadline, format))
                                 : tr("按规定时限办理");
    QString html = u"<html><body>"_s;
    html += u"<h2 align=\"center\">%1</h2>"_s.arg(centerName().toHtmlEscaped());
    html += u"<h3 align=\"center\">%1</h3>"_s.arg(tr("事件受理回执").toHtmlEscaped());
    html += u"<table width=\"100%\"><tr><td valign=\"top\"><table>"_s;
    html += row(tr("案件编号"), u"<b>%1</b>"_s.arg(m_record.caseNo.toHtmlEscaped()));
    html += row(tr("查询码"), u"<b>%1</b>"_s.arg(m_record.lookupCode.toHtmlEscaped()));
    html += row(tr("事项"), m_record.title.toHtmlEscaped());
    html += row(tr("反映人"), reporter.toHtmlEscaped());
    html += row(tr("受理时间"), locale.toString(m_record.receivedAt, format));
    html += row(tr("承诺时限"), deadline.toHtmlEscaped());
    html +=
        u"</table></td><td align=\"right\" valign=\"top\"><img src=\"%1\" width=\"120\" height=\"120\"></td>"
        "</tr></table>"_s.arg(qrUrl.toString());
    html += u"<p style=\"margin-top:16px\">%1</p>"_s.arg(
        tr("您反映的事项已受理。请凭案件编号和查询码查询办理进度；扫描二维码可读取案件编号。")
            .toHtmlEscaped());
    html += u"<p align=\"right\" style=\"margin-top:24px\">%1<br>%2</p>"_s.arg(
        centerName().toHtmlEscaped(), locale.toString(m_record.receivedAt.date(), u"yyyy年M月d日"_s));
    html += u"</body></html>"_s;
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
    doc->setHtml(html());
    return doc;
}

void IntakeReceipt::writePdf(const QString &path) const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A5));
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    printer.setDocName(tr("受理回执 %1").arg(m_record.caseNo));
    printer.setCreator(tr("综治中心工作台"));
    document()->print(&printer);
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
        throw Error(Error::Kind::Storage, tr("无法写入文件 %1。").arg(path));
}

void IntakeReceipt::preview(QWidget *parent) const
{
    std::shared_ptr<QTextDocument> doc = document();
    auto *dialog = new QPrintPreviewDialog(parent);
    dialog->setObjectName(u"receiptPreviewDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("受理回执预览 — %1").arg(m_record.caseNo));
    dialog->printer()->setPageSize(QPageSize(QPageSize::A5));
    dialog->printer()->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
                     [doc](QPrinter *printer) { doc->print(printer); });
    dialog->resize(800, 900);
    dialog->open();
}

} // namespace zz
