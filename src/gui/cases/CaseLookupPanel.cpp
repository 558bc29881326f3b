#include "CaseLookupPanel.h"

#include "CaseListModel.h"
#include "InputLimits.h"
#include "StatusPalette.h"
#include "dispatch/CaseViewDialog.h"
#include "shell/AppContext.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

namespace {
constexpr int searchDelayMs = 300;
constexpr int visibleRows = 6;
} // namespace

CaseLookupPanel::CaseLookupPanel(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new CaseListModel(context.db, this))
{
    setObjectName(u"caseLookupPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    auto *title = new QLabel(tr("查询案件"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    m_edit = new QLineEdit(this);
    m_edit->setObjectName(u"caseLookupLineEdit"_s);
    m_edit->setPlaceholderText(tr("查询案件：案件编号、查询码、姓名、身份证号或电话"));
    m_edit->setToolTip(tr("输入群众提供的案件编号、查询码、姓名、身份证号或电话，按回车打开案件"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMaxLength(InputLimits::searchText);
    m_edit->installEventFilter(this);
    title->setBuddy(m_edit);
    layout->addWidget(m_edit);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"caseLookupStatusLabel"_s);
    m_statusLabel->setWordWrap(true);
    layout->addWidget(m_statusLabel);

    m_table = new QTableView(this);
    m_table->setObjectName(u"caseLookupTableView"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    const int rowHeight = m_table->fontMetrics().height() + 10;
    m_table->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_table->setColumnHidden(CaseListModel::SourceColumn, true);
    m_table->setColumnHidden(CaseListModel::UrgencyColumn, true);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CaseListModel::TitleColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto widthOf = [&](const QString &sample) { return metrics.horizontalAdvance(sample) + 28; };
    m_table->setColumnWidth(CaseListModel::CaseNoColumn, widthOf(u"330102001-2026-000123"_s));
    m_table->setColumnWidth(CaseListModel::ReporterColumn, widthOf(u"欧阳**"_s));
    m_table->setColumnWidth(CaseListModel::PhoneColumn, widthOf(u"138****5678"_s));
    int statusWidth = 0;
    for (const CaseStatus status : allValues<CaseStatus>())
        statusWidth = qMax(statusWidth, widthOf(label(status)));
    m_table->setColumnWidth(CaseListModel::StatusColumn, statusWidth);
    m_table->setColumnWidth(CaseListModel::ReceivedColumn, widthOf(u"2026-11-25 18:58"_s));
    m_table->setColumnWidth(CaseListModel::DeadlineColumn, widthOf(u"2026-11-25"_s));
    m_table->hide();
    layout->addWidget(m_table);

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(searchDelayMs);
    connect(m_timer, &QTimer::timeout, this, &CaseLookupPanel::lookUp);
    connect(m_edit, &QLineEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_edit, &QLineEdit::returnPressed, this, &CaseLookupPanel::submit);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        openCase(index.data(CaseListModel::CaseIdRole).toLongLong());
    });
    connect(m_model, &CaseListModel::loadFailed, this, &CaseLookupPanel::showStatus);
}

void CaseLookupPanel::lookUp()
{
    m_timer->stop();
    const QString text = m_edit->text().trimmed();
    m_searched = text;
    if (text.isEmpty()) {
        m_table->hide(); // the last hits stay in the model, unseen and unused
        m_statusLabel->clear();
        return;
    }
    CaseQuery query;
    query.text = text;
    // The account's own unit and below, confidential cases only for those who may see them; on
    // PostgreSQL the server's policies say the same.
    query.orgUnitId = m_context.user.orgUnitId;
    query.viewerUserId = m_context.user.id;
    m_model->setQuery(query);
    // As tall as the hits, up to a few rows (more scroll): the counts below stay in view.
    const int shown = qBound(1, m_model->rowCount(), visibleRows);
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() +
                            shown * m_table->verticalHeader()->defaultSectionSize() +
                            2 * m_table->frameWidth());
    m_table->setVisible(m_model->rowCount() > 0);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    showStatus();
}

void CaseLookupPanel::showStatus()
{
    if (const QString error = m_model->lastError(); !error.isEmpty()) {
        m_statusLabel->setStyleSheet(StatusPalette::textStyle(StatusPalette::error()));
        m_statusLabel->setText(tr("查询失败：%1").arg(error));
        return;
    }
    m_statusLabel->setStyleSheet({});
    const int rows = m_model->rowCount();
    if (m_searched.isEmpty())
        m_statusLabel->clear();
    else if (rows == 0)
        m_statusLabel->setText(
            tr("没有找到与“%1”相符的案件。请核对案件编号或查询码，或改用姓名、身份证号、电话查询。")
                .arg(m_searched));
    else if (m_model->canFetchMore({}))
        m_statusLabel->setText(
            tr("找到 %1 件以上，按回车或双击打开；结果较多时请输入更完整的信息。").arg(rows));
    else
        m_statusLabel->setText(tr("找到 %n 件，按回车或双击打开。", nullptr, rows));
}

void CaseLookupPanel::submit()
{
    if (m_timer->isActive() || m_edit->text().trimmed() != m_searched)
        lookUp();
    if (m_searched.isEmpty())
        return;
    if (m_model->rowCount() == 1 && !m_model->canFetchMore({})) {
        openCase(m_model->caseAt(0).id);
        return;
    }
    if (m_model->rowCount() > 0) {
        m_table->selectRow(0);
        m_table->setFocus();
    }
}

bool CaseLookupPanel::eventFilter(QObject *watched, QEvent *event)
{
    // From the field, the arrow down goes to the hits.
    if (watched == m_edit && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_table->isVisible()) {
        m_table->setFocus();
        if (!m_table->currentIndex().isValid())
            m_table->selectRow(0);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

CaseViewDialog *CaseLookupPanel::openCase(qint64 caseId)
{
    if (caseId <= 0)
        return nullptr;
    auto *dialog = new CaseViewDialog(m_context, caseId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CaseViewDialog::caseChanged, m_model, &CaseListModel::reload);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

} // namespace zz
