#pragma once

#include <QString>
#include <QTextStream>

namespace zz::cli {

struct ScoreBenchOptions
{
    qint64 cases = 1000000;      // demo cases in the database (filled up with demo data when fewer)
    qint64 activities = 1000000; // worker activities in the database (filled up when fewer)
    int workers = 500;           // grid workers of the measured township
    int repeats = 5;
    QString jsonPath;
};

// `zongzhi-cli bench-score`: a township month of the grid-worker assessment over a big database. Fills
// up demo cases, gives the first township `workers` grid workers on grids of their own and spreads
// `activities` worker activities over them and 50 months, then times — median of `repeats` after a
// warm-up — scoring the busiest full month from the facts (AssessmentService::preview, nothing
// written), computing and storing the draft (compute), and the same statements our layer sent for the
// preview replayed through the engine's C API (RawEngine), checked to return the same rows. Target:
// under 2 s. Returns 0 when it ran, 1 on a database error, 3 when the raw rows differ.
int runScoreBench(const QString &url, const ScoreBenchOptions &options, QTextStream &out, QTextStream &err);

} // namespace zz::cli
