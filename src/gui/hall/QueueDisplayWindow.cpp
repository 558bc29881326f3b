#include "QueueDisplayWindow.h"

#include "Error.h"
#include "queue/QueueFeed.h"
#include "queue/QueueService.h"
#include "queue/QueueSetupService.h"
#include "shell/AppContext.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

namespace {
const QString background = u"#0b2545"_s;
const QString highlight = u"#ffd166"_s;
} // namespace

QueueDisplayWindow::QueueDisplayWindow(const AppContext &context, QWidget *parent)
    : QWidget(parent, Qt::Window), m_context(context)
{
    setObjectName(u"queueDisplayWindow"_s);
    setWindowTitle(tr("叫号显示屏"));
    setAutoFillBackground(true);
    setStyleSheet(
        u"QWidget#queueDisplayWindow { background: %1; } QLabel { color: white; }"_s.arg(background));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    auto *header = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(u"displayTitleLabel"_s);
    header->addWidget(m_title, 1);
    m_clock = new QLabel(this);
    m_clock->setObjectName(u"displayClockLabel"_s);
    header->addWidget(m_clock);
    layout->addLayout(header);

    auto *body = new QHBoxLayout;
    auto *callsBox = new QVBoxLayout;
    auto *callsTitle = new QLabel(tr("请以下号码到窗口办理"), this);
    callsTitle->setObjectName(u"displayCallsTitle"_s);
    callsBox->addWidget(callsTitle);
    m_calls = new QVBoxLayout;
    callsBox->addLayout(m_calls);
    callsBox->addStretch();
    body->addLayout(callsBox, 3);
    m_waiting = new QLabel(this);
    m_waiting->setObjectName(u"displayWaitingLabel"_s);
    m_waiting->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_waiting->setTextFormat(Qt::RichText);
    body->addWidget(m_waiting, 2);
    layout->addLayout(body, 1);
    m_error = new QLabel(this);
    m_error->setObjectName(u"displayErrorLabel"_s);
    layout->addWidget(m_error);

    m_feed = new QueueFeed(context.db, this);
    connect(m_feed, &QueueFeed::ticketsChanged, this, &QueueDisplayWindow::refresh);
    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this,
            [this] { m_clock->setText(m_context.clock.now().toString(u"HH:mm"_s)); });
    m_tick->start();
    try {
        m_title->setText(QueueSetupService(context.db, context.clock, context.actor()).hallName());
    } catch (const Error &) {
        // the title stays empty; refresh() reports what is wrong
    }
    resize(1280, 720);
    refresh();
}

void QueueDisplayWindow::showOn(QScreen *screen)
{
    if (screen) {
        setScreen(screen);
        setGeometry(screen->geometry());
    }
    showFullScreen();
}

void QueueDisplayWindow::refresh()
{
    m_clock->setText(m_context.clock.now().toString(u"HH:mm"_s));
    try {
        m_state = QueueService(m_context.db, m_context.clock, m_context.actor()).display(shownCalls);
        m_error->clear();
    } catch (const Error &e) {
        m_error->setText(e.message()); // keeps what it showed last
    }
    rebuild();
}

void QueueDisplayWindow::rebuild()
{
    while (QLayoutItem *item = m_calls->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    bool newest = true;
    for (const QueueDisplayCall &call : std::as_const(m_state.calls)) {
        auto *row = new QLabel(tr("%1  请到  %2号窗口").arg(call.code).arg(call.windowNumber), this);
        row->setObjectName(newest ? u"displayNewestCall"_s : u"displayCall"_s);
        row->setProperty("newest", newest);
        row->setStyleSheet(newest ? u"color: %1; font-weight: bold;"_s.arg(highlight) : u"color: white;"_s);
        m_calls->addWidget(row);
        newest = false;
    }
    if (m_state.calls.isEmpty()) {
        auto *row = new QLabel(tr("请取号等候"), this);
        row->setObjectName(u"displayCall"_s);
        m_calls->addWidget(row);
    }
    QString waiting = u"<p>%1</p>"_s.arg(tr("等候人数").toHtmlEscaped());
    for (const QueueWaiting &w : std::as_const(m_state.waiting))
        waiting +=
            u"<p>"_s +
            tr("%1 %2：<b>%3</b>")
                .arg(QString(w.prefix), w.serviceName.toHtmlEscaped(), tr("%n 人", nullptr, w.waiting)) +
            u"</p>"_s;
    m_waiting->setText(waiting);
    applyFonts();
}

void QueueDisplayWindow::applyFonts()
{
    // Sized to the screen: read from across the hall.
    const int unit = std::max(10, height() / 22);
    auto sized = [](QWidget *w, int px, bool bold = false) {
        QFont f = w->font();
        f.setPixelSize(px);
        f.setBold(bold);
        w->setFont(f);
    };
    sized(m_title, unit * 3 / 2, true);
    sized(m_clock, unit * 3 / 2, true);
    sized(m_waiting, unit);
    sized(m_error, unit * 2 / 3);
    for (QLabel *l : findChildren<QLabel *>(u"displayCallsTitle"_s))
        sized(l, unit, false);
    for (int i = 0; i < m_calls->count(); ++i)
        if (QWidget *w = m_calls->itemAt(i)->widget())
            sized(w, i == 0 ? unit * 5 / 2 : unit * 2, true);
}

void QueueDisplayWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

void QueueDisplayWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyFonts();
}

} // namespace zz
