#pragma once

#include "queue/QueueTypes.h"

#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace zz {

struct AppContext;
class QueueFeed;

// 窗口叫号台: the counter's console. Pick the window; 叫号 calls the next ticket by the ratio rule among
// the types the window serves (and tickets transferred to it), 重呼 calls it again, 过号 marks a
// no-show, 转窗口 sends it to another window's queue where it keeps its place, 办结 finishes it. Shows the
// ticket in hand, the window's queue and who sits at the window by the rota; follows other counters live.
class WindowConsole : public QWidget
{
    Q_OBJECT

public:
    explicit WindowConsole(const AppContext &context, QWidget *parent = nullptr);

    void reload();
    qint64 windowId() const;
    void selectWindow(qint64 windowId);
    // A line for the counter staff (what the evaluator's 不满意 did to a linked petition).
    void showMessage(const QString &message);

private:
    void reloadWindows();
    void refresh();
    void run(const std::function<void()> &action);

    const AppContext &m_context;
    QList<QueueWindow> m_windows;
    QList<QueueServiceType> m_types;
    std::optional<QueueTicket> m_current;
    QComboBox *m_window = nullptr;
    QLabel *m_rota = nullptr;
    QLabel *m_ticket = nullptr;
    QLabel *m_ticketInfo = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_waitingCount = nullptr;
    QListWidget *m_waiting = nullptr;
    QPushButton *m_callNext = nullptr;
    QPushButton *m_recall = nullptr;
    QPushButton *m_noShow = nullptr;
    QPushButton *m_finish = nullptr;
    QPushButton *m_transfer = nullptr;
    QComboBox *m_transferTo = nullptr;
    QueueFeed *m_feed = nullptr;
};

} // namespace zz
