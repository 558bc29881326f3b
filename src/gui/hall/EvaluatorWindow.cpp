#include "EvaluatorWindow.h"

#include "Error.h"
#include "queue/QueueFeed.h"
#include "queue/QueueService.h"
#include "queue/QueueSetupService.h"
#include "shell/AppContext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

namespace {
constexpr int thanksMs = 4000;
} // namespace

EvaluatorWindow::EvaluatorWindow(const AppContext &context, qint64 windowId, QWidget *parent)
    : QWidget(parent, Qt::Window), m_context(context)
{
    setObjectName(u"evaluatorWindow"_s);
    setWindowTitle(tr("服务评价器"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addStretch();
    m_window = new QComboBox(this);
    m_window->setObjectName(u"evaluatorWindowComboBox"_s);
    top->addWidget(m_window);
    layout->addLayout(top);
    try {
        for (const QueueWindow &w :
             QueueSetupService(context.db, context.clock, context.actor()).windows(true))
            m_window->addItem(tr("%1号窗口 %2").arg(w.number).arg(w.name), w.id);
    } catch (const Error &) {
        // no windows: the prompt says so
    }
    selectWindow(windowId);

    m_prompt = new QLabel(this);
    m_prompt->setObjectName(u"evaluatorPromptLabel"_s);
    m_prompt->setAlignment(Qt::AlignCenter);
    m_prompt->setWordWrap(true);
    QFont promptFont = m_prompt->font();
    promptFont.setPointSize(28);
    m_prompt->setFont(promptFont);
    layout->addWidget(m_prompt, 1);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(24);
    auto button = [this, buttons](const QString &name, const QString &text, const QString &colour) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setMinimumSize(200, 160);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        QFont f = b->font();
        f.setPointSize(30);
        f.setBold(true);
        b->setFont(f);
        b->setStyleSheet(u"QPushButton { background: %1; color: white; border-radius: 16px; }"
                         " QPushButton:disabled { background: #c8c8c8; color: #f0f0f0; }"_s.arg(colour));
        buttons->addWidget(b);
        return b;
    };
    m_satisfied = button(u"satisfiedButton"_s, QueueText::name(TicketRating::Satisfied), u"#2a9d5c"_s);
    m_basic = button(u"basicButton"_s, QueueText::name(TicketRating::Basic), u"#e0a100"_s);
    m_unsatisfied = button(u"unsatisfiedButton"_s, QueueText::name(TicketRating::Unsatisfied), u"#c0392b"_s);
    layout->addLayout(buttons, 2);
    connect(m_satisfied, &QPushButton::clicked, this, [this] { rate(TicketRating::Satisfied); });
    connect(m_basic, &QPushButton::clicked, this, [this] { rate(TicketRating::Basic); });
    connect(m_unsatisfied, &QPushButton::clicked, this, [this] { rate(TicketRating::Unsatisfied); });

    m_thanks = new QTimer(this);
    m_thanks->setSingleShot(true);
    m_thanks->setInterval(thanksMs);
    connect(m_thanks, &QTimer::timeout, this, &EvaluatorWindow::refresh);
    m_feed = new QueueFeed(context.db, this);
    connect(m_feed, &QueueFeed::ticketsChanged, this, [this] {
        if (!m_thanks->isActive())
            refresh();
    });
    connect(m_window, &QComboBox::currentIndexChanged, this, &EvaluatorWindow::refresh);
    resize(900, 560);
    refresh();
}

qint64 EvaluatorWindow::windowId() const
{
    return m_window->currentData().toLongLong();
}

void EvaluatorWindow::selectWindow(qint64 windowId)
{
    const int index = m_window->findData(windowId);
    if (index >= 0)
        m_window->setCurrentIndex(index);
}

void EvaluatorWindow::showOn(QScreen *screen)
{
    if (screen) {
        setScreen(screen);
        setGeometry(screen->geometry());
        showFullScreen();
    } else {
        show();
    }
}

void EvaluatorWindow::refresh()
{
    m_ticket.reset();
    try {
        if (windowId())
            m_ticket =
                QueueService(m_context.db, m_context.clock, m_context.actor()).awaitingRating(windowId());
    } catch (const Error &e) {
        m_prompt->setText(e.message());
    }
    if (m_ticket)
        m_prompt->setText(tr("%1 号，请您对本次服务进行评价").arg(m_ticket->code));
    else if (!windowId())
        m_prompt->setText(tr("本大厅还没有窗口。"));
    else
        m_prompt->setText(tr("欢迎您，请稍候"));
    for (QPushButton *b : {m_satisfied, m_basic, m_unsatisfied})
        b->setEnabled(m_ticket.has_value());
}

void EvaluatorWindow::rate(TicketRating rating)
{
    if (!m_ticket)
        return;
    try {
        const auto outcome = QueueService(m_context.db, m_context.clock, m_context.actor())
                                 .rateAndFollowUp(m_ticket->id, rating, m_context.calendar);
        if (outcome.petitionReopened)
            emit staffNotice(tr("%1 号不满意：关联的信访件已重新办理。").arg(outcome.ticket.code));
        else if (!outcome.petitionNote.isEmpty())
            emit staffNotice(outcome.petitionNote);
        m_ticket.reset();
        for (QPushButton *b : {m_satisfied, m_basic, m_unsatisfied})
            b->setEnabled(false);
        m_prompt->setText(rating == TicketRating::Unsatisfied ? tr("感谢您的评价，我们会尽快改进并与您联系。")
                                                              : tr("感谢您的评价！"));
        m_thanks->start();
    } catch (const Error &e) {
        m_prompt->setText(e.message());
    }
}

} // namespace zz
