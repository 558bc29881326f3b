#include "BoardPrinter.h"

#include "BoardModel.h"
#include "cases/PrintFont.h"

#include <QAbstractItemModel>
#include <QAbstractTextDocumentLayout>
#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace zz {

namespace {
constexpr qreal bodyPointSize = 8.5;
} // namespace

BoardPrinter::BoardPrinter(const BoardModel &model, QString title, QString filterText, QDateTime printedAt,
                           qint64 total, QString auditMark)
    : m_model(model), m_title(std::move(title)), m_filterText(std::move(filterText)),
      m_printedAt(std::move(printedAt)), m_total(total), m_auditMark(std::move(auditMark))
{}

std::unique_ptr<QTextDocument> BoardPrinter::document(qreal dpi) const
{
    const qreal px = dpi / 96; // borders and padding as on a screen
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(PrintFont::font(bodyPointSize)); // extracts as typed (see PrintFont)
    doc->setDocumentMargin(0);
    QTextCursor cursor(doc.get());

    QTextBlockFormat centred;
    centred.setAlignment(Qt::AlignHCenter);
    centred.setBottomMargin(6 * px);
    QTextCharFormat titleFormat;
    titleFormat.setFontPointSize(bodyPointSize * 1.8);
    titleFormat.setFontWeight(QFont::Bold);
    cursor.setBlockFormat(centred);
    cursor.insertText(m_title, titleFormat);

    QTextBlockFormat plain;
    plain.setBottomMargin(2 * px);
    QTextCharFormat text;
    text.setFontPointSize(bodyPointSize);
    const int rows = m_model.rowCount();
    cursor.insertBlock(plain);
    cursor.insertText(tr("筛选条件：%1").arg(m_filterText), text);
    cursor.insertBlock(plain);
    const QLocale locale;
    const QString count =
        rows < m_total ? tr("共 %1 件，列出前 %2 件").arg(locale.toString(m_total), locale.toString(rows))
                       : tr("共 %1 件").arg(locale.toString(rows));
    cursor.insertText(tr("打印时间：%1　　%2").arg(m_printedAt.toString(u"yyyy-MM-dd HH:mm"_s), count), text);
    cursor.insertBlock(plain);

    const int columns = m_model.columnCount();
    QTextTableFormat tableFormat;
    tableFormat.setHeaderRowCount(1);
    tableFormat.setBorder(px);
    tableFormat.setBorderBrush(QColor(0x90, 0xa4, 0xae));
    tableFormat.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    tableFormat.setBorderCollapse(true);
    tableFormat.setCellPadding(1.5 * px);
    tableFormat.setCellSpacing(0);
    tableFormat.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QTextTable *table = cursor.insertTable(rows + 1, columns, tableFormat);

    QTextCharFormat headerText = text;
    headerText.setFontWeight(QFont::Bold);
    QTextCharFormat headerCell;
    headerCell.setBackground(QColor(0xec, 0xef, 0xf1));
    for (int c = 0; c < columns; ++c) {
        QTextTableCell cell = table->cellAt(0, c);
        cell.setFormat(headerCell);
        cell.firstCursorPosition().insertText(m_model.headerData(c, Qt::Horizontal).toString(), headerText);
    }
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            const QModelIndex index = m_model.index(r, c);
            QTextTableCell cell = table->cellAt(r + 1, c);
            const QVariant background = index.data(Qt::BackgroundRole);
            if (background.canConvert<QBrush>()) {
                QTextCharFormat cellFormat;
                cellFormat.setBackground(background.value<QBrush>());
                cell.setFormat(cellFormat);
            }
            // Paper has no tooltips: the received time in full.
            QString value =
                index.data(c == BoardModel::ReceivedColumn ? Qt::ToolTipRole : Qt::DisplayRole).toString();
            // The 督办 badge is a picture on screen: on paper it becomes a word before the title.
            const auto level =
                static_cast<SuperviseLevel>(index.data(BoardModel::SuperviseLevelRole).toInt());
            if (c == BoardModel::TitleColumn && level != SuperviseLevel::None)
                value = tr("【%1】%2").arg(label(level), value);
            cell.firstCursorPosition().insertText(value, text);
        }
    }
    return doc;
}

int BoardPrinter::render(QPagedPaintDevice &device) const
{
    const std::unique_ptr<QTextDocument> doc = document(device.logicalDpiY());
    QPainter painter(&device);
    if (!painter.isActive())
        return 0;
    doc->documentLayout()->setPaintDevice(&device);
    const qreal width = device.width();
    QFont footerFont = doc->defaultFont();
    const qreal footerHeight = QFontMetricsF(footerFont, &device).height() * 2;
    const qreal pageHeight = device.height() - footerHeight;
    doc->setPageSize(QSizeF(width, pageHeight));
    const int pages = doc->pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        painter.translate(0, -page * pageHeight);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * pageHeight, width, pageHeight);
        painter.setClipRect(context.clip);
        doc->documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(footerFont);
        const QRectF footer(0, pageHeight, width, footerHeight);
        painter.drawText(footer, Qt::AlignCenter, tr("第 %1 页，共 %2 页").arg(page + 1).arg(pages));
        // The log's head as printed: a later rewrite of the log no longer matches the paper.
        if (!m_auditMark.isEmpty())
            painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, m_auditMark);
    }
    return pages;
}

bool BoardPrinter::exportPdf(const QString &path) const
{
    QPdfWriter writer(path);
    writer.setTitle(m_title);
    writer.setCreator(u"综治中心工作台"_s);
    writer.setResolution(300);
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12)));
    return render(writer) > 0;
}

} // namespace zz
