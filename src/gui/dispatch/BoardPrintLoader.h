#pragma once

#include "CaseRepository.h"

#include <QObject>
#include <QThread>
#include <functional>
#include <memory>

namespace zz {

class Database;

// Reads the rows of a printed list (打印列表, 导出PDF) and its count on a second connection in a thread
// of its own (same URL and credentials), one request at a time, so that the window keeps painting
// and can show progress. cancel() drops what is still to come and stops the statement running.
class BoardPrintLoader : public QObject
{
    Q_OBJECT

public:
    explicit BoardPrintLoader(const Database &db, QObject *parent = nullptr);
    ~BoardPrintLoader() override;

    // The number of cases the query matches; arrives through counted().
    void count(const CaseQuery &query);
    // One page of the query (its limit and keyset cursor); arrives through pageRead().
    void readPage(const CaseQuery &page);
    // Nothing more is delivered.
    void cancel();

signals:
    void counted(qint64 total);
    void pageRead(const QList<zz::CaseListRow> &rows);
    // A translated message.
    void failed(const QString &message);

private:
    struct Shared;
    class Worker;
    using Job = std::function<std::function<void()>(const Database &)>;
    // Runs `job` on the loader's connection; the function it returns is called in the window's thread.
    void run(Job job);

    const Database &m_db;
    std::shared_ptr<Shared> m_shared;
    QThread m_thread;
    Worker *m_worker = nullptr; // lives in m_thread; null when reading on m_db (in-memory SQLite)
};

} // namespace zz
