#pragma once

#include <QList>
#include <QString>

namespace zz {

// One cell as read from a spreadsheet or CSV file, before any coercion: what kind of value the file
// holds, the text as a person sees it, and the raw number behind numbers and dates.
struct Cell
{
    enum class Kind {
        Empty,
        Text,
        Number,
        Boolean,
        DateTime, // a number the file formats as a date or time (a spreadsheet serial number)
        Error,    // #N/A, #VALUE! and the like
    };

    Kind kind = Kind::Empty;
    QString text;          // as shown: the string, the number in general format, the date as yyyy-MM-dd
    double number = 0;     // Number, DateTime (serial days), Boolean (0/1)
    bool date1904 = false; // the workbook counts serial dates from 1904-01-01 (old Mac Excel)

    bool isEmpty() const { return kind == Kind::Empty || (kind == Kind::Text && text.trimmed().isEmpty()); }
    bool isNumeric() const { return kind == Kind::Number || kind == Kind::DateTime; }

    static Cell empty() { return {}; }
    static Cell fromText(QString s)
    {
        Cell c;
        c.kind = s.isEmpty() ? Kind::Empty : Kind::Text;
        c.text = std::move(s);
        return c;
    }
    // A number in general format: integers up to 15 digits in full, others with 15 significant digits.
    static Cell fromNumber(double v, bool date1904 = false);
    // A serial date/time number; `text` is the date (and the time when it has one).
    static Cell fromSerialDate(double serial, bool date1904 = false);
    static Cell fromBool(bool b);
    static Cell error(QString text);

    bool operator==(const Cell &o) const = default;
};

using CellRow = QList<Cell>;

} // namespace zz
