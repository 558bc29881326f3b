#include "ScoreDetailDialog.h"

#include "AssessmentPrinter.h"
#include "Error.h"
#include "Permissions.h"
#include "TrendChart.h"
#include "dispatch/CaseViewDialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

namespace {
constexpr int SourceKindRole = Qt::UserRole + 1;
constexpr int SourceIdRole = Qt::UserRole + 2;
} // namespace

ScoreDetailDialog::ScoreDetailDialog(const AppContext &context, QString townshipName, ScoreRun run,
                                     ScoreResultRow row, QWidget *parent)
    : QDialog(parent), m_context(context), m_township(std::move(townshipName)), m_run(std::move(run)),
      m_row(std::move(row))
{
    setObjectName(u"scoreDetailDialog"_s);
    setWindowTitle(tr("考评明细 — %1 %2").arg(m_row.name, m_run.period.label()));
    AssessmentService service(m_context.db, m_context.clock);
    m_lines = service.lines(m_run.id, m_row.workerId);

    auto *layout = new QVBoxLayout(this);
    const QString coverage =
        m_row.coverage ? QLocale::c().toString(*m_row.coverage * 100, 'f', 1) + u"%"_s : u"—"_s;
    auto *summary =
        new QLabel(tr("%1（%2）　%3 %4　在岗 %5 天　走访覆盖率 %6\n总分 %7　等次 %8　补贴 %9　排名 %10")
                       .arg(m_row.name, m_row.code, m_row.village, m_row.grids)
                       .arg(m_row.daysInPost)
                       .arg(coverage, AssessmentPrinter::points(m_row.total), gradeLabel(m_row.grade),
                            m_row.stipend ? tr("%1元").arg(*m_row.stipend) : u"—"_s,
                            m_row.rank > 0 ? QString::number(m_row.rank) : u"—"_s),
                   this);
    summary->setObjectName(u"detailSummaryLabel"_s);
    layout->addWidget(summary);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"scoreItemsTree"_s);
    m_tree->setHeaderLabels({tr("评分项 / 来源"), tr("数量"), tr("得分"), tr("扣款(元)")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    // Accounts that do not work on cases (an admin) see the case number, not the case.
    const bool mayOpenCases = Permissions::allows(m_context.user.roles, Permission::ViewCases);
    for (const ScoreSection &section : m_run.scheme.sections) {
        double sectionPoints = section.bonus ? m_row.bonus : 0;
        for (const SectionScore &s : m_row.sections)
            if (s.code == section.code)
                sectionPoints = s.points;
        auto *top = new QTreeWidgetItem(
            m_tree, {tr("%1（满分 %2）").arg(section.name, AssessmentPrinter::points(section.maximum)),
                     QString(), AssessmentPrinter::points(sectionPoints), QString()});
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        top->setFont(2, bold);
        for (const ScoreLine &line : m_lines) {
            if (line.section != section.code)
                continue;
            QString name = line.name;
            if (line.capped)
                name = tr("%1（封顶）").arg(name);
            auto *item = new QTreeWidgetItem(
                top, {name, AssessmentPrinter::points(line.units), AssessmentPrinter::points(line.points),
                      line.money > 0 ? AssessmentPrinter::points(line.money) : QString()});
            for (const ScoreSource &s : line.sources) {
                auto *source = new QTreeWidgetItem(
                    item, {AssessmentPrinter::sourceText(s), AssessmentPrinter::points(s.units)});
                source->setData(0, SourceKindRole, int(s.kind));
                source->setData(0, SourceIdRole, s.id);
                if (s.kind == ScoreSource::Kind::Case && mayOpenCases)
                    source->setToolTip(0, tr("双击打开案件"));
            }
        }
        top->setExpanded(true);
    }
    for (int c = 1; c < 4; ++c)
        m_tree->resizeColumnToContents(c);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this,
            [this](QTreeWidgetItem *item) { openSource(item); });
    layout->addWidget(m_tree, 1);

    auto *trendLabel = new QLabel(tr("近12个月总分"), this);
    layout->addWidget(trendLabel);
    m_trend = new TrendChart(this);
    try {
        m_trend->setTrend(m_run.period, service.trend(m_row.workerId, m_run.period), m_run.scheme.passFrom);
    } catch (const Error &) {
        m_trend->setTrend(m_run.period, {}, m_run.scheme.passFrom);
    }
    layout->addWidget(m_trend);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *preview = buttons->addButton(tr("打印明细…"), QDialogButtonBox::ActionRole);
    preview->setObjectName(u"sheetPreviewButton"_s);
    auto *pdf = buttons->addButton(tr("导出明细PDF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(u"sheetPdfButton"_s);
    connect(preview, &QPushButton::clicked, this, &ScoreDetailDialog::printPreview);
    connect(pdf, &QPushButton::clicked, this, &ScoreDetailDialog::exportPdfInteractive);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 680);
}

qint64 ScoreDetailDialog::openSource(QTreeWidgetItem *item)
{
    if (!item || item->data(0, SourceKindRole).toInt() != int(ScoreSource::Kind::Case) ||
        !Permissions::allows(m_context.user.roles, Permission::ViewCases))
        return 0;
    const qint64 caseId = item->data(0, SourceIdRole).toLongLong();
    if (caseId <= 0)
        return 0;
    auto *dialog = new CaseViewDialog(m_context, caseId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return caseId;
}

bool ScoreDetailDialog::exportPdf(const QString &path)
{
    return AssessmentPrinter(m_township, m_run, m_context.clock.now()).sheetPdf(m_row, m_lines, path);
}

void ScoreDetailDialog::printPreview()
{
    auto *dialog = new QPrintPreviewDialog(this);
    dialog->setObjectName(u"sheetPrintPreview"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->printer()->setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(12, 12, 12, 12)));
    connect(dialog, &QPrintPreviewDialog::paintRequested, dialog, [this](QPrinter *printer) {
        const auto doc = AssessmentPrinter(m_township, m_run, m_context.clock.now())
                             .sheetDocument(m_row, m_lines, printer->logicalDpiY());
        AssessmentPrinter::render(*doc, *printer);
    });
    dialog->resize(900, 1000);
    dialog->open();
}

void ScoreDetailDialog::exportPdfInteractive()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("导出明细PDF"), tr("%1-%2考评明细.pdf").arg(m_row.name, m_run.period.code()),
        tr("PDF 文件 (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!exportPdf(path))
        QMessageBox::warning(this, windowTitle(), tr("无法写入文件 %1。").arg(path));
}

} // namespace zz
