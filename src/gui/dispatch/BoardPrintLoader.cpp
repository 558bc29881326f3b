#include "BoardPrintLoader.h"

#include "Database.h"
#include "Error.h"

#include <QMetaObject>
#include <QTimer>
#include <atomic>
#include <mutex>

using namespace Qt::StringLiterals;

namespace zz {

// What the window's thread and the reading thread both see.
struct BoardPrintLoader::Shared
{
    std::atomic<bool> cancelled{false};
    std::mutex mutex;
    std::function<void()> cancel; // stops the reading connection's statement
};

// Runs in the reading thread with a connection of its own, opened on first use.
class BoardPrintLoader::Worker : public QObject
{
public:
    Worker(const ConnectionUrl &url, std::shared_ptr<Shared> shared) : m_url(url), m_shared(std::move(shared))
    {}
    ~Worker() override
    {
        const std::lock_guard lock(m_shared->mutex);
        m_shared->cancel = nullptr;
        m_db.reset(); // in the reading thread, where the connection was opened
    }

    void run(BoardPrintLoader *owner, const Job &job)
    {
        if (m_shared->cancelled)
            return;
        std::function<void()> deliver;
        try {
            ensureOpen();
            deliver = job(*m_db);
        } catch (const Error &e) {
            deliver = [owner, message = e.message()] { emit owner->failed(message); };
        }
        const std::shared_ptr<Shared> shared = m_shared;
        QMetaObject::invokeMethod(owner, [shared, deliver] {
            if (!shared->cancelled)
                deliver();
        });
    }

private:
    void ensureOpen()
    {
        if (m_db && !m_db->isConnectionLost())
            return;
        if (m_db)
            m_db->reconnect();
        else
            m_db = std::make_unique<Database>(m_url);
        const std::lock_guard lock(m_shared->mutex);
        m_shared->cancel = m_db->canceller();
    }

    ConnectionUrl m_url;
    std::shared_ptr<Shared> m_shared;
    std::unique_ptr<Database> m_db;
};

BoardPrintLoader::BoardPrintLoader(const Database &db, QObject *parent)
    : QObject(parent), m_db(db), m_shared(std::make_shared<Shared>())
{
    // An in-memory SQLite database exists for its one connection only: read on it, after the
    // window's event.
    if (db.isSqlite() && db.url().path == u":memory:"_s)
        return;
    m_worker = new Worker(db.url(), m_shared);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(u"board-print"_s);
    m_thread.start();
}

BoardPrintLoader::~BoardPrintLoader()
{
    if (!m_worker)
        return;
    cancel();
    m_thread.quit();
    m_thread.wait();
}

void BoardPrintLoader::count(const CaseQuery &query)
{
    run([this, query](const Database &db) -> std::function<void()> {
        const qint64 total = CaseRepository(db).count(query);
        return [this, total] { emit counted(total); };
    });
}

void BoardPrintLoader::readPage(const CaseQuery &page)
{
    run([this, page](const Database &db) -> std::function<void()> {
        const QList<CaseListRow> rows = CaseRepository(db).list(page);
        return [this, rows] { emit pageRead(rows); };
    });
}

void BoardPrintLoader::cancel()
{
    m_shared->cancelled = true;
    const std::lock_guard lock(m_shared->mutex);
    if (m_shared->cancel)
        m_shared->cancel(); // a statement may be running; if none, this does nothing
}

void BoardPrintLoader::run(Job job)
{
    if (!m_worker) {
        QTimer::singleShot(0, this, [this, job] {
            if (m_shared->cancelled)
                return;
            try {
                job(m_db)();
            } catch (const Error &e) {
                emit failed(e.message());
            }
        });
        return;
    }
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [this, worker, job] { worker->run(this, job); });
}

} // namespace zz
