#include "ImportRunner.h"

#include "Database.h"
#include "Error.h"
#include "GeoBoundary.h"
#include "ImportCells.h"
#include "Query.h"
#include "Validators.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

Q_LOGGING_CATEGORY(lcImport, "zz.import")

// The header texts a row gives per sheet column; merged cells (empty right of a text) repeat the
// text on their left when `carry` is set.
QStringList headerTexts(const SourceRow &row, bool carry)
{
    QStringList out;
    QString last;
    for (const Cell &cell : row.cells) {
        QString text = ImportCells::text(cell);
        if (text.isEmpty() && carry)
            text = last;
        else
            last = text;
        out << text;
    }
    return out;
}

int matchCount(const ImportKind &kind, const QStringList &headers)
{
    int n = 0;
    for (const ImportColumn &c : kind.columns)
        for (const QString &h : headers)
            if (c.matches(h)) {
                ++n;
                break;
            }
    return n;
}

// Maps each kind column to the first sheet column whose header names it; for two-line headers the
// lower line is tried first, then the upper, then both joined.
QHash<QString, int> autoMap(const ImportKind &kind, const QStringList &upper, const QStringList &lower)
{
    QHash<QString, int> out;
    QList<bool> taken(qMax(upper.size(), lower.size()), false);
    const auto tryLine = [&](const ImportColumn &c, const std::function<QString(int)> &header) {
        for (int i = 0; i < taken.size(); ++i)
            if (!taken.at(i) && c.matches(header(i))) {
                out.insert(c.key, i);
                taken[i] = true;
                return true;
            }
        return false;
    };
    for (const ImportColumn &c : kind.columns) {
        if (tryLine(c, [&](int i) { return lower.value(i); }))
            continue;
        if (tryLine(c, [&](int i) { return upper.value(i); }))
            continue;
        tryLine(c, [&](int i) { return upper.value(i) + lower.value(i); });
    }
    return out;
}

bool blankRow(const SourceRow &row)
{
    for (const Cell &cell : row.cells)
        if (!ImportCells::isBlank(cell))
            return false;
    return true;
}

} // namespace

MemorySource MemorySource::fromTexts(const QList<QStringList> &rows)
{
    QList<SourceRow> out;
    int n = 0;
    for (const QStringList &texts : rows) {
        SourceRow r;
        r.number = ++n;
        for (const QString &t : texts)
            r.cells << Cell::fromText(t);
        out << r;
    }
    return MemorySource(out);
}

void MemorySource::rows(const std::function<bool(const SourceRow &)> &visit) const
{
    for (const SourceRow &r : m_rows)
        if (!visit(r))
            return;
}

QHash<QString, QString> ImportMapping::byHeader() const
{
    QHash<QString, QString> out;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        out.insert(it.key(), sheetHeaders.value(it.value()));
    return out;
}

void ImportMapping::applyHeaders(const QHash<QString, QString> &keyToHeader)
{
    for (auto it = keyToHeader.cbegin(); it != keyToHeader.cend(); ++it) {
        if (it.value().isEmpty()) {
            columns.remove(it.key());
            continue;
        }
        const int i = sheetHeaders.indexOf(it.value());
        if (i >= 0)
            columns.insert(it.key(), i);
    }
}

ImportRunner::ImportRunner(const Database &db, RowImporter &importer) : m_db(db), m_importer(importer) {}

ImportMapping ImportRunner::detect(const ImportSource &source) const
{
    QList<SourceRow> first;
    source.rows([&](const SourceRow &r) {
        first << r;
        return first.size() < headerSearchRows + 1;
    });
    const ImportKind &kind = m_importer.kind();
    ImportMapping best;
    int bestScore = 0;
    for (int i = 0; i < first.size() && i < headerSearchRows; ++i) {
        const QStringList single = headerTexts(first.at(i), false);
        const int one = matchCount(kind, single);
        if (one > bestScore) {
            bestScore = one;
            best = ImportMapping{};
            best.headerRow = first.at(i).number;
            best.headerRows = 1;
            best.sheetHeaders = single;
            best.columns = autoMap(kind, {}, single);
        }
        if (i + 1 >= first.size())
            continue;
        // A two-line header: a merged group title above the column titles (工单信息 / 工单编号).
        const QStringList upper = headerTexts(first.at(i), true);
        const QStringList lower = headerTexts(first.at(i + 1), false);
        const QHash<QString, int> map = autoMap(kind, upper, lower);
        if (map.size() > bestScore && map.size() > matchCount(kind, lower)) {
            bestScore = int(map.size());
            best = ImportMapping{};
            best.headerRow = first.at(i).number;
            best.headerRows = 2;
            for (int c = 0; c < qMax(upper.size(), lower.size()); ++c) {
                const QString u = upper.value(c), l = lower.value(c);
                best.sheetHeaders << (l.isEmpty() || l == u ? u : u.isEmpty() ? l : u + u'/' + l);
            }
            best.columns = map;
        }
    }
    if (bestScore == 0 && !first.isEmpty()) {
        best.headerRow = first.first().number;
        best.sheetHeaders = headerTexts(first.first(), false);
    }
    return best;
}

ImportMapping ImportRunner::mappingAt(const ImportSource &source, int headerRow, int headerRows,
                                      const QHash<QString, QString> &keyToHeader) const
{
    SourceRow upper, lower;
    source.rows([&](const SourceRow &r) {
        if (r.number == headerRow)
            upper = r;
        else if (r.number == headerRow + 1)
            lower = r;
        return r.number <= headerRow;
    });
    const ImportKind &kind = m_importer.kind();
    ImportMapping m;
    m.headerRow = headerRow;
    m.headerRows = headerRows == 2 ? 2 : 1;
    if (m.headerRows == 1) {
        m.sheetHeaders = headerTexts(upper, false);
        m.columns = autoMap(kind, {}, m.sheetHeaders);
    } else {
        const QStringList u = headerTexts(upper, true), l = headerTexts(lower, false);
        for (int c = 0; c < qMax(u.size(), l.size()); ++c) {
            const QString a = u.value(c), b = l.value(c);
            m.sheetHeaders << (b.isEmpty() || b == a ? a : a.isEmpty() ? b : a + u'/' + b);
        }
        m.columns = autoMap(kind, u, l);
    }
    m.applyHeaders(keyToHeader);
    return m;
}

QStringList ImportRunner::missingRequired(const ImportMapping &mapping) const
{
    QStringList out;
    for (const ImportColumn &c : m_importer.kind().columns)
        if (c.required && mapping.sheetColumn(c.key) < 0)
            out << c.header;
    return out;
}

QString ImportRunner::show(const ImportColumn &column, const QVariant &value)
{
    if (!value.isValid())
        return {};
    switch (column.type) {
    case ImportType::ResidentId:
        return Masking::residentId(value.toString());
    case ImportType::Phone:
        return Masking::phone(value.toString());
    case ImportType::Date:
        return value.toDate().toString(u"yyyy-MM-dd"_s);
    case ImportType::Boolean:
        return value.toBool() ? ImportWords::yes() : ImportWords::no();
    case ImportType::Choice:
        for (const ImportChoice &c : column.choices)
            if (c.code == value.toString())
                return c.words.value(0);
        return value.toString();
    case ImportType::GeoJson:
        return tr("%n 个顶点", nullptr, GeoBoundary::vertexCount(value.toString()));
    case ImportType::Decimal:
        return QString::number(value.toDouble(), 'g', 12);
    default:
        return value.toString();
    }
}

ImportRow ImportRunner::coerce(const SourceRow &row, const ImportMapping &mapping, const QString &baseFolder,
                               QList<ImportReject> &problems) const
{
    const ImportKind &kind = m_importer.kind();
    ImportRow out;
    out.number = row.number;
    for (const ImportColumn &c : kind.columns) {
        const int at = mapping.sheetColumn(c.key);
        const Cell cell = at >= 0 ? row.cells.value(at) : Cell();
        const QString raw = ImportCells::text(cell);
        out.raw << raw;
        QString error;
        QVariant value;
        if (!ImportCells::isBlank(cell)) {
            value = ImportCells::coerce(c, cell, baseFolder, &error);
        }
        if (!error.isEmpty()) {
            problems << ImportReject{row.number, c.header,
                                     c.isPersonal() ? ImportCells::maskRaw(c, raw) : raw, error};
            value = QVariant();
        } else if (!value.isValid() && c.required) {
            problems << ImportReject{row.number, c.header, QString(), tr("“%1”不能为空。").arg(c.header)};
        }
        out.values << value;
    }
    return out;
}

QList<PreviewRow> ImportRunner::preview(const ImportSource &source, const ImportMapping &mapping, int count)
{
    const ImportKind &kind = m_importer.kind();
    const int firstData = mapping.headerRow + mapping.headerRows;
    QList<PreviewRow> out;
    m_importer.begin();
    source.rows([&](const SourceRow &r) {
        if (r.number < firstData || blankRow(r))
            return true;
        PreviewRow p;
        p.number = r.number;
        const ImportRow row = coerce(r, mapping, source.baseFolder(), p.problems);
        for (int i = 0; i < kind.columns.size(); ++i)
            p.shown << show(kind.columns.at(i), row.values.value(i));
        if (p.problems.isEmpty()) {
            RowErrors errors;
            try {
                m_importer.convert(row, errors);
            } catch (const Error &e) {
                errors << RowError{{}, e.message()};
            }
            for (const RowError &e : std::as_const(errors)) {
                const int i = kind.indexOf(e.column);
                const ImportColumn *c = i >= 0 ? &kind.columns.at(i) : nullptr;
                p.problems << ImportReject{
                    r.number, c ? c->header : QString(),
                    c ? (c->isPersonal() ? ImportCells::maskRaw(*c, row.raw.value(i)) : row.raw.value(i))
                      : QString(),
                    e.message};
            }
        }
        out << p;
        return out.size() < count;
    });
    m_importer.end();
    return out;
}

ImportSummary ImportRunner::run(const ImportSource &source, const ImportMapping &mapping,
                                const ImportOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    const ImportKind &kind = m_importer.kind();
    ImportSummary summary;
    summary.dryRun = options.dryRun;
    const QStringList missing = missingRequired(mapping);
    if (!missing.isEmpty()) {
        summary.failure = tr("没有对应“%1”的列，请在列对应中指定。").arg(missing.join(tr("、")));
        return summary;
    }
    const int firstData = mapping.headerRow + mapping.headerRows;
    const qint64 total = source.rowCount() >= 0 ? qMax<qint64>(0, source.rowCount() - firstData + 1) : -1;
    const auto cancelled = [&] { return options.cancel && options.cancel->load(); };

    QList<PendingRow> batch;
    qint64 read = 0;
    bool stop = false;
    const auto reject = [&](const ImportReject &r) { summary.rejects << r; };
    const auto flush = [&] {
        if (batch.isEmpty())
            return;
        m_importer.upsertBatch(batch);
        for (const PendingRow &p : std::as_const(batch)) {
            if (!p.error.isEmpty()) {
                ++summary.rejectedRows;
                reject(ImportReject{p.number, QString(), QString(), p.error});
            } else if (p.outcome) {
                switch (*p.outcome) {
                case UpsertOutcome::Inserted:
                    ++summary.inserted;
                    break;
                case UpsertOutcome::Updated:
                    ++summary.updated;
                    break;
                case UpsertOutcome::Unchanged:
                    ++summary.unchanged;
                    break;
                }
            }
        }
        batch.clear();
        if (options.progress)
            options.progress(read, total);
    };

    try {
        Transaction tx(m_db);
        m_importer.begin();
        source.rows([&](const SourceRow &r) {
            if (r.number < firstData || blankRow(r))
                return true;
            if (cancelled()) {
                stop = true;
                return false;
            }
            ++read;
            QList<ImportReject> problems;
            const ImportRow row = coerce(r, mapping, source.baseFolder(), problems);
            std::any record;
            if (problems.isEmpty()) {
                RowErrors errors;
                record = m_importer.convert(row, errors);
                for (const RowError &e : std::as_const(errors)) {
                    const int i = kind.indexOf(e.column);
                    const ImportColumn *c = i >= 0 ? &kind.columns.at(i) : nullptr;
                    problems << ImportReject{
                        r.number, c ? c->header : QString(),
                        c ? (c->isPersonal() ? ImportCells::maskRaw(*c, row.raw.value(i)) : row.raw.value(i))
                          : QString(),
                        e.message};
                }
                if (problems.isEmpty() && !record.has_value())
                    problems << ImportReject{r.number, {}, {}, tr("该行无法读取。")};
            }
            if (!problems.isEmpty()) {
                ++summary.rejectedRows;
                for (const ImportReject &p : std::as_const(problems))
                    reject(p);
            } else {
                batch << PendingRow{r.number, std::move(record), row.raw, std::nullopt, {}};
            }
            if (batch.size() >= options.batchSize || read % options.batchSize == 0)
                flush();
            return true;
        });
        if (!stop && !cancelled())
            flush();
        m_importer.end();
        summary.rows = read;
        summary.cancelled = stop || cancelled();
        const bool refused = options.mode == ImportMode::AllOrNothing && summary.rejectedRows > 0;
        if (summary.cancelled || options.dryRun || refused || summary.stored() == 0) {
            tx.rollback();
        } else {
            tx.commit();
            summary.committed = true;
        }
    } catch (const Error &e) {
        m_importer.end();
        summary.rows = read;
        summary.failure = e.message();
        qCWarning(lcImport) << "import" << kind.id << "failed:" << e.detail();
    }
    if (!summary.committed) {
        // Nothing stayed: report what would have been stored as nothing stored.
        if (!summary.dryRun) {
            summary.inserted = summary.updated = summary.unchanged = 0;
        }
    }
    std::stable_sort(summary.rejects.begin(), summary.rejects.end(),
                     [](const ImportReject &a, const ImportReject &b) { return a.row < b.row; });
    if (summary.committed || (summary.dryRun && !summary.cancelled && summary.failure.isEmpty())) {
        summary.flags = m_importer.flags();
        std::stable_sort(summary.flags.begin(), summary.flags.end(),
                         [](const ImportFlag &a, const ImportFlag &b) { return a.row < b.row; });
        summary.updates = m_importer.updates();
        std::stable_sort(summary.updates.begin(), summary.updates.end(),
                         [](const ImportUpdate &a, const ImportUpdate &b) { return a.row < b.row; });
    }
    if (summary.committed && summary.inserted + summary.updated >= options.analyzeFrom)
        analyze(m_importer.tables());
    summary.elapsedMs = timer.elapsed();
    return summary;
}

void ImportRunner::analyze(const QStringList &tables) const
{
    // After a bulk import the planner's statistics are stale: the board's counts would take slow plans
    // until autovacuum comes by. We are outside the import's transaction here. SQLite: ANALYZE. On
    // PostgreSQL the owner runs VACUUM ANALYZE itself; an account owns no table and has them analysed
    // through zz_import_analyze() (VACUUM is left to autovacuum).
    try {
        if (m_db.isSqlite()) {
            for (const QString &table : tables)
                Query::run(m_db, u"ANALYZE "_s + table);
            return;
        }
        const bool owner = Query(m_db, u"SELECT zz_is_owner()"_s).scalar().toBool();
        for (const QString &table : tables) {
            if (owner)
                Query::run(m_db, u"VACUUM ANALYZE "_s + table);
            else
                Query(m_db, u"SELECT zz_import_analyze(?)"_s).bind(table).exec();
        }
    } catch (const Error &e) {
        qCInfo(lcImport) << "analyze after import skipped:" << e.detail();
    }
}

} // namespace zz
