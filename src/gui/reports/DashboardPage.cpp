#include "DashboardPage.h"

#include "AssessmentPrinter.h"
#include "AssessmentService.h"
#include "Error.h"
#include "OrgUnitService.h"
#include "Permissions.h"
#include "PetitionIndicatorTile.h"
#include "ReferenceRepositories.h"
#include "WorkReport.h"
#include "basedata/OrgTreeModel.h"
#include "cases/CaseListPage.h"
#include "cases/StatusPalette.h"
#include "petition/PetitionBoardPage.h"
#include "shell/AppContext.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextDocument>
#include <QTreeView>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

// The categories shown by name; the others are one slice.
constexpr int topCategories = 10;
// The places the ranking names (the most cases first).
constexpr int rankedPlaces = 15;

// A count axis: ticks only at whole numbers (1, 2 or 5 times a power of ten apart, at most five steps), so
// a chart of small counts reads 0 1 2 3 and never "0 0 0 0 1".
void setCountAxis(QValueAxis *axis, qint64 top)
{
    top = std::max<qint64>(top, 1);
    qint64 step = 1;
    for (qint64 magnitude = 1;; magnitude *= 10) {
        if (top <= 5 * magnitude) {
            step = magnitude;
            break;
        }
        if (top <= 10 * magnitude) {
            step = 2 * magnitude;
            break;
        }
        if (top <= 25 * magnitude) {
            step = 5 * magnitude;
            break;
        }
    }
    const qint64 end = (top + step - 1) / step * step;
    axis->setRange(0, double(end));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(double(step));
    axis->setLabelFormat(u"%d"_s);
}

QString arrowed(Indicator indicator, const IndicatorChange &change)
{
    const QString text = formatIndicatorChange(indicator, change);
    if (change.kind != IndicatorChange::Kind::Value || change.value == 0)
        return text;
    return (change.value > 0 ? u"▲"_s : u"▼"_s) + text;
}

qint64 countOf(const IndicatorCounts &c, IndicatorSet set)
{
    switch (set) {
    case IndicatorSet::Received:
        return c.received;
    case IndicatorSet::Registered:
        return c.registered;
    case IndicatorSet::ClosedOfRegistered:
        return c.closedOfRegistered;
    case IndicatorSet::Closed:
        return c.closed;
    case IndicatorSet::ClosedOnTime:
        return c.closedOnTime;
    case IndicatorSet::ClosedLate:
        return c.closed - c.closedOnTime;
    case IndicatorSet::DisputeRecorded:
        return c.disputeRecorded;
    case IndicatorSet::DisputeSettled:
        return c.disputeSettled;
    case IndicatorSet::CalledBack:
        return c.callbacks;
    case IndicatorSet::Satisfied:
        return c.satisfied;
    case IndicatorSet::OverdueOpen:
        return c.overdueOpen;
    case IndicatorSet::SupervisedNormal:
        return c.supervisedNormal;
    case IndicatorSet::SupervisedYellow:
        return c.supervisedYellow;
    case IndicatorSet::SupervisedRed:
        return c.supervisedRed;
    }
    return 0;
}

// A picker of one place on the lazy org tree of 基础数据.
class PlaceDialog : public QDialog
{
public:
    PlaceDialog(const AppContext &context, QWidget *parent)
        : QDialog(parent), m_service(context.db, context.clock, context.actor())
    {
        setObjectName(u"dashboardPlaceDialog"_s);
        setWindowTitle(DashboardPage::tr("选择统计范围"));
        auto *layout = new QVBoxLayout(this);
        m_model =
            new OrgTreeModel([this](qint64 parentId, int offset,
                                    int limit) { return m_service.children(parentId, false, offset, limit); },
                             [this](qint64 parentId) { return m_service.childCount(parentId, false); }, this);
        m_tree = new QTreeView(this);
        m_tree->setObjectName(u"placeTree"_s);
        m_tree->setModel(m_model);
        m_tree->setUniformRowHeights(true);
        m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_tree->header()->setSectionResizeMode(OrgTreeModel::NameColumn, QHeaderView::Stretch);
        layout->addWidget(m_tree, 1);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        layout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        connect(m_tree, &QTreeView::doubleClicked, this, &QDialog::accept);
        try {
            m_model->reload();
            m_tree->expand(m_model->index(0, 0));
        } catch (const Error &e) {
            layout->insertWidget(0, new QLabel(e.message(), this));
        }
        resize(420, 480);
    }

    const OrgUnit *picked() const { return m_model->unitAt(m_tree->currentIndex()); }

private:
    OrgUnitService m_service;
    OrgTreeModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
};

} // namespace

IndicatorTile::IndicatorTile(Indicator indicator, QWidget *parent) : QFrame(parent), m_indicator(indicator)
{
    setObjectName(u"tile_"_s + indicatorKey(indicator));
    setFrameShape(QFrame::StyledPanel);
    setCursor(Qt::PointingHandCursor);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(2);
    m_title = new QLabel(indicatorTitle(indicator), this);
    m_value = new QLabel(this);
    m_value->setObjectName(u"tileValue"_s);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_value->setFont(big);
    m_change = new QLabel(this);
    m_change->setObjectName(u"tileChange"_s);
    m_formula = new QLabel(this);
    m_formula->setObjectName(u"tileFormula"_s);
    m_formula->setTextFormat(Qt::RichText);
    m_formula->setTextInteractionFlags(Qt::LinksAccessibleByMouse);
    connect(m_formula, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == u"numerator"_s)
            emit drillRequested(numeratorSet(m_indicator));
        else if (const auto d = denominatorSet(m_indicator); d && link == u"denominator"_s)
            emit drillRequested(*d);
    });
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    layout->addWidget(m_formula);
}

void IndicatorTile::setFigures(const IndicatorCounts &now, const IndicatorCounts &previous,
                               const IndicatorCounts &yearEarlier)
{
    const auto value = indicatorValue(now, m_indicator);
    m_value->setText(formatIndicatorValue(m_indicator, value));
    const IndicatorChange mom = indicatorChange(m_indicator, value, indicatorValue(previous, m_indicator));
    const IndicatorChange yoy = indicatorChange(m_indicator, value, indicatorValue(yearEarlier, m_indicator));
    m_change->setText(tr("环比 %1　同比 %2").arg(arrowed(m_indicator, mom), arrowed(m_indicator, yoy)));
    const IndicatorFraction f = indicatorFraction(now, m_indicator);
    const qint64 numerator = countOf(now, numeratorSet(m_indicator));
    QString numbers;
    switch (indicatorKind(m_indicator)) {
    case IndicatorKind::Count:
        numbers = tr("<a href=\"numerator\">%n 件</a>", nullptr, int(numerator));
        break;
    case IndicatorKind::Rate:
        numbers = tr("<a href=\"numerator\">%1</a> ÷ <a href=\"denominator\">%2</a>")
                      .arg(f.numerator)
                      .arg(f.denominator);
        break;
    case IndicatorKind::Average:
        numbers =
            tr("%1 个工作日 ÷ <a href=\"numerator\">%n 件</a>", nullptr, int(f.denominator)).arg(f.numerator);
        break;
    }
    m_formula->setText(numbers);
    const QString tip =
        tr("%1\n= %2 ÷ %3").arg(indicatorFormula(m_indicator)).arg(f.numerator).arg(f.denominator);
    setToolTip(indicatorKind(m_indicator) == IndicatorKind::Count ? indicatorFormula(m_indicator) : tip);
}

QString IndicatorTile::valueText() const
{
    return m_value->text();
}

QString IndicatorTile::changeText() const
{
    return m_change->text();
}

void IndicatorTile::mouseReleaseEvent(QMouseEvent *event)
{
    QFrame::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit drillRequested(numeratorSet(m_indicator));
}

DashboardPage::DashboardPage(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_queries(context.db, context.calendar),
      m_placeId(context.user.orgUnitId)
{
    setObjectName(u"dashboardPage"_s);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 12, 12, 12);

    auto *pickers = new QHBoxLayout;
    buildPeriodPicker(pickers);
    outer->addLayout(pickers);

    auto *scopeRow = new QHBoxLayout;
    scopeRow->addWidget(new QLabel(tr("范围："), this));
    m_placeButton = new QPushButton(this);
    m_placeButton->setObjectName(u"placeButton"_s);
    m_placeButton->setToolTip(tr("在组织机构树上选择县、乡镇、村（社区）或网格"));
    connect(m_placeButton, &QPushButton::clicked, this, &DashboardPage::pickPlace);
    scopeRow->addWidget(m_placeButton);
    m_category = new QComboBox(this);
    m_category->setObjectName(u"categoryComboBox"_s);
    m_category->addItem(tr("全部类别"), 0);
    m_source = new QComboBox(this);
    m_source->setObjectName(u"sourceComboBox"_s);
    m_source->addItem(tr("全部来源"), QString());
    for (const CaseSource s : allValues<CaseSource>())
        m_source->addItem(label(s), code(s));
    m_department = new QComboBox(this);
    m_department->setObjectName(u"departmentComboBox"_s);
    m_department->addItem(tr("全部部门"), 0);
    try {
        for (const Category &c : CategoryRepository(context.db).children(0))
            m_category->addItem(c.name, c.id);
        for (const Department &d : DepartmentRepository(context.db).list(0, false))
            m_department->addItem(d.name, d.id);
        if (m_placeId)
            if (const auto unit = OrgUnitRepository(context.db).get(m_placeId))
                m_placeName = unit->name;
    } catch (const Error &) {
        // The lists stay short; reload() shows what went wrong.
    }
    scopeRow->addWidget(m_category);
    scopeRow->addWidget(m_source);
    scopeRow->addWidget(m_department);
    scopeRow->addStretch(1);
    for (QComboBox *combo : {m_category, m_source, m_department})
        connect(combo, &QComboBox::currentIndexChanged, this, &DashboardPage::reload);
    outer->addLayout(scopeRow);

    auto *reportRow = new QHBoxLayout;
    const auto button = [&](const QString &name, const QString &text, const QString &tip) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(tip);
        reportRow->addWidget(b);
        return b;
    };
    connect(button(u"previewReportButton"_s, tr("报表打印预览…"),
                   tr("综治中心工作报表：本统计期、本范围的指标、图表与说明")),
            &QPushButton::clicked, this, &DashboardPage::previewReport);
    connect(button(u"reportPdfButton"_s, tr("导出报表PDF…"), tr("把综治中心工作报表保存为 PDF 文件")),
            &QPushButton::clicked, this, [this] {
                const QString path = QFileDialog::getSaveFileName(
                    this, tr("导出报表PDF"), tr("综治中心工作报表-%1.pdf").arg(period().code()),
                    tr("PDF 文件 (*.pdf)"));
                if (!path.isEmpty() && exportReportPdf(path))
                    showNote(tr("已保存：%1").arg(QDir::toNativeSeparators(path)));
            });
    connect(button(u"reportXlsxButton"_s, tr("导出报表Excel…"), tr("把报表中的各项数据保存为 Excel 工作簿")),
            &QPushButton::clicked, this, [this] {
                const QString path = QFileDialog::getSaveFileName(
                    this, tr("导出报表Excel"), tr("综治中心工作报表-%1.xlsx").arg(period().code()),
                    tr("Excel 工作簿 (*.xlsx)"));
                if (!path.isEmpty() && exportReportXlsx(path))
                    showNote(tr("已保存：%1").arg(QDir::toNativeSeparators(path)));
            });
    connect(button(u"printPackButton"_s, tr("领导阅签包PDF…"),
                   tr("工作报表、在办超期案件清单和本月网格员考评表，合为一个 PDF 文件")),
            &QPushButton::clicked, this, [this] {
                const QString path = QFileDialog::getSaveFileName(
                    this, tr("领导阅签包"), tr("领导阅签材料-%1.pdf").arg(period().code()),
                    tr("PDF 文件 (*.pdf)"));
                bool withAssessment = false;
                if (!path.isEmpty() && exportPrintPack(path, &withAssessment))
                    showNote(withAssessment
                                 ? tr("已保存：%1").arg(QDir::toNativeSeparators(path))
                                 : tr("已保存：%1（本月网格员考评表尚未计算或范围不是一个乡镇，未包含）")
                                       .arg(QDir::toNativeSeparators(path)));
            });
    reportRow->addStretch(1);
    outer->addLayout(reportRow);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setStyleSheet(StatusPalette::textStyle(StatusPalette::error()));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    outer->addWidget(m_errorLabel);
    m_noteLabel = new QLabel(this);
    m_noteLabel->setObjectName(u"noteLabel"_s);
    m_noteLabel->setWordWrap(true);
    m_noteLabel->hide();
    outer->addWidget(m_noteLabel);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"dashboardScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *body = new QWidget(scroll);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(body);
    m_heading->setObjectName(u"dashboardHeading"_s);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);

    auto *tiles = new QGridLayout;
    int n = 0;
    for (const Indicator i : allIndicators()) {
        auto *tile = new IndicatorTile(i, body);
        connect(tile, &IndicatorTile::drillRequested, this, [this, i](IndicatorSet set) {
            IndicatorDrill drill = drillFor(set, indicatorTitle(i));
            openDrill(drill);
        });
        tiles->addWidget(tile, n / 6, n % 6);
        m_tiles << tile;
        ++n;
    }
    layout->addLayout(tiles);

    // 信访: the petition indicators, for the accounts that may see petitions.
    m_petitionsAllowed = Permissions::allows(m_context.user.roles, Permission::ViewPetitions);
    m_petitionSection = new QWidget(body);
    m_petitionSection->setObjectName(u"petitionSection"_s);
    auto *petitionLayout = new QVBoxLayout(m_petitionSection);
    petitionLayout->setContentsMargins(0, 6, 0, 0);
    auto *petitionTitle = new QLabel(tr("信访"), m_petitionSection);
    petitionTitle->setFont(headingFont);
    petitionLayout->addWidget(petitionTitle);
    m_petitionNote = new QLabel(
        tr("信访件不分事件类别、来源和部门：类别、来源、部门均选“全部”时显示信访指标。"), m_petitionSection);
    m_petitionNote->setObjectName(u"petitionNote"_s);
    m_petitionNote->setWordWrap(true);
    m_petitionNote->hide();
    petitionLayout->addWidget(m_petitionNote);
    m_petitionTileBox = new QWidget(m_petitionSection);
    auto *petitionTiles = new QGridLayout(m_petitionTileBox);
    petitionTiles->setContentsMargins(0, 0, 0, 0);
    n = 0;
    for (const PetitionIndicator i : allPetitionIndicators()) {
        auto *tile = new PetitionIndicatorTile(i, m_petitionTileBox);
        // The banner names the set ("受理率的分母：…"), so the description is the period and place.
        connect(tile, &PetitionIndicatorTile::drillRequested, this, [this](PetitionIndicatorSet set) {
            PetitionDrill drill;
            drill.set = set;
            drill.period = m_petitionsNow.period;
            drill.asOf = m_petitionsNow.asOf;
            drill.orgUnitId = m_shownScope.orgUnitId;
            drill.description = u"%1 %2"_s.arg(m_petitionsNow.period.label(), m_shownScopeLabel);
            openPetitionDrill(drill);
        });
        petitionTiles->addWidget(tile, n / 4, n % 4);
        m_petitionTiles << tile;
        ++n;
    }
    petitionLayout->addWidget(m_petitionTileBox);
    m_petitionSection->setVisible(false);
    layout->addWidget(m_petitionSection);

    const auto chart = [](const QString &title) {
        auto *c = new QChart;
        c->setTitle(title);
        c->setAnimationOptions(QChart::NoAnimation);
        c->legend()->setAlignment(Qt::AlignBottom);
        return c;
    };
    m_trendView = addChartView(u"trendChartView"_s, chart(tr("近12个月受理与办结")));
    m_categoryView = addChartView(u"categoryChartView"_s, chart(tr("按类别（受理量）")));
    m_sourceView = addChartView(u"sourceChartView"_s, chart(tr("按来源（受理量）")));
    m_rankingView = addChartView(u"rankingChartView"_s, chart(tr("排名（受理量）")));
    auto *charts = new QGridLayout;
    charts->addWidget(m_trendView, 0, 0, 1, 2);
    charts->addWidget(m_categoryView, 1, 0);
    charts->addWidget(m_sourceView, 1, 1);
    charts->addWidget(m_rankingView, 2, 0, 1, 2);
    layout->addLayout(charts);

    auto *departmentTitle = new QLabel(tr("部门办理情况"), body);
    departmentTitle->setFont(headingFont);
    layout->addWidget(departmentTitle);
    m_departments = new QTableWidget(body);
    m_departments->setObjectName(u"departmentTable"_s);
    m_departments->setColumnCount(6);
    m_departments->setHorizontalHeaderLabels(
        {tr("部门"), indicatorTitle(Indicator::Received), indicatorTitle(Indicator::Closed),
         indicatorTitle(Indicator::OnTimeRate), indicatorTitle(Indicator::OverdueOpen),
         indicatorTitle(Indicator::SatisfactionRate)});
    m_departments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_departments->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_departments->verticalHeader()->hide();
    m_departments->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_departments->setMinimumHeight(180);
    m_departments->setToolTip(tr("单击数字查看对应案件"));
    connect(m_departments, &QTableWidget::cellClicked, this, [this](int row, int column) {
        if (row < 0 || row >= m_departmentGroups.size() || column == 0)
            return;
        static const IndicatorSet sets[] = {IndicatorSet::Received,    IndicatorSet::Received,
                                            IndicatorSet::Closed,      IndicatorSet::ClosedOnTime,
                                            IndicatorSet::OverdueOpen, IndicatorSet::Satisfied};
        const IndicatorGroup &g = m_departmentGroups.at(row);
        IndicatorDrill drill = drillFor(sets[column], g.name);
        drill.dimension = IndicatorDimension::Department;
        drill.key = g.key;
        openDrill(drill);
    });
    layout->addWidget(m_departments);
    layout->addStretch(1);
    scroll->setWidget(body);
    outer->addWidget(scroll, 1);

    // The month that has just ended (the report a leader signs at the start of the next one).
    const QDate today = m_context.clock.now().date();
    const QDate lastMonth = today.addDays(-today.day());
    m_asOf->setDate(today);
    setPeriod(ReportPeriod::month(lastMonth.year(), lastMonth.month()));
}

void DashboardPage::buildPeriodPicker(QLayout *layout)
{
    auto *row = static_cast<QHBoxLayout *>(layout);
    row->addWidget(new QLabel(tr("统计期："), this));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"periodKindComboBox"_s);
    m_kind->addItem(tr("月度"), int(ReportPeriod::Kind::Month));
    m_kind->addItem(tr("季度"), int(ReportPeriod::Kind::Quarter));
    m_kind->addItem(tr("年度"), int(ReportPeriod::Kind::Year));
    m_kind->addItem(tr("自定义"), int(ReportPeriod::Kind::Custom));
    row->addWidget(m_kind);
    m_year = new QSpinBox(this);
    m_year->setObjectName(u"yearSpinBox"_s);
    m_year->setRange(2000, 2100);
    row->addWidget(m_year);
    m_part = new QComboBox(this);
    m_part->setObjectName(u"periodPartComboBox"_s);
    row->addWidget(m_part);
    m_from = new QDateEdit(this);
    m_from->setObjectName(u"fromDateEdit"_s);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_to = new QDateEdit(this);
    m_to->setObjectName(u"toDateEdit"_s);
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(u"yyyy-MM-dd"_s);
    row->addWidget(m_from);
    row->addWidget(m_to);
    row->addSpacing(12);
    auto *asOfLabel = new QLabel(tr("统计截止："), this);
    asOfLabel->setToolTip(tr("结案率按此日前办结计算，在办超期按此日计"));
    row->addWidget(asOfLabel);
    m_asOf = new QDateEdit(this);
    m_asOf->setObjectName(u"asOfDateEdit"_s);
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(u"yyyy-MM-dd"_s);
    row->addWidget(m_asOf);
    auto *refresh = new QPushButton(tr("统计"), this);
    refresh->setObjectName(u"refreshButton"_s);
    connect(refresh, &QPushButton::clicked, this, &DashboardPage::reload);
    row->addWidget(refresh);
    row->addStretch(1);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DashboardPage::periodKindChanged);
}

void DashboardPage::periodKindChanged()
{
    const auto kind = ReportPeriod::Kind(m_kind->currentData().toInt());
    const QSignalBlocker block(m_part);
    m_part->clear();
    if (kind == ReportPeriod::Kind::Month)
        for (int m = 1; m <= 12; ++m)
            m_part->addItem(tr("%1月").arg(m), m);
    else if (kind == ReportPeriod::Kind::Quarter)
        for (int q = 1; q <= 4; ++q)
            m_part->addItem(tr("第%1季度").arg(q), q);
    m_year->setVisible(kind != ReportPeriod::Kind::Custom);
    m_part->setVisible(kind == ReportPeriod::Kind::Month || kind == ReportPeriod::Kind::Quarter);
    m_from->setVisible(kind == ReportPeriod::Kind::Custom);
    m_to->setVisible(kind == ReportPeriod::Kind::Custom);
}

void DashboardPage::setPeriod(const ReportPeriod &period)
{
    {
        const QSignalBlocker block(m_kind);
        m_kind->setCurrentIndex(m_kind->findData(int(period.kind())));
    }
    periodKindChanged();
    m_year->setValue(period.first().year());
    if (period.kind() == ReportPeriod::Kind::Month)
        m_part->setCurrentIndex(period.first().month() - 1);
    else if (period.kind() == ReportPeriod::Kind::Quarter)
        m_part->setCurrentIndex((period.first().month() - 1) / 3);
    m_from->setDate(period.first());
    m_to->setDate(period.last());
    reload();
}

ReportPeriod DashboardPage::period() const
{
    switch (ReportPeriod::Kind(m_kind->currentData().toInt())) {
    case ReportPeriod::Kind::Month:
        return ReportPeriod::month(m_year->value(), m_part->currentData().toInt());
    case ReportPeriod::Kind::Quarter:
        return ReportPeriod::quarter(m_year->value(), m_part->currentData().toInt());
    case ReportPeriod::Kind::Year:
        return ReportPeriod::year(m_year->value());
    case ReportPeriod::Kind::Custom:
        break;
    }
    return ReportPeriod::custom(m_from->date(), m_to->date());
}

void DashboardPage::setAsOf(QDate asOf)
{
    m_asOf->setDate(asOf);
    reload();
}

QDate DashboardPage::asOf() const
{
    return m_asOf->date();
}

bool DashboardPage::setPlace(qint64 orgUnitId)
{
    try {
        OrgUnitRepository units(m_context.db);
        const auto unit = units.get(orgUnitId);
        if (!unit)
            return false;
        // Only the account's own unit and below: the case list behind a figure could not show more.
        if (m_context.user.orgUnitId) {
            const QList<OrgUnit> above = units.ancestors(orgUnitId);
            if (std::none_of(above.cbegin(), above.cend(),
                             [this](const OrgUnit &u) { return u.id == m_context.user.orgUnitId; }))
                return false;
        }
        m_placeId = unit->id;
        m_placeName = unit->name;
    } catch (const Error &e) {
        m_errorLabel->setText(e.message());
        m_errorLabel->show();
        return false;
    }
    reload();
    return true;
}

void DashboardPage::pickPlace()
{
    PlaceDialog dialog(m_context, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.picked())
        return;
    if (!setPlace(dialog.picked()->id)) {
        m_errorLabel->setText(tr("只能统计本单位及下级单位的案件。"));
        m_errorLabel->show();
    }
}

IndicatorScope DashboardPage::scope() const
{
    IndicatorScope s;
    s.orgUnitId = m_placeId;
    s.categoryId = m_category->currentData().toLongLong();
    s.source = m_source->currentData().toString();
    s.departmentId = m_department->currentData().toLongLong();
    return s;
}

QString DashboardPage::scopeLabel() const
{
    QStringList parts;
    parts << (m_placeName.isEmpty() ? tr("全部") : m_placeName);
    for (const QComboBox *combo : {m_category, m_source, m_department})
        if (combo->currentIndex() > 0)
            parts << combo->currentText();
    return parts.join(u" · "_s);
}

DashboardPage::Figures DashboardPage::computeFigures(const Database &db, const WorkCalendar &calendar,
                                                     const ReportPeriod &p, const IndicatorScope &s,
                                                     QDate asOf, bool petitions)
{
    const IndicatorQueries queries(db, calendar);
    Figures f;
    f.scope = s;
    f.now = queries.compute(p, s, asOf);
    const ReportPeriod previous = p.previous();
    const ReportPeriod yearEarlier = p.yearEarlier();
    f.previous = queries.compute(previous, s, IndicatorQueries::comparisonAsOf(p, asOf, previous));
    f.yearEarlier = queries.compute(yearEarlier, s, IndicatorQueries::comparisonAsOf(p, asOf, yearEarlier));
    f.trend = queries.trend(p.last(), s, asOf);
    f.categories = queries.breakdown(p, s, asOf, IndicatorDimension::Category);
    f.sources = queries.breakdown(p, s, asOf, IndicatorDimension::Source);
    f.rankingDimension = queries.rankingDimension(s.orgUnitId);
    f.ranking = queries.breakdown(p, s, asOf, f.rankingDimension);
    f.departments = queries.breakdown(p, s, asOf, IndicatorDimension::Department);
    // Petitions have a place but no category, source or department.
    f.petitions = petitions && !s.categoryId && s.source.isEmpty() && !s.departmentId;
    if (f.petitions) {
        const PetitionIndicatorQueries petitionQueries(db);
        f.petitionsNow = petitionQueries.compute(p, s.orgUnitId, asOf);
        f.petitionsPrevious = petitionQueries.compute(previous, s.orgUnitId,
                                                      IndicatorQueries::comparisonAsOf(p, asOf, previous));
        f.petitionsYearEarlier = petitionQueries.compute(
            yearEarlier, s.orgUnitId, IndicatorQueries::comparisonAsOf(p, asOf, yearEarlier));
    }
    return f;
}

DashboardPage::~DashboardPage()
{
    // A computation still running finishes on its own connection; its result goes nowhere.
    for (const QPointer<QThread> &thread : std::as_const(m_threads))
        if (thread)
            thread->wait();
}

void DashboardPage::reload()
{
    if (!m_asOf || !m_departments)
        return; // still being built
    m_errorLabel->hide();
    m_placeButton->setText(m_placeName.isEmpty() ? tr("全部") : m_placeName);
    const ReportPeriod p = period();
    if (!p.isValid()) {
        showProblem(tr("统计期的开始日期不能晚于结束日期。"));
        return;
    }
    const QDate asOf = m_asOf->date();
    const IndicatorScope s = scope();
    const QString label = scopeLabel();
    const quint64 generation = ++m_generation;
    m_busy = true;
    setCursor(Qt::BusyCursor);
    const ConnectionUrl url = m_context.db.url();
    // An in-memory SQLite database exists for its one connection only: computed on it.
    if (!m_background || (m_context.db.isSqlite() && url.path == u":memory:"_s)) {
        Figures f;
        QString error;
        try {
            f = computeFigures(m_context.db, m_context.calendar, p, s, asOf, m_petitionsAllowed);
        } catch (const Error &e) {
            error = e.message();
        }
        f.scopeLabel = label;
        showFigures(generation, f, error);
        return;
    }
    m_threads.removeAll(nullptr);
    QPointer<DashboardPage> self(this);
    QThread *thread = QThread::create([self, generation, url, calendar = m_context.calendar, p, s, asOf,
                                       label, petitions = m_petitionsAllowed] {
        Figures f;
        QString error;
        try {
            const Database db(url);
            f = computeFigures(db, calendar, p, s, asOf, petitions);
        } catch (const Error &e) {
            error = e.message();
        }
        f.scopeLabel = label;
        // Delivered on the window's thread, where `self` is checked.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, generation, f, error] {
                if (self)
                    self->showFigures(generation, f, error);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_threads << thread;
    thread->start();
}

void DashboardPage::showFigures(quint64 generation, const Figures &f, const QString &error)
{
    if (generation != m_generation)
        return; // a newer request is on its way
    m_busy = false;
    unsetCursor();
    if (!error.isEmpty()) {
        showProblem(tr("统计失败：%1").arg(error));
        emit figuresShown();
        return;
    }
    m_now = f.now;
    m_previous = f.previous;
    m_yearEarlier = f.yearEarlier;
    m_trend = f.trend;
    m_categories = f.categories;
    m_sources = f.sources;
    m_rankingDimension = f.rankingDimension;
    m_ranking = f.ranking;
    m_departmentGroups = f.departments;
    m_shownScope = f.scope;
    m_shownScopeLabel = f.scopeLabel;
    m_heading->setText(tr("%1　%2（统计截止 %3）")
                           .arg(m_now.period.label(), f.scopeLabel, m_now.asOf.toString(Qt::ISODate)));
    for (IndicatorTile *tile : std::as_const(m_tiles))
        tile->setFigures(m_now.total, m_previous.total, m_yearEarlier.total);
    showTrend();
    showCategories();
    showSources();
    showRanking();
    showDepartments();
    showPetitions(f);
    emit figuresShown();
}

void DashboardPage::showPetitions(const Figures &f)
{
    m_petitionSection->setVisible(m_petitionsAllowed);
    m_petitionsShown = f.petitions;
    m_petitionNote->setVisible(m_petitionsAllowed && !f.petitions);
    m_petitionTileBox->setVisible(f.petitions);
    if (!f.petitions)
        return;
    m_petitionsNow = f.petitionsNow;
    for (PetitionIndicatorTile *tile : std::as_const(m_petitionTiles))
        tile->setFigures(f.petitionsNow.total, f.petitionsPrevious.total, f.petitionsYearEarlier.total);
}

PetitionIndicatorTile *DashboardPage::petitionTile(PetitionIndicator indicator) const
{
    for (PetitionIndicatorTile *t : m_petitionTiles)
        if (t->indicator() == indicator)
            return t;
    return nullptr;
}

PetitionBoardPage *DashboardPage::openPetitionDrill(const PetitionDrill &drill)
{
    auto *window = new QDialog(this);
    window->setObjectName(u"petitionDrillWindow"_s);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(
        tr("信访台账 — %1").arg(u"%1 · %2"_s.arg(drill.description, petitionIndicatorSetTitle(drill.set))));
    auto *layout = new QVBoxLayout(window);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *page = new PetitionBoardPage(m_context, window);
    layout->addWidget(page);
    window->resize(1100, 600);
    window->show();
    page->setDrill(drill);
    emit petitionDrillOpened(page);
    return page;
}

IndicatorDrill DashboardPage::drillFor(IndicatorSet set, const QString &what) const
{
    IndicatorDrill drill;
    drill.set = set;
    drill.period = m_now.period;
    drill.asOf = m_now.asOf;
    drill.scope = m_shownScope;
    drill.description = u"%1 %2 · %3"_s.arg(m_now.period.label(), m_shownScopeLabel, what);
    return drill;
}

QChartView *DashboardPage::addChartView(const QString &objectName, QChart *chart)
{
    auto *view = new QChartView(chart, this);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(300);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *png = new QAction(tr("保存为PNG图片…"), view);
    png->setObjectName(u"savePngAction"_s);
    connect(png, &QAction::triggered, this, [this, view] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("保存图表"), view->chart()->title() + u".png"_s, tr("PNG 图片 (*.png)"));
        if (!path.isEmpty())
            saveChartPng(view, path);
    });
    auto *print = new QAction(tr("打印图表…"), view);
    print->setObjectName(u"printChartAction"_s);
    connect(print, &QAction::triggered, this, [this, view] { printChart(view); });
    view->addAction(png);
    view->addAction(print);
    view->setToolTip(tr("单击柱形或扇区查看对应案件；右键可保存为图片或打印"));
    m_views << view;
    return view;
}

bool DashboardPage::saveChartPng(QChartView *view, const QString &path)
{
    if (view->grab().save(path, "PNG"))
        return true;
    showProblem(tr("无法保存图片“%1”。").arg(QDir::toNativeSeparators(path)));
    return false;
}

void DashboardPage::printChart(QChartView *view)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter(&printer);
    const QRect page = painter.viewport();
    QSize size = view->size();
    size.scale(page.size(), Qt::KeepAspectRatio);
    painter.setViewport(page.x(), page.y(), size.width(), size.height());
    painter.setWindow(view->rect());
    view->render(&painter);
}

IndicatorTile *DashboardPage::tile(Indicator indicator) const
{
    for (IndicatorTile *t : m_tiles)
        if (t->indicator() == indicator)
            return t;
    return nullptr;
}

QChart *DashboardPage::trendChart() const
{
    return m_trendView->chart();
}

QChart *DashboardPage::categoryChart() const
{
    return m_categoryView->chart();
}

QChart *DashboardPage::sourceChart() const
{
    return m_sourceView->chart();
}

QChart *DashboardPage::rankingChart() const
{
    return m_rankingView->chart();
}

void DashboardPage::showTrend()
{
    QChart *chart = m_trendView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    auto *received = new QBarSet(indicatorTitle(Indicator::Received));
    auto *closed = new QBarSet(indicatorTitle(Indicator::Closed));
    QStringList months;
    qint64 top = 1;
    for (const IndicatorQueries::MonthFigures &m : std::as_const(m_trend)) {
        *received << qreal(m.counts.received);
        *closed << qreal(m.counts.closed);
        months << m.month.first().toString(u"yy-MM"_s);
        top = std::max({top, m.counts.received, m.counts.closed});
    }
    auto *series = new QBarSeries;
    series->setName(tr("近12个月"));
    series->append(received);
    series->append(closed);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(months);
    auto *y = new QValueAxis;
    setCountAxis(y, top);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    const auto drillMonth = [this](IndicatorSet set, int index) {
        if (index < 0 || index >= m_trend.size())
            return;
        const IndicatorQueries::MonthFigures &m = m_trend.at(index);
        IndicatorDrill drill = drillFor(
            set, indicatorTitle(set == IndicatorSet::Received ? Indicator::Received : Indicator::Closed));
        drill.period = m.month;
        drill.asOf = m.asOf;
        drill.description = u"%1 %2 · %3"_s.arg(
            m.month.label(), m_shownScopeLabel,
            indicatorTitle(set == IndicatorSet::Received ? Indicator::Received : Indicator::Closed));
        openDrill(drill);
    };
    connect(received, &QBarSet::clicked, this,
            [drillMonth](int i) { drillMonth(IndicatorSet::Received, i); });
    connect(closed, &QBarSet::clicked, this, [drillMonth](int i) { drillMonth(IndicatorSet::Closed, i); });
}

namespace {
void fillPie(QChart *chart, const QList<std::pair<QString, qint64>> &slices,
             const std::function<void(int)> &clicked)
{
    chart->removeAllSeries();
    auto *series = new QPieSeries;
    qint64 total = 0;
    for (const auto &s : slices)
        total += s.second;
    for (int i = 0; i < slices.size(); ++i) {
        if (slices.at(i).second <= 0)
            continue;
        QPieSlice *slice = series->append(slices.at(i).first, qreal(slices.at(i).second));
        slice->setLabel(u"%1 %2"_s.arg(slices.at(i).first).arg(slices.at(i).second));
        slice->setLabelVisible(total > 0 && slices.size() <= 12);
        QObject::connect(slice, &QPieSlice::clicked, chart, [clicked, i] { clicked(i); });
    }
    chart->addSeries(series);
}
} // namespace

void DashboardPage::showCategories()
{
    QList<std::pair<QString, qint64>> slices;
    QStringList named;
    qint64 rest = 0;
    for (int i = 0; i < m_categories.size(); ++i) {
        const IndicatorGroup &g = m_categories.at(i);
        if (i < topCategories) {
            slices.append({g.name, g.counts.received});
            named << g.key;
        } else {
            rest += g.counts.received;
        }
    }
    if (rest > 0)
        slices.append({tr("其他"), rest});
    m_categoryView->chart()->setTitle(tr("按类别（受理量，前%1类及其他）").arg(topCategories));
    fillPie(m_categoryView->chart(), slices, [this, named](int i) {
        IndicatorDrill drill;
        if (i < named.size()) {
            drill = drillFor(IndicatorSet::Received, m_categories.at(i).name);
            drill.key = named.at(i);
        } else {
            drill = drillFor(IndicatorSet::Received, tr("其他类别"));
            drill.otherThan = named;
        }
        drill.dimension = IndicatorDimension::Category;
        openDrill(drill);
    });
}

void DashboardPage::showSources()
{
    QList<std::pair<QString, qint64>> slices;
    for (const IndicatorGroup &g : std::as_const(m_sources))
        slices.append({g.name, g.counts.received});
    fillPie(m_sourceView->chart(), slices, [this](int i) {
        IndicatorDrill drill = drillFor(IndicatorSet::Received, m_sources.at(i).name);
        drill.dimension = IndicatorDimension::Source;
        drill.key = m_sources.at(i).key;
        openDrill(drill);
    });
}

void DashboardPage::showRanking()
{
    QChart *chart = m_rankingView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    const QString level = m_rankingDimension == IndicatorDimension::Township  ? tr("乡镇（街道）")
                          : m_rankingDimension == IndicatorDimension::Village ? tr("村（社区）")
                                                                              : tr("网格");
    chart->setTitle(tr("%1排名（受理量、在办超期）").arg(level));
    auto *received = new QBarSet(indicatorTitle(Indicator::Received));
    auto *overdue = new QBarSet(indicatorTitle(Indicator::OverdueOpen));
    QStringList names;
    qint64 top = 1;
    // Largest at the top: a horizontal bar chart draws its first category at the bottom.
    const int shown = int(std::min<qsizetype>(m_ranking.size(), rankedPlaces));
    for (int i = shown - 1; i >= 0; --i) {
        const IndicatorGroup &g = m_ranking.at(i);
        *received << qreal(g.counts.received);
        *overdue << qreal(g.counts.overdueOpen);
        names << u"%1. %2"_s.arg(i + 1).arg(g.name);
        top = std::max({top, g.counts.received, g.counts.overdueOpen});
    }
    auto *series = new QHorizontalBarSeries;
    series->setName(tr("排名"));
    series->append(received);
    series->append(overdue);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(names);
    auto *x = new QValueAxis;
    setCountAxis(x, top);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    m_rankingView->setMinimumHeight(std::max(300, 60 + 36 * shown));
    const auto drillPlace = [this, shown](IndicatorSet set, int index) {
        const int rank = shown - 1 - index;
        if (rank < 0 || rank >= m_ranking.size())
            return;
        const IndicatorGroup &g = m_ranking.at(rank);
        IndicatorDrill drill = drillFor(set, g.name);
        drill.dimension = m_rankingDimension;
        drill.key = g.key;
        openDrill(drill);
    };
    connect(received, &QBarSet::clicked, this,
            [drillPlace](int i) { drillPlace(IndicatorSet::Received, i); });
    connect(overdue, &QBarSet::clicked, this,
            [drillPlace](int i) { drillPlace(IndicatorSet::OverdueOpen, i); });
}

void DashboardPage::showDepartments()
{
    m_departments->setRowCount(int(m_departmentGroups.size()));
    for (int row = 0; row < m_departmentGroups.size(); ++row) {
        const IndicatorGroup &g = m_departmentGroups.at(row);
        const auto cell = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_departments->setItem(row, column, item);
        };
        cell(0, g.name);
        cell(1, QString::number(g.counts.received));
        cell(2, QString::number(g.counts.closed));
        cell(3, formatIndicatorValue(Indicator::OnTimeRate, indicatorValue(g.counts, Indicator::OnTimeRate)));
        cell(4, QString::number(g.counts.overdueOpen));
        cell(5, formatIndicatorValue(Indicator::SatisfactionRate,
                                     indicatorValue(g.counts, Indicator::SatisfactionRate)));
    }
}

CaseListPage *DashboardPage::openDrill(const IndicatorDrill &drill)
{
    auto *window = new QDialog(this);
    window->setObjectName(u"drillWindow"_s);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(tr("案件清单 — %1").arg(drill.description));
    auto *layout = new QVBoxLayout(window);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *page = new CaseListPage(m_context, window);
    layout->addWidget(page);
    window->resize(1000, 600);
    window->show();
    page->setDrill(drill);
    emit drillOpened(page);
    return page;
}

void DashboardPage::showProblem(const QString &message)
{
    m_noteLabel->hide();
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

void DashboardPage::showNote(const QString &message)
{
    m_errorLabel->hide();
    m_noteLabel->setText(message);
    m_noteLabel->show();
}

namespace {
std::optional<WorkReport> loadReport(const AppContext &context, const ReportPeriod &period,
                                     const IndicatorScope &scope, QDate asOf, const QString &scopeLabel)
{
    WorkReportData data =
        WorkReportData::load(context.db, context.calendar, period, scope, asOf, context.clock.now());
    data.scopeName = scopeLabel;
    return WorkReport(std::move(data));
}
} // namespace

void DashboardPage::previewReport()
{
    std::optional<WorkReport> report;
    try {
        report = loadReport(m_context, period(), scope(), asOf(), scopeLabel());
    } catch (const Error &e) {
        showProblem(tr("无法生成报表：%1").arg(e.message()));
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 12, 15, 12)));
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(u"reportPreviewDialog"_s);
    preview.setWindowTitle(report->title());
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&report](QPrinter *p) {
        const auto doc = report->document(p->resolution());
        WorkReport::render({{doc.get(), QPageLayout::Portrait}}, *p);
    });
    preview.resize(900, 1000);
    preview.exec();
}

bool DashboardPage::exportReportPdf(const QString &path)
{
    try {
        if (loadReport(m_context, period(), scope(), asOf(), scopeLabel())->pdf(path))
            return true;
        showProblem(tr("无法写入文件“%1”。").arg(QDir::toNativeSeparators(path)));
    } catch (const Error &e) {
        showProblem(tr("无法生成报表：%1").arg(e.message()));
    }
    return false;
}

bool DashboardPage::exportReportXlsx(const QString &path)
{
    try {
        QString problem;
        if (loadReport(m_context, period(), scope(), asOf(), scopeLabel())->xlsx(path, &problem))
            return true;
        showProblem(problem);
    } catch (const Error &e) {
        showProblem(tr("无法生成报表：%1").arg(e.message()));
    }
    return false;
}

bool DashboardPage::exportPrintPack(const QString &path, bool *includedAssessment)
{
    if (includedAssessment)
        *includedAssessment = false;
    try {
        const std::optional<WorkReport> report =
            loadReport(m_context, period(), scope(), asOf(), scopeLabel());
        const QList<OverdueCaseRow> overdue = WorkReport::overdueCases(m_context.db, report->data());
        // The month's assessment table of the township the scope lies in (the period's last month).
        std::unique_ptr<QTextDocument> assessment;
        if (m_placeId) {
            if (const auto township = OrgUnitRepository(m_context.db).township(m_placeId)) {
                const AssessmentService service(m_context.db, m_context.clock);
                const ScorePeriod month = ScorePeriod::of(period().last());
                if (const auto run = service.run(township->id, month)) {
                    assessment = AssessmentPrinter(township->name, *run, m_context.clock.now())
                                     .tableDocument(service.results(run->id), 300);
                }
            }
        }
        if (report->printPack(path, overdue, assessment.get())) {
            if (includedAssessment)
                *includedAssessment = assessment != nullptr;
            return true;
        }
        showProblem(tr("无法写入文件“%1”。").arg(QDir::toNativeSeparators(path)));
    } catch (const Error &e) {
        showProblem(tr("无法生成报表：%1").arg(e.message()));
    }
    return false;
}

} // namespace zz
