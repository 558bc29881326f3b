#pragma once

#include "CaseRepository.h"

#include <QDateTime>
#include <QObject>
#include <QThread>
#include <memory>
#include <optional>

namespace zz {

class Database;

// The board's counts that can take a while ("共 N 件" of a filter, the stage strip of a village) on a
// second connection in a thread of its own (same URL and credentials), so the window never waits
// for them. Each request supersedes the ones before it: their results are never delivered, and a
// statement of theirs still running is cancelled.
class BoardCounter : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        std::optional<CaseQuery> total;  // "共 N 件" of this query
        std::optional<qint64> stripUnit; // the stage strip below this unit
        QDateTime now;
    };

    explicit BoardCounter(const Database &db, QObject *parent = nullptr);
    ~BoardCounter() override;

    // Starts counting in the background; earlier requests are dropped.
    void request(const Request &request);
    // Drops the current request: nothing more is delivered until the next one.
    void cancel();
    // A request is running or waiting.
    bool isBusy() const { return m_busy; }

signals:
    void totalReady(qint64 total);
    void countsReady(const zz::StageCounts &counts);
    // The request failed (its results, if any came, stand); a translated message.
    void failed(const QString &message);
    // Everything of the current request was delivered (or it failed).
    void finished();

private:
    struct Shared;
    class Worker;
    void deliverTotal(quint64 generation, qint64 total);
    void deliverCounts(quint64 generation, const StageCounts &counts);
    void deliverEnd(quint64 generation, const QString &error);

    const Database &m_db;
    std::shared_ptr<Shared> m_shared;
    QThread m_thread;
    Worker *m_worker = nullptr; // lives in m_thread; null when counting on m_db (in-memory SQLite)
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace zz
