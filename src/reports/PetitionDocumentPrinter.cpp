#include "PetitionDocumentPrinter.h"

#include "ReportFont.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextList>
#include <cmath>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

// Paragraphs only: no tables, frames or lists (whose borders and bullets only the document layout
// draws).
bool isPlain(const QTextDocument &doc)
{
    if (!doc.rootFrame()->childFrames().isEmpty())
        return false;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next())
        if (block.textList())
            return false;
    return true;
}

// Each line on the page its top falls on. The document layout draws whole blocks that touch a page,
// and QTextLayout then draws one line beyond the clip as well: clipped on paper, but text a PDF reader
// extracts, so a paragraph split by a page break would read twice.
void drawLines(const QTextDocument &doc, QPainter &painter, int page, qreal pageHeight)
{
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        const QPointF origin = layout->position();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            if (int(std::floor((origin.y() + line.y() + 0.5) / pageHeight)) == page)
                line.draw(&painter, origin);
        }
    }
}

} // namespace

PetitionDocumentPrinter::PetitionDocumentPrinter(QString filledHtml, QString title)
    : m_html(std::move(filledHtml)), m_title(std::move(title))
{}

std::unique_ptr<QTextDocument> PetitionDocumentPrinter::document(qreal dpi) const
{
    // "text-indent: 2em" → pixels of the body font on this device.
    static const QRegularExpression emIndent(u"text-indent:\\s*([0-9.]+)em"_s);
    QString html = m_html;
    for (auto it = emIndent.globalMatch(m_html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const qreal px = match.captured(1).toDouble() * bodyPointSize * dpi / 72.0;
        html.replace(match.captured(0), u"text-indent: %1px"_s.arg(qRound(px)));
    }
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(ReportFont::font(bodyPointSize));
    doc->setDocumentMargin(0);
    doc->setHtml(html);
    // Official documents read at about one and a half lines; the template's HTML need not say so.
    QTextCursor cursor(doc.get());
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        cursor.setPosition(block.position());
        QTextBlockFormat format = block.blockFormat();
        format.setLineHeight(150, QTextBlockFormat::ProportionalHeight);
        cursor.setBlockFormat(format);
    }
    return doc;
}

void PetitionDocumentPrinter::setUpPage(QPagedPaintDevice &device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(28, 37, 26, 35), QPageLayout::Millimeter));
}

int PetitionDocumentPrinter::print(QPagedPaintDevice &device) const
{
    const auto doc = document(device.logicalDpiY());
    QPainter painter(&device);
    if (!painter.isActive())
        return 0;
    doc->documentLayout()->setPaintDevice(&device);
    const qreal width = device.width();
    const QFont footerFont = ReportFont::font(10);
    const qreal footerHeight = QFontMetricsF(footerFont, &device).height() * 2;
    doc->setPageSize(QSizeF(width, device.height() - footerHeight));
    const qreal pageHeight = device.height() - footerHeight;
    const int pages = doc->pageCount();
    const bool lineByLine = isPlain(*doc);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        painter.translate(0, -page * pageHeight);
        const QRectF pageRect(0, page * pageHeight, width, pageHeight);
        painter.setClipRect(pageRect);
        if (lineByLine) {
            drawLines(*doc, painter, page, pageHeight);
        } else {
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = pageRect;
            doc->documentLayout()->draw(&painter, context);
        }
        painter.restore();
        if (pages > 1) {
            painter.setFont(footerFont);
            painter.drawText(QRectF(0, pageHeight, width, footerHeight), Qt::AlignCenter,
                             tr("第 %1 页，共 %2 页").arg(page + 1).arg(pages));
        }
    }
    return pages;
}

bool PetitionDocumentPrinter::writePdf(const QString &path) const
{
    {
        QPdfWriter writer(path);
        writer.setTitle(m_title);
        writer.setCreator(u"综治中心工作台"_s);
        writer.setResolution(300);
        setUpPage(writer);
        if (print(writer) <= 0)
            return false;
    }
    return QFileInfo(path).size() > 0;
}

QString PetitionDocumentPrinter::plainText() const
{
    return document()->toPlainText();
}

} // namespace zz
