#include "SupervisionNotifier.h"

#include "Clock.h"
#include "Database.h"
#include "Error.h"
#include "shell/MainWindow.h"

#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>
#include <functional>
#include <mutex>

using namespace Qt::StringLiterals;

namespace zz {

namespace {
constexpr int toastMilliseconds = 10000;
constexpr int statusMilliseconds = 30000;
constexpr int namedCards = 3; // case numbers named in a notice; the rest are counted
} // namespace

// What the window's thread and the sweeping thread both see.
struct SupervisionNotifier::Shared
{
    std::mutex mutex;
    std::function<void()> cancel; // stops the sweeping connection's statement
};

// Runs in the sweeping thread with a connection of its own, opened on first use.
class SupervisionNotifier::Worker : public QObject
{
public:
    Worker(const ConnectionUrl &url, std::shared_ptr<Shared> shared) : m_url(url), m_shared(std::move(shared))
    {}
    ~Worker() override
    {
        const std::lock_guard lock(m_shared->mutex);
        m_shared->cancel = nullptr;
        m_db.reset(); // in the sweeping thread, where the connection was opened
    }

    // `now` is read on the window's thread: the sweep and its audit rows use that instant.
    void sweep(SupervisionNotifier *owner, const QDateTime &now)
    {
        QList<SupervisionService::Card> cards;
        QString error;
        try {
            ensureOpen();
            const FixedClock clock(now);
            cards = SupervisionService(*m_db, clock).sweep(now);
        } catch (const Error &e) {
            error = e.message();
        }
        QMetaObject::invokeMethod(owner, [owner, cards, error] { owner->sweepDone(cards, error); });
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

SupervisionNotifier::SupervisionNotifier(const AppContext &context, QWidget *window,
                                         std::chrono::milliseconds interval)
    : QObject(window), m_context(context), m_window(window), m_shared(std::make_shared<Shared>())
{
    setObjectName(u"supervisionNotifier"_s);
    // An in-memory SQLite database exists for its one connection only: swept on it.
    if (!(context.db.isSqlite() && context.db.url().path == u":memory:"_s)) {
        m_worker = new Worker(context.db.url(), m_shared);
        m_worker->moveToThread(&m_thread);
        connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        m_thread.setObjectName(u"supervision-sweep"_s);
        m_thread.start(QThread::LowPriority);
    }
    m_timer = new QTimer(this);
    m_timer->setObjectName(u"supervisionTimer"_s);
    m_timer->setInterval(interval);
    connect(m_timer, &QTimer::timeout, this, &SupervisionNotifier::sweepNow);
    m_timer->start();

    if (window) {
        m_toast = new QLabel(window);
        m_toast->setObjectName(u"supervisionToast"_s);
        m_toast->setWordWrap(true);
        m_toast->setTextFormat(Qt::RichText);
        m_toast->setMaximumWidth(360);
        m_toast->setStyleSheet(
            u"QLabel#supervisionToast { background: #fef9e7; color: #333; border: 1px solid #d4ac0d;"
            " border-left: 6px solid #c0392b; border-radius: 4px; padding: 8px 12px; }"_s);
        m_toast->setToolTip(tr("点击关闭"));
        m_toast->hide();
        m_toast->installEventFilter(this);
        window->installEventFilter(this);
        m_toastTimer = new QTimer(this);
        m_toastTimer->setSingleShot(true);
        m_toastTimer->setInterval(toastMilliseconds);
        connect(m_toastTimer, &QTimer::timeout, m_toast, &QWidget::hide);
    }
}

QString SupervisionNotifier::summary(const QList<SupervisionService::Card> &cards)
{
    int yellow = 0;
    int red = 0;
    QStringList numbers;
    for (const auto &card : cards) {
        (card.level == SuperviseLevel::RedCard ? red : yellow)++;
        if (numbers.size() < namedCards)
            numbers << card.caseNo;
    }
    QStringList parts;
    if (red > 0)
        parts << tr("红牌 %n 件", nullptr, red);
    if (yellow > 0)
        parts << tr("黄牌 %n 件", nullptr, yellow);
    QString text = tr("自动督办：新增%1").arg(parts.join(tr("、")));
    if (!numbers.isEmpty())
        text += tr("（%1%2）").arg(numbers.join(tr("、")), cards.size() > namedCards ? tr(" 等") : QString());
    return text;
}

SupervisionNotifier::~SupervisionNotifier()
{
    if (!m_worker)
        return;
    {
        const std::lock_guard lock(m_shared->mutex);
        if (m_busy && m_shared->cancel)
            m_shared->cancel(); // a sweep left half done is finished by the next one
    }
    m_thread.quit();
    m_thread.wait();
}

void SupervisionNotifier::sweepNow()
{
    if (m_busy)
        return; // a slow sweep is not queued up behind itself
    m_busy = true;
    const QDateTime now = m_context.clock.now();
    if (!m_worker) {
        QList<SupervisionService::Card> cards;
        QString error;
        try {
            cards = SupervisionService(m_context.db, m_context.clock).sweep(now);
        } catch (const Error &e) {
            error = e.message();
        }
        sweepDone(cards, error);
        return;
    }
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [this, worker, now] { worker->sweep(this, now); });
}

void SupervisionNotifier::sweepDone(const QList<SupervisionService::Card> &cards, const QString &error)
{
    m_busy = false;
    if (!error.isEmpty()) {
        // Said once, not every minute while the database stays away.
        if (error != m_lastError) {
            m_lastError = error;
            if (auto *main = qobject_cast<QMainWindow *>(m_window.data()))
                main->statusBar()->showMessage(tr("自动督办检查失败：%1").arg(error), statusMilliseconds);
        }
        emit sweepFinished();
        return;
    }
    m_lastError.clear();
    if (!cards.isEmpty()) {
        notify(cards);
        emit cardsIssued(cards);
    }
    emit sweepFinished();
}

void SupervisionNotifier::notify(const QList<SupervisionService::Card> &cards)
{
    // A locked window shows nothing of the cases (the cards are issued all the same).
    if (auto *main = qobject_cast<MainWindow *>(m_window.data()); main && main->isLocked())
        return;
    const QString text = summary(cards);
    if (auto *main = qobject_cast<QMainWindow *>(m_window.data()))
        main->statusBar()->showMessage(text, statusMilliseconds);
    if (m_toast) {
        QStringList lines;
        for (qsizetype i = 0; i < cards.size() && i < namedCards; ++i) {
            const bool red = cards[i].level == SuperviseLevel::RedCard;
            lines << u"<span style=\"color:%1\">■ %2</span> %3<br>&nbsp;&nbsp;&nbsp;%4"_s.arg(
                red ? u"#c0392b"_s : u"#b7950b"_s, label(cards[i].level).toHtmlEscaped(),
                cards[i].caseNo.toHtmlEscaped(), cards[i].title.toHtmlEscaped());
        }
        if (cards.size() > namedCards)
            lines << tr("另有 %n 件", nullptr, int(cards.size() - namedCards));
        m_toast->setText(u"<b>%1</b><br>%2"_s.arg(tr("自动督办").toHtmlEscaped(), lines.join(u"<br>"_s)));
        m_toast->adjustSize();
        placeToast();
        m_toast->show();
        m_toast->raise();
        m_toastTimer->start();
    }
    if (QSystemTrayIcon::isSystemTrayAvailable() && m_window) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(this);
            QIcon icon = m_window->windowIcon();
            if (icon.isNull())
                icon = m_window->style()->standardIcon(QStyle::SP_MessageBoxWarning);
            m_tray->setIcon(icon);
            m_tray->setToolTip(tr("综治中心工作台"));
            m_tray->show();
        }
        m_tray->showMessage(tr("自动督办"), text, QSystemTrayIcon::Warning, toastMilliseconds);
    }
}

void SupervisionNotifier::placeToast()
{
    if (!m_toast || !m_window)
        return;
    int bottom = m_window->height() - 12;
    if (auto *main = qobject_cast<QMainWindow *>(m_window.data()); main && main->statusBar()->isVisible())
        bottom -= main->statusBar()->height();
    m_toast->move(m_window->width() - m_toast->width() - 16, bottom - m_toast->height());
}

bool SupervisionNotifier::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Resize && m_toast && m_toast->isVisible())
        placeToast();
    if (watched == m_toast && event->type() == QEvent::MouseButtonPress)
        m_toast->hide();
    return QObject::eventFilter(watched, event);
}

} // namespace zz
