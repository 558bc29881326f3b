#include "WorkReport.h"

#include "CaseRepository.h"
#include "Database.h"
#include "PetitionIndicatorQueries.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "ReportFont.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QHash>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QUrl>
#include <algorithm>
#include <cmath>
#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

constexpr qreal bodyPointSize = 9;
constexpr int topCategories = 10;

QTextTableFormat tableFormat(qreal px)
{
    QTextTableFormat f;
    f.setHeaderRowCount(1);
    f.setBorder(px);
    f.setBorderBrush(QColor(0x60, 0x6d, 0x75));
    f.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    f.setBorderCollapse(true);
    f.setCellPadding(2 * px);
    f.setCellSpacing(0);
    f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    return f;
}

QTextCharFormat textFormat(qreal size = bodyPointSize, bool bold = false)
{
    QTextCharFormat f;
    f.setFontPointSize(size);
    if (bold)
        f.setFontWeight(QFont::Bold);
    return f;
}

void section(QTextCursor &cursor, const QString &title, qreal px, bool newPage = false)
{
    QTextBlockFormat b;
    if (newPage)
        b.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    b.setTopMargin(8 * px);
    b.setBottomMargin(3 * px);
    cursor.insertBlock(b);
    cursor.insertText(title, textFormat(bodyPointSize * 1.25, true));
}

void paragraph(QTextCursor &cursor, const QString &text, qreal px, qreal size = bodyPointSize)
{
    QTextBlockFormat b;
    b.setBottomMargin(2 * px);
    b.setLineHeight(130, QTextBlockFormat::ProportionalHeight);
    cursor.insertBlock(b);
    cursor.insertText(text, textFormat(size));
}

// A table: header row, then the rows; numbers right-aligned (every column but the first).
void table(QTextCursor &cursor, const QStringList &headers, const QList<QStringList> &rows, qreal px)
{
    cursor.insertBlock(QTextBlockFormat()); // not the heading's page break
    QTextTable *t = cursor.insertTable(int(rows.size()) + 1, int(headers.size()), tableFormat(px));
    const auto put = [t](int r, int c, const QString &value, bool bold) {
        QTextTableCell cell = t->cellAt(r, c);
        if (bold) {
            QTextCharFormat background;
            background.setBackground(QColor(0xec, 0xef, 0xf1));
            cell.setFormat(background);
        }
        QTextCursor cc = cell.firstCursorPosition();
        QTextBlockFormat block = cc.blockFormat();
        block.setAlignment(c == 0 || bold ? Qt::AlignLeft : Qt::AlignRight);
        cc.setBlockFormat(block);
        cc.insertText(value, textFormat(bodyPointSize, bold));
    };
    for (int c = 0; c < headers.size(); ++c)
        put(0, c, headers.at(c), true);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows.at(r).size() && c < headers.size(); ++c)
            put(r + 1, c, rows.at(r).at(c), false);
    cursor.movePosition(QTextCursor::End);
}

QString value(const IndicatorCounts &c, Indicator i)
{
    return formatIndicatorValue(i, indicatorValue(c, i));
}

QString change(const IndicatorCounts &now, const IndicatorCounts &base, Indicator i)
{
    return formatIndicatorChange(i, indicatorChange(i, indicatorValue(now, i), indicatorValue(base, i)));
}

QString share(qint64 part, qint64 whole)
{
    return whole > 0 ? QString::number(100.0 * double(part) / double(whole), 'f', 1) + u'%' : u"—"_s;
}

QStringList groupRow(const QString &name, const IndicatorCounts &c)
{
    return {name,
            QString::number(c.received),
            QString::number(c.closed),
            value(c, Indicator::ClosureRate),
            value(c, Indicator::OnTimeRate),
            QString::number(c.overdueOpen),
            value(c, Indicator::SatisfactionRate)};
}

} // namespace

WorkReportData WorkReportData::load(const Database &db, const WorkCalendar &calendar,
                                    const ReportPeriod &period, const IndicatorScope &scope, QDate asOf,
                                    const QDateTime &printedAt)
{
    const IndicatorQueries queries(db, calendar);
    WorkReportData d;
    d.period = period;
    d.asOf = asOf;
    d.scope = scope;
    d.printedAt = printedAt;
    d.scopeName = QCoreApplication::translate("zz::WorkReport", "全部");
    if (scope.orgUnitId) {
        if (const auto unit = OrgUnitRepository(db).get(scope.orgUnitId))
            d.scopeName = unit->name;
    } else if (const QList<OrgUnit> roots = OrgUnitRepository(db).children(0); roots.size() == 1) {
        d.scopeName = roots.first().name; // the county
    }
    d.now = queries.compute(period, scope, asOf).total;
    d.previousPeriod = period.previous();
    d.yearEarlierPeriod = period.yearEarlier();
    d.previous = queries
                     .compute(d.previousPeriod, scope,
                              IndicatorQueries::comparisonAsOf(period, asOf, d.previousPeriod))
                     .total;
    d.yearEarlier = queries
                        .compute(d.yearEarlierPeriod, scope,
                                 IndicatorQueries::comparisonAsOf(period, asOf, d.yearEarlierPeriod))
                        .total;
    d.trend = queries.trend(period.last(), scope, asOf);
    d.categories = queries.breakdown(period, scope, asOf, IndicatorDimension::Category);
    d.sources = queries.breakdown(period, scope, asOf, IndicatorDimension::Source);
    d.rankingDimension = queries.rankingDimension(scope.orgUnitId);
    d.ranking = queries.breakdown(period, scope, asOf, d.rankingDimension);
    d.departments = queries.breakdown(period, scope, asOf, IndicatorDimension::Department);
    constexpr int petitionSchema = 29; // migration 0029: petition_clocks.met_on
    if (!scope.categoryId && scope.source.isEmpty() && !scope.departmentId &&
        db.schemaVersion() >= petitionSchema) {
        const PetitionIndicatorQueries petitions(db);
        d.petitions = petitions.compute(period, scope.orgUnitId, asOf).total;
        d.petitionsPrevious = petitions
                                  .compute(d.previousPeriod, scope.orgUnitId,
                                           IndicatorQueries::comparisonAsOf(period, asOf, d.previousPeriod))
                                  .total;
        d.petitionsYearEarlier =
            petitions
                .compute(d.yearEarlierPeriod, scope.orgUnitId,
                         IndicatorQueries::comparisonAsOf(period, asOf, d.yearEarlierPeriod))
                .total;
    }
    return d;
}

QString WorkReport::title() const
{
    return tr("综治中心工作报表");
}

QString WorkReport::summary() const
{
    const IndicatorCounts &c = m_data.now;
    QStringList s;
    s << tr("%1，%2共受理群众诉求 %3 件，立案 %4 件，办结 %5 件；结案率 %6，按期办结率 %7，化解率 %8，满意率 "
            "%9。")
             .arg(m_data.period.label(), m_data.scopeName)
             .arg(c.received)
             .arg(c.registered)
             .arg(c.closed)
             .arg(value(c, Indicator::ClosureRate), value(c, Indicator::OnTimeRate),
                  value(c, Indicator::ResolutionRate), value(c, Indicator::SatisfactionRate));
    if (!m_data.categories.isEmpty() && c.received > 0) {
        // The largest category, or the ones tied for it.
        const qint64 most = m_data.categories.first().counts.received;
        QStringList names;
        for (const IndicatorGroup &g : m_data.categories)
            if (g.counts.received == most)
                names << tr("“%1”").arg(g.name);
        if (names.size() == 1)
            s << tr("受理量最多的类别是%1，%2 件，占 %3。")
                     .arg(names.first())
                     .arg(most)
                     .arg(share(most, c.received));
        else
            s << tr("受理量最多的类别是%1，各 %2 件，各占 %3。")
                     .arg(names.join(tr("、")))
                     .arg(most)
                     .arg(share(most, c.received));
    }
    // The largest 环比 change among the counts: 新增 first, then the largest relative change.
    const QList<Indicator> counts = {Indicator::Received, Indicator::Registered, Indicator::Closed,
                                     Indicator::OverdueOpen};
    std::optional<std::pair<Indicator, IndicatorChange>> largest;
    for (const Indicator i : counts) {
        const IndicatorChange ch =
            indicatorChange(i, indicatorValue(c, i), indicatorValue(m_data.previous, i));
        if (ch.kind == IndicatorChange::Kind::Undefined ||
            (ch.kind == IndicatorChange::Kind::Value && ch.value == 0))
            continue;
        const auto magnitude = [](const IndicatorChange &x) {
            return x.kind == IndicatorChange::Kind::New ? INFINITY : std::abs(x.value);
        };
        if (!largest || magnitude(ch) > magnitude(largest->second))
            largest = std::pair{i, ch};
    }
    if (largest)
        s << tr("与%1相比，变化最大的是%2（环比 %3）。")
                 .arg(m_data.previousPeriod.label(), indicatorTitle(largest->first),
                      formatIndicatorChange(largest->first, largest->second));
    else
        s << tr("各项数量与%1持平。").arg(m_data.previousPeriod.label());
    QList<IndicatorGroup> overdue;
    for (const IndicatorGroup &g : m_data.ranking)
        if (g.counts.overdueOpen > 0)
            overdue << g;
    std::stable_sort(overdue.begin(), overdue.end(), [](const IndicatorGroup &x, const IndicatorGroup &y) {
        return x.counts.overdueOpen > y.counts.overdueOpen;
    });
    if (c.overdueOpen == 0) {
        s << tr("截至 %1 无在办超期案件。").arg(m_data.asOf.toString(Qt::ISODate));
    } else {
        QStringList names;
        for (int i = 0; i < overdue.size() && i < 3; ++i)
            names << tr("%1 %n 件", nullptr, int(overdue.at(i).counts.overdueOpen)).arg(overdue.at(i).name);
        s << (names.isEmpty() ? tr("截至 %1 在办超期 %n 件。", nullptr, int(c.overdueOpen))
                                    .arg(m_data.asOf.toString(Qt::ISODate))
                              : tr("截至 %1 在办超期 %2 件，最多的是：%3。")
                                    .arg(m_data.asOf.toString(Qt::ISODate))
                                    .arg(c.overdueOpen)
                                    .arg(names.join(tr("、"))));
    }
    return s.join(QString());
}

QImage WorkReport::trendImage(QSize size) const
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font = ReportFont::font(9);
    font.setPixelSize(std::max(10, size.height() / 22));
    p.setFont(font);
    const QFontMetrics fm(font);
    const int legend = fm.height() * 2;
    const QRect plot(fm.horizontalAdvance(u"0000"_s) + 8, fm.height(),
                     size.width() - fm.horizontalAdvance(u"0000"_s) - 16,
                     size.height() - fm.height() * 3 - legend);
    qint64 top = 1;
    for (const auto &m : m_data.trend)
        top = std::max({top, m.counts.received, m.counts.closed});
    const QColor colours[] = {QColor(0x1f, 0x6f, 0xb2), QColor(0x5c, 0xa8, 0x5c)};
    p.setPen(QColor(0x90, 0x90, 0x90));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    p.drawText(QRect(0, plot.top() - fm.height() / 2, plot.left() - 4, fm.height()), Qt::AlignRight,
               QString::number(top));
    p.drawText(QRect(0, plot.bottom() - fm.height() / 2, plot.left() - 4, fm.height()), Qt::AlignRight,
               u"0"_s);
    const int n = int(std::max<qsizetype>(1, m_data.trend.size()));
    const double slot = double(plot.width()) / n;
    for (int i = 0; i < m_data.trend.size(); ++i) {
        const auto &m = m_data.trend.at(i);
        const qint64 values[] = {m.counts.received, m.counts.closed};
        for (int k = 0; k < 2; ++k) {
            const double h = double(plot.height()) * double(values[k]) / double(top);
            const QRectF bar(plot.left() + slot * i + slot * 0.15 + k * slot * 0.35, plot.bottom() - h,
                             slot * 0.33, h);
            p.fillRect(bar, colours[k]);
            if (values[k] > 0) {
                p.setPen(Qt::black);
                p.drawText(QRectF(bar.left() - 10, bar.top() - fm.height(), bar.width() + 20, fm.height()),
                           Qt::AlignHCenter | Qt::AlignBottom, QString::number(values[k]));
            }
        }
        p.setPen(Qt::black);
        p.drawText(QRectF(plot.left() + slot * i, plot.bottom() + 2, slot, fm.height()), Qt::AlignHCenter,
                   m.month.first().toString(u"yy-MM"_s));
    }
    const QString names[] = {indicatorTitle(Indicator::Received), indicatorTitle(Indicator::Closed)};
    int x = plot.left();
    const int y = size.height() - legend + fm.height() / 2;
    for (int k = 0; k < 2; ++k) {
        p.fillRect(QRect(x, y, fm.height(), fm.height()), colours[k]);
        x += fm.height() + 4;
        p.drawText(QPoint(x, y + fm.ascent()), names[k]);
        x += fm.horizontalAdvance(names[k]) + 2 * fm.height();
    }
    return image;
}

std::unique_ptr<QTextDocument> WorkReport::document(qreal dpi) const
{
    const qreal px = dpi / 96;
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(ReportFont::font(bodyPointSize));
    doc->setDocumentMargin(0);
    QTextCursor cursor(doc.get());
    const WorkReportData &d = m_data;

    QTextBlockFormat centred;
    centred.setAlignment(Qt::AlignHCenter);
    centred.setBottomMargin(4 * px);
    cursor.setBlockFormat(centred);
    cursor.insertText(title(), textFormat(bodyPointSize * 1.8, true));
    cursor.insertBlock(centred);
    cursor.insertText(
        tr("%1　%2　统计截止 %3").arg(d.scopeName, d.period.label(), d.asOf.toString(Qt::ISODate)),
        textFormat());

    section(cursor, tr("一、概况"), px);
    paragraph(cursor, summary(), px);

    section(cursor, tr("二、主要指标"), px);
    QList<QStringList> rows;
    for (const Indicator i : allIndicators()) {
        const IndicatorFraction f = indicatorFraction(d.now, i);
        rows << QStringList{indicatorTitle(i),
                            value(d.now, i),
                            value(d.previous, i),
                            change(d.now, d.previous, i),
                            value(d.yearEarlier, i),
                            change(d.now, d.yearEarlier, i),
                            indicatorKind(i) == IndicatorKind::Count
                                ? QString()
                                : tr("%1 ÷ %2").arg(f.numerator).arg(f.denominator)};
    }
    table(cursor,
          {tr("指标"), tr("本期"), d.previousPeriod.label(), tr("环比"), d.yearEarlierPeriod.label(),
           tr("同比"), tr("分子 ÷ 分母")},
          rows, px);

    // The chart and its table start a page of their own (the summary and the indicators fill the first).
    section(cursor, tr("三、近12个月趋势"), px, true);
    const QSize chartSize(int(680 * px), int(220 * px));
    const QUrl chartUrl(u"zz-report://trend.png"_s);
    doc->addResource(QTextDocument::ImageResource, chartUrl, trendImage(chartSize));
    cursor.insertBlock(QTextBlockFormat()); // not the heading's page break
    QTextImageFormat image;
    image.setName(chartUrl.toString());
    // Image sizes are in 96-dpi units whatever the device (the layout scales them to it); the
    // picture itself is drawn at the device's resolution.
    image.setWidth(chartSize.width() / px);
    image.setHeight(chartSize.height() / px);
    cursor.insertImage(image);
    rows.clear();
    for (const auto &m : d.trend)
        rows << QStringList{m.month.label(), QString::number(m.counts.received),
                            QString::number(m.counts.closed), value(m.counts, Indicator::ClosureRate),
                            value(m.counts, Indicator::OnTimeRate)};
    table(cursor,
          {tr("月份"), indicatorTitle(Indicator::Received), indicatorTitle(Indicator::Closed),
           indicatorTitle(Indicator::ClosureRate), indicatorTitle(Indicator::OnTimeRate)},
          rows, px);

    section(cursor, tr("四、按类别"), px);
    rows.clear();
    IndicatorCounts rest;
    bool anyRest = false;
    for (int i = 0; i < d.categories.size(); ++i) {
        if (i < topCategories) {
            const IndicatorCounts &c = d.categories.at(i).counts;
            rows << QStringList{d.categories.at(i).name, QString::number(c.received),
                                share(c.received, d.now.received), QString::number(c.closed),
                                value(c, Indicator::OnTimeRate)};
        } else {
            rest += d.categories.at(i).counts;
            anyRest = true;
        }
    }
    if (anyRest)
        rows << QStringList{tr("其他"), QString::number(rest.received), share(rest.received, d.now.received),
                            QString::number(rest.closed), value(rest, Indicator::OnTimeRate)};
    const QStringList categoryHeaders{tr("类别"), indicatorTitle(Indicator::Received), tr("占比"),
                                      indicatorTitle(Indicator::Closed),
                                      indicatorTitle(Indicator::OnTimeRate)};
    if (rows.isEmpty())
        paragraph(cursor, tr("本期无案件。"), px);
    else
        table(cursor, categoryHeaders, rows, px);

    section(cursor, tr("五、按来源"), px);
    rows.clear();
    for (const IndicatorGroup &g : d.sources)
        rows << QStringList{g.name, QString::number(g.counts.received),
                            share(g.counts.received, d.now.received), QString::number(g.counts.closed),
                            value(g.counts, Indicator::OnTimeRate)};
    if (rows.isEmpty())
        paragraph(cursor, tr("本期无案件。"), px);
    else
        table(cursor,
              {tr("来源"), indicatorTitle(Indicator::Received), tr("占比"), indicatorTitle(Indicator::Closed),
               indicatorTitle(Indicator::OnTimeRate)},
              rows, px);

    const QStringList groupHeaders{QString(),
                                   indicatorTitle(Indicator::Received),
                                   indicatorTitle(Indicator::Closed),
                                   indicatorTitle(Indicator::ClosureRate),
                                   indicatorTitle(Indicator::OnTimeRate),
                                   indicatorTitle(Indicator::OverdueOpen),
                                   indicatorTitle(Indicator::SatisfactionRate)};
    const QString level = d.rankingDimension == IndicatorDimension::Township  ? tr("乡镇（街道）")
                          : d.rankingDimension == IndicatorDimension::Village ? tr("村（社区）")
                                                                              : tr("网格");
    section(cursor, tr("六、%1排名（按受理量）").arg(level), px);
    rows.clear();
    for (int i = 0; i < d.ranking.size(); ++i)
        rows << groupRow(tr("%1. %2").arg(i + 1).arg(d.ranking.at(i).name), d.ranking.at(i).counts);
    QStringList headers = groupHeaders;
    headers[0] = level;
    if (rows.isEmpty())
        paragraph(cursor, tr("本期无案件。"), px);
    else
        table(cursor, headers, rows, px);

    section(cursor, tr("七、部门办理情况"), px);
    rows.clear();
    for (const IndicatorGroup &g : d.departments)
        rows << groupRow(g.name, g.counts);
    headers[0] = tr("部门");
    if (rows.isEmpty())
        paragraph(cursor, tr("本期无交办到部门的案件。"), px);
    else
        table(cursor, headers, rows, px);

    if (d.petitions) {
        // On a page of its own with its footnotes: the heading never stays behind at a page's foot.
        section(cursor, tr("八、信访"), px, true);
        rows.clear();
        for (const PetitionIndicator i : allPetitionIndicators()) {
            const auto now = petitionIndicatorValue(*d.petitions, i);
            const auto previous = petitionIndicatorValue(*d.petitionsPrevious, i);
            const auto yearEarlier = petitionIndicatorValue(*d.petitionsYearEarlier, i);
            const IndicatorFraction f = petitionIndicatorFraction(*d.petitions, i);
            rows << QStringList{
                petitionIndicatorTitle(i),
                formatPetitionIndicatorValue(i, now),
                formatPetitionIndicatorValue(i, previous),
                formatPetitionIndicatorChange(i, petitionIndicatorChange(i, now, previous)),
                formatPetitionIndicatorValue(i, yearEarlier),
                formatPetitionIndicatorChange(i, petitionIndicatorChange(i, now, yearEarlier)),
                petitionIndicatorKind(i) == IndicatorKind::Count
                    ? QString()
                    : tr("%1 ÷ %2").arg(f.numerator).arg(f.denominator)};
        }
        table(cursor,
              {tr("指标"), tr("本期"), d.previousPeriod.label(), tr("环比"), d.yearEarlierPeriod.label(),
               tr("同比"), tr("分子 ÷ 分母")},
              rows, px);
    }

    section(cursor, tr("注：指标口径"), px);
    for (const Indicator i : allIndicators())
        paragraph(cursor, tr("%1：%2").arg(indicatorTitle(i), indicatorFormula(i)), px, bodyPointSize * 0.9);
    if (d.petitions) {
        for (const PetitionIndicator i : allPetitionIndicators())
            paragraph(cursor, tr("%1：%2").arg(petitionIndicatorTitle(i), petitionIndicatorFormula(i)), px,
                      bodyPointSize * 0.9);
    }
    paragraph(cursor,
              tr("分母为 0 的比率记为“—”；上期为 0 而本期不为 0 "
                 "的变化记为“新增”。环比对上一个同长度的统计期，同比对上年同期，"
                 "均按与本期相同的统计截止间隔计算。"),
              px, bodyPointSize * 0.9);

    QTextBlockFormat signatures;
    signatures.setTopMargin(18 * px);
    cursor.insertBlock(signatures);
    cursor.insertText(tr("制表人：__________　　审核人：__________　　分管领导：__________　　打印时间：%1")
                          .arg(d.printedAt.toString(u"yyyy-MM-dd HH:mm"_s)),
                      textFormat());
    return doc;
}

int WorkReport::render(const QList<std::pair<QTextDocument *, QPageLayout::Orientation>> &docs,
                       QPagedPaintDevice &device)
{
    // Pages of each document at its orientation, counted first so every footer says the total.
    const auto pageSize = [&device](QPageLayout::Orientation o) {
        QPageLayout layout = device.pageLayout();
        layout.setOrientation(o);
        const QRectF paint = layout.paintRectPixels(device.logicalDpiX());
        return paint.size();
    };
    int total = 0;
    QList<qreal> heights;
    for (const auto &[doc, orientation] : docs) {
        const QSizeF size = pageSize(orientation);
        const qreal footer = QFontMetricsF(doc->defaultFont(), &device).height() * 2;
        doc->documentLayout()->setPaintDevice(&device);
        doc->setPageSize(QSizeF(size.width(), size.height() - footer));
        heights << size.height() - footer;
        total += doc->pageCount();
    }
    QPainter painter;
    int printed = 0;
    for (int k = 0; k < docs.size(); ++k) {
        QTextDocument *doc = docs.at(k).first;
        if (printed > 0) {
            device.setPageOrientation(docs.at(k).second);
            device.newPage();
        } else {
            device.setPageOrientation(docs.at(k).second);
            if (!painter.begin(&device))
                return 0;
        }
        const qreal width = doc->pageSize().width();
        const qreal pageHeight = heights.at(k);
        const qreal footerHeight = QFontMetricsF(doc->defaultFont(), &device).height() * 2;
        const int pages = doc->pageCount();
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                device.newPage();
            painter.save();
            painter.translate(0, -page * pageHeight);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, page * pageHeight, width, pageHeight);
            painter.setClipRect(context.clip);
            doc->documentLayout()->draw(&painter, context);
            painter.restore();
            painter.setFont(doc->defaultFont());
            painter.drawText(QRectF(0, pageHeight, width, footerHeight), Qt::AlignCenter,
                             tr("第 %1 页，共 %2 页").arg(++printed).arg(total));
        }
    }
    return printed;
}

namespace {
std::unique_ptr<QPdfWriter> pdfWriter(const QString &path, const QString &title)
{
    auto writer = std::make_unique<QPdfWriter>(path);
    writer->setTitle(title);
    writer->setCreator(u"综治中心工作台"_s);
    writer->setResolution(300);
    writer->setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 12, 15, 12)));
    return writer;
}
} // namespace

bool WorkReport::pdf(const QString &path) const
{
    const auto doc = document(300);
    int pages = 0;
    {
        const auto writer = pdfWriter(path, title());
        pages = render({{doc.get(), QPageLayout::Portrait}}, *writer);
    }
    return pages > 0 && QFileInfo(path).size() > 0;
}

QList<OverdueCaseRow> WorkReport::overdueCases(const Database &db, const WorkReportData &data, int limit)
{
    IndicatorDrill drill;
    drill.set = IndicatorSet::OverdueOpen;
    drill.period = data.period;
    drill.asOf = data.asOf;
    drill.scope = data.scope;
    CaseQuery query;
    query.drill = drill;
    query.sort = CaseQuery::Sort::DeadlineAsc;
    query.limit = limit;
    QHash<qint64, QString> places, departments;
    for (const OrgUnit &u : OrgUnitRepository(db).all())
        places.insert(u.id, u.name);
    for (const Department &dep : DepartmentRepository(db).list(0, false))
        departments.insert(dep.id, dep.name);
    QList<OverdueCaseRow> out;
    for (const CaseListRow &r : CaseRepository(db).list(query))
        out << OverdueCaseRow{
            r.caseNo,     r.title,   places.value(r.orgUnitId), departments.value(r.departmentId),
            r.receivedAt, r.deadline};
    return out;
}

std::unique_ptr<QTextDocument> WorkReport::overdueDocument(const QList<OverdueCaseRow> &rows, qreal dpi) const
{
    const qreal px = dpi / 96;
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(ReportFont::font(bodyPointSize));
    doc->setDocumentMargin(0);
    QTextCursor cursor(doc.get());
    QTextBlockFormat centred;
    centred.setAlignment(Qt::AlignHCenter);
    centred.setBottomMargin(4 * px);
    cursor.setBlockFormat(centred);
    cursor.insertText(tr("在办超期案件清单"), textFormat(bodyPointSize * 1.6, true));
    cursor.insertBlock(centred);
    cursor.insertText(tr("%1　截至 %2　共 %n 件", nullptr, int(m_data.now.overdueOpen))
                          .arg(m_data.scopeName, m_data.asOf.toString(Qt::ISODate)),
                      textFormat());
    QList<QStringList> table_;
    const QDateTime end = m_data.asOf.addDays(1).startOfDay();
    for (const OverdueCaseRow &r : rows)
        table_ << QStringList{r.caseNo,
                              r.title,
                              r.place,
                              r.department,
                              r.receivedAt.toString(u"yyyy-MM-dd"_s),
                              r.deadline.toString(u"yyyy-MM-dd"_s),
                              QString::number(std::max<qint64>(1, r.deadline.date().daysTo(end.date()) - 1))};
    if (table_.isEmpty())
        paragraph(cursor, tr("无在办超期案件。"), px);
    else
        table(cursor,
              {tr("案件编号"), tr("标题"), tr("地点"), tr("承办部门"), tr("受理日期"), tr("办理期限"),
               tr("超期天数")},
              table_, px);
    if (rows.size() < m_data.now.overdueOpen)
        paragraph(cursor, tr("（列出期限最早的 %n 件）", nullptr, int(rows.size())), px);
    return doc;
}

bool WorkReport::printPack(const QString &path, const QList<OverdueCaseRow> &overdue,
                           QTextDocument *assessmentTable) const
{
    const auto report = document(300);
    const auto list = overdueDocument(overdue, 300);
    QList<std::pair<QTextDocument *, QPageLayout::Orientation>> docs{{report.get(), QPageLayout::Portrait},
                                                                     {list.get(), QPageLayout::Portrait}};
    if (assessmentTable)
        docs.append({assessmentTable, QPageLayout::Landscape});
    int pages = 0;
    {
        const auto writer = pdfWriter(path, tr("领导阅签材料"));
        pages = render(docs, *writer);
    }
    return pages > 0 && QFileInfo(path).size() > 0;
}

bool WorkReport::xlsx(const QString &path, QString *error) const
{
    const QByteArray file = path.toUtf8();
    lxw_workbook *workbook = workbook_new(file.constData());
    if (!workbook) {
        if (error)
            *error = tr("无法写入文件 %1。").arg(path);
        return false;
    }
    QList<QByteArray> keep; // libxlsxwriter keeps the pointers until workbook_close()
    const auto text = [&keep](const QString &s) {
        keep << s.toUtf8();
        return keep.last().constData();
    };
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_bg_color(header, 0xECEFF1);
    lxw_format *cell = workbook_add_format(workbook);
    format_set_border(cell, LXW_BORDER_THIN);
    lxw_format *percent = workbook_add_format(workbook);
    format_set_border(percent, LXW_BORDER_THIN);
    format_set_num_format(percent, "0.0%");
    lxw_format *decimal = workbook_add_format(workbook);
    format_set_border(decimal, LXW_BORDER_THIN);
    format_set_num_format(decimal, "0.0");
    const WorkReportData &d = m_data;

    // An indicator's value as a number (a rate as a fraction, shown as percent); "—" when undefined.
    const auto indicatorCell = [&](lxw_worksheet *sheet, lxw_row_t r, lxw_col_t c,
                                   const IndicatorCounts &counts, Indicator i) {
        const auto v = indicatorValue(counts, i);
        if (!v)
            worksheet_write_string(sheet, r, c, "—", cell);
        else
            worksheet_write_number(sheet, r, c, *v,
                                   indicatorKind(i) == IndicatorKind::Rate      ? percent
                                   : indicatorKind(i) == IndicatorKind::Average ? decimal
                                                                                : cell);
    };
    const auto headerRow = [&](lxw_worksheet *sheet, lxw_row_t r, const QStringList &headers) {
        for (int c = 0; c < headers.size(); ++c)
            worksheet_write_string(sheet, r, lxw_col_t(c), text(headers.at(c)), header);
        worksheet_set_column(sheet, 0, 0, 22, nullptr);
        worksheet_set_column(sheet, 1, lxw_col_t(headers.size()), 13, nullptr);
    };

    lxw_worksheet *main = workbook_add_worksheet(workbook, text(tr("主要指标")));
    worksheet_write_string(main, 0, 0, text(title()), bold);
    worksheet_write_string(
        main, 1, 0,
        text(tr("%1　%2　统计截止 %3").arg(d.scopeName, d.period.label(), d.asOf.toString(Qt::ISODate))),
        nullptr);
    worksheet_write_string(main, 2, 0, text(summary()), nullptr);
    headerRow(main, 4,
              {tr("指标"), tr("本期"), d.previousPeriod.label(), tr("环比"), d.yearEarlierPeriod.label(),
               tr("同比"), tr("分子"), tr("分母"), tr("口径")});
    lxw_row_t r = 5;
    for (const Indicator i : allIndicators()) {
        worksheet_write_string(main, r, 0, text(indicatorTitle(i)), cell);
        indicatorCell(main, r, 1, d.now, i);
        indicatorCell(main, r, 2, d.previous, i);
        worksheet_write_string(main, r, 3, text(change(d.now, d.previous, i)), cell);
        indicatorCell(main, r, 4, d.yearEarlier, i);
        worksheet_write_string(main, r, 5, text(change(d.now, d.yearEarlier, i)), cell);
        const IndicatorFraction f = indicatorFraction(d.now, i);
        worksheet_write_number(main, r, 6, double(f.numerator), cell);
        worksheet_write_number(main, r, 7, double(f.denominator), cell);
        worksheet_write_string(main, r, 8, text(indicatorFormula(i)), cell);
        ++r;
    }

    lxw_worksheet *trend = workbook_add_worksheet(workbook, text(tr("月度趋势")));
    headerRow(trend, 0,
              {tr("月份"), indicatorTitle(Indicator::Received), indicatorTitle(Indicator::Closed),
               indicatorTitle(Indicator::ClosureRate), indicatorTitle(Indicator::OnTimeRate),
               tr("统计截止")});
    r = 1;
    for (const auto &m : d.trend) {
        worksheet_write_string(trend, r, 0, text(m.month.code()), cell);
        worksheet_write_number(trend, r, 1, double(m.counts.received), cell);
        worksheet_write_number(trend, r, 2, double(m.counts.closed), cell);
        indicatorCell(trend, r, 3, m.counts, Indicator::ClosureRate);
        indicatorCell(trend, r, 4, m.counts, Indicator::OnTimeRate);
        worksheet_write_string(trend, r, 5, text(m.asOf.toString(Qt::ISODate)), cell);
        ++r;
    }

    const auto groupSheet = [&](const QString &name, const QString &first,
                                const QList<IndicatorGroup> &groups) {
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, text(name));
        QStringList headers{first};
        const QList<Indicator> columns{Indicator::Received,         Indicator::Registered,
                                       Indicator::Closed,           Indicator::ClosureRate,
                                       Indicator::OnTimeRate,       Indicator::ResolutionRate,
                                       Indicator::SatisfactionRate, Indicator::OverdueOpen};
        for (const Indicator i : columns)
            headers << indicatorTitle(i);
        headerRow(sheet, 0, headers);
        lxw_row_t row = 1;
        for (const IndicatorGroup &g : groups) {
            worksheet_write_string(sheet, row, 0, text(g.name), cell);
            for (int c = 0; c < columns.size(); ++c)
                indicatorCell(sheet, row, lxw_col_t(c + 1), g.counts, columns.at(c));
            ++row;
        }
    };
    groupSheet(tr("类别"), tr("类别"), d.categories);
    groupSheet(tr("来源"), tr("来源"), d.sources);
    groupSheet(tr("排名"), tr("单位"), d.ranking);
    groupSheet(tr("部门"), tr("部门"), d.departments);

    if (d.petitions) {
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, text(tr("信访")));
        headerRow(sheet, 0,
                  {tr("指标"), tr("本期"), d.previousPeriod.label(), tr("环比"), d.yearEarlierPeriod.label(),
                   tr("同比"), tr("分子"), tr("分母"), tr("口径")});
        const auto petitionCell = [&](lxw_row_t row, lxw_col_t c, const PetitionIndicatorCounts &counts,
                                      PetitionIndicator i) {
            const auto v = petitionIndicatorValue(counts, i);
            if (!v)
                worksheet_write_string(sheet, row, c, "—", cell);
            else
                worksheet_write_number(sheet, row, c, *v,
                                       petitionIndicatorKind(i) == IndicatorKind::Rate ? percent : cell);
        };
        r = 1;
        for (const PetitionIndicator i : allPetitionIndicators()) {
            const auto now = petitionIndicatorValue(*d.petitions, i);
            worksheet_write_string(sheet, r, 0, text(petitionIndicatorTitle(i)), cell);
            petitionCell(r, 1, *d.petitions, i);
            petitionCell(r, 2, *d.petitionsPrevious, i);
            worksheet_write_string(
                sheet, r, 3,
                text(formatPetitionIndicatorChange(
                    i, petitionIndicatorChange(i, now, petitionIndicatorValue(*d.petitionsPrevious, i)))),
                cell);
            petitionCell(r, 4, *d.petitionsYearEarlier, i);
            worksheet_write_string(
                sheet, r, 5,
                text(formatPetitionIndicatorChange(
                    i, petitionIndicatorChange(i, now, petitionIndicatorValue(*d.petitionsYearEarlier, i)))),
                cell);
            const IndicatorFraction f = petitionIndicatorFraction(*d.petitions, i);
            worksheet_write_number(sheet, r, 6, double(f.numerator), cell);
            worksheet_write_number(sheet, r, 7, double(f.denominator), cell);
            worksheet_write_string(sheet, r, 8, text(petitionIndicatorFormula(i)), cell);
            ++r;
        }
    }

    const lxw_error result = workbook_close(workbook);
    if (result != LXW_NO_ERROR) {
        if (error)
            *error = tr("无法写入文件 %1。").arg(path);
        return false;
    }
    return true;
}

} // namespace zz
