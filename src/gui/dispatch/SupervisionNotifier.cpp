#include "SupervisionNotifier.h"

#include "Error.h"
#include "shell/MainWindow.h"

#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace zz {

namespace {
constexpr int toastMilliseconds = 10000;
constexpr int statusMilliseconds = 30000;
constexpr int namedCards = 3; // case numbers named in a notice; the rest are counted
} // namespace

SupervisionNotifier::SupervisionNotifier(const AppContext &context, QWidget *window,
                                         std::chrono::milliseconds interval)
    : QObject(window), m_context(context), m_window(window)
{
    setObjectName(u"supervisionNotifier"_s);
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
        parts << tr("红牌 %1 件").arg(red);
    if (yellow > 0)
        parts << tr("黄牌 %1 件").arg(yellow);
    QString text = tr("自动督办：新增%1").arg(parts.join(tr("、")));
    if (!numbers.isEmpty())
        text += tr("（%1%2）").arg(numbers.join(tr("、")), cards.size() > namedCards ? tr(" 等") : QString());
    return text;
}

QList<SupervisionService::Card> SupervisionNotifier::sweepNow()
{
    QList<SupervisionService::Card> cards;
    try {
        cards = SupervisionService(m_context.db, m_context.clock).sweep(m_context.clock.now());
        m_lastError.clear();
    } catch (const Error &e) {
        // Said once, not every minute while the database stays away.
        if (e.message() != m_lastError) {
            m_lastError = e.message();
            if (auto *main = qobject_cast<QMainWindow *>(m_window.data()))
                main->statusBar()->showMessage(tr("自动督办检查失败：%1").arg(e.message()),
                                               statusMilliseconds);
        }
        return {};
    }
    if (!cards.isEmpty()) {
        notify(cards);
        emit cardsIssued(cards);
    }
    return cards;
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
            lines << tr("另有 %1 件").arg(cards.size() - namedCards);
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
