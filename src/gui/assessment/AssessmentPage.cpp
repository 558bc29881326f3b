#include "AssessmentPage.h"

#include "ActivityEntryPanel.h"
#include "AdjustmentDialog.h"
#include "AssessmentPrinter.h"
#include "Error.h"
#include "Permissions.h"
#include "ReferenceRepositories.h"
#include "SchemeDialog.h"
#include "ScoreDetailDialog.h"
#include "ScoreTableModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

AssessmentPage::AssessmentPage(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(u"assessmentPage"_s);
    m_township = new QComboBox(this);
    m_township->setObjectName(u"townshipComboBox"_s);
    try {
        OrgUnitRepository units(m_context.db);
        const auto own = units.get(m_context.user.orgUnitId);
        if (own && own->level == OrgLevel::Township)
            m_township->addItem(own->name, own->id);
        else if (own && own->level == OrgLevel::County)
            for (const OrgUnit &t : units.children(own->id))
                if (t.level == OrgLevel::Township)
                    m_township->addItem(t.name, t.id);
    } catch (const Error &) {
        // an empty list says it: the account has no township to score
    }
    m_period = new QDateEdit(this);
    m_period->setObjectName(u"periodEdit"_s);
    m_period->setDisplayFormat(tr("yyyy年MM月"));
    m_period->setCalendarPopup(false);
    m_period->setDate(m_context.clock.now().date().addMonths(-1));

    m_compute = new QPushButton(tr("计算"), this);
    m_compute->setObjectName(u"computeButton"_s);
    m_compute->setToolTip(tr("按本月已登记的案件、活动和已审批的调整重新计算草稿"));
    m_scheme = new QPushButton(tr("考评方案…"), this);
    m_scheme->setObjectName(u"schemeButton"_s);
    m_approve = new QPushButton(tr("审核通过"), this);
    m_approve->setObjectName(u"approveButton"_s);
    m_return = new QPushButton(tr("退回草稿"), this);
    m_return->setObjectName(u"returnButton"_s);
    m_lock = new QPushButton(tr("锁定"), this);
    m_lock->setObjectName(u"lockButton"_s);
    m_unlock = new QPushButton(tr("解锁…"), this);
    m_unlock->setObjectName(u"unlockButton"_s);
    m_print = new QPushButton(tr("打印预览…"), this);
    m_print->setObjectName(u"printPreviewButton"_s);
    m_pdf = new QPushButton(tr("导出PDF…"), this);
    m_pdf->setObjectName(u"exportPdfButton"_s);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("乡镇(街道)"), this));
    top->addWidget(m_township);
    top->addWidget(new QLabel(tr("考评月份"), this));
    top->addWidget(m_period);
    top->addWidget(m_compute);
    top->addWidget(m_scheme);
    top->addSpacing(12);
    top->addWidget(m_approve);
    top->addWidget(m_return);
    top->addWidget(m_lock);
    top->addWidget(m_unlock);
    top->addStretch(1);
    top->addWidget(m_print);
    top->addWidget(m_pdf);

    m_status = new QLabel(this);
    m_status->setObjectName(u"runStatusLabel"_s);
    m_failNotice = new QLabel(this);
    m_failNotice->setObjectName(u"failNoticeLabel"_s);
    m_failNotice->setWordWrap(true);
    m_failNotice->setStyleSheet(
        u"QLabel { background: #fdecea; color: #b71c1c; padding: 6px; border-radius: 3px; }"_s);
    m_failNotice->hide();
    m_error = new QLabel(this);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"QLabel { color: #b71c1c; }"_s);
    m_error->hide();

    // 考评表
    auto *tablePage = new QWidget(this);
    m_model = new ScoreTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ScoreTableModel::SortRole);
    m_table = new QTableView(tablePage);
    m_table->setObjectName(u"scoreTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setSortingEnabled(true);
    m_table->setToolTip(tr("双击一行查看得分明细和来源"));
    m_ranking = new QComboBox(tablePage);
    m_ranking->setObjectName(u"rankingComboBox"_s);
    m_ranking->addItem(tr("全镇排名"));
    m_ranking->addItem(tr("按村(社区)排名"));
    auto *rankBar = new QHBoxLayout;
    rankBar->addWidget(new QLabel(tr("排序"), tablePage));
    rankBar->addWidget(m_ranking);
    rankBar->addStretch(1);
    auto *tableLayout = new QVBoxLayout(tablePage);
    tableLayout->addLayout(rankBar);
    tableLayout->addWidget(m_table, 1);

    // 活动录入
    m_activities = new ActivityEntryPanel(m_context, this);

    // 人工调整
    auto *adjustPage = new QWidget(this);
    m_adjustmentsTable = new QTableWidget(0, 8, adjustPage);
    m_adjustmentsTable->setObjectName(u"adjustmentsTable"_s);
    m_adjustmentsTable->setHorizontalHeaderLabels({tr("网格员"), tr("考评部分"), tr("分值"), tr("扣款(元)"),
                                                   tr("理由"), tr("提出人"), tr("状态"), tr("审批人")});
    m_adjustmentsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_adjustmentsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_adjustmentsTable->verticalHeader()->hide();
    m_adjustmentsTable->horizontalHeader()->setStretchLastSection(true);
    m_addAdjustment = new QPushButton(tr("新增调整…"), adjustPage);
    m_addAdjustment->setObjectName(u"addAdjustmentButton"_s);
    m_approveAdjustment = new QPushButton(tr("批准"), adjustPage);
    m_approveAdjustment->setObjectName(u"approveAdjustmentButton"_s);
    m_refuseAdjustment = new QPushButton(tr("驳回"), adjustPage);
    m_refuseAdjustment->setObjectName(u"refuseAdjustmentButton"_s);
    auto *adjustBar = new QHBoxLayout;
    adjustBar->addWidget(m_addAdjustment);
    adjustBar->addStretch(1);
    adjustBar->addWidget(m_approveAdjustment);
    adjustBar->addWidget(m_refuseAdjustment);
    auto *adjustLayout = new QVBoxLayout(adjustPage);
    adjustLayout->addLayout(adjustBar);
    adjustLayout->addWidget(m_adjustmentsTable, 1);

    // 申诉
    auto *appealPage = new QWidget(this);
    m_appealsTable = new QTableWidget(0, 7, appealPage);
    m_appealsTable->setObjectName(u"appealsTable"_s);
    m_appealsTable->setHorizontalHeaderLabels(
        {tr("网格员"), tr("申诉理由"), tr("登记人"), tr("登记时间"), tr("状态"), tr("答复"), tr("答复人")});
    m_appealsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_appealsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_appealsTable->verticalHeader()->hide();
    m_appealsTable->horizontalHeader()->setStretchLastSection(true);
    m_fileAppeal = new QPushButton(tr("登记申诉…"), appealPage);
    m_fileAppeal->setObjectName(u"fileAppealButton"_s);
    m_answerAppeal = new QPushButton(tr("答复并重算…"), appealPage);
    m_answerAppeal->setObjectName(u"answerAppealButton"_s);
    auto *appealBar = new QHBoxLayout;
    appealBar->addWidget(m_fileAppeal);
    appealBar->addStretch(1);
    appealBar->addWidget(m_answerAppeal);
    auto *appealLayout = new QVBoxLayout(appealPage);
    appealLayout->addLayout(appealBar);
    appealLayout->addWidget(m_appealsTable, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"assessmentTabs"_s);
    m_tabs->addTab(tablePage, tr("考评表"));
    m_tabs->addTab(m_activities, tr("活动录入"));
    m_tabs->addTab(adjustPage, tr("人工调整"));
    m_tabs->addTab(appealPage, tr("申诉"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_failNotice);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);

    connect(m_township, &QComboBox::currentIndexChanged, this, &AssessmentPage::reload);
    connect(m_period, &QDateEdit::dateChanged, this, &AssessmentPage::reload);
    connect(m_compute, &QPushButton::clicked, this, &AssessmentPage::compute);
    connect(m_scheme, &QPushButton::clicked, this, &AssessmentPage::editScheme);
    connect(m_approve, &QPushButton::clicked, this, &AssessmentPage::approve);
    connect(m_return, &QPushButton::clicked, this, &AssessmentPage::returnToDraft);
    connect(m_lock, &QPushButton::clicked, this, &AssessmentPage::lock);
    connect(m_unlock, &QPushButton::clicked, this, &AssessmentPage::unlock);
    connect(m_print, &QPushButton::clicked, this, &AssessmentPage::printPreview);
    connect(m_pdf, &QPushButton::clicked, this, &AssessmentPage::exportPdfInteractive);
    connect(m_ranking, &QComboBox::currentIndexChanged, this, &AssessmentPage::applyRanking);
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openDetail(m_proxy->mapToSource(index).row()); });
    connect(m_activities, &ActivityEntryPanel::failed, this, &AssessmentPage::showError);
    connect(m_activities, &ActivityEntryPanel::changed, this, [this] {
        clearError();
        updateState();
    });
    connect(m_addAdjustment, &QPushButton::clicked, this, &AssessmentPage::addAdjustment);
    connect(m_approveAdjustment, &QPushButton::clicked, this, [this] { decideAdjustment(true); });
    connect(m_refuseAdjustment, &QPushButton::clicked, this, [this] { decideAdjustment(false); });
    connect(m_adjustmentsTable, &QTableWidget::itemSelectionChanged, this, &AssessmentPage::updateState);
    connect(m_fileAppeal, &QPushButton::clicked, this, &AssessmentPage::fileAppeal);
    connect(m_answerAppeal, &QPushButton::clicked, this, &AssessmentPage::answerAppeal);
    connect(m_appealsTable, &QTableWidget::itemSelectionChanged, this, &AssessmentPage::updateState);
    reload();
}

qint64 AssessmentPage::townshipId() const
{
    return m_township->currentData().toLongLong();
}

QString AssessmentPage::townshipName() const
{
    return m_township->currentText();
}

ScorePeriod AssessmentPage::period() const
{
    return ScorePeriod::of(m_period->date());
}

void AssessmentPage::setPeriod(const ScorePeriod &period)
{
    m_period->setDate(period.first());
}

void AssessmentPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void AssessmentPage::clearError()
{
    m_error->clear();
    m_error->hide();
}

void AssessmentPage::reload()
{
    clearError();
    m_run.reset();
    m_workers.clear();
    const qint64 township = townshipId();
    AssessmentService service(m_context.db, m_context.clock);
    QList<ScoreResultRow> rows;
    QList<ScoreResultRow> failing;
    ScoreScheme scheme = ScoreScheme::defaultScheme();
    try {
        if (township > 0) {
            m_run = service.run(township, period());
            m_workers = service.workers(township, period());
            if (m_run) {
                scheme = m_run->scheme;
                rows = service.results(m_run->id);
                failing = service.consecutiveFailures(township, period());
            } else {
                scheme = service.scheme(township, period());
            }
        }
    } catch (const Error &e) {
        showError(e.message());
    }
    m_model->setRun(scheme, rows);
    m_table->resizeColumnsToContents();
    applyRanking();
    if (failing.isEmpty()) {
        m_failNotice->hide();
    } else {
        QStringList names;
        for (const ScoreResultRow &r : failing)
            names << tr("%1（%2）").arg(r.name, r.village);
        m_failNotice->setText(tr("请注意：%1 连续两个月考评不合格。").arg(names.join(tr("、"))));
        m_failNotice->show();
    }
    reloadAdjustments();
    reloadAppeals();
    const bool writable = Permissions::allows(m_context.user.roles, Permission::ScoreWorkers) &&
                          township > 0 && !(m_run && m_run->status == ScoreRunStatus::Locked);
    m_activities->setMonth(township, period(), m_workers, writable);
    updateState();
}

void AssessmentPage::applyRanking()
{
    if (m_ranking->currentIndex() == 1)
        m_proxy->sort(m_model->villageRankColumn(), Qt::AscendingOrder);
    else
        m_proxy->sort(0, Qt::AscendingOrder);
}

void AssessmentPage::updateState()
{
    const bool scorer =
        Permissions::allows(m_context.user.roles, Permission::ScoreWorkers) && townshipId() > 0;
    const bool leader =
        Permissions::allows(m_context.user.roles, Permission::ApproveScores) && townshipId() > 0;
    const std::optional<ScoreRunStatus> status = m_run ? std::optional(m_run->status) : std::nullopt;
    m_compute->setEnabled(scorer && status != ScoreRunStatus::Locked);
    m_scheme->setEnabled(townshipId() > 0);
    m_approve->setVisible(leader);
    m_return->setVisible(leader);
    m_lock->setVisible(leader);
    m_unlock->setVisible(leader);
    m_approve->setEnabled(status == ScoreRunStatus::Draft);
    m_return->setEnabled(status == ScoreRunStatus::Approved);
    m_lock->setEnabled(status == ScoreRunStatus::Approved);
    m_unlock->setEnabled(status == ScoreRunStatus::Locked);
    m_print->setEnabled(m_run.has_value());
    m_pdf->setEnabled(m_run.has_value());

    const bool open = scorer && status != ScoreRunStatus::Locked;
    m_addAdjustment->setEnabled(open && !m_workers.isEmpty());
    const int adj = m_adjustmentsTable->currentRow();
    const bool pending =
        adj >= 0 && adj < m_adjustments.size() && m_adjustments.at(adj).status == DecisionStatus::Pending;
    m_approveAdjustment->setVisible(leader);
    m_refuseAdjustment->setVisible(leader);
    m_approveAdjustment->setEnabled(open && pending && m_adjustments.at(adj).authorId != m_context.user.id);
    m_refuseAdjustment->setEnabled(open && pending && m_adjustments.at(adj).authorId != m_context.user.id);
    m_fileAppeal->setEnabled(open && !m_workers.isEmpty());
    const int ap = m_appealsTable->currentRow();
    m_answerAppeal->setVisible(leader);
    m_answerAppeal->setEnabled(open && ap >= 0 && ap < m_appeals.size() && !m_appeals.at(ap).answered);

    if (townshipId() <= 0) {
        m_status->setText(tr("您的账号不属于某个乡镇(街道)，没有可以考评的网格员。"));
    } else if (!m_run) {
        m_status->setText(
            tr("%1尚未计算。本月共 %n 名网格员；录入活动后点“计算”生成草稿。", nullptr, int(m_workers.size()))
                .arg(period().label()));
    } else {
        QString text = tr("状态：%1　计算于 %2（%3）")
                           .arg(runStatusLabel(m_run->status),
                                m_run->computedAt.toString(u"yyyy-MM-dd HH:mm"_s), m_run->computedBy);
        if (m_run->approvedAt.isValid())
            text +=
                tr("　审核：%1 %2").arg(m_run->approvedBy, m_run->approvedAt.toString(u"yyyy-MM-dd HH:mm"_s));
        if (m_run->lockedAt.isValid())
            text += tr("　锁定：%1 %2").arg(m_run->lockedBy, m_run->lockedAt.toString(u"yyyy-MM-dd HH:mm"_s));
        if (m_run->unlocks > 0)
            text += tr("　曾解锁 %n 次（最近理由：%1）", nullptr, m_run->unlocks).arg(m_run->unlockReason);
        m_status->setText(text);
    }
}

void AssessmentPage::reloadAdjustments()
{
    m_adjustments.clear();
    m_adjustmentsTable->setRowCount(0);
    if (townshipId() <= 0)
        return;
    try {
        m_adjustments = AssessmentService(m_context.db, m_context.clock).adjustments(townshipId(), period());
    } catch (const Error &e) {
        showError(e.message());
        return;
    }
    const ScoreScheme scheme = m_run ? m_run->scheme : ScoreScheme::defaultScheme();
    m_adjustmentsTable->setRowCount(int(m_adjustments.size()));
    for (int r = 0; r < m_adjustments.size(); ++r) {
        const ScoreAdjustment &a = m_adjustments.at(r);
        const ScoreSection *section = scheme.section(a.section);
        const QString status = a.status == DecisionStatus::Pending    ? tr("待审批")
                               : a.status == DecisionStatus::Approved ? tr("已批准")
                                                                      : tr("已驳回");
        const QStringList values{a.workerName,
                                 section ? section->name : a.section,
                                 AssessmentPrinter::points(a.points),
                                 a.money > 0 ? AssessmentPrinter::points(a.money) : QString(),
                                 a.reason,
                                 a.authorName,
                                 status,
                                 a.approverName};
        for (int c = 0; c < values.size(); ++c)
            m_adjustmentsTable->setItem(r, c, new QTableWidgetItem(values.at(c)));
    }
    m_adjustmentsTable->resizeColumnsToContents();
}

void AssessmentPage::reloadAppeals()
{
    m_appeals.clear();
    m_appealsTable->setRowCount(0);
    if (townshipId() <= 0)
        return;
    try {
        m_appeals = AssessmentService(m_context.db, m_context.clock).appeals(townshipId(), period());
    } catch (const Error &e) {
        showError(e.message());
        return;
    }
    m_appealsTable->setRowCount(int(m_appeals.size()));
    for (int r = 0; r < m_appeals.size(); ++r) {
        const ScoreAppeal &a = m_appeals.at(r);
        const QStringList values{a.workerName,
                                 a.reason,
                                 a.filedBy,
                                 a.filedAt.toString(u"yyyy-MM-dd HH:mm"_s),
                                 a.answered ? tr("已答复") : tr("待答复"),
                                 a.answer,
                                 a.answeredBy};
        for (int c = 0; c < values.size(); ++c)
            m_appealsTable->setItem(r, c, new QTableWidgetItem(values.at(c)));
    }
    m_appealsTable->resizeColumnsToContents();
}

void AssessmentPage::compute()
{
    clearError();
    try {
        AssessmentService(m_context.db, m_context.clock).compute(townshipId(), period(), m_context.actor());
    } catch (const Error &e) {
        showError(e.message());
        return;
    }
    reload();
}

void AssessmentPage::approve()
{
    if (!m_run)
        return;
    clearError();
    try {
        AssessmentService(m_context.db, m_context.clock)
            .approve(m_run->id, m_run->version, m_context.actor());
    } catch (const Error &e) {
        reload(); // the month as it is now (someone else may have moved it)
        showError(e.message());
        return;
    }
    reload();
}

void AssessmentPage::returnToDraft()
{
    if (!m_run)
        return;
    clearError();
    try {
        AssessmentService(m_context.db, m_context.clock)
            .returnToDraft(m_run->id, m_run->version, m_context.actor());
    } catch (const Error &e) {
        reload(); // the month as it is now (someone else may have moved it)
        showError(e.message());
        return;
    }
    reload();
}

void AssessmentPage::lock()
{
    if (!m_run)
        return;
    clearError();
    try {
        AssessmentService(m_context.db, m_context.clock).lock(m_run->id, m_run->version, m_context.actor());
    } catch (const Error &e) {
        reload(); // the month as it is now (someone else may have moved it)
        showError(e.message());
        return;
    }
    reload();
}

void AssessmentPage::unlock()
{
    if (!m_run)
        return;
    auto *dialog =
        new ReasonDialog(tr("解锁%1考评").arg(period().label()),
                         tr("锁定的月份解锁后可重新计算，解锁将记入审计日志。请写明解锁理由："), {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        clearError();
        try {
            AssessmentService(m_context.db, m_context.clock)
                .unlock(m_run->id, m_run->version, dialog->text(), m_context.actor());
        } catch (const Error &e) {
            showError(e.message());
            return;
        }
        reload();
    });
    dialog->open();
}

SchemeDialog *AssessmentPage::editScheme()
{
    if (townshipId() <= 0)
        return nullptr;
    const bool writable = Permissions::allows(m_context.user.roles, Permission::ScoreWorkers) &&
                          !(m_run && m_run->status == ScoreRunStatus::Locked);
    auto *dialog = new SchemeDialog(m_context, townshipId(), period(), writable, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &AssessmentPage::reload);
    dialog->open();
    return dialog;
}

ScoreDetailDialog *AssessmentPage::openDetail(int row)
{
    const ScoreResultRow *r = m_model->row(row);
    if (!r || !m_run)
        return nullptr;
    auto *dialog = new ScoreDetailDialog(m_context, townshipName(), *m_run, *r, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void AssessmentPage::printPreview()
{
    if (!m_run)
        return;
    auto *dialog = new QPrintPreviewDialog(this);
    dialog->setObjectName(u"tablePrintPreview"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->printer()->setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12)));
    const ScoreRun run = *m_run;
    const QList<ScoreResultRow> rows = m_model->rows();
    const QString township = townshipName();
    connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
            [this, run, rows, township](QPrinter *printer) {
                const auto doc = AssessmentPrinter(township, run, m_context.clock.now())
                                     .tableDocument(rows, printer->logicalDpiY());
                AssessmentPrinter::render(*doc, *printer);
            });
    dialog->resize(1100, 800);
    dialog->open();
}

bool AssessmentPage::exportPdf(const QString &path)
{
    if (!m_run)
        return false;
    return AssessmentPrinter(townshipName(), *m_run, m_context.clock.now()).tablePdf(m_model->rows(), path);
}

void AssessmentPage::exportPdfInteractive()
{
    if (!m_run)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("导出PDF"), tr("%1网格员%2考评表.pdf").arg(townshipName(), period().code()),
        tr("PDF 文件 (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!exportPdf(path))
        showError(tr("无法写入文件 %1。").arg(path));
}

void AssessmentPage::addAdjustment()
{
    const ScoreScheme scheme =
        m_run ? m_run->scheme
              : AssessmentService(m_context.db, m_context.clock).scheme(townshipId(), period());
    auto *dialog = new AdjustmentDialog(scheme, m_workers, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        ScoreAdjustment a = dialog->adjustment();
        a.townshipId = townshipId();
        a.period = period();
        clearError();
        try {
            AssessmentService(m_context.db, m_context.clock).proposeAdjustment(a, m_context.actor());
        } catch (const Error &e) {
            showError(e.message());
            return;
        }
        reloadAdjustments();
        updateState();
    });
    dialog->open();
}

void AssessmentPage::decideAdjustment(bool approve)
{
    const int r = m_adjustmentsTable->currentRow();
    if (r < 0 || r >= m_adjustments.size())
        return;
    clearError();
    try {
        AssessmentService(m_context.db, m_context.clock)
            .decideAdjustment(m_adjustments.at(r).id, approve, m_context.actor());
    } catch (const Error &e) {
        showError(e.message());
        return;
    }
    reload();
}

void AssessmentPage::fileAppeal()
{
    auto *dialog = new ReasonDialog(tr("登记申诉"), tr("网格员对本月考评的申诉理由："), m_workers, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        ScoreAppeal a;
        a.townshipId = townshipId();
        a.period = period();
        a.workerId = dialog->workerId();
        a.reason = dialog->text();
        clearError();
        try {
            AssessmentService(m_context.db, m_context.clock).fileAppeal(a, m_context.actor());
        } catch (const Error &e) {
            showError(e.message());
            return;
        }
        reloadAppeals();
        updateState();
    });
    dialog->open();
}

void AssessmentPage::answerAppeal()
{
    const int r = m_appealsTable->currentRow();
    if (r < 0 || r >= m_appeals.size())
        return;
    const qint64 id = m_appeals.at(r).id;
    auto *dialog = new ReasonDialog(
        tr("答复申诉"),
        tr("答复 %1 的申诉（答复后按现有事实重新计算草稿）：").arg(m_appeals.at(r).workerName), {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        clearError();
        try {
            AssessmentService(m_context.db, m_context.clock)
                .answerAppeal(id, dialog->text(), m_context.actor());
        } catch (const Error &e) {
            showError(e.message());
            return;
        }
        reload();
    });
    dialog->open();
}

} // namespace zz
