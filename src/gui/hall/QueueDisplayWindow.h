#pragma once

#include "queue/QueueTypes.h"

#include <QWidget>

class QLabel;
class QScreen;
class QTimer;
class QVBoxLayout;

namespace zz {

struct AppContext;
class QueueFeed;

// 叫号显示屏: the hall's public screen, meant for a second monitor in full screen — the numbers being
// called and at which window in large type (the newest highlighted), and how many wait per business
// type. Follows every counter live through the change feed; Esc closes it.
class QueueDisplayWindow : public QWidget
{
    Q_OBJECT

public:
    static constexpr int shownCalls = 6;

    explicit QueueDisplayWindow(const AppContext &context, QWidget *parent = nullptr);

    // Full screen on `screen` (nullptr: the window's own screen).
    void showOn(QScreen *screen);
    void refresh();
    const QueueDisplayState &state() const { return m_state; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void applyFonts();

    const AppContext &m_context;
    QueueDisplayState m_state;
    QLabel *m_title = nullptr;
    QLabel *m_clock = nullptr;
    QVBoxLayout *m_calls = nullptr;
    QLabel *m_waiting = nullptr;
    QLabel *m_error = nullptr;
    QueueFeed *m_feed = nullptr;
    QTimer *m_tick = nullptr;
};

} // namespace zz
