#include "ActionForm.h"

#include "CaseService.h"
#include "Error.h"
#include "ReferenceRepositories.h"
#include "cases/PlaceLabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QMultiMap>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

constexpr int idRole = Qt::UserRole;

QPlainTextEdit *textEdit(const QString &objectName, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    return edit;
}

qint64 currentId(const QComboBox *combo)
{
    return combo ? combo->currentData(idRole).toLongLong() : 0;
}

} // namespace

ActionForm::ActionForm(const AppContext &context, CaseAction action, const CaseRecord *record,
                       QWidget *parent)
    : QWidget(parent), m_context(context), m_action(action)
{
    setObjectName(u"actionForm"_s);
    if (record) {
        m_record = *record;
        m_townshipId = record->townshipId;
        m_levelOrgUnitId = record->levelOrgUnitId;
    } else {
        // Bulk: the account's own township (or its county when it works at county level).
        const auto township = OrgUnitRepository(context.db).township(context.user.orgUnitId);
        m_townshipId = township ? township->id : context.user.orgUnitId;
        m_levelOrgUnitId = m_townshipId;
    }

    m_layout = new QFormLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);

    using F = ActionField;
    const ActionFields required = CaseWorkflow::requiredFields(action);
    const ActionFields fields = required | CaseWorkflow::optionalFields(action);
    if (fields.testFlag(F::Department))
        addDepartment(required.testFlag(F::Department));
    if (fields.testFlag(F::Worker))
        addWorker(required.testFlag(F::Worker));
    if (fields.testFlag(F::OrgUnit))
        addOrgUnit(required.testFlag(F::OrgUnit));
    if (fields.testFlag(F::SuperviseLevel))
        addSuperviseLevel();
    if (fields.testFlag(F::Days))
        addDays(required.testFlag(F::Days));
    if (fields.testFlag(F::Result))
        addResult();
    if (action == CaseAction::Close || action == CaseAction::SettleOnSpot)
        addCallBack(true);
    else if (action == CaseAction::SubmitFeedback)
        addCallBack(false);
    if (action == CaseAction::Dispatch)
        addCopiedUnits();
    if (fields.testFlag(F::Reason))
        addReason(required.testFlag(F::Reason));
}

QString ActionForm::fieldLabel(const QString &text, bool required)
{
    return required ? text + u" <span style=\"color:#c0392b\">*</span>"_s : text;
}

void ActionForm::addDepartment(bool required)
{
    m_departmentCombo = new QComboBox(this);
    m_departmentCombo->setObjectName(u"departmentComboBox"_s);
    m_departmentCombo->addItem(tr("（请选择）"), qint64(0));
    OrgUnitRepository units(m_context.db);
    QList<Department> departments = DepartmentRepository(m_context.db).list(m_townshipId);
    // A case held by the county center can also go to the county's own departments.
    if (const auto level = units.get(m_levelOrgUnitId); level && level->level == OrgLevel::County)
        departments += DepartmentRepository(m_context.db).list(level->id);
    for (const Department &d : std::as_const(departments))
        m_departmentCombo->addItem(d.name, d.id);
    if (m_record && m_action == CaseAction::Dispatch) {
        const auto category = CategoryRepository(m_context.db).get(m_record->categoryId);
        if (category && category->defaultDepartmentId > 0) {
            int index = m_departmentCombo->findData(category->defaultDepartmentId, idRole);
            // Categories are county-wide: a case of another township goes to its own department of
            // the same name (司法所 there).
            if (index <= 0)
                if (const auto usual = DepartmentRepository(m_context.db).get(category->defaultDepartmentId))
                    index = m_departmentCombo->findText(usual->name);
            if (index > 0)
                m_departmentCombo->setCurrentIndex(index);
        }
    }
    connect(m_departmentCombo, &QComboBox::currentIndexChanged, this, &ActionForm::changed);
    auto *label = new QLabel(fieldLabel(tr("处置部门"), required), this);
    label->setBuddy(m_departmentCombo);
    m_layout->addRow(label, m_departmentCombo);
}

void ActionForm::addWorker(bool required)
{
    m_workerCombo = new QComboBox(this);
    m_workerCombo->setObjectName(u"workerComboBox"_s);
    m_workerCombo->addItem(required ? tr("（请选择）") : tr("（不指定）"), qint64(0));
    // Every village has a "第2网格": workers are named with their path (大塘村 / 第2网格), the case's
    // own grid first, then the rest of its village, then the township; one read of the units.
    const QHash<qint64, OrgUnit> units = PlaceLabel::loadUnits(m_context.db);
    const qint64 caseUnit = m_record ? m_record->orgUnitId : 0;
    const OrgUnit place = units.value(caseUnit);
    const qint64 village = place.level == OrgLevel::Grid      ? place.parentId
                           : place.level == OrgLevel::Village ? place.id
                                                              : 0;
    const auto rank = [&](const Worker &w) {
        if (caseUnit > 0 && w.orgUnitId == caseUnit)
            return 0;
        if (village > 0 && (w.orgUnitId == village || units.value(w.orgUnitId).parentId == village))
            return 1;
        return 2;
    };
    QList<Worker> workers = WorkerRepository(m_context.db).list(m_townshipId);
    std::stable_sort(workers.begin(), workers.end(),
                     [&](const Worker &a, const Worker &b) { return rank(a) < rank(b); });
    for (int i = 0; i < workers.size(); ++i) {
        const Worker &w = workers.at(i);
        if (i > 0 && rank(workers.at(i - 1)) != rank(w))
            m_workerCombo->insertSeparator(m_workerCombo->count());
        m_workerCombo->addItem(tr("%1（%2）").arg(w.name, PlaceLabel::shortPath(units, w.orgUnitId)), w.id);
    }
    connect(m_workerCombo, &QComboBox::currentIndexChanged, this, &ActionForm::changed);
    auto *label = new QLabel(fieldLabel(tr("网格员"), required), this);
    label->setBuddy(m_workerCombo);
    m_layout->addRow(label, m_workerCombo);
    if (m_departmentCombo) {
        const QString hint = tr("可只选处置部门或网格员之一。");
        m_departmentCombo->setToolTip(hint);
        m_workerCombo->setToolTip(hint);
    }
}

void ActionForm::addOrgUnit(bool required)
{
    m_orgUnitCombo = new QComboBox(this);
    m_orgUnitCombo->setObjectName(u"orgUnitComboBox"_s);
    OrgUnitRepository units(m_context.db);
    QString text;
    if (m_action == CaseAction::HandDown) {
        text = tr("下派至");
        m_orgUnitCombo->addItem(tr("（请选择下级单位）"), qint64(0));
        // Every unit below the current level, indented by depth; one read of the (small) tree.
        QMultiMap<qint64, OrgUnit> byParent;
        for (const OrgUnit &u : units.all())
            byParent.insert(u.parentId, u);
        const std::function<void(qint64, int)> addBelow = [&](qint64 parent, int depth) {
            QList<OrgUnit> children = byParent.values(parent);
            std::sort(children.begin(), children.end(),
                      [](const OrgUnit &a, const OrgUnit &b) { return a.code < b.code; });
            for (const OrgUnit &u : std::as_const(children)) {
                m_orgUnitCombo->addItem(QString(depth * 2, QChar(0x3000)) + u.name, u.id);
                addBelow(u.id, depth + 1);
            }
        };
        addBelow(m_levelOrgUnitId, 0);
    } else {
        text = tr("上报至");
        QList<OrgUnit> above = units.ancestors(m_levelOrgUnitId);
        if (!above.isEmpty())
            above.removeLast(); // the level itself
        std::reverse(above.begin(), above.end());
        // Skipping a level is for urgent and major events only (the service says the same).
        if (m_record && m_record->urgency == Urgency::Normal && above.size() > 1)
            above = above.mid(0, 1);
        for (const OrgUnit &u : std::as_const(above))
            m_orgUnitCombo->addItem(u.name, u.id);
    }
    connect(m_orgUnitCombo, &QComboBox::currentIndexChanged, this, &ActionForm::changed);
    auto *label = new QLabel(fieldLabel(text, required), this);
    label->setBuddy(m_orgUnitCombo);
    m_layout->addRow(label, m_orgUnitCombo);
}

void ActionForm::addDays(bool required)
{
    m_daysSpin = new QSpinBox(this);
    m_daysSpin->setObjectName(u"daysSpinBox"_s);
    m_daysSpin->setRange(0, 365);
    const auto category =
        m_record ? CategoryRepository(m_context.db).get(m_record->categoryId) : std::nullopt;
    // An extension adds days to the case's own deadline, counted as that deadline counts.
    const bool extension =
        m_action == CaseAction::RequestExtension || m_action == CaseAction::ApproveExtension;
    const bool working = extension && m_record ? m_record->deadlineWorkingDays
                         : category            ? category->workingDays
                                               : true;
    m_daysSpin->setSuffix(working ? tr(" 个工作日") : tr(" 天"));
    QString text;
    switch (m_action) {
    case CaseAction::RequestExtension:
        text = tr("申请延期");
        break;
    case CaseAction::ApproveExtension:
        text = tr("批准延期");
        m_daysSpin->setSpecialValueText(tr("按申请天数"));
        if (m_record)
            m_daysSpin->setValue(m_record->extensionPendingDays);
        break;
    case CaseAction::Reopen:
        text = tr("重新办理期限");
        break;
    default:
        text = tr("办理期限");
        m_daysSpin->setSpecialValueText(tr("不变（按原期限）"));
        if (m_action == CaseAction::Dispatch && category)
            m_daysSpin->setValue(CaseService::limitDays(*category, m_record->urgency));
        break;
    }
    if (required)
        m_daysSpin->setSpecialValueText(tr("（请填写天数）"));
    connect(m_daysSpin, &QSpinBox::valueChanged, this, &ActionForm::changed);
    auto *label = new QLabel(fieldLabel(text, required), this);
    label->setBuddy(m_daysSpin);
    m_layout->addRow(label, m_daysSpin);
}

QString ActionForm::reasonLabel() const
{
    switch (m_action) {
    case CaseAction::Decline:
        return tr("不予立案理由");
    case CaseAction::Return:
        return tr("退回理由");
    case CaseAction::Transfer:
        return tr("转办理由");
    case CaseAction::Escalate:
        return tr("上报理由");
    case CaseAction::HandDown:
        return tr("下派说明");
    case CaseAction::RequestExtension:
        return tr("延期理由");
    case CaseAction::RefuseExtension:
        return tr("驳回理由");
    case CaseAction::WithdrawExtension:
        return tr("撤回说明");
    case CaseAction::Supervise:
        return tr("督办意见");
    case CaseAction::Urge:
        return tr("催办意见");
    case CaseAction::Reopen:
        return tr("重新办理原因");
    case CaseAction::Dispatch:
        return tr("交办意见");
    case CaseAction::Close:
        // After 核查通过 the check is done: what is written now goes with the closing.
        return m_record && m_record->status == CaseStatus::Verified ? tr("结案说明") : tr("核查意见");
    case CaseAction::Verify:
        return tr("核查意见");
    default:
        return tr("备注");
    }
}

void ActionForm::addReason(bool required)
{
    const QString text = reasonLabel();
    m_reasonEdit = textEdit(u"reasonTextEdit"_s, required ? tr("请填写%1").arg(text) : tr("选填"), this);
    connect(m_reasonEdit, &QPlainTextEdit::textChanged, this, &ActionForm::changed);
    auto *label = new QLabel(fieldLabel(text, required), this);
    label->setBuddy(m_reasonEdit);
    m_layout->addRow(label, m_reasonEdit);
}

void ActionForm::addResult()
{
    m_resultEdit = textEdit(u"resultTextEdit"_s, tr("请填写调查核实和处理的结果"), this);
    connect(m_resultEdit, &QPlainTextEdit::textChanged, this, &ActionForm::changed);
    auto *label = new QLabel(fieldLabel(tr("处理结果"), true), this);
    label->setBuddy(m_resultEdit);
    m_layout->addRow(label, m_resultEdit);
}

void ActionForm::addSuperviseLevel()
{
    m_superviseCombo = new QComboBox(this);
    m_superviseCombo->setObjectName(u"superviseLevelComboBox"_s);
    m_superviseCombo->addItem(tr("（请选择）"), int(SuperviseLevel::None));
    for (const SuperviseLevel level :
         {SuperviseLevel::Normal, SuperviseLevel::YellowCard, SuperviseLevel::RedCard})
        m_superviseCombo->addItem(label(level), int(level));
    connect(m_superviseCombo, &QComboBox::currentIndexChanged, this, &ActionForm::changed);
    auto *text = new QLabel(fieldLabel(tr("督办级别"), true), this);
    text->setBuddy(m_superviseCombo);
    m_layout->addRow(text, m_superviseCombo);
}

void ActionForm::addCallBack(bool withSatisfaction)
{
    if (withSatisfaction) {
        m_satisfactionCombo = new QComboBox(this);
        m_satisfactionCombo->setObjectName(u"satisfactionComboBox"_s);
        m_satisfactionCombo->addItem(tr("（未回访）"), -1);
        for (const Satisfaction s : allValues<Satisfaction>())
            m_satisfactionCombo->addItem(label(s), int(s));
        connect(m_satisfactionCombo, &QComboBox::currentIndexChanged, this, &ActionForm::changed);
        auto *text = new QLabel(tr("回访满意度"), this);
        text->setBuddy(m_satisfactionCombo);
        m_layout->addRow(text, m_satisfactionCombo);
    }
    m_settledCombo = new QComboBox(this);
    m_settledCombo->setObjectName(u"disputeSettledComboBox"_s);
    m_settledCombo->addItem(tr("（不适用）"), -1);
    m_settledCombo->addItem(tr("已化解"), 1);
    m_settledCombo->addItem(tr("未化解"), 0);
    connect(m_settledCombo, &QComboBox::currentIndexChanged, this, &ActionForm::changed);
    auto *text = new QLabel(tr("矛盾纠纷化解"), this);
    text->setBuddy(m_settledCombo);
    m_layout->addRow(text, m_settledCombo);
}

void ActionForm::addCopiedUnits()
{
    m_copiedList = new QListWidget(this);
    m_copiedList->setObjectName(u"copiedUnitsListWidget"_s);
    OrgUnitRepository units(m_context.db);
    QList<OrgUnit> candidates = units.ancestors(m_townshipId);
    if (!candidates.isEmpty())
        candidates.removeLast(); // the township itself dispatches
    candidates += units.children(m_townshipId);
    for (const OrgUnit &u : std::as_const(candidates)) {
        auto *item = new QListWidgetItem(u.name, m_copiedList);
        item->setData(idRole, u.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    m_copiedList->setFixedHeight(m_copiedList->fontMetrics().lineSpacing() * 4 + 16);
    m_copiedList->setFlow(QListView::LeftToRight);
    m_copiedList->setWrapping(true);
    m_copiedList->setSpacing(2);
    connect(m_copiedList, &QListWidget::itemChanged, this, &ActionForm::changed);
    auto *text = new QLabel(tr("抄告单位"), this);
    text->setBuddy(m_copiedList);
    m_layout->addRow(text, m_copiedList);
}

bool ActionForm::hasNoFields() const
{
    return m_layout->rowCount() == 0;
}

ActionInput ActionForm::input() const
{
    ActionInput in;
    if (m_reasonEdit)
        in.note = m_reasonEdit->toPlainText().trimmed();
    if (m_resultEdit)
        in.result = m_resultEdit->toPlainText().trimmed();
    in.departmentId = currentId(m_departmentCombo);
    in.workerId = currentId(m_workerCombo);
    in.orgUnitId = currentId(m_orgUnitCombo);
    if (m_daysSpin)
        in.days = m_daysSpin->value();
    if (m_superviseCombo)
        in.superviseLevel = SuperviseLevel(m_superviseCombo->currentData().toInt());
    if (m_satisfactionCombo && m_satisfactionCombo->currentData().toInt() >= 0)
        in.satisfaction = Satisfaction(m_satisfactionCombo->currentData().toInt());
    if (m_settledCombo && m_settledCombo->currentData().toInt() >= 0)
        in.disputeSettled = m_settledCombo->currentData().toInt() == 1;
    if (m_copiedList) {
        for (int i = 0; i < m_copiedList->count(); ++i)
            if (m_copiedList->item(i)->checkState() == Qt::Checked)
                in.copiedOrgUnits.append(m_copiedList->item(i)->data(idRole).toLongLong());
    }
    return in;
}

QString ActionForm::missing() const
{
    // The workflow's own field check, run against a transition of this action that its roles
    // may take: the form says exactly what the service would refuse.
    for (const Transition &t : CaseWorkflow::transitions()) {
        if (t.action != m_action)
            continue;
        const bool decision =
            m_action == CaseAction::ApproveExtension || m_action == CaseAction::RefuseExtension;
        try {
            CaseWorkflow::check(m_action, CaseState{t.from, decision, t.only.value_or(CheckSteps::One)},
                                t.roles, input());
        } catch (const Error &e) {
            if (e.kind() == Error::Kind::Validation)
                return e.message();
        }
        break;
    }
    return {};
}

} // namespace zz
