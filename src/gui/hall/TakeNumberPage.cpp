#include "TakeNumberPage.h"

#include "Error.h"
#include "TicketSlip.h"
#include "queue/QueueService.h"
#include "queue/QueueSetupService.h"
#include "shell/AppContext.h"
#include "shell/AppSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrinterInfo>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

TakeNumberPage::TakeNumberPage(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(u"takeNumberPage"_s);
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("优先对象："), this));
    m_priority = new QComboBox(this);
    m_priority->setObjectName(u"priorityComboBox"_s);
    m_priority->addItem(tr("无（普通号）"), int(TicketPriority::None));
    for (TicketPriority p : QueueText::priorities())
        m_priority->addItem(QueueText::name(p), int(p));
    m_priority->setToolTip(tr("老年人、残疾人、退役军人、孕妇等按比例优先叫号"));
    top->addWidget(m_priority);
    top->addStretch();
    m_autoPrint = new QCheckBox(tr("取号后打印小票"), this);
    m_autoPrint->setObjectName(u"autoPrintCheckBox"_s);
    m_autoPrint->setChecked(!QPrinterInfo::availablePrinterNames().isEmpty());
    top->addWidget(m_autoPrint);
    layout->addLayout(top);

    m_empty = new QLabel(tr("本大厅还没有设置业务类型，请管理员在“大厅设置”中添加。"), this);
    m_empty->setObjectName(u"noServiceTypesLabel"_s);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);
    m_buttons = new QGridLayout;
    m_buttons->setSpacing(12);
    layout->addLayout(m_buttons);

    m_code = new QLabel(this);
    m_code->setObjectName(u"ticketCodeLabel"_s);
    m_code->setAlignment(Qt::AlignCenter);
    QFont big = m_code->font();
    big.setPointSize(48);
    big.setBold(true);
    m_code->setFont(big);
    layout->addWidget(m_code);
    m_info = new QLabel(this);
    m_info->setObjectName(u"ticketInfoLabel"_s);
    m_info->setAlignment(Qt::AlignCenter);
    m_info->setWordWrap(true);
    QFont infoFont = m_info->font();
    infoFont.setPointSize(infoFont.pointSize() + 4);
    m_info->setFont(infoFont);
    layout->addWidget(m_info);

    auto *bottom = new QHBoxLayout;
    bottom->addStretch();
    m_printPreview = new QPushButton(tr("打印小票…"), this);
    m_printPreview->setObjectName(u"printTicketButton"_s);
    m_printPreview->setEnabled(false);
    connect(m_printPreview, &QPushButton::clicked, this, [this] {
        if (m_slip)
            m_slip->preview(this, m_context.settings ? m_context.settings->printerName.get() : QString());
    });
    bottom->addWidget(m_printPreview);
    layout->addLayout(bottom);
    layout->addStretch();
    reload();
}

TakeNumberPage::~TakeNumberPage() = default;

void TakeNumberPage::reload()
{
    try {
        QueueSetupService setup(m_context.db, m_context.clock, m_context.actor());
        m_types = setup.serviceTypes(true);
        QHash<qint64, int> waiting;
        for (const QueueWaiting &w :
             QueueService(m_context.db, m_context.clock, m_context.actor()).display(0).waiting)
            waiting[w.serviceId] = w.waiting;
        // deleteLater: reload() runs inside a button's own clicked().
        while (QLayoutItem *item = m_buttons->takeAt(0)) {
            if (QWidget *w = item->widget()) {
                w->hide();
                w->setObjectName(QString());
                w->deleteLater();
            }
            delete item;
        }
        int index = 0;
        for (const QueueServiceType &t : std::as_const(m_types)) {
            auto *button = new QPushButton(
                tr("%1  %2\n等候 %n 人", nullptr, waiting.value(t.id)).arg(t.prefix).arg(t.name), this);
            button->setObjectName(u"takeButton_"_s + t.prefix);
            button->setMinimumHeight(90);
            QFont f = button->font();
            f.setPointSize(f.pointSize() + 6);
            button->setFont(f);
            connect(button, &QPushButton::clicked, this, [this, id = t.id] { take(id); });
            m_buttons->addWidget(button, index / 3, index % 3);
            ++index;
        }
        m_empty->setVisible(m_types.isEmpty());
    } catch (const Error &e) {
        showError(e.message());
    }
}

void TakeNumberPage::showError(const QString &message)
{
    m_code->clear();
    m_info->setStyleSheet(u"color: #b00020;"_s);
    m_info->setText(message);
}

void TakeNumberPage::take(qint64 serviceId)
{
    try {
        QueueService queue(m_context.db, m_context.clock, m_context.actor());
        const auto priority = TicketPriority(m_priority->currentData().toInt());
        const QueueTicket ticket = queue.take(serviceId, priority);
        const int ahead = queue.waitingAhead(ticket);
        QString typeName;
        for (const QueueServiceType &t : std::as_const(m_types))
            if (t.id == serviceId)
                typeName = t.name;
        const QString hall = QueueSetupService(m_context.db, m_context.clock, m_context.actor()).hallName();
        m_slip = std::make_unique<TicketSlip>(ticket, typeName, ahead, hall);
        m_code->setText(ticket.code);
        m_info->setStyleSheet(QString());
        QString info =
            tr("%1 · 前面还有 %n 人 · %2", nullptr, ahead).arg(typeName, ticket.takenAt.toString(u"HH:mm"_s));
        if (ticket.isPriority())
            info += tr(" · 优先（%1）").arg(QueueText::name(ticket.priority));
        m_printPreview->setEnabled(true);
        m_priority->setCurrentIndex(0);
        if (m_autoPrint->isChecked() &&
            !m_slip->print(m_context.settings ? m_context.settings->printerName.get() : QString()))
            info += u'\n' + tr("没有可用的打印机，小票未打印；请把号码告诉群众。");
        m_info->setText(info);
        reload();
    } catch (const Error &e) {
        showError(e.message());
    }
}

} // namespace zz
