#include "CaseListPage.h"

#include "AuditLog.h"
#include "CaseListModel.h"
#include "CaseScope.h"
#include "ColumnWidths.h"
#include "Error.h"
#include "ListExport.h"
#include "PartyRevealDialog.h"
#include "Permissions.h"
#include "StatusPalette.h"
#include "dispatch/CaseViewDialog.h"
#include "shell/AppContext.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace zz {

namespace {
// Typing pauses this long before the search runs, so each keystroke does not query the database.
constexpr int searchDelayMs = 300;
constexpr int allStatuses = -1;
} // namespace

CaseListPage::CaseListPage(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new CaseListModel(context.db, this))
{
    setObjectName(u"caseListPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);

    auto *filters = new QHBoxLayout;
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(u"caseSearchLineEdit"_s);
    m_searchEdit->setPlaceholderText(tr("案件编号、查询码、姓名、身份证号、电话，或标题、内容、地址…"));
    m_searchEdit->setToolTip(m_searchEdit->placeholderText());
    m_searchEdit->setClearButtonEnabled(true);
    filters->addWidget(m_searchEdit, 1);

    auto *statusLabel = new QLabel(tr("状态："), this);
    filters->addWidget(statusLabel);
    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(u"statusFilterComboBox"_s);
    m_statusCombo->addItem(tr("全部"), allStatuses);
    for (CaseStatus status : allValues<CaseStatus>())
        m_statusCombo->addItem(label(status), static_cast<int>(status));
    statusLabel->setBuddy(m_statusCombo);
    filters->addWidget(m_statusCombo);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"resultCountLabel"_s);
    m_countLabel->setMinimumWidth(
        m_countLabel->fontMetrics().horizontalAdvance(tr("共 %Ln 件", nullptr, 9999999)));
    m_countLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    filters->addWidget(m_countLabel);

    m_revealAction = new QAction(tr("显示完整信息"), this);
    m_revealAction->setObjectName(u"revealAction"_s);
    m_revealAction->setToolTip(Permissions::allows(context.user.roles, Permission::RevealPersonalData)
                                   ? tr("显示所选案件当事人的完整姓名、身份证号和电话（记入审计日志）")
                                   : tr("您的角色不能查看完整的个人信息"));
    connect(m_revealAction, &QAction::triggered, this, &CaseListPage::revealSelected);
    m_exportAction = new QAction(tr("导出"), this);
    m_exportAction->setObjectName(u"exportAction"_s);
    m_exportAction->setToolTip(
        Permissions::allows(context.user.roles, Permission::ExportPersonalData)
            ? tr("把当前查询的全部案件导出为 Excel 或 CSV 文件（含完整个人信息，操作将记入审计日志）")
            : tr("把当前查询的全部案件导出为 Excel 或 CSV 文件（个人信息已脱敏）"));
    connect(m_exportAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("导出案件清单"), tr("案件清单.xlsx"),
                                                          tr("Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)"));
        if (path.isEmpty())
            return;
        const qint64 written = exportList(path);
        if (written >= 0)
            QMessageBox::information(this, tr("导出案件清单"), tr("已导出 %Ln 件案件。", nullptr, written));
    });
    // The same cases in the historical case import's own columns and words: a file that goes back in
    // through 导入 (another machine, the county's server).
    m_ledgerExportAction = new QAction(tr("导出台账"), this);
    m_ledgerExportAction->setObjectName(u"ledgerExportAction"_s);
    m_ledgerExportAction->setToolTip(
        Permissions::allows(context.user.roles, Permission::ExportPersonalData)
            ? tr("按“历史案件(台账)”导入模板的列导出当前查询的全部案件，可再导入本系统"
                 "（含完整个人信息，操作将记入审计日志）")
            : tr("按“历史案件(台账)”导入模板的列导出当前查询的全部案件（个人信息已脱敏，"
                 "脱敏的文件不能再导入）"));
    connect(m_ledgerExportAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("导出案件台账"), tr("案件台账.xlsx"),
                                                          tr("Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)"));
        if (path.isEmpty())
            return;
        const qint64 written = exportList(path, u"case-ledger"_s);
        if (written >= 0)
            QMessageBox::information(this, tr("导出案件台账"), tr("已导出 %Ln 件案件。", nullptr, written));
    });
    auto *revealButton = new QToolButton(this);
    revealButton->setObjectName(u"revealButton"_s);
    revealButton->setDefaultAction(m_revealAction);
    filters->addWidget(revealButton);
    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(u"exportButton"_s);
    exportButton->setDefaultAction(m_exportAction);
    filters->addWidget(exportButton);
    auto *ledgerExportButton = new QToolButton(this);
    ledgerExportButton->setObjectName(u"ledgerExportButton"_s);
    ledgerExportButton->setDefaultAction(m_ledgerExportAction);
    filters->addWidget(ledgerExportButton);
    layout->addLayout(filters);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setStyleSheet(StatusPalette::textStyle(StatusPalette::error()));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    // The figure a leader clicked on the dashboard: its description and a way back to every case.
    m_drillBar = new QWidget(this);
    m_drillBar->setObjectName(u"drillBar"_s);
    auto *drillLayout = new QHBoxLayout(m_drillBar);
    drillLayout->setContentsMargins(0, 0, 0, 0);
    m_drillLabel = new QLabel(m_drillBar);
    m_drillLabel->setObjectName(u"drillLabel"_s);
    m_drillLabel->setWordWrap(true);
    drillLayout->addWidget(m_drillLabel, 1);
    auto *clearDrill = new QToolButton(m_drillBar);
    clearDrill->setObjectName(u"clearDrillButton"_s);
    clearDrill->setText(tr("显示全部案件"));
    connect(clearDrill, &QToolButton::clicked, this, [this] { setDrill(std::nullopt); });
    drillLayout->addWidget(clearDrill);
    m_drillBar->hide();
    layout->addWidget(m_drillBar);

    m_table = new QTableView(this);
    m_table->setObjectName(u"caseTableView"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(false); // the database orders the pages (newest first)
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CaseListModel::TitleColumn, QHeaderView::Stretch);
    // Fixed widths from sample texts: resizing to contents would measure every fetched row.
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto widthOf = [&](const QString &sample) { return metrics.horizontalAdvance(sample) + 28; };
    m_table->setColumnWidth(CaseListModel::CaseNoColumn, widthOf(u"330102001-2026-000123"_s));
    m_table->setColumnWidth(CaseListModel::ReporterColumn, widthOf(u"欧阳**"_s));
    m_table->setColumnWidth(CaseListModel::PhoneColumn, widthOf(u"138****5678"_s));
    m_table->setColumnWidth(CaseListModel::StatusColumn, widthOf(tr("不予立案")));
    m_table->setColumnWidth(CaseListModel::SourceColumn, widthOf(tr("12345热线")));
    m_table->setColumnWidth(CaseListModel::UrgencyColumn, widthOf(tr("紧急程度")));
    m_table->setColumnWidth(CaseListModel::ReceivedColumn, widthOf(u"2026-11-25 18:58"_s));
    m_table->setColumnWidth(CaseListModel::DeadlineColumn, widthOf(u"2026-11-25"_s));
    new ColumnWidths(context.db, context.user.id, u"cases"_s, header);
    m_openAction = new QAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("打开案件"), this);
    m_openAction->setObjectName(u"openCaseAction"_s);
    m_openAction->setToolTip(tr("查看所选案件的详情与流转记录（双击或按回车）"));
    connect(m_openAction, &QAction::triggered, this, &CaseListPage::openSelected);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_openAction);
    m_table->addAction(m_revealAction);
    layout->addWidget(m_table, 1);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &CaseListPage::applyFilter);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &CaseListPage::applyFilter);
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, &CaseListPage::applyFilter);
    connect(m_model, &CaseListModel::loadFailed, this, &CaseListPage::showError);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CaseListPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CaseListPage::updateActions);
    // Double-click and Enter open the case, as on the board.
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        openCase(index.data(CaseListModel::CaseIdRole).toLongLong());
    });

    applyFilter();
}

qint64 CaseListPage::exportList(const QString &path, const QString &kind)
{
    try {
        ExportFilter filter;
        filter.cases = m_model->query();
        filter.search = m_model->query().text;
        const qint64 written =
            ListExport(m_context.db, m_context.clock, m_context.actor(), m_context.user.login)
                .write(kind, filter, path);
        m_errorLabel->hide();
        return written;
    } catch (const Error &e) {
        showError(e.message());
        return -1;
    }
}

void CaseListPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_countStale)
        updateCount();
}

void CaseListPage::reload()
{
    applyFilter();
}

void CaseListPage::setDrill(const std::optional<IndicatorDrill> &drill)
{
    m_drill = drill;
    if (drill) {
        m_drillLabel->setText(
            tr("统计口径：%1 — %2（统计截止 %3）")
                .arg(drill->description, indicatorSetTitle(drill->set), drill->asOf.toString(Qt::ISODate)));
    }
    m_drillBar->setVisible(drill.has_value());
    applyFilter();
}

void CaseListPage::applyFilter()
{
    m_searchTimer->stop();
    m_errorLabel->hide();
    CaseQuery query;
    query.text = m_searchEdit->text().trimmed();
    const int status = m_statusCombo->currentData().toInt();
    if (status != allStatuses)
        query.statuses = {static_cast<CaseStatus>(status)};
    // The account's own unit and below (0: no account, no limit); PostgreSQL's row-level security
    // says the same in the server.
    query.orgUnitId = m_context.user.orgUnitId;
    query.viewerUserId = m_context.user.id;
    query.drill = m_drill;
    m_model->setQuery(query);
    m_table->scrollToTop();
    updateCount();
}

void CaseListPage::updateCount()
{
    // Counting every case in scope costs ~170 ms at a million cases: a hidden page (the shell
    // builds every page at start) counts when it is first shown.
    if (!isVisible()) {
        m_countStale = true;
        return;
    }
    m_countStale = false;
    try {
        const qint64 total = CaseRepository(m_context.db).count(m_model->query());
        m_countLabel->setText(tr("共 %Ln 件", nullptr, int(total)));
    } catch (const Error &error) {
        m_countLabel->clear();
        showError(error.message());
    }
}

void CaseListPage::showError(const QString &message)
{
    m_errorLabel->setText(tr("查询失败：%1").arg(message));
    m_errorLabel->show();
}

CaseViewDialog *CaseListPage::openCase(qint64 caseId)
{
    if (caseId <= 0)
        return nullptr;
    // Modeless, like the board's: several cases can be open side by side.
    auto *dialog = new CaseViewDialog(m_context, caseId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CaseViewDialog::caseChanged, m_model, &CaseListModel::reload);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void CaseListPage::openSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        openCase(current.data(CaseListModel::CaseIdRole).toLongLong());
}

void CaseListPage::updateActions()
{
    m_openAction->setEnabled(m_table->currentIndex().isValid());
    m_revealAction->setEnabled(Permissions::allows(m_context.user.roles, Permission::RevealPersonalData) &&
                               m_table->currentIndex().isValid());
}

void CaseListPage::revealSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !Permissions::allows(m_context.user.roles, Permission::RevealPersonalData))
        return;
    const qint64 caseId = m_model->caseAt(current.row()).id;
    const Actor actor = m_context.actor();
    std::optional<CaseRecord> record;
    try {
        record = CaseScope(m_context.db, actor).get(caseId);
        if (!record)
            throw Error(Error::Kind::NotFound, tr("案件不存在或已被删除。"));
        if (record->parties.isEmpty()) {
            QMessageBox::information(this, tr("完整信息"), tr("此案件没有登记当事人。"));
            return;
        }
        // Which fields are shown, never their values; written before anything is shown.
        QStringList fields;
        const auto anyParty = [&](auto has) {
            return std::any_of(record->parties.cbegin(), record->parties.cend(), has);
        };
        if (anyParty([](const CaseParty &p) { return !p.name.isEmpty(); }))
            fields.append(u"name"_s);
        if (anyParty([](const CaseParty &p) { return !p.residentId.isEmpty(); }))
            fields.append(u"resident_id"_s);
        if (anyParty([](const CaseParty &p) { return !p.phone.isEmpty(); }))
            fields.append(u"phone"_s);
        AuditLog(m_context.db, m_context.clock)
            .record(
                actor, m_context.user.login, AuditAction::Reveal, u"case"_s, caseId,
                u"fields=%1 parties=%2"_s.arg(fields.join(u','), QString::number(record->parties.size())));
    } catch (const Error &error) {
        QMessageBox::warning(this, tr("完整信息"), error.message());
        return;
    }
    PartyRevealDialog dialog(record->caseNo, record->parties, this);
    dialog.exec();
}

} // namespace zz
