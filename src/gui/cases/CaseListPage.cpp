#include "CaseListPage.h"

#include "CaseListModel.h"
#include "Error.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

namespace {
// Typing pauses this long before the search runs, so each keystroke does not query the database.
constexpr int searchDelayMs = 300;
constexpr int allStatuses = -1;
} // namespace

CaseListPage::CaseListPage(const Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_model(new CaseListModel(db, this))
{
    setObjectName(u"caseListPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);

    auto *filters = new QHBoxLayout;
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(u"caseSearchLineEdit"_s);
    m_searchEdit->setPlaceholderText(tr("搜索标题、内容或地址…"));
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
        m_countLabel->fontMetrics().horizontalAdvance(tr("共 %1 件").arg(u"0,000,000"_s)));
    m_countLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    filters->addWidget(m_countLabel);
    layout->addLayout(filters);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setStyleSheet(u"color: #c62828;"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

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
    m_table->setColumnWidth(CaseListModel::StatusColumn, widthOf(tr("不予立案")));
    m_table->setColumnWidth(CaseListModel::SourceColumn, widthOf(tr("12345热线")));
    m_table->setColumnWidth(CaseListModel::UrgencyColumn, widthOf(tr("紧急程度")));
    m_table->setColumnWidth(CaseListModel::ReceivedColumn, widthOf(u"2026-11-25 18:58"_s));
    m_table->setColumnWidth(CaseListModel::DeadlineColumn, widthOf(u"2026-11-25"_s));
    layout->addWidget(m_table, 1);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &CaseListPage::applyFilter);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &CaseListPage::applyFilter);
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, &CaseListPage::applyFilter);
    connect(m_model, &CaseListModel::loadFailed, this, &CaseListPage::showError);

    applyFilter();
}

void CaseListPage::reload()
{
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
    m_model->setQuery(query);
    m_table->scrollToTop();
    updateCount();
}

void CaseListPage::updateCount()
{
    try {
        const qint64 total = CaseRepository(m_db).count(m_model->query());
        m_countLabel->setText(tr("共 %1 件").arg(QLocale().toString(total)));
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

} // namespace zz
