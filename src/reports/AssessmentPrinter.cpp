#include "AssessmentPrinter.h"

#include "ReportFont.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

constexpr qreal bodyPointSize = 9;

QTextTableFormat tableFormat(qreal px, int headerRows)
{
    QTextTableFormat f;
    f.setHeaderRowCount(headerRows);
    f.setBorder(px);
    f.setBorderBrush(QColor(0x60, 0x6d, 0x75));
    f.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    f.setBorderCollapse(true);
    f.setCellPadding(2 * px);
    f.setCellSpacing(0);
    f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    return f;
}

void heading(QTextCursor &cursor, const QString &title, const QString &subtitle, qreal px)
{
    QTextBlockFormat centred;
    centred.setAlignment(Qt::AlignHCenter);
    centred.setBottomMargin(4 * px);
    QTextCharFormat titleFormat;
    titleFormat.setFontPointSize(bodyPointSize * 1.8);
    titleFormat.setFontWeight(QFont::Bold);
    cursor.setBlockFormat(centred);
    cursor.insertText(title, titleFormat);
    QTextCharFormat text;
    text.setFontPointSize(bodyPointSize);
    cursor.insertBlock(centred);
    cursor.insertText(subtitle, text);
    QTextBlockFormat plain;
    plain.setBottomMargin(2 * px);
    cursor.insertBlock(plain);
}

void cell(QTextTable *table, int row, int column, const QString &value, bool bold = false,
          Qt::Alignment align = Qt::AlignLeft)
{
    QTextTableCell c = table->cellAt(row, column);
    QTextCharFormat f;
    f.setFontPointSize(bodyPointSize);
    if (bold) {
        f.setFontWeight(QFont::Bold);
        QTextCharFormat background;
        background.setBackground(QColor(0xec, 0xef, 0xf1));
        c.setFormat(background);
    }
    QTextCursor cursor = c.firstCursorPosition();
    QTextBlockFormat block = cursor.blockFormat();
    block.setAlignment(align);
    cursor.setBlockFormat(block);
    cursor.insertText(value, f);
}

void signatures(QTextCursor &cursor, const QStringList &roles, qreal px)
{
    QTextBlockFormat block;
    block.setTopMargin(18 * px);
    cursor.insertBlock(block);
    QTextCharFormat text;
    text.setFontPointSize(bodyPointSize * 1.1);
    QStringList parts;
    for (const QString &role : roles)
        parts << role + u"：＿＿＿＿＿＿＿＿"_s;
    cursor.insertText(parts.join(u"　　　　"_s), text);
}

} // namespace

AssessmentPrinter::AssessmentPrinter(QString townshipName, ScoreRun run, QDateTime printedAt)
    : m_township(std::move(townshipName)), m_run(std::move(run)), m_printedAt(std::move(printedAt))
{}

QString AssessmentPrinter::points(double value)
{
    return QLocale::c().toString(value, 'f', 2).remove(QRegularExpression(u"\\.?0+$"_s));
}

QString AssessmentPrinter::sourceText(const ScoreSource &source)
{
    const QString day = source.day.isValid() ? source.day.toString(Qt::ISODate) + u" "_s : QString();
    return day + source.label;
}

QString AssessmentPrinter::tableTitle() const
{
    return tr("%1网格员%2考评表").arg(m_township, m_run.period.label());
}

std::unique_ptr<QTextDocument> AssessmentPrinter::tableDocument(const QList<ScoreResultRow> &rows,
                                                                qreal dpi) const
{
    const qreal px = dpi / 96;
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(ReportFont::font(bodyPointSize));
    doc->setDocumentMargin(0);
    QTextCursor cursor(doc.get());
    QString state = runStatusLabel(m_run.status);
    if (m_run.status != ScoreRunStatus::Locked)
        state = tr("%1（未锁定，仅供核对）").arg(state);
    heading(cursor, tableTitle(),
            tr("状态：%1　　计算：%2　　打印：%3")
                .arg(state, m_run.computedAt.toString(u"yyyy-MM-dd HH:mm"_s),
                     m_printedAt.toString(u"yyyy-MM-dd HH:mm"_s)),
            px);

    const QList<const ScoreSection *> sections = m_run.scheme.mainSections();
    const ScoreSection *bonus = m_run.scheme.bonusSection();
    QStringList headers{tr("排名"), tr("编号"), tr("姓名"), tr("村(社区)"), tr("网格")};
    for (const ScoreSection *s : sections)
        headers << tr("%1(%2)").arg(s->name, points(s->maximum));
    headers << (bonus ? tr("%1(%2)").arg(bonus->name, points(bonus->maximum)) : tr("加分")) << tr("总分")
            << tr("等次") << tr("补贴(元)");
    QTextTable *table = cursor.insertTable(int(rows.size()) + 1, int(headers.size()), tableFormat(px, 1));
    for (int c = 0; c < headers.size(); ++c)
        cell(table, 0, c, headers.at(c), true, Qt::AlignHCenter);
    const QLocale locale;
    for (int r = 0; r < rows.size(); ++r) {
        const ScoreResultRow &row = rows.at(r);
        int c = 0;
        cell(table, r + 1, c++, row.rank > 0 ? QString::number(row.rank) : u"—"_s, false, Qt::AlignHCenter);
        cell(table, r + 1, c++, row.code);
        cell(table, r + 1, c++, row.name);
        cell(table, r + 1, c++, row.village);
        cell(table, r + 1, c++, row.grids);
        for (const SectionScore &s : row.sections)
            cell(table, r + 1, c++, points(s.points), false, Qt::AlignRight);
        cell(table, r + 1, c++, points(row.bonus), false, Qt::AlignRight);
        cell(table, r + 1, c++, points(row.total), false, Qt::AlignRight);
        cell(table, r + 1, c++, gradeLabel(row.grade), false, Qt::AlignHCenter);
        cell(table, r + 1, c++, row.stipend ? locale.toString(*row.stipend) : u"—"_s, false, Qt::AlignRight);
    }
    QTextBlockFormat note;
    note.setTopMargin(4 * px);
    cursor.movePosition(QTextCursor::End);
    cursor.insertBlock(note);
    QTextCharFormat small;
    small.setFontPointSize(bodyPointSize * 0.9);
    cursor.insertText(tr("等次：%1分以上优秀，%2分以上良好，%3分以上合格，以下不合格；在岗不足%4天的不参评。"
                         "补贴 = 基础补贴%5元 + 绩效%6元 × 总分(至多100) ÷ 100 − 扣款，四舍五入到元。")
                          .arg(points(m_run.scheme.excellentFrom), points(m_run.scheme.goodFrom),
                               points(m_run.scheme.passFrom))
                          .arg(m_run.scheme.minDaysInPost)
                          .arg(points(m_run.scheme.baseStipend), points(m_run.scheme.performancePool)),
                      small);
    signatures(cursor, {tr("制表人"), tr("审核人"), tr("分管领导")}, px);
    return doc;
}

std::unique_ptr<QTextDocument>
AssessmentPrinter::sheetDocument(const ScoreResultRow &row, const QList<ScoreLine> &lines, qreal dpi) const
{
    const qreal px = dpi / 96;
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(ReportFont::font(bodyPointSize));
    doc->setDocumentMargin(0);
    QTextCursor cursor(doc.get());
    heading(cursor, tr("网格员考评明细表"),
            tr("%1　%2　%3（%4）　%5 %6")
                .arg(m_township, m_run.period.label(), row.name, row.code, row.village, row.grids),
            px);
    QTextCharFormat text;
    text.setFontPointSize(bodyPointSize);
    const QString coverage =
        row.coverage ? QLocale::c().toString(*row.coverage * 100, 'f', 1) + u"%"_s : u"—"_s;
    cursor.insertText(tr("在岗 %1 天　走访覆盖率 %2　总分 %3　等次 %4　补贴 %5　排名 %6")
                          .arg(row.daysInPost)
                          .arg(coverage, points(row.total), gradeLabel(row.grade),
                               row.stipend ? tr("%1元").arg(*row.stipend) : u"—"_s,
                               row.rank > 0 ? QString::number(row.rank) : u"—"_s),
                      text);
    cursor.insertBlock();

    const QStringList headers{tr("部分"), tr("评分项"), tr("数量"), tr("得分"), tr("扣款(元)"), tr("来源")};
    QTextTable *table = cursor.insertTable(int(lines.size()) + 1, int(headers.size()), tableFormat(px, 1));
    QTextTableFormat f = table->format();
    f.setColumnWidthConstraints(
        {QTextLength(QTextLength::PercentageLength, 12), QTextLength(QTextLength::PercentageLength, 16),
         QTextLength(QTextLength::PercentageLength, 7), QTextLength(QTextLength::PercentageLength, 7),
         QTextLength(QTextLength::PercentageLength, 8), QTextLength(QTextLength::PercentageLength, 50)});
    table->setFormat(f);
    for (int c = 0; c < headers.size(); ++c)
        cell(table, 0, c, headers.at(c), true, Qt::AlignHCenter);
    for (int r = 0; r < lines.size(); ++r) {
        const ScoreLine &line = lines.at(r);
        const ScoreSection *section = m_run.scheme.section(line.section);
        QStringList sources;
        for (const ScoreSource &s : line.sources)
            sources << sourceText(s);
        QString name = line.name;
        if (line.capped)
            name = tr("%1（封顶）").arg(name);
        cell(table, r + 1, 0, section ? section->name : line.section);
        cell(table, r + 1, 1, name);
        cell(table, r + 1, 2, points(line.units), false, Qt::AlignRight);
        cell(table, r + 1, 3, points(line.points), false, Qt::AlignRight);
        cell(table, r + 1, 4, line.money > 0 ? points(line.money) : QString(), false, Qt::AlignRight);
        cell(table, r + 1, 5, sources.join(u"；"_s));
    }
    cursor.movePosition(QTextCursor::End);
    QTextBlockFormat block;
    block.setTopMargin(4 * px);
    cursor.insertBlock(block);
    QStringList totals;
    for (const SectionScore &s : row.sections)
        totals << tr("%1 %2").arg(s.name, points(s.points));
    totals << tr("加分 %1").arg(points(row.bonus));
    cursor.insertText(tr("小计：%1；总分 %2").arg(totals.join(u"，"_s), points(row.total)), text);
    signatures(cursor, {tr("网格员"), tr("审核人")}, px);
    return doc;
}

int AssessmentPrinter::render(QTextDocument &doc, QPagedPaintDevice &device)
{
    QPainter painter(&device);
    if (!painter.isActive())
        return 0;
    doc.documentLayout()->setPaintDevice(&device);
    const qreal width = device.width();
    const QFont footerFont = doc.defaultFont();
    const qreal footerHeight = QFontMetricsF(footerFont, &device).height() * 2;
    const qreal pageHeight = device.height() - footerHeight;
    doc.setPageSize(QSizeF(width, pageHeight));
    const int pages = doc.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        painter.translate(0, -page * pageHeight);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * pageHeight, width, pageHeight);
        painter.setClipRect(context.clip);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(footerFont);
        painter.drawText(QRectF(0, pageHeight, width, footerHeight), Qt::AlignCenter,
                         tr("第 %1 页，共 %2 页").arg(page + 1).arg(pages));
    }
    return pages;
}

namespace {

bool writePdf(QTextDocument &doc, const QString &path, const QString &title,
              QPageLayout::Orientation orientation)
{
    QPdfWriter writer(path);
    writer.setTitle(title);
    writer.setCreator(u"综治中心工作台"_s);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(12, 12, 12, 12)));
    // The document's lengths follow the writer's resolution.
    return AssessmentPrinter::render(doc, writer) > 0 && QFileInfo(path).size() > 0;
}

} // namespace

bool AssessmentPrinter::tablePdf(const QList<ScoreResultRow> &rows, const QString &path) const
{
    const auto doc = tableDocument(rows, 300);
    return writePdf(*doc, path, tableTitle(), QPageLayout::Landscape);
}

bool AssessmentPrinter::sheetPdf(const ScoreResultRow &row, const QList<ScoreLine> &lines,
                                 const QString &path) const
{
    const auto doc = sheetDocument(row, lines, 300);
    return writePdf(*doc, path, tr("网格员考评明细表"), QPageLayout::Portrait);
}

} // namespace zz
