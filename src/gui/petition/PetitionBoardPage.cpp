#include "PetitionBoardPage.h"

#include "Error.h"
#include "ListExport.h"
#include "PetitionBoardModel.h"
#include "PetitionDialog.h"
#include "petition/PetitionRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

constexpr int idRole = Qt::UserRole;
const QString openOnlyCode = u"open"_s;

QString rowLine(const PetitionBoardRow &r, QDate today)
{
    const qint64 days = today.daysTo(r.nextDueDate);
    const QString when = days < 0 ? PetitionBoardPage::tr("超期 %n 天", nullptr, int(-days))
                                  : PetitionBoardPage::tr("%n 天后到期", nullptr, int(days));
    return PetitionBoardPage::tr("%1 %2 · %3 · %4")
        .arg(r.petitionNo, r.petitioner, r.nextClockKind ? label(*r.nextClockKind) : QString(), when);
}

} // namespace

PetitionBoardPage::PetitionBoardPage(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(u"petitionBoardPage"_s);
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(u"petitionStatusComboBox"_s);
    m_statusCombo->addItem(tr("全部状态"), QString());
    m_statusCombo->addItem(tr("在办"), openOnlyCode);
    for (const PetitionStatus s : allValues<PetitionStatus>())
        m_statusCombo->addItem(label(s), code(s));
    m_typeCombo = new QComboBox(this);
    m_typeCombo->setObjectName(u"typeFilterComboBox"_s);
    m_typeCombo->addItem(tr("全部类别"), QString());
    for (const PetitionType t : allValues<PetitionType>())
        m_typeCombo->addItem(label(t), code(t));
    // A returning resident's number: within a county's scope, each township's petition holding it.
    m_numberEdit = new QLineEdit(this);
    m_numberEdit->setObjectName(u"petitionNumberLineEdit"_s);
    m_numberEdit->setPlaceholderText(tr("按信访编号查找"));
    m_numberEdit->setClearButtonEnabled(true);
    m_repeatCheck = new QCheckBox(tr("只看重复信访"), this);
    m_repeatCheck->setObjectName(u"repeatFilterCheckBox"_s);
    auto *exportButton = new QPushButton(tr("导出台账…"), this);
    exportButton->setObjectName(u"exportLedgerButton"_s);
    filters->addWidget(new QLabel(tr("状态"), this));
    filters->addWidget(m_statusCombo);
    filters->addWidget(new QLabel(tr("类别"), this));
    filters->addWidget(m_typeCombo);
    filters->addWidget(m_repeatCheck);
    filters->addWidget(m_numberEdit);
    filters->addStretch();
    filters->addWidget(exportButton);
    layout->addLayout(filters);
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
    clearDrill->setText(tr("显示全部信访"));
    connect(clearDrill, &QToolButton::clicked, this, [this] { setDrill(std::nullopt); });
    drillLayout->addWidget(clearDrill);
    m_drillBar->hide();
    layout->addWidget(m_drillBar);
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(u"countsLabel"_s);
    m_countsLabel->setWordWrap(true);
    layout->addWidget(m_countsLabel);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setStyleSheet(u"color:#c0392b"_s);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    auto *splitter = new QSplitter(this);
    layout->addWidget(splitter, 1);
    m_model = new PetitionBoardModel(context, this);
    m_view = new QTableView(splitter);
    m_view->setObjectName(u"petitionTableView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(PetitionBoardModel::RequestColumn, QHeaderView::Stretch);
    splitter->addWidget(m_view);

    auto *overview = new QWidget(splitter);
    auto *overviewLayout = new QVBoxLayout(overview);
    overviewLayout->setContentsMargins(0, 0, 0, 0);
    overviewLayout->addWidget(new QLabel(tr("<b style=\"color:#c0392b\">超期</b>"), overview));
    m_overdueList = new QListWidget(overview);
    m_overdueList->setObjectName(u"overdueList"_s);
    overviewLayout->addWidget(m_overdueList, 1);
    overviewLayout->addWidget(new QLabel(tr("<b style=\"color:#a15c00\">即将到期</b>"), overview));
    m_dueSoonList = new QListWidget(overview);
    m_dueSoonList->setObjectName(u"dueSoonList"_s);
    overviewLayout->addWidget(m_dueSoonList, 1);
    splitter->addWidget(overview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        openPetition(index.data(PetitionBoardModel::IdRole).toLongLong());
    });
    for (QListWidget *list : {m_overdueList, m_dueSoonList})
        connect(list, &QListWidget::itemActivated, this,
                [this](QListWidgetItem *item) { openPetition(item->data(idRole).toLongLong()); });
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, &PetitionBoardPage::applyFilter);
    connect(m_typeCombo, &QComboBox::currentIndexChanged, this, &PetitionBoardPage::applyFilter);
    connect(m_numberEdit, &QLineEdit::returnPressed, this, &PetitionBoardPage::applyFilter);
    connect(m_numberEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            applyFilter(); // the clear button: the whole board again
    });
    connect(m_repeatCheck, &QCheckBox::toggled, this, &PetitionBoardPage::applyFilter);
    connect(exportButton, &QPushButton::clicked, this, &PetitionBoardPage::exportLedgerAs);
    reload();
}

void PetitionBoardPage::applyFilter()
{
    PetitionBoardFilter filter;
    const QString status = m_statusCombo->currentData().toString();
    if (status == openOnlyCode)
        filter.openOnly = true;
    else if (const auto s = fromCode<PetitionStatus>(status))
        filter.statuses = {*s};
    filter.type = fromCode<PetitionType>(m_typeCombo->currentData().toString());
    filter.repeatOnly = m_repeatCheck->isChecked();
    filter.number = m_numberEdit->text().trimmed();
    filter.drill = m_drill;
    m_model->setFilter(filter);
    m_errorLabel->setText(m_model->error());
    m_errorLabel->setVisible(!m_model->error().isEmpty());
}

void PetitionBoardPage::reload()
{
    applyFilter();
    reloadOverview();
    showDrill();
}

void PetitionBoardPage::setDrill(const std::optional<PetitionDrill> &drill)
{
    m_drill = drill;
    reload();
}

void PetitionBoardPage::showDrill()
{
    m_drillBar->setVisible(m_drill.has_value());
    m_drillCount = -1;
    if (!m_drill)
        return;
    try {
        const PetitionIndicatorQueries queries(m_context.db);
        m_drillCount = queries.drillPetitions(*m_drill);
        const qint64 events = queries.drillEvents(*m_drill);
        // What and how many, then the set in words.
        QString text = tr("统计口径：%1（统计截止 %2）：共 %n 件", nullptr, int(m_drillCount))
                           .arg(m_drill->description, m_drill->asOf.toString(Qt::ISODate)) +
                       u'\n' + petitionIndicatorSetTitle(m_drill->set);
        // A petition reopened and answered again in the period counts once per answer.
        if (events != m_drillCount)
            text += tr("；其中有信访件重新办理后在本期再次计入，指标共计 %n 次", nullptr, int(events));
        m_drillLabel->setText(text);
        m_drillLabel->setToolTip(text);
    } catch (const Error &e) {
        m_drillLabel->setText(e.message());
    }
}

void PetitionBoardPage::reloadOverview()
{
    const QDate today = m_context.clock.now().date();
    m_overdueList->clear();
    m_dueSoonList->clear();
    try {
        const PetitionRepository repository(m_context.db, m_context.actor());
        // Narrowed to a figure: the counts of its petitions.
        const QHash<PetitionStatus, qint64> counts =
            repository.countsByStatus(m_drill ? m_model->filter() : PetitionBoardFilter{});
        QStringList parts;
        qint64 total = 0;
        for (const PetitionStatus s : allValues<PetitionStatus>()) {
            const qint64 n = counts.value(s);
            total += n;
            if (n > 0)
                parts << tr("%1 %2").arg(label(s)).arg(n);
        }
        const QList<PetitionBoardRow> overdue = repository.overdue(today, 50);
        const QList<PetitionBoardRow> dueSoon = repository.dueSoon(today, ClockSettings{}.reminderDays, 50);
        m_countsLabel->setText(
            tr("共 %n 件", nullptr, int(total)) +
            (parts.isEmpty() ? QString() : tr("：%1").arg(parts.join(enumerationSeparator()))) +
            tr("；超期 %1 件，即将到期 %2 件").arg(overdue.size()).arg(dueSoon.size()));
        for (const PetitionBoardRow &r : overdue) {
            auto *item = new QListWidgetItem(rowLine(r, today), m_overdueList);
            item->setData(idRole, r.id);
            item->setForeground(QColor(0xc0, 0x39, 0x2b));
        }
        for (const PetitionBoardRow &r : dueSoon) {
            auto *item = new QListWidgetItem(rowLine(r, today), m_dueSoonList);
            item->setData(idRole, r.id);
        }
        if (m_overdueCount != overdue.size()) {
            m_overdueCount = int(overdue.size());
            emit overdueCountChanged(m_overdueCount);
        }
    } catch (const Error &e) {
        m_errorLabel->setText(e.message());
        m_errorLabel->show();
    }
}

PetitionDialog *PetitionBoardPage::openPetition(qint64 petitionId)
{
    if (!petitionId)
        return nullptr;
    auto *dialog = new PetitionDialog(m_context, petitionId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PetitionDialog::petitionChanged, this, &PetitionBoardPage::reload);
    connect(dialog, &PetitionDialog::openCaseRequested, this, &PetitionBoardPage::openCaseRequested);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    return dialog;
}

qint64 PetitionBoardPage::exportLedger(const QString &path) const
{
    // The board's own filter (status, type, repeat, number, drill): every page of the rows it lists.
    ExportFilter filter;
    filter.petitions = m_model->filter();
    return ListExport(m_context.db, m_context.clock, m_context.actor(), m_context.user.login)
        .write(u"petitions"_s, filter, path);
}

void PetitionBoardPage::exportLedgerAs()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("导出信访台账"),
        tr("信访台账-%1.xlsx").arg(m_context.clock.now().date().toString(u"yyyyMMdd"_s)),
        tr("Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)"));
    if (path.isEmpty())
        return;
    try {
        exportLedger(path);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("导出信访台账"), e.message());
    }
}

} // namespace zz
