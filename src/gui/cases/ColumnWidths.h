#pragma once

#include <QObject>
#include <QString>

class QHeaderView;
class QTimer;

namespace zz {

class Database;

// Remembers the column widths a user gave a table, per account, in the database's private
// `user.<id>.*` settings (so they follow the account to another counter). Widths are read once
// when attached and written a moment after the user stops dragging, never per pixel. A table whose
// widths were never saved keeps the widths its page sized to the content.
class ColumnWidths : public QObject
{
    Q_OBJECT

public:
    // `name` tells the tables apart ("board", "cases"); userId 0 (no account) keeps nothing.
    ColumnWidths(const Database &db, qint64 userId, const QString &name, QHeaderView *header);

    QString key() const;
    // Applies the saved widths (false when there were none or they do not fit this table).
    bool restore();
    // Writes the current widths now (also done by itself after a resize).
    void save();

private:
    const Database &m_db;
    const qint64 m_userId;
    const QString m_name;
    QHeaderView *m_header = nullptr;
    QTimer *m_saveTimer = nullptr;
    bool m_restoring = false;
};

} // namespace zz
