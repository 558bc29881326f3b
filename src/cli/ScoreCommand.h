#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

namespace zz::cli {

// `zongzhi-cli score --period YYYY-MM [--township CODE] [--json F] [--xlsx F] [--pdf F]`: a month's
// grid-worker assessment per township. An approved or locked month is read as stored; a draft or a
// month not computed yet is scored afresh from the facts (nothing is written). --pdf needs a GUI
// application object (main() makes one, offscreen, when --pdf is given).
void addScoreOptions(QCommandLineParser &parser);
int runScore(const QString &url, const QCommandLineParser &parser, QTextStream &out, QTextStream &err);

} // namespace zz::cli
