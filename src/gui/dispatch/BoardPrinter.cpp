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
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace zz {

namespace {
constexpr qreal bodyPointSize = 8.5;
constexpr int progressEveryRows = 100;
} // namespace

BoardPrinter::BoardPrinter(const BoardModel &model, QString title, QString filterText, QDateTime printedAt,
                           qint64 total, QString auditMark)
    : BoardPrinter(snapshot(model), std::move(title), std::move(filterText), std::move(printedAt), total,
                   std::move(auditMark))
{}

BoardPrinter::BoardPrinter(Snapshot rows, QString title, QString filterText, QDateTime printedAt,
                           qint64 total, QString auditMark)
    : m_rows(std::move(rows)), m_title(std::move(title)), m_filterText(std::move(filterText)),
      m_printedAt(std::move(printedAt)), m_total(total), m_auditMark(std::move(auditMark))
{}

BoardPrinter::Snapshot BoardPrinter::snapshot(const BoardModel &model)
{
    Snapshot out;
    const int columns = model.columnCount();
    for (int c = 0; c < columns; ++c)
        out.headers << model.headerData(c, Qt::Horizontal).toString();
    const int rows = model.rowCount();
    out.rows.reserve(rows);
    for (int r = 0; r < rows; ++r) {
        QList<Cell> cells;
        cells.reserve(columns);
        for (int c = 0; c < columns; ++c) {
            const QModelIndex index = model.index(r, c);
            Cell cell;
            const QVariant background = index.data(Qt::BackgroundRole);
            if (background.canConvert<QBrush>())
                cell.background = background.value<QBrush>();
            // Paper has no tooltips: the received time in full.
            cell.text =
                index.data(c == BoardModel::ReceivedColumn ? Qt::ToolTipRole : Qt::DisplayRole).toString();
            // The 督办 badge is a picture on screen: on paper it becomes a word before the title.
            const auto level =
                static_cast<SuperviseLevel>(index.data(BoardModel::SuperviseLevelRole).toInt());
            if (c == BoardModel::TitleColumn && level != SuperviseLevel::None)
                cell.text = tr("【%1】%2").arg(label(level), cell.text);
            cells.append(cell);
        }
        out.rows.append(cells);
    }
    return out;
}

std::unique_ptr<QTextDocument> BoardPrinter::document(qreal dpi, const Progress &progress) const
{
    const qreal px = dpi / 96; // borders and padding as on a screen
    auto doc = std::make_unique<QTextDocument>();
    doc->setUndoRedoEnabled(false);
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
    const int rows = int(m_rows.rows.size());
    cursor.insertBlock(plain);
    cursor.insertText(tr("筛选条件：%1").arg(m_filterText), text);
    cursor.insertBlock(plain);
    const QLocale locale;
    const QString count =
        rows < m_total ? tr("共 %1 件，列出前 %2 件").arg(locale.toString(m_total), locale.toString(rows))
                       : tr("共 %Ln 件", nullptr, rows);
    cursor.insertText(tr("打印时间：%1　　%2").arg(m_printedAt.toString(u"yyyy-MM-dd HH:mm"_s), count), text);
    cursor.insertBlock(plain);

    const int columns = int(m_rows.headers.size());
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
        cell.firstCursorPosition().insertText(m_rows.headers.at(c), headerText);
    }
    for (int r = 0; r < rows; ++r) {
        if (progress && r % progressEveryRows == 0 && !progress(Stage::Building, r, rows))
            return nullptr;
        const QList<Cell> &cells = m_rows.rows.at(r);
        for (int c = 0; c < columns && c < cells.size(); ++c) {
            QTextTableCell cell = table->cellAt(r + 1, c);
            if (cells.at(c).background.style() != Qt::NoBrush) {
                QTextCharFormat cellFormat;
                cellFormat.setBackground(cells.at(c).background);
                cell.setFormat(cellFormat);
            }
            cell.firstCursorPosition().insertText(cells.at(c).text, text);
        }
    }
    if (progress && !progress(Stage::Building, rows, rows))
        return nullptr;
    return doc;
}

void BoardPrinter::setUpPage(QPagedPaintDevice &device)
{
    device.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12)));
}

qreal BoardPrinter::footerHeight(const QTextDocument &doc, QPagedPaintDevice &device) const
{
    return QFontMetricsF(doc.defaultFont(), &device).height() * 2;
}

std::unique_ptr<QTextDocument> BoardPrinter::layOut(QPagedPaintDevice &device, const Progress &progress) const
{
    std::unique_ptr<QTextDocument> doc = document(device.logicalDpiY(), progress);
    if (!doc)
        return nullptr;
    if (progress && !progress(Stage::LayingOut, 0, 1))
        return nullptr;
    layOut(*doc, device);
    if (progress && !progress(Stage::LayingOut, 1, 1))
        return nullptr;
    return doc;
}

void BoardPrinter::layOut(QTextDocument &doc, QPagedPaintDevice &device) const
{
    doc.documentLayout()->setPaintDevice(&device);
    doc.setPageSize(QSizeF(device.width(), device.height() - footerHeight(doc, device)));
    (void)doc.pageCount(); // the whole layout, here rather than at the first page painted
}

int BoardPrinter::paint(QTextDocument &doc, QPagedPaintDevice &device, const Progress &progress) const
{
    QPainter painter(&device);
    if (!painter.isActive())
        return 0;
    const qreal width = doc.pageSize().width();
    const qreal pageHeight = doc.pageSize().height();
    const QFont footerFont = doc.defaultFont();
    const qreal footer = footerHeight(doc, device);
    const int pages = doc.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (progress && !progress(Stage::Painting, page, pages))
            return 0;
        if (page > 0)
            device.newPage();
        painter.save();
        painter.translate(0, -page * pageHeight);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * pageHeight, width, pageHeight);
        painter.setClipRect(context.clip);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(footerFont);
        const QRectF foot(0, pageHeight, width, footer);
        painter.drawText(foot, Qt::AlignCenter, tr("第 %1 页，共 %2 页").arg(page + 1).arg(pages));
        // The log's head as printed: a later rewrite of the log no longer matches the paper.
        if (!m_auditMark.isEmpty())
            painter.drawText(foot, Qt::AlignRight | Qt::AlignVCenter, m_auditMark);
    }
    if (progress)
        progress(Stage::Painting, pages, pages);
    return pages;
}

int BoardPrinter::render(QPagedPaintDevice &device, const Progress &progress) const
{
    const std::unique_ptr<QTextDocument> doc = layOut(device, progress);
    return doc ? paint(*doc, device, progress) : 0;
}

bool BoardPrinter::exportPdf(const QString &path, const Progress &progress) const
{
    // Written beside the target and moved over it at the end: a stopped or failed export leaves
    // no half file (and an existing file as it was).
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setTitle(m_title);
        writer.setCreator(u"综治中心工作台"_s);
        writer.setResolution(300);
        setUpPage(writer);
        pages = render(writer, progress);
    } // the writer finishes the PDF here
    if (pages <= 0) {
        file.cancelWriting();
        return false;
    }
    return file.commit();
}

} // namespace zz
