#include "BoardCounter.h"

#include "Database.h"
#include "Error.h"

#include <QMetaObject>
#include <QPointer>
#include <QTimer>
#include <atomic>
#include <functional>
#include <mutex>

using namespace Qt::StringLiterals;

namespace zz {

// What the window's thread and the counting thread both see.
struct BoardCounter::Shared
{
    std::atomic<quint64> latest{0};  // the request that counts; older ones stop
    std::atomic<quint64> running{0}; // the request whose statement runs now (0: none)
    std::mutex cancelMutex;
    std::function<void()> cancel; // stops the counting connection's statement

    void cancelIfStale()
    {
        const std::lock_guard lock(cancelMutex);
        const quint64 now = running.load();
        if (now != 0 && now != latest.load() && cancel)
            cancel();
    }
};

// Runs in the counting thread with a connection of its own, opened on first use.
class BoardCounter::Worker : public QObject
{
public:
    Worker(const ConnectionUrl &url, std::shared_ptr<Shared> shared) : m_url(url), m_shared(std::move(shared))
    {}
    ~Worker() override
    {
        const std::lock_guard lock(m_shared->cancelMutex);
        m_shared->cancel = nullptr;
        m_db.reset(); // in the counting thread, where the connection was opened
    }

    void run(BoardCounter *owner, quint64 generation, const Request &request)
    {
        const auto current = [&] { return m_shared->latest.load() == generation; };
        if (!current())
            return;
        QString error;
        for (int attempt = 0; attempt < 2; ++attempt) {
            try {
                ensureOpen();
                m_shared->running = generation;
                if (!current())
                    break;
                const CaseRepository cases(*m_db);
                if (request.total && !m_totalDone) {
                    const qint64 total = cases.count(*request.total);
                    m_totalDone = true;
                    QMetaObject::invokeMethod(
                        owner, [owner, generation, total] { owner->deliverTotal(generation, total); });
                }
                if (request.stripUnit && current()) {
                    const StageCounts counts = cases.stageCounts(*request.stripUnit, request.now);
                    QMetaObject::invokeMethod(
                        owner, [owner, generation, counts] { owner->deliverCounts(generation, counts); });
                }
                error.clear();
                break;
            } catch (const Error &e) {
                // A cancel meant for the request before may land on this one's first statement:
                // try once more while this request is still the current one.
                error = e.message();
                if (!current() || m_db->isConnectionLost())
                    break;
            }
        }
        m_shared->running = 0;
        m_totalDone = false;
        if (current())
            QMetaObject::invokeMethod(owner,
                                      [owner, generation, error] { owner->deliverEnd(generation, error); });
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
        const std::lock_guard lock(m_shared->cancelMutex);
        m_shared->cancel = m_db->canceller();
    }

    ConnectionUrl m_url;
    std::shared_ptr<Shared> m_shared;
    std::unique_ptr<Database> m_db;
    bool m_totalDone = false;
};

BoardCounter::BoardCounter(const Database &db, QObject *parent)
    : QObject(parent), m_db(db), m_shared(std::make_shared<Shared>())
{
    // An in-memory SQLite database exists for its one connection only: counted on it, after the
    // window's event.
    if (db.isSqlite() && db.url().path == u":memory:"_s)
        return;
    m_worker = new Worker(db.url(), m_shared);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(u"board-counter"_s);
    m_thread.start(QThread::LowPriority);
}

BoardCounter::~BoardCounter()
{
    if (!m_worker)
        return;
    cancel();
    m_thread.quit();
    m_thread.wait();
}

void BoardCounter::request(const Request &request)
{
    const quint64 generation = ++m_generation;
    m_shared->latest = generation;
    m_busy = true;
    if (!m_worker) {
        QTimer::singleShot(0, this, [this, generation, request] {
            if (m_shared->latest.load() != generation)
                return;
            try {
                const CaseRepository cases(m_db);
                if (request.total)
                    deliverTotal(generation, cases.count(*request.total));
                if (request.stripUnit)
                    deliverCounts(generation, cases.stageCounts(*request.stripUnit, request.now));
                deliverEnd(generation, {});
            } catch (const Error &e) {
                deliverEnd(generation, e.message());
            }
        });
        return;
    }
    m_shared->cancelIfStale();
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [this, worker, generation, request] { worker->run(this, generation, request); });
}

void BoardCounter::cancel()
{
    m_shared->latest = ++m_generation;
    m_busy = false;
    if (m_worker)
        m_shared->cancelIfStale();
}

void BoardCounter::deliverTotal(quint64 generation, qint64 total)
{
    if (generation == m_generation)
        emit totalReady(total);
}

void BoardCounter::deliverCounts(quint64 generation, const StageCounts &counts)
{
    if (generation == m_generation)
        emit countsReady(counts);
}

void BoardCounter::deliverEnd(quint64 generation, const QString &error)
{
    if (generation != m_generation)
        return;
    m_busy = false;
    if (!error.isEmpty())
        emit failed(error);
    emit finished();
}

} // namespace zz
