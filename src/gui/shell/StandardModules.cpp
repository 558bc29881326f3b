#include "StandardModules.h"

#include "AppContext.h"

#include "OverviewModule.h"
#include "cases/CaseListModule.h"

namespace zz {

std::vector<std::unique_ptr<Module>> createStandardModules(const AppContext &context)
{
    const Database &db = context.db;
    std::vector<std::unique_ptr<Module>> modules;
    modules.push_back(std::make_unique<OverviewModule>(db));
    modules.push_back(std::make_unique<CaseListModule>(db));
    return modules;
}

} // namespace zz
