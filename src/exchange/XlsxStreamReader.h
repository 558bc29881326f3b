#pragma once

#include "Cell.h"
#include "ZipArchive.h"

#include <QList>
#include <QStringList>
#include <functional>
#include <vector>

namespace zz {

struct CellRange;

// Reads an .xlsx workbook in constant memory (besides its shared strings): the zip through ZipArchive,
// the small parts (workbook, relationships, styles, shared strings) whole, and a sheet's XML inflated
// in chunks into QXmlStreamReader, handing over one row at a time. Cells come as the file holds them:
// shared, inline and rich-text strings, numbers (dates by the cell's number format, built-in or custom
// id), booleans, errors, and formulas as their cached value. Damaged files throw ArchiveError.
class XlsxStreamReader
{
public:
    // Receives each row that has a <row> element, in file order, with its zero-based index; return false
    // to stop.
    using RowSink = std::function<bool(int row, CellRow &&cells)>;

    // `device` is the open file (or a QBuffer); it must outlive the reader.
    explicit XlsxStreamReader(QIODevice *device);

    QStringList sheetNames() const { return m_names; }
    bool date1904() const { return m_date1904; }

    // The merged ranges of sheet `index` (<mergeCells> follows the rows, so this is a first pass over the
    // sheet's bytes, inflated and scanned without parsing the XML).
    QList<CellRange> mergedRanges(int index) const;
    // The rows of sheet `index` in file order.
    void readRows(int index, const RowSink &sink);

    // Does this number format show a date or time? A built-in id (including the CJK locales' 27-36,
    // 50-58) when `code` is empty, else date/time letters outside quotes and brackets.
    static bool isDateFormat(int id, const QString &code);
    // "BC12" -> column 54, row 11 (zero-based); false when it is not a cell reference.
    static bool parseCellRef(QStringView ref, int *row, int *column);

private:
    const ZipEntry &part(const QString &path) const;
    QByteArray smallPart(const QString &path) const;
    // The rows through QXmlStreamReader, for a sheet part in UTF-16 (no known writer; the fast path reads
    // UTF-8 only).
    void readRowsXml(const QString &path, const RowSink &sink);
    // A cell from its type attribute, style index and text (the <v>, or the inline string).
    Cell cellValue(QStringView type, int style, const QString &value) const;
    void loadSharedStrings();
    void loadStyles(const QString &path);

    ZipArchive m_zip;
    QStringList m_names;
    QStringList m_sheetParts;
    QString m_sharedStringsPart;
    bool m_sharedStringsLoaded = false;
    QStringList m_sharedStrings;
    std::vector<bool> m_dateStyle; // by cell format (xf) index
    bool m_date1904 = false;
};

} // namespace zz
