#include "WindowConsole.h"

#include "Error.h"
#include "queue/QueueFeed.h"
#include "queue/QueueService.h"
#include "queue/QueueSetupService.h"
#include "shell/AppContext.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

WindowConsole::WindowConsole(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(u"windowConsole"_s);
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    layout->addLayout(left, 3);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("本窗口："), this));
    m_window = new QComboBox(this);
    m_window->setObjectName(u"windowComboBox"_s);
    top->addWidget(m_window, 1);
    left->addLayout(top);
    m_rota = new QLabel(this);
    m_rota->setObjectName(u"rotaLabel"_s);
    left->addWidget(m_rota);

    auto *current = new QGroupBox(tr("当前办理"), this);
    auto *currentLayout = new QVBoxLayout(current);
    m_ticket = new QLabel(current);
    m_ticket->setObjectName(u"currentTicketLabel"_s);
    m_ticket->setAlignment(Qt::AlignCenter);
    QFont big = m_ticket->font();
    big.setPointSize(44);
    big.setBold(true);
    m_ticket->setFont(big);
    currentLayout->addWidget(m_ticket);
    m_ticketInfo = new QLabel(current);
    m_ticketInfo->setObjectName(u"currentTicketInfoLabel"_s);
    m_ticketInfo->setAlignment(Qt::AlignCenter);
    currentLayout->addWidget(m_ticketInfo);
    left->addWidget(current);

    auto *buttons = new QGridLayout;
    auto button = [this](const QString &name, const QString &text, const QString &tip) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(tip);
        b->setMinimumHeight(48);
        return b;
    };
    m_callNext = button(u"callNextButton"_s, tr("叫号"), tr("按优先比例叫下一位（F2）"));
    m_callNext->setShortcut(Qt::Key_F2);
    m_recall = button(u"recallButton"_s, tr("重呼"), tr("再呼叫一次当前号（F3）"));
    m_recall->setShortcut(Qt::Key_F3);
    m_noShow = button(u"noShowButton"_s, tr("过号"), tr("呼叫后未到，标记过号"));
    m_finish = button(u"finishButton"_s, tr("办结"), tr("当前号办理完毕（F4）"));
    m_finish->setShortcut(Qt::Key_F4);
    m_transfer = button(u"transferButton"_s, tr("转窗口"), tr("转到所选窗口排队，按取号时间保留位置"));
    m_transferTo = new QComboBox(this);
    m_transferTo->setObjectName(u"transferComboBox"_s);
    buttons->addWidget(m_callNext, 0, 0);
    buttons->addWidget(m_recall, 0, 1);
    buttons->addWidget(m_noShow, 0, 2);
    buttons->addWidget(m_finish, 1, 0);
    buttons->addWidget(m_transferTo, 1, 1);
    buttons->addWidget(m_transfer, 1, 2);
    left->addLayout(buttons);
    m_status = new QLabel(this);
    m_status->setObjectName(u"consoleStatusLabel"_s);
    m_status->setWordWrap(true);
    left->addWidget(m_status);
    left->addStretch();

    auto *right = new QVBoxLayout;
    m_waitingCount = new QLabel(this);
    m_waitingCount->setObjectName(u"waitingCountLabel"_s);
    right->addWidget(m_waitingCount);
    m_waiting = new QListWidget(this);
    m_waiting->setObjectName(u"waitingList"_s);
    right->addWidget(m_waiting);
    layout->addLayout(right, 2);

    connect(m_window, &QComboBox::currentIndexChanged, this, [this] {
        m_status->clear();
        refresh();
    });
    connect(m_callNext, &QPushButton::clicked, this, [this] {
        run([this] {
            QueueService queue(m_context.db, m_context.clock, m_context.actor());
            const auto called = queue.callNext(windowId());
            m_status->setText(called ? tr("已呼叫 %1。").arg(called->code) : tr("没有等候的号。"));
        });
    });
    connect(m_recall, &QPushButton::clicked, this, [this] {
        run([this] {
            if (m_current) {
                QueueService(m_context.db, m_context.clock, m_context.actor()).recall(m_current->id);
                m_status->setText(tr("已重呼 %1。").arg(m_current->code));
            }
        });
    });
    connect(m_noShow, &QPushButton::clicked, this, [this] {
        run([this] {
            if (m_current) {
                QueueService(m_context.db, m_context.clock, m_context.actor()).noShow(m_current->id);
                m_status->setText(tr("%1 已过号。").arg(m_current->code));
            }
        });
    });
    connect(m_finish, &QPushButton::clicked, this, [this] {
        run([this] {
            if (m_current) {
                QueueService(m_context.db, m_context.clock, m_context.actor()).finish(m_current->id);
                m_status->setText(tr("%1 已办结，请群众在评价器上评价。").arg(m_current->code));
            }
        });
    });
    connect(m_transfer, &QPushButton::clicked, this, [this] {
        run([this] {
            const qint64 to = m_transferTo->currentData().toLongLong();
            if (m_current && to) {
                QueueService(m_context.db, m_context.clock, m_context.actor()).transfer(m_current->id, to);
                m_status->setText(tr("%1 已转到%2。").arg(m_current->code, m_transferTo->currentText()));
            }
        });
    });

    m_feed = new QueueFeed(context.db, this);
    connect(m_feed, &QueueFeed::ticketsChanged, this, &WindowConsole::refresh);
    reload();
}

qint64 WindowConsole::windowId() const
{
    return m_window->currentData().toLongLong();
}

void WindowConsole::selectWindow(qint64 windowId)
{
    const int index = m_window->findData(windowId);
    if (index >= 0)
        m_window->setCurrentIndex(index);
}

void WindowConsole::showMessage(const QString &message)
{
    m_status->setStyleSheet(QString());
    m_status->setText(message);
}

void WindowConsole::reload()
{
    reloadWindows();
    refresh();
}

void WindowConsole::reloadWindows()
{
    try {
        QueueSetupService setup(m_context.db, m_context.clock, m_context.actor());
        m_windows = setup.windows(true);
        m_types = setup.serviceTypes();
    } catch (const Error &e) {
        m_status->setText(e.message());
        return;
    }
    const qint64 keep = windowId();
    QSignalBlocker block(m_window);
    m_window->clear();
    for (const QueueWindow &w : std::as_const(m_windows))
        m_window->addItem(tr("%1号窗口 %2").arg(w.number).arg(w.name), w.id);
    int index = m_window->findData(keep);
    if (index < 0) {
        // A department's handler starts at his department's window.
        for (const QueueWindow &w : std::as_const(m_windows))
            if (m_context.user.departmentId && w.departmentId == m_context.user.departmentId)
                index = m_window->findData(w.id);
    }
    m_window->setCurrentIndex(std::max(index, 0));
}

void WindowConsole::refresh()
{
    const qint64 id = windowId();
    m_current.reset();
    m_waiting->clear();
    QSignalBlocker block(m_transferTo);
    m_transferTo->clear();
    for (const QueueWindow &w : std::as_const(m_windows))
        if (w.id != id)
            m_transferTo->addItem(tr("%1号窗口 %2").arg(w.number).arg(w.name), w.id);
    if (!id) {
        m_ticket->setText(u"—"_s);
        m_ticketInfo->setText(tr("本大厅还没有窗口，请管理员在“大厅设置”中添加。"));
        m_waitingCount->clear();
        m_rota->clear();
        for (QPushButton *b : {m_callNext, m_recall, m_noShow, m_finish, m_transfer})
            b->setEnabled(false);
        return;
    }
    auto typeName = [this](qint64 serviceId) {
        for (const QueueServiceType &t : std::as_const(m_types))
            if (t.id == serviceId)
                return t.name;
        return QString();
    };
    try {
        QueueService queue(m_context.db, m_context.clock, m_context.actor());
        m_current = queue.current(id);
        const QList<QueueTicket> waiting = queue.waitingAt(id);
        m_waitingCount->setText(tr("本窗口等候 %n 人", nullptr, int(waiting.size())));
        for (const QueueTicket &t : waiting) {
            QString text = u"%1  %2  %3"_s.arg(t.code, typeName(t.serviceId), t.takenAt.toString(u"HH:mm"_s));
            if (t.isPriority())
                text += u"  "_s + tr("优先（%1）").arg(QueueText::name(t.priority));
            if (t.targetWindowId)
                text += u"  "_s + tr("转入");
            m_waiting->addItem(text);
        }
        const qint64 department = QueueSetupService(m_context.db, m_context.clock, m_context.actor())
                                      .rotaDepartment(id, m_context.clock.now());
        QString sitting;
        if (department)
            for (const Department &d :
                 QueueSetupService(m_context.db, m_context.clock, m_context.actor()).residentDepartments())
                if (d.id == department)
                    sitting = d.name;
        m_rota->setText(sitting.isEmpty() ? QString() : tr("本时段驻点：%1").arg(sitting));
    } catch (const Error &e) {
        m_status->setText(e.message());
    }
    if (m_current) {
        m_ticket->setText(m_current->code);
        QString info = typeName(m_current->serviceId);
        if (m_current->isPriority())
            info += u" · "_s + tr("优先（%1）").arg(QueueText::name(m_current->priority));
        info += u" · "_s + tr("第 %n 次呼叫", nullptr, m_current->callCount);
        m_ticketInfo->setText(info);
    } else {
        m_ticket->setText(u"—"_s);
        m_ticketInfo->setText(tr("空闲，按“叫号”呼叫下一位"));
    }
    m_callNext->setEnabled(!m_current);
    for (QPushButton *b : {m_recall, m_noShow, m_finish})
        b->setEnabled(m_current.has_value());
    m_transfer->setEnabled(m_current.has_value() && m_transferTo->count() > 0);
}

void WindowConsole::run(const std::function<void()> &action)
{
    try {
        m_status->setStyleSheet(QString());
        action();
    } catch (const Error &e) {
        m_status->setStyleSheet(u"color: #b00020;"_s);
        m_status->setText(e.message());
    }
    refresh();
}

} // namespace zz
