#pragma once

#include <QString>
#include <QStringList>

namespace zz {

// Splits a migration file into single statements: on ';' outside quotes, comments, $$-bodies and
// CREATE TRIGGER ... BEGIN ... END blocks.
QStringList splitSqlScript(const QString &script);

} // namespace zz
