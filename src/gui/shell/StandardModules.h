#pragma once

#include "Module.h"

#include <memory>
#include <vector>

namespace zz {

struct AppContext;

// The modules of the workbench in navigation order. Only working pages are listed here; a new
// module is added in this one place.
std::vector<std::unique_ptr<Module>> createStandardModules(const AppContext &context);

} // namespace zz
