#pragma once

#include "shell/AppContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace zz {

// 正在接待: the queue ticket the petition window is serving (a ticket a window of the township has
// called and not yet finished), so the petition registered next is linked to it and the evaluator's
// 不满意 on that ticket reaches the petition. Hidden for accounts that do not serve at the hall.
class TicketPicker : public QWidget
{
    Q_OBJECT

public:
    explicit TicketPicker(const AppContext &context, QWidget *parent = nullptr);

    // Reads the tickets in hand at the windows again (keeps the choice when it is still there).
    void refresh();
    // The ticket chosen (0: none) and its number ("A012").
    qint64 ticketId() const;
    QString ticketCode() const;
    // Chooses the ticket with this id (after refresh()); false when no window has it in hand.
    bool select(qint64 ticketId);
    // Links the chosen ticket to the petition just registered; the reason when it could not be.
    QString link(qint64 petitionId);

private:
    const AppContext &m_context;
    QComboBox *m_combo = nullptr;
    QPushButton *m_refreshButton = nullptr;
};

} // namespace zz
