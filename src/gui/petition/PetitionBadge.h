#pragma once

#include "shell/AppContext.h"

#include <QObject>
#include <QPointer>
#include <chrono>

class QTimer;

namespace zz {

class ChangeFeed;
class MainWindow;

// The count on 信访超市 in the navigation: the account's petitions with a statutory clock past due (超期),
// with those due within the reminder days in its tooltip. Kept current by the change feed (another
// counter's petition writes arrive at once) and a timer (a clock falls due at midnight). The count is
// one index range per township (PetitionRepository::clockCounts), cheap at 1,000,000 petitions.
class PetitionBadge : public QObject
{
    Q_OBJECT

public:
    static constexpr auto defaultInterval = std::chrono::minutes(5);
    static inline const QString moduleId = QStringLiteral("petition");

    PetitionBadge(const AppContext &context, MainWindow *window,
                  std::chrono::milliseconds interval = defaultInterval);

    // Counts again now.
    void refresh();
    qint64 overdue() const { return m_overdue; }
    qint64 dueSoon() const { return m_dueSoon; }
    // "超期 2 件；3 日内到期 1 件".
    static QString toolTip(qint64 overdue, qint64 dueSoon, int days);

signals:
    void refreshed();

private:
    const AppContext &m_context;
    QPointer<MainWindow> m_window;
    ChangeFeed *m_feed = nullptr;
    QTimer *m_timer = nullptr;
    qint64 m_overdue = 0;
    qint64 m_dueSoon = 0;
};

} // namespace zz
