#pragma once

#include "Clock.h"
#include "Entities.h"
#include "RowImporter.h"

#include <QList>
#include <functional>
#include <memory>

namespace zz {

// The kinds of import the program offers, in menu order. A kind is added here with its description
// and the importer that stores it (one line each).
class ImportKinds
{
public:
    struct Entry
    {
        std::function<ImportKind()> describe;
        std::function<std::unique_ptr<RowImporter>(const Database &, const Clock &, const Actor &)> create;
    };

    static const QList<Entry> &all();
    static QStringList ids();
    static std::optional<ImportKind> describe(const QString &id);
    // nullptr for an unknown id.
    static std::unique_ptr<RowImporter> create(const QString &id, const Database &db, const Clock &clock,
                                               const Actor &actor);
};

} // namespace zz
