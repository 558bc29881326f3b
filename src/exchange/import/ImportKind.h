#pragma once

#include "Permissions.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace zz {

// How a column's cells are read before a kind sees them (the coercion the preview shows).
enum class ImportType {
    Text,       // trimmed text; "无" and blank are empty
    Code,       // an identifier: a number cell becomes its digits (no ".0", no exponent)
    Integer,    // whole number
    Decimal,    // number (hours, households counted)
    Date,       // Excel serial dates (1900 and 1904 systems) or text dates
    Boolean,    // 是/否, Y/N, 1/0, √
    Choice,     // one of ImportColumn::choices (matched by any of its words)
    ResidentId, // an 18-character resident ID number: personal, masked in previews and rejects
    Phone,      // a mobile or landline number: personal, masked in previews and rejects
    GeoJson,    // GeoJSON text, or the name of a .geojson/.json file beside the imported file
};

// One accepted value of a Choice column: the stored code and the words a sheet may use for it.
struct ImportChoice
{
    QString code;
    QStringList words; // the first one is what templates and previews show
};

// One column a kind reads: its key (stable, used in mapping profiles), the Chinese header of the
// template, other headers that mean the same (工单编号 = 12345工单编号), its type, whether a row
// without it is rejected, an example value for the template's example row and a note for its notes
// sheet.
struct ImportColumn
{
    QString key;
    QString header;
    QStringList aliases;
    ImportType type = ImportType::Text;
    bool required = false;
    QString example;
    QString note;
    QList<ImportChoice> choices;

    bool isPersonal() const { return type == ImportType::ResidentId || type == ImportType::Phone; }
    // True when `sheetHeader` names this column (header or an alias, after normalizeHeader()).
    bool matches(const QString &sheetHeader) const;
};

// What a kind of import is: its id ("org-units", "cases" …), a translated title, the columns in
// template order and the columns whose values identify a row already stored (the upsert key).
struct ImportKind
{
    QString id;
    QString title;
    QString description; // one translated sentence for the wizard and the template's notes
    QList<ImportColumn> columns;
    QStringList naturalKey;
    // The permission an account needs to import the kind (the wizard offers it only then); the
    // services check again, row by row, with the account's scope.
    std::optional<Permission> permission;

    int indexOf(const QString &key) const;
    const ImportColumn &column(const QString &key) const; // the key must exist
};

// A header as written in a sheet, made comparable: without spaces, line breaks, "*" and "(必填)"
// marks; full-width letters, digits and brackets folded to half-width.
QString normalizeHeader(const QString &header);

// Words of the shared Boolean column type.
struct ImportWords
{
    Q_DECLARE_TR_FUNCTIONS(zz::ImportWords)

public:
    static QString yes() { return tr("是"); }
    static QString no() { return tr("否"); }
    static QString typeName(ImportType type);
};

} // namespace zz
