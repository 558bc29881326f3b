#include "CheckStepsDialog.h"

#include "Error.h"
#include "ReferenceRepositories.h"
#include "WorkflowSettings.h"
#include "shell/AppContext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

// Combo data: 0 = follow the county (townships only), 1 = one step, 2 = two steps.
constexpr int follow = 0;
constexpr int oneStep = 1;
constexpr int twoSteps = 2;

int dataFor(std::optional<CheckSteps> steps)
{
    return !steps ? follow : *steps == CheckSteps::Two ? twoSteps : oneStep;
}

void addChoices(QComboBox *combo)
{
    combo->addItem(CheckStepsDialog::tr("一步：核查结案"), oneStep);
    combo->addItem(CheckStepsDialog::tr("两步：核查通过后再结案"), twoSteps);
}

} // namespace

CheckStepsDialog::CheckStepsDialog(const AppContext &context, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    setObjectName(u"checkStepsDialog"_s);
    setWindowTitle(tr("办理流程设置"));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(
        tr("处置部门反馈后，中心可以一步“核查结案”；也可以分两步：先核查（通过，或退回处置部门重新办理），"
           "再结案。两步时，核查通过的案件进入“待结案”。已在办的案件不受影响。"),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    WorkflowSettings settings(context.db);
    OrgUnitRepository orgUnits(context.db);
    const QString scope = orgUnits.path(context.user.orgUnitId);
    const auto own = orgUnits.get(context.user.orgUnitId);
    const bool countyAdmin = own && own->parentId == 0;

    auto *form = new QFormLayout;
    m_countyCombo = new QComboBox(this);
    m_countyCombo->setObjectName(u"countyCheckStepsComboBox"_s);
    addChoices(m_countyCombo);
    m_countyInitial = dataFor(settings.countyCheckSteps());
    m_countyCombo->setCurrentIndex(m_countyCombo->findData(m_countyInitial));
    m_countyCombo->setEnabled(countyAdmin);
    if (!countyAdmin)
        m_countyCombo->setToolTip(tr("全县设置由县级管理员修改"));
    form->addRow(tr("全县："), m_countyCombo);
    layout->addLayout(form);

    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(u"townshipCheckStepsTable"_s);
    m_table->setHorizontalHeaderLabels({tr("乡镇(街道)"), tr("核查与结案")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (const OrgUnit &unit : orgUnits.all()) {
        if (unit.level != OrgLevel::Township || scope.isEmpty() || !orgUnits.path(unit.id).startsWith(scope))
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(unit.name));
        auto *combo = new QComboBox(m_table);
        combo->setObjectName(u"checkStepsComboBox_"_s + QString::number(unit.id));
        combo->addItem(tr("沿用全县设置"), follow);
        addChoices(combo);
        const int initial = dataFor(settings.townshipCheckSteps(unit.id));
        combo->setCurrentIndex(combo->findData(initial));
        m_table->setCellWidget(row, 1, combo);
        m_rows.append(Row{unit.id, combo, initial});
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #c0392b;"_s);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"checkStepsButtonBox"_s);
    buttons->button(QDialogButtonBox::Save)->setText(tr("保存"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CheckStepsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(620, 420);
}

bool CheckStepsDialog::save()
{
    WorkflowSettings settings(m_context.db);
    const Actor actor = m_context.actor();
    try {
        const int county = m_countyCombo->currentData().toInt();
        if (m_countyCombo->isEnabled() && county != m_countyInitial) {
            settings.setCountyCheckSteps(actor, county == twoSteps ? CheckSteps::Two : CheckSteps::One);
            m_countyInitial = county;
        }
        for (Row &row : m_rows) {
            const int value = row.combo->currentData().toInt();
            if (value == row.initial)
                continue;
            settings.setTownshipCheckSteps(actor, row.townshipId,
                                           value == follow     ? std::nullopt
                                           : value == twoSteps ? std::optional(CheckSteps::Two)
                                                               : std::optional(CheckSteps::One));
            row.initial = value;
        }
    } catch (const Error &e) {
        showError(e.message());
        return false;
    }
    return true;
}

void CheckStepsDialog::accept()
{
    if (save())
        QDialog::accept();
}

void CheckStepsDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

} // namespace zz
