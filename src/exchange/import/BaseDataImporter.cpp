#include "BaseDataImporter.h"

#include "ReferenceRepositories.h"

namespace zz {

std::optional<OrgUnit> BaseDataImporter::unitByCode(const QString &code)
{
    const auto it = m_units.constFind(code);
    if (it != m_units.cend() && it->has_value())
        return *it;
    const auto unit = OrgUnitRepository(database()).byCode(code);
    if (unit)
        m_units.insert(code, unit);
    return unit;
}

} // namespace zz
