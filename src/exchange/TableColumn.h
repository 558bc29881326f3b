#pragma once

#include <QString>

namespace zz {

// How a column of an exported table is written.
enum class ColumnType {
    Text,     // plain text
    Code,     // digits that must stay text: resident IDs, phones, codes with leading zeros
    Date,     // a real date cell, shown as 2026年3月5日
    DateTime, // a real date-time cell, shown as 2026年3月5日 08:30
    Integer,
    Decimal, // two decimals
    Percent, // a fraction (0.5) shown as 50.0%
};

struct TableColumn
{
    QString title;
    ColumnType type = ColumnType::Text;
};

} // namespace zz
