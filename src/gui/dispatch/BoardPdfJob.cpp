#include "BoardPdfJob.h"

#include <QCoreApplication>
#include <QPrinter>
#include <QTextDocument>
#include <QThread>

namespace zz {

BoardPdfJob::BoardPdfJob(QObject *parent) : QObject(parent) {}

BoardPdfJob::~BoardPdfJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

bool BoardPdfJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void BoardPdfJob::cancel()
{
    if (m_cancelled)
        *m_cancelled = true;
}

std::unique_ptr<QTextDocument> BoardPdfJob::takeDocument()
{
    return std::move(m_document);
}

void BoardPdfJob::start(std::function<bool(const BoardPrinter::Progress &)> work)
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> cancelled = m_cancelled;
    // Progress and the end go back as queued calls with this job as their context (the job outlives
    // the thread: its destructor waits for it).
    BoardPdfJob *self = this;
    const BoardPrinter::Progress progress = [self, cancelled](BoardPrinter::Stage stage, int done,
                                                              int total) {
        if (*cancelled)
            return false;
        QMetaObject::invokeMethod(
            self, [self, stage, done, total] { emit self->progressed(stage, done, total); },
            Qt::QueuedConnection);
        return true;
    };
    m_thread = QThread::create([self, cancelled, progress, work] {
        const bool ok = work(progress) && !*cancelled;
        QMetaObject::invokeMethod(
            self, [self, ok] { emit self->finished(ok); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("board-print"));
    m_thread->start(QThread::LowPriority);
}

void BoardPdfJob::exportPdf(std::shared_ptr<const BoardPrinter> printer, const QString &path)
{
    start([printer, path](const BoardPrinter::Progress &progress) {
        return printer->exportPdf(path, progress);
    });
}

void BoardPdfJob::print(std::shared_ptr<const BoardPrinter> printer, QPrinter *device)
{
    // QPainter may paint on a QPrinter in a thread other than the window's.
    start([printer, device](const BoardPrinter::Progress &progress) {
        return printer->render(*device, progress) > 0;
    });
}

void BoardPdfJob::build(std::shared_ptr<const BoardPrinter> printer, qreal dpi)
{
    m_document.reset();
    QThread *receiver = thread();
    // The document comes back through this slot, written by the worker before finished() is queued.
    auto slot = std::make_shared<std::unique_ptr<QTextDocument>>();
    connect(
        this, &BoardPdfJob::finished, this,
        [this, slot](bool ok) {
            if (ok)
                m_document = std::move(*slot);
        },
        Qt::SingleShotConnection);
    start([printer, dpi, receiver, slot](const BoardPrinter::Progress &progress) {
        std::unique_ptr<QTextDocument> doc = printer->document(dpi, progress);
        if (!doc)
            return false;
        doc->moveToThread(receiver);
        *slot = std::move(doc);
        return true;
    });
}

} // namespace zz
