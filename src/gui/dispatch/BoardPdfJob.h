#pragma once

#include "BoardPrinter.h"

#include <QObject>
#include <QPointer>
#include <atomic>
#include <memory>

class QTextDocument;
class QPrinter;
class QThread;

namespace zz {

// The printed list's slow part in a thread of its own: building the document of up to 5,000 rows,
// laying it out on pages and, for a PDF, painting them (QTextDocument and QPdfWriter need no widgets).
// The window's thread only shows the progress and may cancel. For the print preview the document is
// built here and handed back: laying it out and painting it is left to the preview.
class BoardPdfJob : public QObject
{
    Q_OBJECT

public:
    explicit BoardPdfJob(QObject *parent = nullptr);
    // Cancels a running job and waits for its thread.
    ~BoardPdfJob() override;

    // Writes the PDF; finished(ok) when done (false: cancelled or not written; no file then).
    void exportPdf(std::shared_ptr<const BoardPrinter> printer, const QString &path);
    // Prints on the printer (set up by the print dialog; used by the job's thread only until
    // finished()); finished(ok).
    void print(std::shared_ptr<const BoardPrinter> printer, QPrinter *device);
    // Builds the document for a device of `dpi` (a printer's) without laying it out: text laid out
    // in one thread cannot be painted in another (each thread has its own font engines), so the
    // layout is left to the thread that paints. finished(ok), the document in takeDocument().
    void build(std::shared_ptr<const BoardPrinter> printer, qreal dpi);
    // Asks the running job to stop at its next step.
    void cancel();
    bool isRunning() const;

    // The built document (build()), now living in the caller's thread; null when there is none.
    std::unique_ptr<QTextDocument> takeDocument();

signals:
    void progressed(zz::BoardPrinter::Stage stage, int done, int total);
    void finished(bool ok);

private:
    void start(std::function<bool(const BoardPrinter::Progress &)> work);

    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    std::unique_ptr<QTextDocument> m_document;
};

} // namespace zz
