#include "QueueOrdering.h"

#include <algorithm>

namespace zz {

QueueOrdering::Pick QueueOrdering::choose(bool normalWaiting, bool priorityWaiting,
                                          const QList<bool> &recentPriority, int normalPerPriority)
{
    if (!normalWaiting && !priorityWaiting)
        return Pick::None;
    if (!priorityWaiting)
        return Pick::Normal;
    if (!normalWaiting)
        return Pick::Priority;
    const int ratio = std::clamp(normalPerPriority, 0, maxNormalPerPriority);
    // Normal calls since the last priority call (or since the day began).
    int normalsSince = 0;
    for (bool wasPriority : recentPriority) {
        if (wasPriority)
            break;
        ++normalsSince;
    }
    return normalsSince >= ratio ? Pick::Priority : Pick::Normal;
}

QList<int> QueueOrdering::callOrder(const QList<bool> &taken, int normalPerPriority)
{
    QList<int> normal, priority, order;
    for (int i = 0; i < taken.size(); ++i)
        (taken[i] ? priority : normal) << i;
    QList<bool> recent; // newest first
    qsizetype n = 0, p = 0;
    while (n < normal.size() || p < priority.size()) {
        const Pick pick = choose(n < normal.size(), p < priority.size(), recent, normalPerPriority);
        const bool isPriority = pick == Pick::Priority;
        order << (isPriority ? priority[p++] : normal[n++]);
        recent.prepend(isPriority);
    }
    return order;
}

} // namespace zz
