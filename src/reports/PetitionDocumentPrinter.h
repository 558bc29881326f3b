#pragma once

#include <QCoreApplication>
#include <QString>
#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace zz {

// A filled petition document (受理告知书, 信访处理意见书 … from DocumentTemplate::fill) on paper: A4
// portrait with the margins of official documents (GB/T 9704: 37/35 mm top/bottom, 28/26 mm left/
// right), set in ReportFont so that the PDF's extractable text equals the source, 1.5 line spacing,
// 第 N 页，共 M 页 when it runs over a page. The same pages go to a QPrinter (print preview) and a PDF.
class PetitionDocumentPrinter
{
    Q_DECLARE_TR_FUNCTIONS(zz::PetitionDocumentPrinter)

public:
    // The body text's size (四号, 14 pt); headings are sized by the template.
    static constexpr qreal bodyPointSize = 14;

    explicit PetitionDocumentPrinter(QString filledHtml, QString title = {});

    // The document laid out for a device of `dpi` (lengths the template gives in em, such as the
    // first-line indent of 2em, become that device's pixels; Qt's HTML reader takes px only).
    std::unique_ptr<QTextDocument> document(qreal dpi = 96) const;

    // Lays the document out on the device (a QPrinter or QPdfWriter whose page layout is set)
    // and paints every page; returns the number of pages (0 when the device cannot be painted on).
    int print(QPagedPaintDevice &device) const;
    // Sets A4 portrait and the official margins on a device (a QPrinter before the preview opens).
    static void setUpPage(QPagedPaintDevice &device);
    // Writes the PDF; false when the file cannot be written.
    bool writePdf(const QString &path) const;

    // The document's plain text as printed (for checks against pdftotext).
    QString plainText() const;

private:
    QString m_html;
    QString m_title;
};

} // namespace zz
