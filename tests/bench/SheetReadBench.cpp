// zongzhi-bench-sheetread (issue 11): how long reading a large xlsx takes and how much memory it needs.
// --make FILE --rows N writes a case ledger of N rows (19 text columns, inline strings as our exports and
// libxlsxwriter's constant-memory mode write them, a date column); --read FILE streams the first sheet
// through SheetReader and prints rows, cells, seconds and the peak resident memory. Not installed; run it
// under /usr/bin/time -v for the whole process's peak.
#include "SheetReader.h"
#include "XlsxTableWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

long peakRssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

void make(const QString &path, int rows)
{
    QRandomGenerator rng(7);
    zz::XlsxTableWriter w(path);
    QList<zz::TableColumn> columns;
    for (int c = 0; c < 19; ++c)
        columns << zz::TableColumn{u"列%1"_s.arg(c + 1),
                                   c == 12 ? zz::ColumnType::Date : zz::ColumnType::Text};
    w.beginSheet(u"台账"_s, columns);
    static const QStringList sources{u"来访"_s, u"网格上报"_s, u"来电"_s, u"来信"_s, u"网上"_s};
    const QDate first(2023, 1, 1);
    for (int i = 0; i < rows; ++i) {
        const QDate received = first.addDays(rng.bounded(1000));
        QVariantList row{u"AJ%1"_s.arg(i + 1, 8, 10, QChar(u'0')),
                         received.toString(Qt::ISODate) +
                             u" 09:%1"_s.arg(rng.bounded(60u), 2, 10, QChar(u'0')),
                         sources[int(rng.bounded(quint32(sources.size())))],
                         u"矛盾纠纷"_s,
                         u"3306810010%1"_s.arg(rng.bounded(100u), 2, 10, QChar(u'0')),
                         u"某路%1号"_s.arg(rng.bounded(300u) + 1),
                         QString(),
                         u"第%1条：群众反映的问题，经调查核实后交有关部门处理"_s.arg(i + 1),
                         u"张伟"_s,
                         u"33068119800101%1"_s.arg(rng.bounded(10000u), 4, 10, QChar(u'0')),
                         u"13%1"_s.arg(rng.bounded(1000000000u), 9, 10, QChar(u'0')),
                         u"已结案"_s,
                         received,
                         received.addDays(1).toString(Qt::ISODate),
                         received.addDays(5).toString(Qt::ISODate),
                         received.addDays(9).toString(Qt::ISODate),
                         u"综治中心"_s,
                         u"满意"_s,
                         u"是"_s};
        w.addRow(row);
    }
    w.close();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Writes or reads a large case ledger xlsx and prints time and memory."_s);
    parser.addHelpOption();
    const QCommandLineOption makeOption(u"make"_s, u"Write a ledger to this file."_s, u"file"_s);
    const QCommandLineOption rowsOption(u"rows"_s, u"Rows to write."_s, u"n"_s, u"100000"_s);
    const QCommandLineOption readOption(u"read"_s, u"Read this file's first sheet."_s, u"file"_s);
    parser.addOptions({makeOption, rowsOption, readOption});
    parser.process(app);
    if (parser.isSet(makeOption)) {
        QElapsedTimer t;
        t.start();
        make(parser.value(makeOption), parser.value(rowsOption).toInt());
        std::printf("wrote %s in %.2f s\n", qPrintable(parser.value(makeOption)), t.elapsed() / 1000.0);
    }
    if (parser.isSet(readOption)) {
        QElapsedTimer t;
        t.start();
        qint64 rows = 0, cells = 0;
        try {
            zz::SheetReader::stream(parser.value(readOption), [&](int, const zz::CellRow &row) {
                ++rows;
                for (const zz::Cell &c : row)
                    cells += c.kind != zz::Cell::Kind::Empty;
                return true;
            });
        } catch (const std::exception &e) {
            std::fprintf(stderr, "%s\n", e.what());
            return 1;
        }
        std::printf("read %lld rows, %lld cells in %.2f s, peak RSS %ld MB\n", rows, cells,
                    t.elapsed() / 1000.0, peakRssKb() / 1024);
    }
    return 0;
}
