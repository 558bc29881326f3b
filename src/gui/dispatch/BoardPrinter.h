#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace zz {

class BoardModel;

// The board's rows as a printed list (打印列表): a title, the filter in words, when it was printed,
// the table with its header repeated on every page, and 第 N 页，共 M 页 at the foot of each page
// beside the audit chain's head (审计链 #N · hash) when there is one.
// The same pages go to a printer, the print preview and a PDF file.
class BoardPrinter
{
    Q_DECLARE_TR_FUNCTIONS(zz::BoardPrinter)

public:
    // `total` is the number of cases the filter matches (the model may hold fewer rows);
    // `auditMark` is AuditLog::headMark() when printed (empty: none).
    BoardPrinter(const BoardModel &model, QString title, QString filterText, QDateTime printedAt,
                 qint64 total, QString auditMark = {});

    // The document; lengths in pixels of a device of `dpi` dots per inch (fonts are in points).
    std::unique_ptr<QTextDocument> document(qreal dpi = 96) const;
    // Lays the document out on the device's pages and paints them. Returns the number of pages.
    int render(QPagedPaintDevice &device) const;
    // Writes an A4 landscape PDF; false when the file cannot be written.
    bool exportPdf(const QString &path) const;

private:
    const BoardModel &m_model;
    QString m_title;
    QString m_filterText;
    QDateTime m_printedAt;
    qint64 m_total = 0;
    QString m_auditMark;
};

} // namespace zz
