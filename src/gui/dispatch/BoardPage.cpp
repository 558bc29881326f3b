#include "BoardPage.h"

#include "AuditLog.h"
#include "BoardCatalog.h"
#include "BoardCounter.h"
#include "BoardFilterPanel.h"
#include "BoardModel.h"
#include "BoardPdfJob.h"
#include "BoardPrintLoader.h"
#include "BoardPrinter.h"
#include "CaseViewDialog.h"
#include "ChangeFeed.h"
#include "Error.h"
#include "StageStrip.h"
#include "WorkflowSettings.h"
#include "cases/CalendarCoverageBanner.h"
#include "cases/ColumnWidths.h"
#include "shell/AppContext.h"

#include <QComboBox>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

namespace {
// Typing pauses this long before the search runs, so each keystroke does not query the database.
constexpr int searchDelayMs = 300;
// Changes reported by the feed within this window become one refresh.
constexpr int liveDelayMs = 50;
// Warning colours and remaining time move with the clock even when nothing changes.
constexpr int clockRefreshMs = 60 * 1000;
constexpr int builtInRole = Qt::UserRole + 1;
} // namespace

// The printed list is read into the model's window.
static_assert(BoardPage::printLimit <= BoardModel::windowRows);

BoardPage::BoardPage(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_catalog(std::make_unique<BoardCatalog>())
{
    setObjectName(u"boardPage"_s);
    QString loadError;
    try {
        *m_catalog = BoardCatalog::load(context.db, context.user.orgUnitId);
    } catch (const Error &error) {
        loadError = error.message();
    }
    m_model = new BoardModel(context.db, *m_catalog, context.calendar, this);
    m_model->setNow(context.clock.now());
    m_counter = new BoardCounter(context.db, this);
    connect(m_counter, &BoardCounter::totalReady, this, &BoardPage::totalArrived);
    connect(m_counter, &BoardCounter::countsReady, this, &BoardPage::countsArrived);
    connect(m_counter, &BoardCounter::failed, this, [this](const QString &message) {
        m_totalPending = m_stripPending = false;
        if (m_countLabel->text() == tr("计数中…"))
            m_countLabel->clear();
        showError(message);
    });
    buildUi();

    m_feed = new ChangeFeed(context.db, this);
    m_liveTimer = new QTimer(this);
    m_liveTimer->setSingleShot(true);
    m_liveTimer->setInterval(liveDelayMs);
    connect(m_liveTimer, &QTimer::timeout, this, &BoardPage::refresh);
    connect(m_feed, &ChangeFeed::casesChanged, this, &BoardPage::scheduleRefresh);
    m_clockTimer = new QTimer(this);
    m_clockTimer->setInterval(clockRefreshMs);
    connect(m_clockTimer, &QTimer::timeout, this, &BoardPage::scheduleRefresh);
    m_clockTimer->start();

    // A department handler opens on his own worklist, not on the whole township.
    const std::optional<SavedFilter> start = SavedFilterStore::startFilter(context.user);
    if (start)
        m_filter = start->filter;
    fillSavedFilters(start ? start->name : QString());
    m_panel->setFilter(m_filter);
    applyFilter();
    if (!loadError.isEmpty())
        showError(loadError);
}

BoardPage::~BoardPage() = default;

void BoardPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 6);
    layout->setSpacing(8);

    m_strip = new StageStrip(this);
    layout->addWidget(m_strip);
    connect(m_strip, &StageStrip::statusClicked, this, &BoardPage::statusClicked);
    connect(m_strip, &StageStrip::warningClicked, this, &BoardPage::warningClicked);
    try {
        m_strip->setTwoStepCheck(WorkflowSettings(m_context.db).anyTwoSteps());
    } catch (const Error &) {
        // An unreadable setting only hides an empty tile.
    }

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"boardSplitter"_s);
    splitter->setChildrenCollapsible(false);
    m_panel = new BoardFilterPanel(*m_catalog);
    auto *panelScroll = new QScrollArea(splitter);
    panelScroll->setObjectName(u"filterPanelScrollArea"_s);
    panelScroll->setWidget(m_panel);
    panelScroll->setWidgetResizable(true);
    panelScroll->setFrameShape(QFrame::NoFrame);
    panelScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // As wide as the panel needs in the current language (English labels are longer).
    panelScroll->setMinimumWidth(
        qMax(200, m_panel->minimumSizeHint().width() + panelScroll->verticalScrollBar()->sizeHint().width()));
    connect(m_panel, &BoardFilterPanel::changed, this, &BoardPage::panelChanged);
    connect(m_panel, &BoardFilterPanel::clearRequested, this, [this] {
        BoardFilter cleared;
        cleared.sort = m_filter.sort;
        setFilter(cleared);
    });

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(4, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(right);
    m_search->setObjectName(u"boardSearchLineEdit"_s);
    // Whatever a returning resident holds finds the case, as does any word of its text.
    m_search->setPlaceholderText(tr("案件编号、查询码、姓名、身份证号、电话，或标题、内容、地址…"));
    m_search->setToolTip(m_search->placeholderText());
    m_search->setClearButtonEnabled(true);
    m_panelToggle = new QToolButton(right);
    m_panelToggle->setObjectName(u"filterPanelToggleButton"_s);
    m_panelToggle->setText(tr("筛选"));
    m_panelToggle->setToolTip(tr("显示或隐藏左侧的筛选面板"));
    m_panelToggle->setCheckable(true);
    m_panelToggle->setChecked(true);
    bar->addWidget(m_panelToggle);
    bar->addWidget(m_search, 1);
    m_saved = new QComboBox(right);
    m_saved->setObjectName(u"savedFilterComboBox"_s);
    m_saved->setMinimumContentsLength(8);
    m_saved->setToolTip(tr("常用筛选"));
    bar->addWidget(m_saved);
    auto *save = new QPushButton(tr("保存筛选…"), right);
    save->setObjectName(u"saveFilterButton"_s);
    bar->addWidget(save);
    m_deleteSaved = new QPushButton(tr("删除"), right);
    m_deleteSaved->setObjectName(u"deleteFilterButton"_s);
    m_deleteSaved->setToolTip(tr("删除所选的自存筛选"));
    bar->addWidget(m_deleteSaved);
    rightLayout->addLayout(bar);

    m_errorLabel = new QLabel(right);
    m_errorLabel->setObjectName(u"boardErrorLabel"_s);
    m_errorLabel->setStyleSheet(u"color: #c62828;"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    rightLayout->addWidget(m_errorLabel);
    m_calendarNote = new QLabel(right);
    m_calendarNote->setObjectName(u"calendarNoteLabel"_s);
    m_calendarNote->setStyleSheet(u"color: #a15c00;"_s);
    m_calendarNote->setWordWrap(true);
    m_calendarNote->setToolTip(tr("标有“暂定”的期限跨入了尚未录入节假日的年份，录入后会自动重算。"));
    m_calendarNote->hide();
    rightLayout->addWidget(m_calendarNote);
    m_calendarCoverage = new CalendarCoverageBanner(m_context.calendar, m_context.clock, right);
    rightLayout->addWidget(m_calendarCoverage);

    m_table = new QTableView(right);
    m_table->setObjectName(u"boardTableView"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(false); // the database orders the pages; header clicks choose the order
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setIconSize(QSize(40, 18));
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setMinimumSectionSize(40);
    // Fixed widths from sample texts: resizing to contents would measure every fetched row.
    // Columns sized to their content in the current language: the header and every label a column
    // can show (not a Chinese sample that an English label outgrows), capped so that a long name
    // does not push the title off the screen; the user's own widths (ColumnWidths) win.
    const QFontMetrics metrics = m_table->fontMetrics();
    const QFontMetrics headerMetrics(header->font());
    const int capWidth = metrics.horizontalAdvance(QChar(0x4e00)) * 9;
    const auto fit = [&](BoardModel::Column column, const QStringList &samples, int extra = 0) {
        int width =
            headerMetrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 20;
        for (const QString &sample : samples)
            width = qMax(width, qMin(capWidth, metrics.horizontalAdvance(sample) + 16 + extra));
        m_table->setColumnWidth(column, width);
    };
    const auto labels = [](auto values) {
        QStringList out;
        for (const auto value : values)
            out << label(value);
        return out;
    };
    QStringList places;
    for (const OrgUnit &unit : m_catalog->orgUnits())
        places << m_catalog->placeLabel(unit.id);
    QStringList handlers;
    for (const Department &department : m_catalog->departments())
        handlers << department.name;
    for (const Worker &worker : m_catalog->workers())
        handlers << tr("网格员：%1").arg(worker.name);
    QStringList categories;
    for (const Category &category : m_catalog->categories())
        categories << category.name;
    fit(BoardModel::CaseNoColumn, {u"330102001-2026-000123"_s});
    fit(BoardModel::StatusColumn, labels(allValues<CaseStatus>()));
    fit(BoardModel::CategoryColumn, categories);
    fit(BoardModel::PlaceColumn, places);
    fit(BoardModel::DepartmentColumn, handlers);
    fit(BoardModel::UrgencyColumn, labels(allValues<Urgency>()));
    fit(BoardModel::RiskColumn, labels(allValues<RiskColor>()), 16); // and the coloured dot
    fit(BoardModel::ReceivedColumn, {u"11-25 18:58"_s}, 12);
    fit(BoardModel::DeadlineColumn, {u"2026-11-25"_s}, 12); // "（暂定）" is rare: the tooltip has it
    fit(BoardModel::RemainingColumn, {tr("超期 %n 个工作日", nullptr, 12), tr("剩 %n 小时", nullptr, 23)});
    new ColumnWidths(m_context.db, m_context.user.id, u"board"_s, header);
    m_table->installEventFilter(this);
    rightLayout->addWidget(m_table, 1);

    auto *status = new QHBoxLayout;
    m_countLabel = new QLabel(right);
    m_countLabel->setObjectName(u"boardCountLabel"_s);
    status->addWidget(m_countLabel);
    status->addStretch();
    m_updatedLabel = new QLabel(right);
    m_updatedLabel->setObjectName(u"boardUpdatedLabel"_s);
    m_updatedLabel->setToolTip(tr("其他终端的改动会自动出现在这里"));
    status->addWidget(m_updatedLabel);
    rightLayout->addLayout(status);

    splitter->addWidget(panelScroll);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({panelScroll->minimumWidth(), 900});
    connect(m_panelToggle, &QToolButton::toggled, panelScroll, &QWidget::setVisible);
    layout->addWidget(splitter, 1);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &BoardPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &BoardPage::applyFilter);
    connect(m_saved, &QComboBox::activated, this, &BoardPage::savedFilterChosen);
    connect(save, &QPushButton::clicked, this, &BoardPage::saveFilterInteractive);
    connect(m_deleteSaved, &QPushButton::clicked, this, [this] {
        if (!m_saved->currentData().toString().isEmpty() && !m_saved->currentData(builtInRole).toBool())
            removeSavedFilter(m_saved->currentData().toString());
    });
    connect(header, &QHeaderView::sectionClicked, this, &BoardPage::headerClicked);
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        if (column != BoardModel::TitleColumn)
            fitTitleColumn();
    });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { openCase(index.data(BoardModel::CaseIdRole).toLongLong()); });
    connect(m_model, &BoardModel::loadFailed, this, &BoardPage::showError);
    // The model keeps a window of rows: pages dropped above while scrolling down are read again
    // when the view reaches the window's top, and the view keeps its place as rows come and go.
    connect(m_model, &BoardModel::rowsDroppedAbove, this, [this](int rows) { keepPlace(-rows); });
    connect(m_model, &BoardModel::rowsAddedAbove, this, [this](int rows) { keepPlace(rows); });
    QScrollBar *vertical = m_table->verticalScrollBar();
    connect(vertical, &QScrollBar::valueChanged, this, [this, vertical](int value) {
        if (value == vertical->minimum() && !vertical->isSliderDown() && m_model->hasBefore())
            m_model->fetchPrevious();
    });
    // Dragging the thumb to either end goes to that end of the whole list, not one page further.
    connect(vertical, &QScrollBar::sliderPressed, this, [this] { m_model->setFetchPaused(true); });
    connect(vertical, &QScrollBar::sliderReleased, this, [this, vertical] {
        m_model->setFetchPaused(false);
        if (vertical->value() == vertical->maximum() && m_model->hasMore())
            goToLast();
        else if (vertical->value() == vertical->minimum() && m_model->hasBefore())
            goToFirst();
    });
    connect(vertical, &QScrollBar::actionTriggered, this, [this](int action) {
        if (action == QAbstractSlider::SliderToMaximum && m_model->hasMore())
            QTimer::singleShot(0, this, &BoardPage::goToLast);
        else if (action == QAbstractSlider::SliderToMinimum && m_model->hasBefore())
            QTimer::singleShot(0, this, &BoardPage::goToFirst);
    });
    // The warning follows the loaded rows, by the rule the deadline cells are marked with; while
    // the calendar's end is near, the coverage banner says it for every row.
    const auto updateCalendarNote = [this] {
        m_calendarCoverage->refresh();
        const QString note = m_model->provisionalNote();
        m_calendarNote->setText(note);
        m_calendarNote->setVisible(!note.isEmpty() && !m_calendarCoverage->isWarning());
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, updateCalendarNote);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, updateCalendarNote);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, updateCalendarNote);
    connect(m_model, &QAbstractItemModel::dataChanged, this, updateCalendarNote);
    updateCalendarNote();
}

bool BoardPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::Resize)
        QTimer::singleShot(0, this, &BoardPage::fitTitleColumn); // after the scroll bars settled
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers().testFlag(Qt::ControlModifier) && key->key() == Qt::Key_End &&
            m_model->hasMore()) {
            goToLast();
            return true;
        }
        if (key->modifiers().testFlag(Qt::ControlModifier) && key->key() == Qt::Key_Home &&
            m_model->hasBefore()) {
            goToFirst();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void BoardPage::fitTitleColumn()
{
    // The title takes what the other columns leave, but never less than a readable width: on a
    // narrow screen the table scrolls sideways rather than squeezing titles to "养…".
    QHeaderView *header = m_table->horizontalHeader();
    int others = 0;
    for (int c = 0; c < BoardModel::ColumnCount; ++c)
        if (c != BoardModel::TitleColumn && !header->isSectionHidden(c))
            others += header->sectionSize(c);
    const int minimum = m_table->fontMetrics().horizontalAdvance(QChar(0x4e00)) * 10 + 16; // ten characters
    header->resizeSection(BoardModel::TitleColumn, qMax(minimum, m_table->viewport()->width() - others));
}

qint64 BoardPage::scopeUnit() const
{
    return m_catalog->scopeOrgUnitId();
}

void BoardPage::setFilter(const BoardFilter &filter)
{
    m_filter = filter;
    if (m_filter.orgUnitId > 0 && !m_catalog->inScope(m_filter.orgUnitId))
        m_filter.orgUnitId = 0;
    m_panel->setFilter(m_filter);
    {
        const QSignalBlocker blocker(m_search);
        m_search->setText(m_filter.text);
    }
    m_saved->setCurrentIndex(0);
    m_deleteSaved->setEnabled(false);
    applyFilter();
}

void BoardPage::panelChanged()
{
    m_panel->apply(m_filter);
    m_saved->setCurrentIndex(0);
    m_deleteSaved->setEnabled(false);
    applyFilter();
}

void BoardPage::statusClicked(CaseStatus status, bool add)
{
    QList<CaseStatus> &statuses = m_filter.statuses;
    if (!add)
        statuses = statuses == QList<CaseStatus>{status} ? QList<CaseStatus>{} : QList<CaseStatus>{status};
    else if (statuses.contains(status))
        statuses.removeAll(status);
    else
        statuses.append(status);
    m_saved->setCurrentIndex(0);
    applyFilter();
}

void BoardPage::warningClicked(WarningLevel warning)
{
    m_filter.warning = m_filter.warning == warning ? std::nullopt : std::optional<WarningLevel>(warning);
    m_panel->setFilter(m_filter);
    m_saved->setCurrentIndex(0);
    applyFilter();
}

void BoardPage::headerClicked(int column)
{
    const auto [current, order] = BoardModel::columnFor(m_filter.sort);
    const bool sameColumn =
        column == current || (current == BoardModel::DeadlineColumn && column == BoardModel::RemainingColumn);
    Qt::SortOrder next = Qt::AscendingOrder;
    if (sameColumn)
        next = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    else if (column == BoardModel::ReceivedColumn || column == BoardModel::UrgencyColumn)
        next = Qt::DescendingOrder; // newest and most urgent first
    const auto sort = BoardModel::sortFor(column, next);
    if (sort && *sort != m_filter.sort) {
        m_filter.sort = *sort;
        applyFilter();
    }
    updateSortIndicator();
}

void BoardPage::updateSortIndicator()
{
    const auto [column, order] = BoardModel::columnFor(m_filter.sort);
    const QSignalBlocker blocker(m_table->horizontalHeader());
    m_table->horizontalHeader()->setSortIndicator(column, order);
}

void BoardPage::applyFilter()
{
    m_searchTimer->stop();
    m_errorLabel->hide();
    const qint64 selected = selectedCaseId();
    m_filter.text = m_search->text().trimmed();
    m_model->setNow(m_context.clock.now());
    CaseQuery query = m_filter.toQuery(scopeUnit(), m_model->now());
    query.viewerUserId = m_context.user.id;
    m_model->setQuery(query);
    m_table->scrollToTop();
    m_strip->setSelection(m_filter.statuses, m_filter.warning);
    updateSortIndicator();
    if (selected > 0)
        selectCase(selected);
    recount();
}

void BoardPage::scheduleRefresh()
{
    if (!isVisible()) {
        m_stale = true; // refreshed when shown again
        return;
    }
    if (!m_liveTimer->isActive())
        m_liveTimer->start();
}

void BoardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        QTimer::singleShot(0, this, &BoardPage::refresh);
}

void BoardPage::calendarReloaded()
{
    m_calendarCoverage->refresh();
    refresh();
}

void BoardPage::refresh()
{
    m_stale = false;
    m_liveTimer->stop();
    // What the user looks at: the selected case, and the case at the top of the view unless the
    // view is at the very top (then new cases arriving above should come into sight).
    const qint64 selected = selectedCaseId();
    const QList<qint64> selectedIds = [this] {
        QList<qint64> ids;
        for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
            ids.append(index.data(BoardModel::CaseIdRole).toLongLong());
        return ids;
    }();
    const bool atTop = m_table->verticalScrollBar()->value() == 0;
    const QModelIndex top = m_table->indexAt(QPoint(1, 1));
    const qint64 topCase = top.isValid() ? top.data(BoardModel::CaseIdRole).toLongLong() : 0;
    const int firstVisible = qMax(0, m_table->rowAt(0));
    const int lastVisible = m_table->rowAt(m_table->viewport()->height() - 1);

    m_model->setNow(m_context.clock.now());
    // Only what is on the screen is read again (BoardModel::refresh()).
    m_model->refresh(firstVisible, lastVisible >= 0 ? lastVisible : firstVisible + BoardModel::pageSize);

    // Rows that moved (a new deadline, a new status in a status-ordered list) come back as new rows:
    // select them again by case id, without scrolling.
    const bool autoScroll = m_table->hasAutoScroll();
    m_table->setAutoScroll(false);
    QItemSelectionModel *selection = m_table->selectionModel();
    for (const qint64 id : selectedIds) {
        const int row = m_model->rowOf(id);
        if (row >= 0 && !selection->isRowSelected(row, {}))
            selection->select(m_model->index(row, 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    if (selected > 0 && selectedCaseId() != selected) {
        const int row = m_model->rowOf(selected);
        if (row >= 0)
            selection->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::NoUpdate);
    }
    m_table->setAutoScroll(autoScroll);
    if (!atTop && topCase > 0) {
        const int row = m_model->rowOf(topCase);
        if (row >= 0)
            m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtTop);
    }
    recount();
}

void BoardPage::recount()
{
    // Every count runs in the background: even the county's stage strip from the maintained
    // counters takes seconds on SQLite at a million cases (its open statuses are counted live).
    const qint64 unit = m_filter.orgUnitId > 0 ? m_filter.orgUnitId : scopeUnit();
    BoardCounter::Request request;
    request.now = m_model->now();
    request.total = m_model->query();
    request.stripUnit = unit;
    m_totalPending = m_stripPending = true;
    m_countLabel->setText(tr("计数中…"));
    m_counter->request(request);
}

void BoardPage::totalArrived(qint64 total)
{
    m_total = total;
    m_totalPending = false;
    m_countLabel->setText(tr("共 %1 件").arg(QLocale().toString(m_total)));
    if (!m_stripPending)
        emit countsShown();
}

void BoardPage::countsArrived(const StageCounts &counts)
{
    m_stripPending = false;
    m_strip->setCounts(counts);
    m_updatedLabel->setText(tr("更新于 %1").arg(m_context.clock.now().toString(u"HH:mm:ss"_s)));
    if (!m_totalPending)
        emit countsShown();
}

bool BoardPage::countsPending() const
{
    return m_totalPending || m_stripPending;
}

void BoardPage::keepPlace(int rows)
{
    QScrollBar *bar = m_table->verticalScrollBar();
    const int step = m_table->verticalScrollMode() == QAbstractItemView::ScrollPerItem
                         ? 1
                         : m_table->verticalHeader()->defaultSectionSize();
    m_table->doItemsLayout(); // the scroll bar's range follows the rows now, not after a timer
    bar->setValue(bar->value() + rows * step);
}

void BoardPage::goToLast()
{
    m_model->loadLast();
    if (m_model->rowCount() == 0)
        return;
    const QModelIndex last = m_model->index(m_model->rowCount() - 1, 0);
    m_table->selectionModel()->setCurrentIndex(last, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_table->scrollToBottom();
}

void BoardPage::goToFirst()
{
    m_model->loadFirst();
    if (m_model->rowCount() == 0)
        return;
    m_table->selectionModel()->setCurrentIndex(m_model->index(0, 0), QItemSelectionModel::ClearAndSelect |
                                                                         QItemSelectionModel::Rows);
    m_table->scrollToTop();
}

qint64 BoardPage::selectedCaseId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid() && m_table->selectionModel()->isRowSelected(current.row(), {}))
        return current.data(BoardModel::CaseIdRole).toLongLong();
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(BoardModel::CaseIdRole).toLongLong();
}

QList<CaseListRow> BoardPage::selectedRows() const
{
    QList<CaseListRow> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(m_model->caseAt(index.row()));
    return rows;
}

bool BoardPage::selectCase(qint64 caseId)
{
    const int row = m_model->rowOf(caseId);
    if (row < 0)
        return false;
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect |
                                                                           QItemSelectionModel::Rows);
    return true;
}

QList<SavedFilter> BoardPage::savedFilters() const
{
    QList<SavedFilter> filters = SavedFilterStore::builtIns(m_context.user);
    try {
        filters.append(SavedFilterStore(m_context.db, m_context.user).userFilters());
    } catch (const Error &) {
        // the built-ins still work
    }
    return filters;
}

void BoardPage::fillSavedFilters(const QString &current)
{
    const QSignalBlocker blocker(m_saved);
    m_saved->clear();
    m_saved->addItem(tr("常用筛选…"), QString());
    bool separated = false;
    for (const SavedFilter &f : savedFilters()) {
        if (!f.builtIn && !separated) {
            m_saved->insertSeparator(m_saved->count());
            separated = true;
        }
        m_saved->addItem(f.name, f.name);
        m_saved->setItemData(m_saved->count() - 1, f.builtIn, builtInRole);
    }
    const int index = current.isEmpty() ? 0 : m_saved->findData(current);
    m_saved->setCurrentIndex(qMax(0, index));
    m_deleteSaved->setEnabled(index > 0 && !m_saved->itemData(index, builtInRole).toBool());
}

void BoardPage::savedFilterChosen(int index)
{
    const QString name = m_saved->itemData(index).toString();
    if (!name.isEmpty())
        applySavedFilter(name);
}

bool BoardPage::applySavedFilter(const QString &name)
{
    for (const SavedFilter &f : savedFilters()) {
        if (f.name != name)
            continue;
        setFilter(f.filter);
        const int index = m_saved->findData(name);
        m_saved->setCurrentIndex(qMax(0, index));
        m_deleteSaved->setEnabled(!f.builtIn);
        return true;
    }
    return false;
}

bool BoardPage::saveFilterAs(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return false;
    for (const SavedFilter &f : SavedFilterStore::builtIns(m_context.user)) {
        if (f.name == trimmed) {
            showError(tr("“%1”是内置筛选的名称，请换一个名称。").arg(trimmed));
            return false;
        }
    }
    try {
        SavedFilterStore(m_context.db, m_context.user).save(trimmed, m_filter);
    } catch (const Error &error) {
        showError(tr("无法保存筛选：%1").arg(error.message()));
        return false;
    }
    m_errorLabel->hide();
    fillSavedFilters(trimmed);
    return true;
}

void BoardPage::saveFilterInteractive()
{
    QInputDialog dialog(this);
    dialog.setObjectName(u"saveFilterDialog"_s);
    dialog.setWindowTitle(tr("保存筛选"));
    dialog.setLabelText(tr("名称："));
    if (dialog.exec() == QDialog::Accepted)
        saveFilterAs(dialog.textValue());
}

void BoardPage::removeSavedFilter(const QString &name)
{
    try {
        SavedFilterStore(m_context.db, m_context.user).remove(name);
    } catch (const Error &error) {
        showError(tr("无法删除筛选：%1").arg(error.message()));
    }
    fillSavedFilters();
}

void BoardPage::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

void BoardPage::openCase(qint64 caseId)
{
    if (caseId <= 0)
        return;
    auto *dialog = new CaseViewDialog(m_context, caseId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CaseViewDialog::caseChanged, this, &BoardPage::scheduleRefresh);
    dialog->show();
}

bool BoardPage::loadForPrint()
{
    if (m_printLoading)
        return false; // a second print asked for while the rows of the first are read
    const QScopedValueRollback loading(m_printLoading, true);
    // The list is printed from its start, read page by page as the board reads it.
    CaseQuery page = m_model->query();
    page.limit = BoardModel::pageSize;
    page.afterId = 0;
    page.afterKey = 0;
    page.afterKey2 = 0;
    page.reverse = false;
    page.now = m_model->now();

    BoardPrintLoader loader(m_context.db);
    QProgressDialog progress(tr("正在读取要打印的案件…"), tr("取消"), 0, 0, this);
    progress.setObjectName(u"boardPrintProgress"_s);
    progress.setWindowTitle(tr("打印列表"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    progress.setMinimumDuration(int(m_printProgressDelay.count()));

    QEventLoop loop;
    QList<CaseListRow> rows;
    bool hasMore = false;
    bool cancelled = false;
    QString error;
    const auto setMaximum = [&](qint64 total) {
        progress.setMaximum(int(std::clamp<qint64>(total, 1, printLimit)));
    };
    connect(&progress, &QProgressDialog::canceled, &loop, [&] {
        cancelled = true;
        loader.cancel();
        loop.quit();
    });
    connect(&loader, &BoardPrintLoader::failed, &loop, [&](const QString &message) {
        error = message;
        loop.quit();
    });
    connect(&loader, &BoardPrintLoader::counted, &loop, [&](qint64 total) {
        totalArrived(total); // the printed "共 N 件" cannot wait for the board's background count
        setMaximum(total);
        loader.readPage(page);
    });
    connect(&loader, &BoardPrintLoader::pageRead, &loop, [&](const QList<CaseListRow> &read) {
        rows.append(read);
        hasMore = read.size() >= BoardModel::pageSize;
        const int shown = int(std::min<qsizetype>(rows.size(), progress.maximum()));
        progress.setLabelText(tr("正在读取要打印的案件… %1 / %2 件")
                                  .arg(QLocale().toString(shown), QLocale().toString(progress.maximum())));
        progress.setValue(shown);
        emit printRowsRead(int(rows.size()));
        if (cancelled)
            return;
        if (!hasMore || rows.size() >= printLimit) {
            loop.quit();
            return;
        }
        CaseRepository::seekAfter(page, rows.constLast());
        loader.readPage(page);
    });
    if (m_totalPending) {
        CaseQuery all = m_model->query();
        all.now = page.now;
        loader.count(all);
    } else {
        setMaximum(m_total);
        loader.readPage(page);
    }
    loop.exec();
    progress.hide(); // not close(): that would say canceled()
    if (cancelled)
        return false;
    if (!error.isEmpty()) {
        showError(error);
        return false;
    }
    if (rows.size() > printLimit) {
        rows.resize(printLimit);
        hasMore = true;
    }
    m_model->setRows(rows, hasMore);
    return true;
}

QString BoardPage::printTitle() const
{
    const QString unit = m_catalog->orgUnitName(m_filter.orgUnitId > 0 ? m_filter.orgUnitId : scopeUnit());
    return unit.isEmpty() ? tr("指挥调度台案件清单") : tr("%1指挥调度台案件清单").arg(unit);
}

void BoardPage::printPreview()
{
    if (!loadForPrint())
        return;
    QPrinter printer(QPrinter::HighResolution);
    BoardPrinter::setUpPage(printer);
    printer.setDocName(printTitle());
    // The rows as read now: the board's window may shrink back to the visible rows while a dialog
    // is open.
    auto list = std::make_shared<const BoardPrinter>(*m_model, printTitle(), m_filter.describe(*m_catalog),
                                                     m_context.clock.now(), m_total,
                                                     AuditLog(m_context.db, m_context.clock).headMark());
    if (list->rowCount() > previewLimit) {
        QPrintDialog dialog(&printer, this);
        dialog.setObjectName(u"boardPrintDialog"_s);
        dialog.setWindowTitle(tr("打印列表（%n 件，案件较多，不预览）", nullptr, list->rowCount()));
        if (dialog.exec() == QDialog::Accepted)
            print(list, printer);
        return;
    }
    // The document of up to previewLimit rows is built off the window's thread; the preview lays it out on
    // its pages and paints them (text must be laid out in the thread that paints it).
    BoardPdfJob job;
    job.build(list, printer.logicalDpiY());
    if (!waitForPrintJob(job, tr("正在准备打印列表…")))
        return;
    const std::unique_ptr<QTextDocument> doc = job.takeDocument();
    if (!doc)
        return;
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(u"boardPrintPreviewDialog"_s);
    dialog.setWindowTitle(tr("打印列表"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&list, &doc](QPrinter *p) {
        list->layOut(*doc, *p);
        list->paint(*doc, *p);
    });
    dialog.exec();
}

bool BoardPage::printList(QPrinter &printer)
{
    if (!loadForPrint())
        return false;
    return print(std::make_shared<const BoardPrinter>(*m_model, printTitle(), m_filter.describe(*m_catalog),
                                                      m_context.clock.now(), m_total,
                                                      AuditLog(m_context.db, m_context.clock).headMark()),
                 printer);
}

bool BoardPage::print(std::shared_ptr<const BoardPrinter> list, QPrinter &printer)
{
    BoardPdfJob job;
    job.print(std::move(list), &printer);
    return waitForPrintJob(job, tr("正在打印…"));
}

bool BoardPage::exportPdf(const QString &path)
{
    return loadForPrint() && writePdf(path);
}

bool BoardPage::writePdf(const QString &path)
{
    auto list = std::make_shared<const BoardPrinter>(*m_model, printTitle(), m_filter.describe(*m_catalog),
                                                     m_context.clock.now(), m_total,
                                                     AuditLog(m_context.db, m_context.clock).headMark());
    BoardPdfJob job;
    job.exportPdf(list, path);
    return waitForPrintJob(job, tr("正在生成 PDF…"));
}

bool BoardPage::waitForPrintJob(BoardPdfJob &job, const QString &text)
{
    QProgressDialog progress(text, tr("取消"), 0, 0, this);
    progress.setObjectName(u"boardPdfProgress"_s);
    progress.setWindowTitle(tr("打印列表"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    progress.setMinimumDuration(int(m_printProgressDelay.count()));
    QEventLoop loop;
    bool ok = false;
    bool cancelled = false;
    connect(&progress, &QProgressDialog::canceled, &loop, [&] {
        cancelled = true;
        job.cancel();
    });
    connect(&job, &BoardPdfJob::progressed, &loop, [&](BoardPrinter::Stage stage, int done, int total) {
        const QLocale locale;
        switch (stage) {
        case BoardPrinter::Stage::Building:
            progress.setLabelText(
                tr("%1 正在整理第 %2 / %3 行").arg(text, locale.toString(done), locale.toString(total)));
            break;
        case BoardPrinter::Stage::LayingOut:
            progress.setLabelText(tr("%1 正在分页").arg(text));
            break;
        case BoardPrinter::Stage::Painting:
            progress.setLabelText(
                tr("%1 正在输出第 %2 / %3 页").arg(text, locale.toString(done), locale.toString(total)));
            break;
        }
        // Three stages on one bar: rows, the layout, pages.
        const int base = stage == BoardPrinter::Stage::Building    ? 0
                         : stage == BoardPrinter::Stage::LayingOut ? 1
                                                                   : 2;
        progress.setMaximum(300);
        progress.setValue(base * 100 + (total > 0 ? done * 100 / total : 0));
        emit printProgressed(int(stage), done, total);
    });
    connect(&job, &BoardPdfJob::finished, &loop, [&](bool done) {
        ok = done;
        loop.quit();
    });
    loop.exec();
    progress.hide(); // not close(): that would say canceled()
    return ok && !cancelled;
}

void BoardPage::exportPdfInteractive()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        tr("调度台案件清单-%1.pdf").arg(m_context.clock.now().toString(u"yyyyMMdd-HHmm"_s)));
    const QString path = QFileDialog::getSaveFileName(this, tr("导出PDF"), suggested, tr("PDF 文件 (*.pdf)"));
    if (path.isEmpty() || !loadForPrint())
        return;
    if (!writePdf(path))
        QMessageBox::warning(this, tr("导出PDF"),
                             tr("无法写入文件“%1”。").arg(QDir::toNativeSeparators(path)));
}

} // namespace zz
