#include "ImportKinds.h"

#include "CaseImporter.h"
#include "CategoryImporter.h"
#include "DepartmentImporter.h"
#include "GridImporter.h"
#include "HotlineImporter.h"
#include "OrgUnitImporter.h"
#include "PetitionImporter.h"
#include "WorkerActivityImporter.h"
#include "WorkerImporter.h"

namespace zz {

namespace {

template <typename T> ImportKinds::Entry entry()
{
    return {&T::describe, [](const Database &db, const Clock &clock, const Actor &actor) {
                return std::unique_ptr<RowImporter>(std::make_unique<T>(db, clock, actor));
            }};
}

} // namespace

const QList<ImportKinds::Entry> &ImportKinds::all()
{
    static const QList<Entry> kinds{
        entry<OrgUnitImporter>(),  entry<GridImporter>(),    entry<DepartmentImporter>(),
        entry<CategoryImporter>(), entry<WorkerImporter>(),  entry<WorkerActivityImporter>(),
        entry<CaseImporter>(),     entry<HotlineImporter>(), entry<PetitionImporter>(),
    };
    return kinds;
}

QStringList ImportKinds::ids()
{
    QStringList out;
    for (const Entry &e : all())
        out << e.describe().id;
    return out;
}

std::optional<ImportKind> ImportKinds::describe(const QString &id)
{
    for (const Entry &e : all())
        if (const ImportKind k = e.describe(); k.id == id)
            return k;
    return std::nullopt;
}

std::unique_ptr<RowImporter> ImportKinds::create(const QString &id, const Database &db, const Clock &clock,
                                                 const Actor &actor)
{
    for (const Entry &e : all())
        if (e.describe().id == id)
            return e.create(db, clock, actor);
    return nullptr;
}

} // namespace zz
