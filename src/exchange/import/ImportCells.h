#pragma once

#include "Cell.h"
#include "ImportKind.h"

#include <QCoreApplication>
#include <QVariant>

namespace zz {

// A read cell as one column of a kind wants it (see ImportType), through the readers' CellCoercion.
class ImportCells
{
    Q_DECLARE_TR_FUNCTIONS(zz::ImportCells)

public:
    // The cell as the sheet shows it, trimmed.
    static QString text(const Cell &cell);
    // Empty, or a "none" marker (无, /, —).
    static bool isBlank(const Cell &cell);
    // The value for the column, or an invalid QVariant and a translated `error`.
    static QVariant coerce(const ImportColumn &column, const Cell &cell, const QString &baseFolder,
                           QString *error);
    // A personal cell's text as the rejects report shows it (masked).
    static QString maskRaw(const ImportColumn &column, const QString &raw);
};

} // namespace zz
