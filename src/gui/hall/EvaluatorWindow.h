#pragma once

#include "queue/QueueTypes.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QScreen;
class QTimer;

namespace zz {

struct AppContext;
class QueueFeed;

// 评价器: the counter-facing screen (a second monitor or a tablet at the window) bound to one window.
// When the window finishes a ticket it asks the visitor to rate it with three large buttons — 满意,
// 基本满意, 不满意 — and thanks them. 不满意 on a ticket linked to a concluded or on-the-spot settled
// petition reopens it (QueueService::rateAndFollowUp); what happened is told to the staff (staffNotice).
class EvaluatorWindow : public QWidget
{
    Q_OBJECT

public:
    EvaluatorWindow(const AppContext &context, qint64 windowId = 0, QWidget *parent = nullptr);

    qint64 windowId() const;
    void selectWindow(qint64 windowId);
    void showOn(QScreen *screen);
    void refresh();

signals:
    // For the counter staff, never shown to the visitor: what 不满意 did to a linked petition.
    void staffNotice(const QString &message);

private:
    void rate(TicketRating rating);

    const AppContext &m_context;
    std::optional<QueueTicket> m_ticket;
    QComboBox *m_window = nullptr;
    QLabel *m_prompt = nullptr;
    QPushButton *m_satisfied = nullptr;
    QPushButton *m_basic = nullptr;
    QPushButton *m_unsatisfied = nullptr;
    QueueFeed *m_feed = nullptr;
    QTimer *m_thanks = nullptr;
};

} // namespace zz
