#include "TicketPicker.h"

#include "Error.h"
#include "queue/QueueService.h"
#include "queue/QueueSetupService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace zz {

namespace {
constexpr int codeRole = Qt::UserRole + 1;
} // namespace

TicketPicker::TicketPicker(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(u"ticketPicker"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(u"ticketComboBox"_s);
    m_refreshButton = new QPushButton(tr("刷新"), this);
    m_refreshButton->setObjectName(u"ticketRefreshButton"_s);
    m_refreshButton->setFocusPolicy(Qt::ClickFocus);
    layout->addWidget(m_combo, 1);
    layout->addWidget(m_refreshButton);
    connect(m_refreshButton, &QPushButton::clicked, this, &TicketPicker::refresh);
    refresh();
}

void TicketPicker::refresh()
{
    const qint64 chosen = ticketId();
    m_combo->clear();
    m_combo->addItem(tr("（未取号）"), 0);
    try {
        const Actor actor = m_context.actor();
        const QueueService queue(m_context.db, m_context.clock, actor);
        if (!queue.townshipId() || !queue.mayServe()) {
            hide();
            return;
        }
        const QueueSetupService setup(m_context.db, m_context.clock, actor, queue.townshipId());
        for (const QueueWindow &window : setup.windows(true)) {
            const auto ticket = queue.current(window.id);
            if (!ticket || ticket->petitionId)
                continue;
            m_combo->addItem(tr("%1 · %2号窗口 %3").arg(ticket->code).arg(window.number).arg(window.name),
                             ticket->id);
            m_combo->setItemData(m_combo->count() - 1, ticket->code, codeRole);
        }
    } catch (const Error &) {
        // The hall is a convenience here: without it the petition is registered all the same.
    }
    select(chosen);
}

qint64 TicketPicker::ticketId() const
{
    return m_combo->currentData().toLongLong();
}

QString TicketPicker::ticketCode() const
{
    return m_combo->currentData(codeRole).toString();
}

bool TicketPicker::select(qint64 ticketId)
{
    const int index = m_combo->findData(ticketId);
    m_combo->setCurrentIndex(std::max(0, index));
    return ticketId && index >= 0;
}

QString TicketPicker::link(qint64 petitionId)
{
    const qint64 ticket = ticketId();
    if (!ticket)
        return {};
    try {
        QueueService(m_context.db, m_context.clock, m_context.actor()).linkPetition(ticket, petitionId);
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

} // namespace zz
