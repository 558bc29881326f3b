// libFuzzer target (issue 11): arbitrary bytes through the CSV reader (encoding and delimiter
// detection, quotes, line breaks) and every cell through each coercion; also the bytes as numbers
// through the serial-date and numeric-cell paths; and bytes that start like a zip through the streaming
// xlsx reader (central directory, zip64, inflate, workbook, styles, shared strings, sheet XML, merged
// ranges). Nothing may crash, hang or read out of bounds.
#include "CellCoercion.h"
#include "SheetReader.h"
#include "XlsxStreamReader.h"

#include <QBuffer>
#include <cstdint>
#include <cstring>

using namespace zz;

namespace {

void coerceAll(const Cell &cell)
{
    (void)CellCoercion::toDate(cell);
    (void)CellCoercion::toDateTime(cell);
    (void)CellCoercion::toInteger(cell);
    (void)CellCoercion::toDecimal(cell);
    (void)CellCoercion::toText(cell);
    (void)CellCoercion::toResidentId(cell, QDate(2026, 12, 6));
    (void)CellCoercion::toPhone(cell);
    (void)CellCoercion::toBool(cell);
}

// The bytes as an .xlsx in memory: every sheet's merged ranges and rows, a bounded number of cells.
void readXlsx(const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    try {
        XlsxStreamReader reader(&buffer);
        int cells = 0;
        for (int i = 0; i < reader.sheetNames().size() && i < 4; ++i) {
            (void)reader.mergedRanges(i);
            reader.readRows(i, [&](int, CellRow &&row) {
                for (const Cell &cell : row)
                    coerceAll(cell);
                cells += int(row.size());
                return cells < 5000;
            });
        }
    } catch (const ArchiveError &) {
        // refused: damaged, encrypted, unsupported or a bomb
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (bytes.startsWith("PK")) {
        readXlsx(bytes);
        return 0;
    }
    int cells = 0;
    SheetReader::parseCsv(bytes, [&](int, const CellRow &row) {
        for (const Cell &cell : row) {
            coerceAll(cell);
            if (++cells > 5000)
                return false; // enough for one input
        }
        return true;
    });
    const RawSheet sheet = SheetReader::parseCsv(bytes.left(512));
    for (const CellRow &row : sheet.rows)
        for (const Cell &cell : row)
            (void)CellCoercion::parseDateTimeText(cell.text);
    // The same bytes read as numbers: numeric and date cells of every kind.
    for (std::size_t at = 0; at + sizeof(double) <= size && at < 64; at += sizeof(double)) {
        double v = 0;
        std::memcpy(&v, data + at, sizeof v);
        for (bool date1904 : {false, true}) {
            coerceAll(Cell::fromNumber(v, date1904));
            coerceAll(Cell::fromSerialDate(v, date1904));
        }
    }
    return 0;
}
