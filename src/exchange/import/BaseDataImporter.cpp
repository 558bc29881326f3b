#include "BaseDataImporter.h"

#include "ReferenceRepositories.h"

using namespace Qt::StringLiterals;

namespace zz {

ImportColumn BaseDataImporter::statusColumn(const QString &note)
{
    return {u"status"_s,
            u"状态"_s,
            {u"启用状态"_s, u"使用状态"_s},
            ImportType::Choice,
            false,
            u"启用"_s,
            note,
            {{u"active"_s, {u"启用"_s, u"在用"_s, u"正常"_s, u"在岗"_s}},
             {u"inactive"_s, {u"停用"_s, u"已停用"_s, u"离岗"_s}}}};
}

std::optional<bool> BaseDataImporter::activeIn(const ImportRow &row, int column)
{
    if (!row.has(column))
        return std::nullopt;
    return row.text(column) == u"active"_s;
}

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
