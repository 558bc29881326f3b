#pragma once

#include "Module.h"

#include <memory>
#include <vector>

namespace zz {

struct AppContext;
struct User;

// The modules of the workbench in navigation order. Only working pages are listed here; a new
// module is added in this one place.
std::vector<std::unique_ptr<Module>> createStandardModules(const AppContext &context);

// The page an account opens on, by its roles: the center's duty officers and leaders on the board,
// a receptionist on 概览 with its case lookup, a department handler on the board's 我的待办, an
// administrator on the accounts.
QString startModuleId(const User &user);

} // namespace zz
