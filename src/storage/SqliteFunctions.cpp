#include "SqliteFunctions.h"

#include "Error.h"
#include "SearchText.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

void gramsFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const QByteArray out =
        SearchText::gramsText(QString::fromUtf8(text, sqlite3_value_bytes(argv[0]))).toUtf8();
    sqlite3_result_text(context, out.constData(), int(out.size()), SQLITE_TRANSIENT);
}

} // namespace

void registerSqliteFunctions(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw Error(Error::Kind::Connection,
                    QCoreApplication::translate("zz::Database", "无法取得 SQLite 连接句柄。"),
                    u"QSQLITE handle unavailable"_s);
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (sqlite3_create_function_v2(connection, "zz_grams", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                   &gramsFunction, nullptr, nullptr, nullptr) != SQLITE_OK)
        throw Error(Error::Kind::Connection,
                    QCoreApplication::translate("zz::Database", "无法在 SQLite 连接上注册检索函数。"),
                    QString::fromUtf8(sqlite3_errmsg(connection)));
}

} // namespace zz
