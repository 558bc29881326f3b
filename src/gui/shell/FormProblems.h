#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <algorithm>

namespace zz {

// What a form says under its fields while it is being filled in: the first problem of a field the
// user has already edited, else the first problem of a field they skipped on the way down. Fields
// are numbered in form order; untouched fields below the last edited one are not complained about.
struct FormProblem
{
    int field = 0;
    QString text;
};

inline QString formMessage(const QList<FormProblem> &problems, const QSet<int> &touched)
{
    for (const FormProblem &problem : problems) {
        if (touched.contains(problem.field))
            return problem.text;
    }
    const int last = touched.isEmpty() ? -1 : *std::max_element(touched.cbegin(), touched.cend());
    for (const FormProblem &problem : problems) {
        if (problem.field < last)
            return problem.text;
    }
    return {};
}

} // namespace zz
