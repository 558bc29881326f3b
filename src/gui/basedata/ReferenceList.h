#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <functional>

class QWidget;

namespace zz {

// One row of a reference list as the list shows it: what identifies the row, its version for
// optimistic locking, whether it is active, and its cells in column order. `payload` carries the
// kind's own value (a Department, a Worker …) for its editor.
struct ReferenceRow
{
    qint64 id = 0;
    int version = 0;
    bool active = true;
    bool editable = true; // false: the account sees the row but may not change it (outside its scope)
    QStringList cells;
    QVariant payload;
};

// What a kind of reference data plugs into ReferenceListPage. The reads run in the database (a
// count and one page per call, never the whole table); the others are left empty where the kind
// does not offer them (the button is then not shown). Each throws zz::Error with a translated
// message; Error::Kind::Conflict when the row's version is stale.
struct ReferenceKind
{
    QStringList headers;
    // How many rows match the search text (empty: all); `includeInactive` adds deactivated rows.
    std::function<qint64(const QString &search, bool includeInactive)> count;
    // Rows `offset` … `offset + limit - 1` of the same selection, in a stable order.
    std::function<QList<ReferenceRow>(const QString &search, bool includeInactive, int offset, int limit)>
        page;
    // Opens the kind's editor for a new row (`row` nullptr) or the given one; returns the id of the
    // saved row, 0 when the user cancelled.
    std::function<qint64(QWidget *parent, const ReferenceRow *row)> edit;
    std::function<void(const ReferenceRow &row, bool active)> setActive;
    // Optional: deactivates the row through the kind's own dialog (a worker's last day in post) in
    // place of the page's yes/no question and setActive(row, false); false when the user cancelled.
    std::function<bool(QWidget *parent, const ReferenceRow &row)> deactivate;
    // Deletes the row; refuses (Error::Kind::Forbidden / InvalidState) when others reference it.
    std::function<void(const ReferenceRow &row)> remove;
    // Optional: writes the list as the page selects it — the same search, 显示已停用 and the kind's
    // own filters, every page of it, not only the rows read so far — to an .xlsx or .csv file and
    // returns the number of rows; throws zz::Error. The page then shows 导出.
    std::function<qint64(const QString &path, const QString &search, bool includeInactive)> exportTo;
    QString exportFileName; // the suggested file name, e.g. 职能部门.xlsx
    // A short description of the row for confirmations ("司法所"); the first cell when empty.
    std::function<QString(const ReferenceRow &row)> describe;
};

} // namespace zz
