#pragma once

class QSqlDatabase;

namespace zz {

// SQL functions the SQLite schema relies on, registered on every connection the program opens:
// zz_grams(text) -> the text's search grams separated by spaces (SearchText::grams), which the
// triggers of migration 0012 write into the short-term search index cases_grams. Another program
// writing cases into the file would fail on them; only Zongzhi writes cases.
void registerSqliteFunctions(const QSqlDatabase &db);

} // namespace zz
