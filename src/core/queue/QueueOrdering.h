#pragma once

#include <QList>

namespace zz {

// Which ticket a window calls next. Priority tickets (elderly, disabled, veterans …) are served by a
// ratio: after `normalPerPriority` normal tickets the next call goes to the oldest priority ticket, so
// they are neither always first nor left waiting; within each class the oldest ticket comes first
// (never last in, first out). When one class is empty the other is called. A pure rule: storage
// fetches the heads and the window's recent calls, this decides.
class QueueOrdering
{
public:
    enum class Pick { None, Normal, Priority };

    static constexpr int defaultNormalPerPriority = 2;
    static constexpr int maxNormalPerPriority = 20;

    // recentPriority: whether each of the window's previous calls today was a priority ticket, the
    // newest first (at least normalPerPriority entries when there are that many calls).
    // normalPerPriority 0 serves priority tickets first.
    static Pick choose(bool normalWaiting, bool priorityWaiting, const QList<bool> &recentPriority,
                       int normalPerPriority);

    // The whole day at one window: tickets in the order they were taken (true = priority), the order
    // they are called in (indexes into `taken`). For tests and for explaining the rule.
    static QList<int> callOrder(const QList<bool> &taken, int normalPerPriority);
};

} // namespace zz
