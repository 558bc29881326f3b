#pragma once

// Reading back what ListExport wrote, for the export tests: the data rows under the header by the text of
// their first cell (a case or petition number), and a column by its header. Header-only; the tests that
// include it link zongzhi_exchange (SheetReader).
#include "SheetReader.h"

#include <QHash>
#include <QString>

namespace zz::test {

// ListExport's tables: the title, two filter lines and a blank line above the header.
constexpr int exportHeaderRow = 4;

inline QHash<QString, CellRow> rowsByFirstCell(const RawSheet &sheet, int headerRow = exportHeaderRow)
{
    QHash<QString, CellRow> out;
    for (int r = headerRow + 1; r < sheet.rows.size(); ++r)
        out.insert(sheet.rows.at(r).value(0).text, sheet.rows.at(r));
    return out;
}

// The index of the column titled `title`, or -1.
inline int columnOf(const RawSheet &sheet, const QString &title, int headerRow = exportHeaderRow)
{
    const CellRow header = sheet.rows.value(headerRow);
    for (int c = 0; c < header.size(); ++c)
        if (header.at(c).text == title)
            return c;
    return -1;
}

} // namespace zz::test
