#include "CaseViewDialog.h"

#include "ActionDialog.h"
#include "CaseRepository.h"
#include "CaseScope.h"
#include "DispatchSlip.h"
#include "Error.h"
#include "Permissions.h"
#include "ReferenceNames.h"
#include "Validators.h"
#include "WorkflowSettings.h"
#include "cases/CaseAttachmentsPanel.h"
#include "cases/StatusPalette.h"
#include "petition/PetitionDialog.h"
#include "petition/PetitionRepository.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

const QString timeFormat = u"yyyy-MM-dd HH:mm"_s;

QString chip(const QString &text, const QColor &background, const QColor &foreground = Qt::white)
{
    return u"<span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span>"_s.arg(
        background.name(), foreground.name(), text.toHtmlEscaped());
}

// "3 天" or "3 个工作日", as the case's deadline counts.
QString daysText(int days, bool workingDays)
{
    return workingDays ? CaseViewDialog::tr("%n 个工作日", nullptr, days)
                       : CaseViewDialog::tr("%n 天", nullptr, days);
}

QTableWidget *readOnlyTable(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

void setCell(QTableWidget *table, int row, int column, const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    table->setItem(row, column, item);
}

} // namespace

CaseViewDialog::CaseViewDialog(const AppContext &context, qint64 caseId, QWidget *parent)
    : QDialog(parent), m_context(context), m_caseId(caseId)
{
    setObjectName(u"caseViewDialog"_s);
    setWindowTitle(tr("案件详情"));
    resize(1120, 780);

    auto *layout = new QVBoxLayout(this);
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(u"titleLabel"_s);
    m_titleLabel->setWordWrap(true);
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    layout->addWidget(m_titleLabel);
    m_badgeLabel = new QLabel(this);
    m_badgeLabel->setObjectName(u"badgeLabel"_s);
    m_badgeLabel->setTextFormat(Qt::RichText);
    layout->addWidget(m_badgeLabel);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(StatusPalette::textStyle(StatusPalette::error()));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"caseViewSplitter"_s);
    splitter->setChildrenCollapsible(false);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *infoBox = new QGroupBox(tr("基本信息"), top);
    m_infoGrid = new QGridLayout(infoBox);
    m_infoGrid->setHorizontalSpacing(12);
    m_infoGrid->setColumnStretch(1, 1);
    m_infoGrid->setColumnStretch(3, 1);
    buildInfo();
    topLayout->addWidget(infoBox, 3);

    auto *right = new QWidget(top);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *descriptionBox = new QGroupBox(tr("事件描述"), right);
    auto *descriptionLayout = new QVBoxLayout(descriptionBox);
    m_descriptionLabel = new QLabel(descriptionBox);
    m_descriptionLabel->setObjectName(u"descriptionLabel"_s);
    m_descriptionLabel->setWordWrap(true);
    m_descriptionLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_descriptionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    descriptionLayout->addWidget(m_descriptionLabel, 1);
    rightLayout->addWidget(descriptionBox, 1);
    auto *partiesBox = new QGroupBox(tr("当事人"), right);
    auto *partiesLayout = new QVBoxLayout(partiesBox);
    m_partiesTable = readOnlyTable(u"partiesTable"_s,
                                   {tr("身份"), tr("姓名"), tr("身份证号"), tr("联系电话")}, partiesBox);
    partiesLayout->addWidget(m_partiesTable);
    rightLayout->addWidget(partiesBox, 1);
    auto *attachmentsBox = new QGroupBox(tr("附件"), right);
    auto *attachmentsLayout = new QVBoxLayout(attachmentsBox);
    m_attachmentsPanel = new CaseAttachmentsPanel(context, caseId, attachmentsBox);
    attachmentsLayout->addWidget(m_attachmentsPanel);
    rightLayout->addWidget(attachmentsBox, 1);
    topLayout->addWidget(right, 2);

    auto *flowBox = new QGroupBox(tr("流转记录"), splitter);
    auto *flowLayout = new QVBoxLayout(flowBox);
    m_flowTable = readOnlyTable(u"flowTable"_s,
                                {tr("时间"), tr("办理人"), tr("操作"), tr("状态"), tr("流转单位"),
                                 tr("部门/网格员"), tr("天数"), tr("意见")},
                                flowBox);
    const QFontMetrics fm = fontMetrics();
    m_flowTable->setColumnWidth(0, fm.horizontalAdvance(u"2025-01-24 10:00"_s) + 16);
    m_flowTable->setColumnWidth(1, fm.horizontalAdvance(u"系统自动督办"_s) + 16);
    m_flowTable->setColumnWidth(2, fm.horizontalAdvance(u"上报上级"_s) + 16);
    m_flowTable->setColumnWidth(3, fm.horizontalAdvance(u"已立案 → 已派遣"_s) + 16);
    m_flowTable->setColumnWidth(4, fm.horizontalAdvance(u"青石镇 → 上溪村"_s) + 16);
    m_flowTable->setColumnWidth(5, fm.horizontalAdvance(u"市场监管所"_s) + 16);
    m_flowTable->setColumnWidth(6, fm.horizontalAdvance(tr("%n 个工作日", nullptr, 30)) + 16);
    flowLayout->addWidget(m_flowTable);
    // Long notes wrap: row heights follow the width the columns really get.
    connect(m_flowTable->horizontalHeader(), &QHeaderView::sectionResized, m_flowTable,
            &QTableView::resizeRowsToContents);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    auto *bar = new QHBoxLayout;
    m_actionsLayout = new QHBoxLayout;
    bar->addLayout(m_actionsLayout);
    bar->addStretch(1);
    // The department has to call the resident: its slip may carry the reporter's phone (audited).
    m_slipContactCheck = new QCheckBox(tr("交办单含反映人电话"), this);
    m_slipContactCheck->setObjectName(u"slipContactCheckBox"_s);
    m_slipContactCheck->setToolTip(tr("供承办部门联系群众；每次打印或导出都记入审计日志"));
    m_slipContactCheck->hide();
    bar->addWidget(m_slipContactCheck);
    m_printSlipButton = new QPushButton(tr("打印交办单…"), this);
    m_printSlipButton->setObjectName(u"printSlipButton"_s);
    m_printSlipButton->setAutoDefault(false);
    bar->addWidget(m_printSlipButton);
    m_slipPdfButton = new QPushButton(tr("交办单PDF…"), this);
    m_slipPdfButton->setObjectName(u"slipPdfButton"_s);
    m_slipPdfButton->setAutoDefault(false);
    bar->addWidget(m_slipPdfButton);
    auto *close = new QPushButton(tr("关闭"), this);
    close->setObjectName(u"closeViewButton"_s); // "closeButton" takes the action 核查结案
    close->setAutoDefault(false);
    bar->addWidget(close);
    layout->addLayout(bar);
    connect(m_printSlipButton, &QPushButton::clicked, this, &CaseViewDialog::previewSlip);
    connect(m_slipPdfButton, &QPushButton::clicked, this, &CaseViewDialog::exportSlip);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    reload();
}

void CaseViewDialog::buildInfo()
{
    struct Field
    {
        const char *key;
        QString text;
        bool wide;
    };
    const QList<Field> fields{
        {"caseNo", tr("编号"), false},         {"lookupCode", tr("查询码"), false},
        {"source", tr("来源"), false},         {"nature", tr("性质"), false},
        {"category", tr("类别"), false},       {"urgency", tr("紧急程度"), false},
        {"place", tr("属地"), true},           {"address", tr("地址"), true},
        {"status", tr("状态"), false},         {"risk", tr("风险等级"), false},
        {"level", tr("当前层级"), false},      {"handler", tr("处置部门/网格员"), false},
        {"received", tr("受理时间"), false},   {"deadline", tr("办理期限"), false},
        {"supervise", tr("督办"), false},      {"extension", tr("延期申请"), false},
        {"satisfaction", tr("满意度"), false}, {"disputeSettled", tr("纠纷化解"), false},
    };
    int row = 0;
    int column = 0;
    for (const Field &f : fields) {
        const QString key = QString::fromLatin1(f.key);
        if (f.wide && column != 0) {
            ++row;
            column = 0;
        }
        auto *name = new QLabel(f.text + tr("："), this);
        name->setStyleSheet(StatusPalette::textStyle(StatusPalette::secondaryText()));
        name->setAlignment(Qt::AlignRight | Qt::AlignTop);
        auto *value = new QLabel(this);
        value->setObjectName(key + u"Label"_s);
        value->setWordWrap(f.wide || key == u"handler"_s); // short values stay on one line
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_infoGrid->addWidget(name, row, column);
        m_infoGrid->addWidget(value, row, column + 1, 1, f.wide ? 3 : 1);
        m_values.insert(key, value);
        if (f.wide || column == 2) {
            ++row;
            column = 0;
        } else {
            column = 2;
        }
    }
    // 转为事件 keeps the link both ways: the petition this case came from, and a button to open it.
    if (column != 0)
        ++row;
    m_petitionRow = new QWidget(this);
    m_petitionRow->setObjectName(u"petitionRow"_s);
    auto *petitionLayout = new QHBoxLayout(m_petitionRow);
    petitionLayout->setContentsMargins(0, 0, 0, 0);
    auto *petitionName = m_petitionNameLabel = new QLabel(tr("来源信访") + tr("："), this);
    petitionName->setStyleSheet(StatusPalette::textStyle(StatusPalette::secondaryText()));
    petitionName->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_petitionLabel = new QLabel(m_petitionRow);
    m_petitionLabel->setObjectName(u"petitionLabel"_s);
    m_petitionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    petitionLayout->addWidget(m_petitionLabel);
    auto *openPetitionButton = new QPushButton(tr("打开信访件"), m_petitionRow);
    openPetitionButton->setObjectName(u"openPetitionButton"_s);
    openPetitionButton->setAutoDefault(false);
    petitionLayout->addWidget(openPetitionButton);
    petitionLayout->addStretch(1);
    connect(openPetitionButton, &QPushButton::clicked, this, [this] { openPetition(); });
    m_infoGrid->addWidget(petitionName, row, 0);
    m_infoGrid->addWidget(m_petitionRow, row, 1, 1, 3);
    petitionName->hide();
    m_petitionRow->hide();
    ++row;
    m_infoGrid->setRowStretch(row + 1, 1);
    m_caseNoLabel = m_values.value(u"caseNo"_s);
}

void CaseViewDialog::fillPetition()
{
    m_petitionId = 0;
    std::optional<PetitionRecord> petition;
    // Only accounts that work on petitions see one; the repository reads it within the account's scope.
    if (Permissions::allows(m_context.user.roles, Permission::ViewPetitions)) {
        try {
            petition = PetitionRepository(m_context.db, m_context.actor()).forCase(m_caseId);
        } catch (const Error &e) {
            showError(e.message());
        }
    }
    if (petition) {
        m_petitionId = petition->id;
        m_petitionLabel->setText(tr("%1（%2）").arg(petition->petitionNo, label(petition->status)));
    }
    m_petitionRow->setVisible(petition.has_value());
    m_petitionNameLabel->setVisible(petition.has_value());
}

PetitionDialog *CaseViewDialog::openPetition()
{
    if (!m_petitionId)
        return nullptr;
    auto *dialog = new PetitionDialog(m_context, m_petitionId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The petition's 打开事件 leads back here: close it and show this case.
    connect(dialog, &PetitionDialog::openCaseRequested, this, [this, dialog](qint64 caseId) {
        if (caseId == m_caseId) {
            dialog->close();
            raise();
            activateWindow();
        }
    });
    connect(dialog, &PetitionDialog::petitionChanged, this, [this] { fillPetition(); });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    return dialog;
}

void CaseViewDialog::setValue(const QString &field, const QString &text, const QString &style)
{
    QLabel *label = m_values.value(field);
    if (!label)
        return;
    label->setText(text.isEmpty() ? tr("—") : text);
    label->setStyleSheet(style);
}

void CaseViewDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void CaseViewDialog::reload()
{
    showError({});
    try {
        m_record = CaseScope(m_context.db, m_context.actor()).get(m_caseId);
        if (!m_record)
            showError(tr("案件不存在，或不在您可查看的范围内。"));
    } catch (const Error &e) {
        m_record.reset();
        showError(e.message());
    }
    if (!m_record) {
        fillActions(CaseRecord{});
        m_printSlipButton->setEnabled(false);
        m_slipPdfButton->setEnabled(false);
        return;
    }
    const CaseRecord &c = *m_record;
    setWindowTitle(tr("案件详情 — %1").arg(c.caseNo));
    fillInfo(c);
    fillParties(c);
    m_attachmentsPanel->reload();
    try {
        fillFlow();
    } catch (const Error &e) {
        showError(e.message());
    }
    fillActions(c);
    fillPetition();
    m_printSlipButton->setEnabled(true);
    m_slipPdfButton->setEnabled(true);
    m_slipContactCheck->setVisible(DispatchSlip::mayShowContact(m_context, c));
}

void CaseViewDialog::fillInfo(const CaseRecord &c)
{
    ReferenceNames names(m_context.db);
    m_titleLabel->setText(c.title);
    QStringList badges{chip(label(c.status), StatusPalette::status(c.status))};
    if (c.urgency != Urgency::Normal)
        badges << chip(label(c.urgency), StatusPalette::urgency(c.urgency));
    if (c.superviseLevel != SuperviseLevel::None)
        badges << chip(label(c.superviseLevel), StatusPalette::superviseFill(c.superviseLevel),
                       StatusPalette::superviseInk(c.superviseLevel));
    if (c.confidential)
        badges << chip(tr("保密件"), StatusPalette::secondaryText());
    m_badgeLabel->setText(c.caseNo.toHtmlEscaped() + u"&nbsp;&nbsp;"_s + badges.join(u"&nbsp;"_s));

    setValue(u"caseNo"_s, c.caseNo);
    setValue(u"lookupCode"_s, c.lookupCode);
    setValue(u"source"_s, label(c.source));
    setValue(u"nature"_s, label(c.nature));
    setValue(u"category"_s, names.categoryPath(c.categoryId));
    setValue(u"urgency"_s, label(c.urgency),
             c.urgency != Urgency::Normal ? StatusPalette::textStyle(StatusPalette::urgency(c.urgency), true)
                                          : QString());
    setValue(u"place"_s, names.orgUnitChain(c.orgUnitId));
    setValue(u"address"_s, c.address);
    setValue(u"status"_s, label(c.status), StatusPalette::textStyle(StatusPalette::status(c.status), true));
    setValue(u"risk"_s, label(c.risk));
    const auto level = names.orgUnit(c.levelOrgUnitId);
    setValue(u"level"_s, level ? tr("%1 · %2").arg(level->name, label(level->level)) : QString());
    setValue(u"handler"_s, names.handler(c.departmentId, c.workerId));
    setValue(u"received"_s, c.receivedAt.toString(timeFormat));

    QString deadline;
    QString deadlineStyle;
    if (c.deadline.isValid()) {
        deadline = c.deadline.toString(u"yyyy-MM-dd"_s);
        const QDateTime now = m_context.clock.now();
        if (!isOpen(c.status)) {
            if (c.closedAt.isValid())
                deadline += tr("（%1办结）").arg(c.closedAt <= c.deadline ? tr("按期") : tr("超期"));
        } else {
            const int remaining = m_context.calendar.remainingDays(now, c.deadline, c.deadlineWorkingDays);
            const WarningLevel warning = WorkCalendar::warning(c.receivedAt, c.deadline, now);
            if (warning == WarningLevel::Overdue) {
                deadline += tr("，已超期 %1").arg(daysText(qMax(1, -remaining), c.deadlineWorkingDays));
            } else {
                deadline += tr("，剩余 %1").arg(daysText(remaining, c.deadlineWorkingDays));
            }
            if (warning != WarningLevel::Normal)
                deadlineStyle = StatusPalette::textStyle(StatusPalette::warningText(warning), true);
        }
    }
    setValue(u"deadline"_s, deadline, deadlineStyle);
    setValue(u"supervise"_s, label(c.superviseLevel),
             c.superviseLevel == SuperviseLevel::RedCard || c.superviseLevel == SuperviseLevel::YellowCard
                 ? StatusPalette::textStyle(StatusPalette::superviseFill(c.superviseLevel).darker(120), true)
                 : QString());
    setValue(u"extension"_s,
             c.extensionPendingDays > 0
                 ? tr("待审批：延期 %1").arg(daysText(c.extensionPendingDays, c.deadlineWorkingDays))
                 : tr("无"));
    setValue(u"satisfaction"_s, c.satisfaction ? label(*c.satisfaction) : tr("未回访"));
    setValue(u"disputeSettled"_s,
             c.disputeSettled ? (*c.disputeSettled ? tr("已化解") : tr("未化解")) : QString());
    m_descriptionLabel->setText(c.description.isEmpty() ? tr("（无）") : c.description);
}

void CaseViewDialog::fillParties(const CaseRecord &c)
{
    m_partiesTable->setRowCount(int(c.parties.size()));
    for (int row = 0; row < c.parties.size(); ++row) {
        const CaseParty &p = c.parties.at(row);
        setCell(m_partiesTable, row, 0, label(p.role));
        // Masked only: revealing is a separate, audited action of the case list.
        setCell(m_partiesTable, row, 1, p.anonymous ? tr("匿名") : p.name);
        setCell(m_partiesTable, row, 2,
                p.residentId.isEmpty() ? QString() : Masking::residentId(p.residentId));
        setCell(m_partiesTable, row, 3, p.phone.isEmpty() ? QString() : Masking::phone(p.phone));
    }
    m_partiesTable->resizeColumnsToContents();
    m_partiesTable->horizontalHeader()->setStretchLastSection(true);
}

void CaseViewDialog::fillFlow()
{
    ReferenceNames names(m_context.db);
    const QList<FlowEntry> flow = CaseRepository(m_context.db).flow(m_caseId);
    m_flowTable->setRowCount(int(flow.size()));
    for (int row = 0; row < flow.size(); ++row) {
        const FlowEntry &e = flow.at(row);
        setCell(m_flowTable, row, 0, e.at.toString(timeFormat));
        setCell(m_flowTable, row, 1, e.actorName);
        setCell(m_flowTable, row, 2,
                e.fromStatus ? CaseWorkflow::actionLabel(e.action, *e.fromStatus) : label(e.action));
        setCell(m_flowTable, row, 3,
                e.fromStatus && *e.fromStatus != e.toStatus
                    ? tr("%1 → %2").arg(label(*e.fromStatus), label(e.toStatus))
                    : label(e.toStatus));
        const QString fromUnit = names.orgUnitName(e.fromOrgUnitId);
        const QString toUnit = names.orgUnitName(e.toOrgUnitId);
        setCell(m_flowTable, row, 4,
                e.fromOrgUnitId > 0 && e.toOrgUnitId > 0 && e.fromOrgUnitId != e.toOrgUnitId
                    ? tr("%1 → %2").arg(fromUnit, toUnit)
                    : (toUnit.isEmpty() ? fromUnit : toUnit));
        setCell(m_flowTable, row, 5, names.handler(e.departmentId, e.workerId));
        // Days of a deadline, extension or reopening count as the case's deadline does.
        setCell(m_flowTable, row, 6,
                e.days > 0 ? daysText(e.days, m_record && m_record->deadlineWorkingDays) : QString());
        setCell(m_flowTable, row, 7, e.note);
        if (e.actorUserId == 0 && e.action == CaseAction::Supervise) // automatic cards stand out
            for (int column = 0; column < m_flowTable->columnCount(); ++column)
                m_flowTable->item(row, column)->setForeground(StatusPalette::error());
    }
    m_flowTable->resizeRowsToContents();
    m_flowTable->scrollToBottom();
}

void CaseViewDialog::fillActions(const CaseRecord &c)
{
    for (QPushButton *button : std::as_const(m_actionButtons))
        delete button;
    m_actionButtons.clear();
    if (c.id == 0)
        return;
    const Roles roles = m_context.user.roles;
    CheckSteps steps = CheckSteps::One;
    try {
        steps = WorkflowSettings(m_context.db).checkSteps(c.townshipId);
    } catch (const Error &) {
        // one step offered; the service reads the setting again and refuses what does not hold
    }
    QList<CaseAction> actions =
        CaseWorkflow::availableActions(CaseState{c.status, c.extensionPendingDays > 0, steps}, roles);
    // A department handler acts only on cases sent to his department (CaseService says the same).
    const bool handlerOnly = !(roles & ~Roles(Role::DepartmentHandler));
    if (handlerOnly && m_context.user.departmentId > 0 && c.departmentId != m_context.user.departmentId)
        actions.clear();
    for (const CaseAction action : std::as_const(actions)) {
        auto *button = new QPushButton(CaseWorkflow::actionLabel(action, c.status), this);
        button->setObjectName(ActionDialog::buttonName(action));
        button->setAutoDefault(false);
        m_actionsLayout->addWidget(button);
        m_actionButtons.insert(action, button);
        connect(button, &QPushButton::clicked, this, [this, action] { startAction(action); });
    }
}

ActionDialog *CaseViewDialog::startAction(CaseAction action)
{
    if (!m_record)
        return nullptr;
    auto *dialog = new ActionDialog(m_context, *m_record, action, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this](int result) {
        if (result == QDialog::Rejected)
            return;
        reload();
        if (result == QDialog::Accepted)
            emit caseChanged(m_caseId);
    });
    dialog->open();
    return dialog;
}

void CaseViewDialog::previewSlip()
{
    try {
        DispatchSlip::preview(m_context, m_caseId, this, slipContact());
    } catch (const Error &e) {
        showError(e.message());
    }
}

DispatchSlip::Contact CaseViewDialog::slipContact() const
{
    return !m_slipContactCheck->isHidden() && m_slipContactCheck->isChecked()
               ? DispatchSlip::Contact::ReporterPhone
               : DispatchSlip::Contact::Masked;
}

void CaseViewDialog::exportSlip()
{
    if (!m_record)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("保存交办单"), tr("交办单-%1.pdf").arg(m_record->caseNo), tr("PDF 文件 (*.pdf)"));
    if (path.isEmpty())
        return;
    try {
        DispatchSlip(m_context, m_caseId, slipContact()).writePdf(path);
    } catch (const Error &e) {
        showError(e.message());
    }
}

} // namespace zz
