#include "MapPage.h"

#include "Error.h"
#include "HotspotView.h"
#include "Permissions.h"
#include "ReferenceRepositories.h"
#include "shell/AppContext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

const QString tileUrlKey = u"map.tile_url"_s;
const QString customPeriod = u"custom"_s;

} // namespace

MapPage::MapPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(u"mapPage"_s);
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    layout->addLayout(filters);

    m_periodCombo = new QComboBox(this);
    m_periodCombo->setObjectName(u"mapPeriodCombo"_s);
    m_fromEdit = new QDateEdit(this);
    m_fromEdit->setObjectName(u"mapFromEdit"_s);
    m_toEdit = new QDateEdit(this);
    m_toEdit->setObjectName(u"mapToEdit"_s);
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setVisible(false);
    }
    m_scopeCombo = new QComboBox(this);
    m_scopeCombo->setObjectName(u"mapScopeCombo"_s);
    m_categoryCombo = new QComboBox(this);
    m_categoryCombo->setObjectName(u"mapCategoryCombo"_s);
    m_refreshButton = new QPushButton(tr("刷新"), this);
    m_refreshButton->setObjectName(u"mapRefreshButton"_s);

    auto *periodLabel = new QLabel(tr("期间(&P)"), this);
    periodLabel->setBuddy(m_periodCombo);
    auto *scopeLabel = new QLabel(tr("范围(&S)"), this);
    scopeLabel->setBuddy(m_scopeCombo);
    auto *categoryLabel = new QLabel(tr("类别(&C)"), this);
    categoryLabel->setBuddy(m_categoryCombo);
    filters->addWidget(periodLabel);
    filters->addWidget(m_periodCombo);
    filters->addWidget(m_fromEdit);
    filters->addWidget(m_toEdit);
    filters->addSpacing(12);
    filters->addWidget(scopeLabel);
    filters->addWidget(m_scopeCombo);
    filters->addSpacing(12);
    filters->addWidget(categoryLabel);
    filters->addWidget(m_categoryCombo);
    filters->addWidget(m_refreshButton);
    filters->addStretch();

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(u"mapSummaryLabel"_s);
    m_summaryLabel->setWordWrap(true);
    layout->addWidget(m_summaryLabel);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"mapErrorLabel"_s);
    m_errorLabel->setStyleSheet(u"color: #b00020;"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    m_view = new HotspotView(this);
    m_view->setMinimumHeight(360);
    layout->addWidget(m_view, 1);

    fillPeriods();
    fillScopes();
    fillCategories();
    connect(m_periodCombo, &QComboBox::currentIndexChanged, this, &MapPage::periodChosen);
    connect(m_refreshButton, &QPushButton::clicked, this, &MapPage::reload);
    connect(m_scopeCombo, &QComboBox::currentIndexChanged, this, &MapPage::reload);
    connect(m_categoryCombo, &QComboBox::currentIndexChanged, this, &MapPage::reload);
    connect(m_fromEdit, &QDateEdit::dateChanged, this, &MapPage::reload);
    connect(m_toEdit, &QDateEdit::dateChanged, this, &MapPage::reload);
    connect(m_view, &HotspotView::gridActivated, this, &MapPage::openGrid);
    connect(m_view, &HotspotView::loadFailed, this, [this] {
        m_errorLabel->setText(tr("地图页面未能载入。请重新安装程序。"));
        m_errorLabel->show();
    });
}

void MapPage::fillPeriods()
{
    const QDate today = m_context.clock.now().date();
    QList<ReportPeriod> periods;
    QDate month(today.year(), today.month(), 1);
    for (int i = 0; i < 12; ++i, month = month.addMonths(-1))
        periods << ReportPeriod::month(month.year(), month.month());
    const int quarter = (today.month() - 1) / 3 + 1;
    for (int i = 0; i < 4; ++i) {
        const int q = (quarter - 1 - i + 8) % 4 + 1;
        const int year = today.year() - (quarter - 1 - i < 0 ? 1 : 0);
        periods << ReportPeriod::quarter(year, q);
    }
    for (int i = 0; i < 3; ++i)
        periods << ReportPeriod::year(today.year() - i);
    for (const ReportPeriod &period : std::as_const(periods))
        m_periodCombo->addItem(period.label(), period.code());
    m_periodCombo->addItem(tr("自定义…"), customPeriod);
    m_fromEdit->setDate(today.addDays(-29));
    m_toEdit->setDate(today);
}

void MapPage::fillScopes()
{
    const OrgUnitRepository units(m_context.db);
    const std::optional<OrgUnit> own = units.get(m_context.user.orgUnitId);
    if (!own)
        return;
    m_scopeCombo->addItem(own->name, own->id);
    // One level down: a county's townships, a township's villages.
    if (own->level == OrgLevel::County || own->level == OrgLevel::Township) {
        for (const OrgUnit &child : units.children(own->id))
            if (child.active)
                m_scopeCombo->addItem(u"  "_s + child.name, child.id);
    }
}

void MapPage::fillCategories()
{
    m_categoryCombo->addItem(tr("全部类别"), qint64(0));
    for (const Category &category : CategoryRepository(m_context.db).children(0))
        m_categoryCombo->addItem(category.name, category.id);
}

ReportPeriod MapPage::period() const
{
    const QString code = m_periodCombo->currentData().toString();
    if (code == customPeriod)
        return ReportPeriod::custom(m_fromEdit->date(), m_toEdit->date());
    return ReportPeriod::parse(code).value_or(ReportPeriod());
}

IndicatorScope MapPage::scope() const
{
    IndicatorScope scope;
    scope.orgUnitId = m_scopeCombo->currentData().toLongLong();
    if (!scope.orgUnitId)
        scope.orgUnitId = m_context.user.orgUnitId;
    scope.categoryId = m_categoryCombo->currentData().toLongLong();
    return scope;
}

void MapPage::periodChosen()
{
    const bool custom = m_periodCombo->currentData().toString() == customPeriod;
    m_fromEdit->setVisible(custom);
    m_toEdit->setVisible(custom);
    reload();
}

void MapPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        reload();
}

void MapPage::reload()
{
    m_errorLabel->hide();
    const ReportPeriod chosen = period();
    if (!chosen.isValid()) {
        m_errorLabel->setText(tr("期间的结束日期早于开始日期。"));
        m_errorLabel->show();
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_map = HotspotQueries(m_context.db).load(chosen, scope());
        m_loaded = true;
        m_view->showMap(m_map, tileUrl(m_context));
        showSummary();
    } catch (const Error &e) {
        m_errorLabel->setText(e.message());
        m_errorLabel->show();
    }
    QGuiApplication::restoreOverrideCursor();
}

void MapPage::showSummary()
{
    const QLocale locale;
    QString text =
        tr("%1：共 %2 件；按坐标标注 %3 件，无坐标按网格中心标注 %4 件，无法定位 %5 件。")
            .arg(m_map.period.label(), locale.toString(m_map.cases), locale.toString(m_map.withCoordinates),
                 locale.toString(m_map.atGridCentre), locale.toString(m_map.withoutLocation));
    if (m_map.gridsWithoutBoundary > 0)
        text += u" "_s + tr("%n 个网格未设边界，地图上不显示(在 基础数据 → 组织机构 中导入边界)。", nullptr,
                            m_map.gridsWithoutBoundary);
    if (!m_map.grids.isEmpty())
        text += u" "_s + tr("点击网格可查看其中的事件。");
    m_summaryLabel->setText(text);
}

void MapPage::openGrid(qint64 gridId)
{
    for (const HotspotGrid &grid : std::as_const(m_map.grids)) {
        if (grid.id != gridId)
            continue;
        IndicatorDrill drill;
        drill.set = IndicatorSet::Received;
        drill.period = m_map.period;
        drill.asOf = m_map.period.last();
        drill.scope = scope();
        drill.scope.orgUnitId = gridId;
        drill.description =
            tr("%1 · %2 · %n 件", nullptr, int(grid.cases)).arg(m_map.period.label(), grid.name);
        emit drillRequested(drill);
        return;
    }
}

QString MapPage::tileUrl(const AppContext &context)
{
    try {
        return SettingsRepository(context.db).value(tileUrlKey);
    } catch (const Error &) {
        return {};
    }
}

bool MapPage::mayEditTileUrl(const AppContext &context)
{
    if (!Permissions::allows(context.user.roles, Permission::ManageReferenceData))
        return false;
    const std::optional<OrgUnit> unit = OrgUnitRepository(context.db).get(context.user.orgUnitId);
    return unit && unit->level == OrgLevel::County;
}

QString MapPage::checkTileUrl(const QString &url)
{
    if (url.isEmpty())
        return {};
    const QUrl parsed(url);
    if (!parsed.isValid() || (parsed.scheme() != u"http"_s && parsed.scheme() != u"https"_s) ||
        parsed.host().isEmpty())
        return tr("瓦片地址须以 http:// 或 https:// 开头，并含服务器名。");
    for (const QString &part : {u"{z}"_s, u"{x}"_s, u"{y}"_s})
        if (!url.contains(part))
            return tr("瓦片地址须含 {z}、{x} 和 {y}，例如 https://gis.example/tiles/{z}/{x}/{y}.png。");
    return {};
}

void MapPage::editTileUrl()
{
    QString url = tileUrl(m_context);
    while (true) {
        bool ok = false;
        url = QInputDialog::getText(this, tr("图源设置"),
                                    tr("内部地理信息服务器的瓦片地址(留空：只画网格边界，不访问网络)："),
                                    QLineEdit::Normal, url, &ok)
                  .trimmed();
        if (!ok)
            return;
        const QString problem = checkTileUrl(url);
        if (problem.isEmpty())
            break;
        QMessageBox::warning(this, tr("图源设置"), problem);
    }
    try {
        SettingsRepository(m_context.db).setValue(tileUrlKey, url);
        reload();
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("图源设置"), e.message());
    }
}

} // namespace zz
