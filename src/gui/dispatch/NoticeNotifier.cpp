#include "NoticeNotifier.h"

#include "BoardFilter.h"
#include "BoardPage.h"
#include "CaseViewDialog.h"
#include "ChangeFeed.h"
#include "Database.h"
#include "Error.h"
#include "petition/PetitionDialog.h"
#include "shell/MainWindow.h"

#include <QEvent>
#include <QLabel>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace zz {

namespace {
constexpr int toastMilliseconds = 15000;
constexpr int namedNotices = 3; // notices named in the toast; the rest are counted

QString colourOf(NoticeService::Kind kind)
{
    switch (kind) {
    case NoticeService::Kind::Dispatched:
        return u"#1f6fb2"_s;
    case NoticeService::Kind::Urged:
    case NoticeService::Kind::Returned:
    case NoticeService::Kind::DueSoon:
        return u"#b7950b"_s;
    case NoticeService::Kind::Supervised:
    case NoticeService::Kind::UrgentPetition:
        return u"#c0392b"_s;
    }
    return u"#555"_s;
}
} // namespace

// Runs in the notices' thread with a connection of its own, opened on first use.
class NoticeNotifier::Worker : public QObject
{
public:
    Worker(const ConnectionUrl &url, const User &user) : m_url(url), m_user(user) {}
    ~Worker() override { m_db.reset(); } // in the thread where the connection was opened

    void check(NoticeNotifier *owner, const QDateTime &now)
    {
        NoticeService::Unseen unseen;
        QString error;
        try {
            const Database &db = open();
            const NoticeService notices(db, m_user);
            notices.ensureBaseline(now);
            unseen = notices.unseen(now);
        } catch (const Error &e) {
            error = e.message();
        }
        QMetaObject::invokeMethod(owner, [owner, unseen, error] { owner->checkDone(unseen, error); });
    }

    void markSeen(const NoticeService::Unseen &upTo)
    {
        try {
            NoticeService(open(), m_user).markSeen(upTo);
        } catch (const Error &) {
            // Not stored: the same notices count as new once more next time.
        }
    }

private:
    const Database &open()
    {
        if (m_db && m_db->isConnectionLost())
            m_db->reconnect();
        if (!m_db)
            m_db = std::make_unique<Database>(m_url);
        return *m_db;
    }

    ConnectionUrl m_url;
    User m_user;
    std::unique_ptr<Database> m_db;
};

NoticeNotifier::NoticeNotifier(const AppContext &context, MainWindow *window,
                               std::chrono::milliseconds interval)
    : QObject(window), m_context(context), m_window(window)
{
    setObjectName(u"noticeNotifier"_s);
    if (!NoticeService(context.db, context.user).hasNotices())
        return; // reception and admin accounts get none
    // An in-memory SQLite database exists for its one connection only: checked on it.
    if (!(context.db.isSqlite() && context.db.url().path == u":memory:"_s)) {
        m_worker = new Worker(context.db.url(), context.user);
        m_worker->moveToThread(&m_thread);
        connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        m_thread.setObjectName(u"notices"_s);
        m_thread.start(QThread::LowPriority);
    }
    m_feed = new ChangeFeed(context.db, this);
    connect(m_feed, &ChangeFeed::casesChanged, this, &NoticeNotifier::checkNow);
    connect(m_feed, &ChangeFeed::petitionsChanged, this, &NoticeNotifier::checkNow);
    m_timer = new QTimer(this);
    m_timer->setObjectName(u"noticeTimer"_s);
    m_timer->setInterval(interval);
    connect(m_timer, &QTimer::timeout, this, &NoticeNotifier::checkNow);
    m_timer->start();

    m_toast = new QLabel(window);
    m_toast->setObjectName(u"noticeToast"_s);
    m_toast->setWordWrap(true);
    m_toast->setTextFormat(Qt::RichText);
    m_toast->setMaximumWidth(380);
    m_toast->setCursor(Qt::PointingHandCursor);
    m_toast->setStyleSheet(
        u"QLabel#noticeToast { background: #eaf2fb; color: #333; border: 1px solid #7fa7d1;"
        " border-left: 6px solid #1f6fb2; border-radius: 4px; padding: 8px 12px; }"_s);
    m_toast->setToolTip(tr("点击查看"));
    m_toast->hide();
    m_toast->installEventFilter(this);
    window->installEventFilter(this);
    m_toastTimer = new QTimer(this);
    m_toastTimer->setSingleShot(true);
    m_toastTimer->setInterval(toastMilliseconds);
    connect(m_toastTimer, &QTimer::timeout, m_toast, &QWidget::hide);

    // Opening 指挥调度 is looking.
    connect(window, &MainWindow::moduleOpened, this, [this](const QString &id) {
        if (id == moduleId)
            markSeen();
    });
    QTimer::singleShot(0, this, &NoticeNotifier::checkNow);
}

NoticeNotifier::~NoticeNotifier()
{
    if (!m_worker)
        return;
    m_thread.quit();
    m_thread.wait();
}

QString NoticeNotifier::summary(const QList<NoticeService::Notice> &notices)
{
    QList<std::pair<NoticeService::Kind, int>> counts;
    for (const auto &n : notices) {
        auto it =
            std::find_if(counts.begin(), counts.end(), [&](const auto &c) { return c.first == n.kind; });
        if (it == counts.end())
            counts.append({n.kind, 1});
        else
            ++it->second;
    }
    QStringList parts;
    for (const auto &[kind, count] : std::as_const(counts))
        parts << tr("%1 %n 件", nullptr, count).arg(NoticeService::kindLabel(kind));
    return parts.join(tr("、"));
}

void NoticeNotifier::checkNow()
{
    if (!m_timer)
        return;
    if (m_busy) {
        m_again = true; // one more check after this one, not one per change
        return;
    }
    m_busy = true;
    const QDateTime now = m_context.clock.now();
    if (!m_worker) {
        NoticeService::Unseen unseen;
        QString error;
        try {
            const NoticeService notices(m_context.db, m_context.user);
            notices.ensureBaseline(now);
            unseen = notices.unseen(now);
        } catch (const Error &e) {
            error = e.message();
        }
        checkDone(unseen, error);
        return;
    }
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [this, worker, now] { worker->check(this, now); });
}

void NoticeNotifier::checkDone(const NoticeService::Unseen &unseen, const QString &error)
{
    m_busy = false;
    if (error.isEmpty()) {
        m_unseen = unseen;
        updateBadge();
        QList<NoticeService::Notice> fresh;
        for (const auto &n : unseen.notices) {
            const bool isNew = n.kind == NoticeService::Kind::DueSoon ? !m_announcedDueSoon.contains(n.caseId)
                               : n.kind == NoticeService::Kind::UrgentPetition
                                   ? n.flowId > m_announcedPetitionFlow
                                   : n.flowId > m_announcedFlow;
            if (isNew)
                fresh.append(n);
        }
        for (const auto &n : std::as_const(fresh)) {
            if (n.kind == NoticeService::Kind::DueSoon)
                m_announcedDueSoon.insert(n.caseId);
            else if (n.kind == NoticeService::Kind::UrgentPetition)
                m_announcedPetitionFlow = std::max(m_announcedPetitionFlow, n.flowId);
            else
                m_announcedFlow = std::max(m_announcedFlow, n.flowId);
        }
        if (!fresh.isEmpty())
            announce(fresh);
    }
    emit checked();
    if (m_again) {
        m_again = false;
        checkNow();
    }
}

void NoticeNotifier::updateBadge()
{
    if (!m_window)
        return;
    m_window->setModuleBadge(moduleId, m_unseen.total,
                             m_unseen.total > 0 ? tr("新通知：%1").arg(summary(m_unseen.notices))
                                                : QString());
}

void NoticeNotifier::announce(const QList<NoticeService::Notice> &notices)
{
    m_lastAnnounced = notices;
    // A locked window shows nothing of the cases; the badge waits for the user.
    if (!m_window || m_window->isLocked())
        return;
    const QString text = summary(notices);
    m_window->statusBar()->showMessage(tr("新通知：%1").arg(text), toastMilliseconds);
    emit announced(notices);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(this);
            QIcon icon = m_window->windowIcon();
            if (icon.isNull())
                icon = m_window->style()->standardIcon(QStyle::SP_MessageBoxInformation);
            m_tray->setIcon(icon);
            m_tray->setToolTip(tr("综治中心工作台"));
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, &NoticeNotifier::openNotices);
            m_tray->show();
        }
        const NoticeService::Notice &first = notices.constFirst();
        const QString detail = notices.size() == 1 ? tr("%1 %2").arg(first.caseNo, first.title) : text;
        m_tray->showMessage(tr("新通知"), detail, QSystemTrayIcon::Information, toastMilliseconds);
        return;
    }
    // No tray (a desktop without one, or offscreen): the notice in the window.
    QStringList lines;
    for (qsizetype i = 0; i < notices.size() && i < namedNotices; ++i) {
        const auto &n = notices.at(i);
        QString line = u"<span style=\"color:%1\">■ %2</span> %3<br>&nbsp;&nbsp;&nbsp;%4"_s.arg(
            colourOf(n.kind), NoticeService::kindLabel(n.kind).toHtmlEscaped(), n.caseNo.toHtmlEscaped(),
            n.title.toHtmlEscaped());
        lines << line;
    }
    if (notices.size() > namedNotices)
        lines << tr("另有 %n 条", nullptr, int(notices.size() - namedNotices));
    m_toast->setText(u"<b>%1</b><br>%2<br><span style=\"color:#666\">%3</span>"_s.arg(
        tr("新通知").toHtmlEscaped(), lines.join(u"<br>"_s),
        (notices.size() > 1 ? tr("点击在指挥调度中查看")
         : notices.constFirst().kind == NoticeService::Kind::UrgentPetition ? tr("点击打开信访件")
                                                                            : tr("点击打开案件"))
            .toHtmlEscaped()));
    m_toast->adjustSize();
    placeToast();
    m_toast->show();
    m_toast->raise();
    m_toastTimer->start();
}

void NoticeNotifier::openNotices()
{
    if (m_toast)
        m_toast->hide();
    if (!m_window || m_window->isLocked())
        return;
    const QList<NoticeService::Notice> notices =
        m_lastAnnounced.isEmpty() ? m_unseen.notices : m_lastAnnounced;
    QSet<qint64> cases;
    QSet<qint64> petitions;
    for (const auto &n : notices) {
        if (n.kind == NoticeService::Kind::UrgentPetition)
            petitions.insert(n.petitionId);
        else
            cases.insert(n.caseId);
    }
    if (cases.size() + petitions.size() == 1) {
        QDialog *view = nullptr;
        if (petitions.isEmpty())
            view = new CaseViewDialog(m_context, *cases.cbegin(), m_window);
        else
            view = new PetitionDialog(m_context, *petitions.cbegin(), m_window);
        view->setAttribute(Qt::WA_DeleteOnClose);
        view->show();
        markSeen();
        return;
    }
    // 重大紧急 petitions above all else: the 信访超市 with its board.
    if (!petitions.isEmpty() && m_window->setCurrentModule(u"petition"_s)) {
        markSeen();
        return;
    }
    // The board, filtered to what most of the notices are about.
    int supervised = 0, dueSoon = 0, mine = 0;
    for (const auto &n : notices) {
        if (n.kind == NoticeService::Kind::Supervised)
            ++supervised;
        else if (n.kind == NoticeService::Kind::DueSoon)
            ++dueSoon;
        else
            ++mine;
    }
    m_window->setCurrentModule(moduleId); // counts as looking
    if (auto *board = m_window->findChild<BoardPage *>()) {
        const QList<SavedFilter> builtIns = SavedFilterStore::builtIns(m_context.user);
        if (mine >= supervised && mine >= dueSoon) {
            board->applySavedFilter(builtIns.at(0).name); // 我的待办
        } else if (supervised >= dueSoon) {
            board->applySavedFilter(builtIns.at(2).name); // 督办件
        } else {
            BoardFilter filter;
            filter.warning = WarningLevel::DueSoon;
            filter.sort = CaseQuery::Sort::DeadlineAsc;
            board->setFilter(filter);
        }
    }
    markSeen();
}

void NoticeNotifier::markSeen()
{
    if (!m_timer || (m_unseen.total == 0 && m_unseen.notices.isEmpty()))
        return;
    const NoticeService::Unseen upTo = m_unseen;
    m_unseen = NoticeService::Unseen{{}, 0, upTo.newestFlowId, upTo.newestPetitionFlowId, upTo.checkedAt};
    updateBadge();
    if (!m_worker) {
        try {
            NoticeService(m_context.db, m_context.user).markSeen(upTo);
        } catch (const Error &) {
            // Not stored: the same notices count as new once more next time.
        }
        return;
    }
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, upTo] { worker->markSeen(upTo); });
}

void NoticeNotifier::placeToast()
{
    if (!m_toast || !m_window)
        return;
    int bottom = m_window->height() - 12;
    if (m_window->statusBar()->isVisible())
        bottom -= m_window->statusBar()->height();
    // Above the supervision toast when both are shown.
    if (auto *other = m_window->findChild<QLabel *>(u"supervisionToast"_s); other && other->isVisible())
        bottom = other->y() - 8;
    m_toast->move(m_window->width() - m_toast->width() - 16, bottom - m_toast->height());
}

bool NoticeNotifier::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Resize && m_toast && m_toast->isVisible())
        placeToast();
    if (watched == m_toast && event->type() == QEvent::MouseButtonRelease)
        openNotices();
    return QObject::eventFilter(watched, event);
}

} // namespace zz
