#pragma once

#include <QBrush>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace zz {

class BoardModel;

// The board's rows as a printed list (打印列表): a title, the filter in words, when it was printed,
// the table with its header repeated on every page, and 第 N 页，共 M 页 at the foot of each page
// beside the audit chain's head (审计链 #N · hash) when there is one.
// The same pages go to a printer, the print preview and a PDF file. The printer holds a copy of the
// rows' texts (taken from the model on the window's thread), so the document can be built, laid out
// and painted in another thread (BoardPdfJob): no widgets are involved.
class BoardPrinter
{
    Q_DECLARE_TR_FUNCTIONS(zz::BoardPrinter)

public:
    // One printed cell.
    struct Cell
    {
        QString text;
        QBrush background; // Qt::NoBrush: none
    };
    // The rows as printed, read from the model once.
    struct Snapshot
    {
        QStringList headers;
        QList<QList<Cell>> rows;
    };
    enum class Stage { Building, LayingOut, Painting };
    // Told how far the work is (done of total in that stage); returns false to stop it.
    using Progress = std::function<bool(Stage stage, int done, int total)>;

    // `total` is the number of cases the filter matches (the model may hold fewer rows);
    // `auditMark` is AuditLog::headMark() when printed (empty: none).
    BoardPrinter(const BoardModel &model, QString title, QString filterText, QDateTime printedAt,
                 qint64 total, QString auditMark = {});
    BoardPrinter(Snapshot rows, QString title, QString filterText, QDateTime printedAt, qint64 total,
                 QString auditMark = {});

    static Snapshot snapshot(const BoardModel &model);

    // The document; lengths in pixels of a device of `dpi` dots per inch (fonts are in points).
    // Null when `progress` stopped it.
    std::unique_ptr<QTextDocument> document(qreal dpi = 96, const Progress &progress = {}) const;
    // The document laid out on pages of the device (built and laid out by layOut(), possibly in
    // another thread), then painted on it by paint(). render() does both; 0 pages when stopped.
    std::unique_ptr<QTextDocument> layOut(QPagedPaintDevice &device, const Progress &progress = {}) const;
    int paint(QTextDocument &laidOut, QPagedPaintDevice &device, const Progress &progress = {}) const;
    // Lays a document made by document() out on the device's pages (in the painting thread).
    void layOut(QTextDocument &doc, QPagedPaintDevice &device) const;
    int render(QPagedPaintDevice &device, const Progress &progress = {}) const;
    // Writes an A4 landscape PDF; false when the file cannot be written or progress stopped it
    // (then no file is left behind).
    bool exportPdf(const QString &path, const Progress &progress = {}) const;
    // The page layout of the printed list: A4 landscape, 12 mm margins.
    static void setUpPage(QPagedPaintDevice &device);

    int rowCount() const { return int(m_rows.rows.size()); }
    const QString &title() const { return m_title; }

private:
    qreal footerHeight(const QTextDocument &doc, QPagedPaintDevice &device) const;

    Snapshot m_rows;
    QString m_title;
    QString m_filterText;
    QDateTime m_printedAt;
    qint64 m_total = 0;
    QString m_auditMark;
};

} // namespace zz
