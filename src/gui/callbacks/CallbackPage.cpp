#include "CallbackPage.h"

#include "CallbackDialog.h"
#include "CallbackDueModel.h"
#include "CaseScope.h"
#include "Error.h"
#include "ListExport.h"
#include "Permissions.h"
#include "dispatch/ActionDialog.h"
#include "dispatch/CaseViewDialog.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

CallbackPage::CallbackPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(u"callbackPage"_s);
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    auto *daysLabel = new QLabel(tr("待核查的案件，以及结案"), this);
    m_daysSpin = new QSpinBox(this);
    m_daysSpin->setObjectName(u"closedWithinSpinBox"_s);
    m_daysSpin->setRange(0, 365);
    m_daysSpin->setValue(15);
    m_daysSpin->setSuffix(tr(" 天内"));
    auto *daysTail = new QLabel(tr("尚未回访到群众的案件"), this);
    daysLabel->setBuddy(m_daysSpin);
    bar->addWidget(daysLabel);
    bar->addWidget(m_daysSpin);
    bar->addWidget(daysTail);
    bar->addStretch();
    m_openButton = new QPushButton(tr("查看案件"), this);
    m_openButton->setObjectName(u"openCaseButton"_s);
    m_recordButton = new QPushButton(tr("记录回访…"), this);
    m_recordButton->setObjectName(u"recordCallbackButton"_s);
    m_recordButton->setVisible(Permissions::allows(context.user.roles, Permission::RecordCallback));
    bar->addWidget(m_openButton);
    bar->addWidget(m_recordButton);
    auto *exportButton = new QPushButton(tr("导出"), this);
    exportButton->setObjectName(u"callbackExportButton"_s);
    exportButton->setToolTip(tr("把待回访清单或回访记录导出为 Excel 或 CSV 文件"));
    auto *exportMenu = new QMenu(exportButton);
    const auto offerExport = [this, exportMenu](const QString &text, const QString &name, const QString &kind,
                                                const QString &fileName) {
        QAction *action = exportMenu->addAction(text);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, [this, kind, fileName, text] {
            const QString path = QFileDialog::getSaveFileName(this, text, fileName,
                                                              tr("Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)"));
            if (path.isEmpty())
                return;
            const qint64 rows = exportList(kind, path);
            if (rows >= 0)
                QMessageBox::information(this, text, tr("已导出 %Ln 行。", nullptr, rows));
        });
    };
    offerExport(tr("导出待回访清单…"), u"callbackExportDueAction"_s, u"callbacks-due"_s,
                tr("待回访案件.xlsx"));
    offerExport(tr("导出回访记录…"), u"callbackExportRecordsAction"_s, u"callbacks"_s, tr("回访记录.xlsx"));
    exportButton->setMenu(exportMenu);
    bar->addWidget(exportButton);
    layout->addLayout(bar);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"callbackErrorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #b3261e;"_s);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_model = new CallbackDueModel(context, this);
    m_dueView = new QTableView(splitter);
    m_dueView->setObjectName(u"callbackDueTable"_s);
    m_dueView->setModel(m_model);
    m_dueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_dueView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_dueView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_dueView->verticalHeader()->hide();
    m_dueView->horizontalHeader()->setSectionResizeMode(CallbackDueModel::TitleColumn, QHeaderView::Stretch);
    m_dueView->setColumnWidth(CallbackDueModel::CaseNoColumn,
                              m_dueView->fontMetrics().horizontalAdvance(u"330102001-2026-000123"_s) + 24);

    auto *attempts = new QWidget(splitter);
    auto *attemptsLayout = new QVBoxLayout(attempts);
    attemptsLayout->setContentsMargins(0, 0, 0, 0);
    m_attemptsLabel = new QLabel(attempts);
    m_attemptsLabel->setObjectName(u"attemptsLabel"_s);
    attemptsLayout->addWidget(m_attemptsLabel);
    m_attemptsTable = new QTableWidget(0, 6, attempts);
    m_attemptsTable->setObjectName(u"attemptsTable"_s);
    m_attemptsTable->setHorizontalHeaderLabels(
        {tr("回访时间"), tr("方式"), tr("回访对象"), tr("结果"), tr("回访情况"), tr("记录人")});
    m_attemptsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attemptsTable->verticalHeader()->hide();
    m_attemptsTable->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    attemptsLayout->addWidget(m_attemptsTable);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_daysSpin, &QSpinBox::valueChanged, this, &CallbackPage::reload);
    connect(m_dueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showAttempts();
        updateButtons();
    });
    connect(m_dueView, &QTableView::doubleClicked, this, &CallbackPage::openCase);
    connect(m_openButton, &QPushButton::clicked, this, &CallbackPage::openCase);
    connect(m_recordButton, &QPushButton::clicked, this, &CallbackPage::recordForCurrent);
    updateButtons();
}

void CallbackPage::reload()
{
    const qint64 keep = currentCaseId();
    m_errorLabel->hide();
    m_model->setClosedWithinDays(m_daysSpin->value());
    try {
        m_model->reload();
    } catch (const Error &e) {
        showError(e.message());
    }
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->at(row).caseId == keep)
            m_dueView->setCurrentIndex(m_model->index(row, 0));
    if (!m_dueView->currentIndex().isValid() && m_model->rowCount() > 0)
        m_dueView->setCurrentIndex(m_model->index(0, 0));
    for (const int column : {int(CallbackDueModel::StatusColumn), int(CallbackDueModel::SinceColumn),
                             int(CallbackDueModel::FailedColumn), int(CallbackDueModel::LastAttemptColumn)})
        m_dueView->resizeColumnToContents(column);
    showAttempts();
    updateButtons();
}

qint64 CallbackPage::currentCaseId() const
{
    const QModelIndex index = m_dueView->currentIndex();
    return index.isValid() && index.row() < m_model->rowCount() ? m_model->at(index.row()).caseId : 0;
}

void CallbackPage::showAttempts()
{
    m_attemptsTable->setRowCount(0);
    const qint64 caseId = currentCaseId();
    if (caseId <= 0) {
        m_attemptsLabel->setText(tr("回访记录"));
        return;
    }
    QList<Callback> list;
    try {
        list = CallbackService(m_context.db, m_context.clock).list(caseId, m_context.actor());
    } catch (const Error &e) {
        showError(e.message());
        return;
    }
    int failed = 0;
    for (const Callback &b : std::as_const(list))
        failed += b.result == CallbackResult::Unreachable ? 1 : 0;
    const CallbackDue &due = m_model->at(m_dueView->currentIndex().row());
    m_attemptsLabel->setText(
        list.isEmpty() ? tr("%1：尚无回访记录").arg(due.caseNo)
                       : tr("%1：回访 %n 次", nullptr, int(list.size())).arg(due.caseNo) +
                             (failed > 0 ? tr("，其中未联系上 %n 次", nullptr, failed) : QString()));
    m_attemptsTable->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const Callback &b = list.at(row);
        const QStringList cells{b.calledAt.toString(u"yyyy-MM-dd HH:mm"_s),
                                label(b.method),
                                b.person,
                                label(b.result),
                                b.note,
                                b.actorName};
        for (int column = 0; column < cells.size(); ++column)
            m_attemptsTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_attemptsTable->resizeColumnsToContents();
}

void CallbackPage::updateButtons()
{
    const bool selected = currentCaseId() > 0;
    m_openButton->setEnabled(selected);
    m_recordButton->setEnabled(selected);
}

void CallbackPage::recordForCurrent()
{
    const qint64 caseId = currentCaseId();
    if (caseId <= 0)
        return;
    std::optional<CaseRecord> record;
    try {
        record = CaseScope(m_context.db, m_context.actor()).get(caseId);
    } catch (const Error &e) {
        showError(e.message());
        return;
    }
    if (!record) {
        reload();
        return;
    }
    auto *dialog = new CallbackDialog(m_context, *record, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, caseId] {
        const Callback saved = dialog->saved();
        reload();
        if (saved.result == CallbackResult::Unsatisfied)
            followUp(caseId, saved.note);
    });
    dialog->open();
}

// 不满意: the case goes back to work through the workflow's own action, the reason filled in.
void CallbackPage::followUp(qint64 caseId, const QString &reason)
{
    std::optional<CaseRecord> record;
    try {
        record = CaseScope(m_context.db, m_context.actor()).get(caseId);
    } catch (const Error &e) {
        showError(e.message());
        return;
    }
    if (!record)
        return;
    const CaseAction action = record->status == CaseStatus::Closed ? CaseAction::Reopen : CaseAction::Return;
    if (!CaseWorkflow::target(action, record->status))
        return;
    auto *dialog = new ActionDialog(m_context, *record, action, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (auto *reasonEdit = dialog->findChild<QPlainTextEdit *>(u"reasonTextEdit"_s))
        reasonEdit->setPlainText(tr("回访不满意：%1").arg(reason.trimmed()));
    connect(dialog, &QDialog::finished, this, [this] { reload(); });
    dialog->open();
}

void CallbackPage::openCase()
{
    const qint64 caseId = currentCaseId();
    if (caseId <= 0)
        return;
    auto *dialog = new CaseViewDialog(m_context, caseId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CaseViewDialog::caseChanged, this, &CallbackPage::reload);
    dialog->show();
}

qint64 CallbackPage::exportList(const QString &kind, const QString &path)
{
    ExportFilter filter;
    if (kind == u"callbacks-due"_s)
        filter.callbacksClosedWithinDays = m_model->closedWithinDays();
    try {
        const qint64 rows = ListExport(m_context.db, m_context.clock, m_context.actor(), m_context.user.login)
                                .write(kind, filter, path);
        m_errorLabel->hide();
        return rows;
    } catch (const Error &e) {
        showError(e.message());
        return -1;
    }
}

void CallbackPage::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

} // namespace zz
