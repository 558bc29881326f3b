#include "AccountDialog.h"

#include "AccountService.h"
#include "Error.h"
#include "PasswordHasher.h"
#include "ReferenceRepositories.h"
#include "shell/AppContext.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <functional>

using namespace Qt::StringLiterals;

namespace zz {

AccountDialog::AccountDialog(const AppContext &context, std::optional<User> existing, QWidget *parent)
    : QDialog(parent), m_context(context), m_editing(existing.has_value()), m_user(existing.value_or(User{}))
{
    setObjectName(u"accountDialog"_s);
    setWindowTitle(m_editing ? tr("编辑账号 - %1").arg(m_user.login) : tr("新建账号"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_loginEdit = new QLineEdit(m_user.login, this);
    m_loginEdit->setObjectName(u"loginLineEdit"_s);
    m_loginEdit->setMaxLength(32);
    m_loginEdit->setPlaceholderText(tr("小写字母开头，如 zhangsan"));
    m_loginEdit->setReadOnly(m_editing);
    if (m_editing)
        m_loginEdit->setToolTip(tr("登录名创建后不能修改"));
    form->addRow(tr("登录名："), m_loginEdit);

    m_displayNameEdit = new QLineEdit(m_user.displayName, this);
    m_displayNameEdit->setObjectName(u"displayNameLineEdit"_s);
    m_displayNameEdit->setMaxLength(AccountService::maxDisplayNameLength);
    form->addRow(tr("姓名："), m_displayNameEdit);

    auto *roles = new QWidget(this);
    auto *rolesLayout = new QHBoxLayout(roles);
    rolesLayout->setContentsMargins(0, 0, 0, 0);
    for (Role role : allValues<Role>()) {
        auto *box = new QCheckBox(label(role), roles);
        box->setObjectName(u"roleCheckBox_"_s + code(role));
        box->setChecked(m_user.roles.testFlag(role));
        rolesLayout->addWidget(box);
        m_roleBoxes.insert(role, box);
        m_fieldOf.insert(box, RolesField);
        connect(box, &QCheckBox::toggled, this, &AccountDialog::updateState);
    }
    rolesLayout->addStretch(1);
    form->addRow(tr("角色："), roles);

    m_orgUnitCombo = new QComboBox(this);
    m_orgUnitCombo->setObjectName(u"orgUnitComboBox"_s);
    form->addRow(tr("所属单位："), m_orgUnitCombo);
    m_departmentCombo = new QComboBox(this);
    m_departmentCombo->setObjectName(u"departmentComboBox"_s);
    form->addRow(tr("所属部门："), m_departmentCombo);

    if (m_editing) {
        m_activeBox = new QCheckBox(tr("启用（可以登录）"), this);
        m_activeBox->setObjectName(u"activeCheckBox"_s);
        m_activeBox->setChecked(m_user.active);
        form->addRow(tr("状态："), m_activeBox);
        connect(m_activeBox, &QCheckBox::toggled, this, &AccountDialog::updateState);
    } else {
        m_passwordEdit = new QLineEdit(this);
        m_passwordEdit->setObjectName(u"passwordLineEdit"_s);
        m_passwordEdit->setEchoMode(QLineEdit::Password);
        m_passwordEdit->setPlaceholderText(tr("至少 %1 位，不能全是数字").arg(PasswordHasher::minLength));
        form->addRow(tr("初始密码："), m_passwordEdit);
        m_confirmEdit = new QLineEdit(this);
        m_confirmEdit->setObjectName(u"confirmPasswordLineEdit"_s);
        m_confirmEdit->setEchoMode(QLineEdit::Password);
        form->addRow(tr("确认密码："), m_confirmEdit);
        m_fieldOf.insert(m_passwordEdit, PasswordField);
        m_fieldOf.insert(m_confirmEdit, ConfirmField);
        connect(m_passwordEdit, &QLineEdit::textChanged, this, &AccountDialog::updateState);
        connect(m_confirmEdit, &QLineEdit::textChanged, this, &AccountDialog::updateState);
    }
    layout->addLayout(form);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(u"messageLabel"_s);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(u"color: #c62828;"_s);
    m_messageLabel->hide();
    layout->addWidget(m_messageLabel);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(u"buttonBox"_s);
    m_saveButton = buttons->addButton(m_editing ? tr("保存") : tr("创建"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(u"saveButton"_s);
    m_saveButton->setDefault(true);
    QPushButton *cancel = buttons->addButton(tr("取消"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(u"cancelButton"_s);
    cancel->setAutoDefault(false);
    connect(m_saveButton, &QPushButton::clicked, this, &AccountDialog::save);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);

    fillOrgUnits();
    connect(m_orgUnitCombo, &QComboBox::currentIndexChanged, this, [this] {
        fillDepartments();
        updateState();
    });
    connect(m_departmentCombo, &QComboBox::currentIndexChanged, this, &AccountDialog::updateState);
    m_fieldOf.insert(m_loginEdit, LoginField);
    m_fieldOf.insert(m_displayNameEdit, NameField);
    m_fieldOf.insert(m_orgUnitCombo, OrgUnitField);
    m_fieldOf.insert(m_departmentCombo, DepartmentField);
    for (QLineEdit *edit : {m_loginEdit, m_displayNameEdit})
        connect(edit, &QLineEdit::textChanged, this, &AccountDialog::updateState);
    setMinimumWidth(fontMetrics().horizontalAdvance(u"M"_s) * 52);
    updateState();
}

void AccountDialog::fillOrgUnits()
{
    // The actor's own unit and everything below it, down to villages (accounts do not sit on grids).
    QList<OrgUnit> all;
    try {
        all = OrgUnitRepository(m_context.db).all();
    } catch (const Error &error) {
        m_messageLabel->setText(error.message());
        m_messageLabel->show();
    }
    QHash<qint64, QList<OrgUnit>> children;
    for (const OrgUnit &unit : std::as_const(all))
        children[unit.parentId].append(unit);
    const qint64 root = m_context.user.orgUnitId;
    QList<OrgUnit> start;
    for (const OrgUnit &unit : std::as_const(all)) {
        if (root > 0 ? unit.id == root : unit.parentId == 0)
            start.append(unit);
    }
    const std::function<void(const OrgUnit &, int)> add = [&](const OrgUnit &unit, int depth) {
        if (unit.level == OrgLevel::Grid)
            return;
        m_orgUnitCombo->addItem(QString(depth * 2, u' ') + unit.name, unit.id);
        for (const OrgUnit &child : children.value(unit.id))
            add(child, depth + 1);
    };
    for (const OrgUnit &unit : std::as_const(start))
        add(unit, 0);
    const int current = m_orgUnitCombo->findData(m_user.orgUnitId);
    m_orgUnitCombo->setCurrentIndex(current >= 0 ? current : 0);
    fillDepartments();
}

void AccountDialog::fillDepartments()
{
    const qint64 selected =
        m_departmentCombo->count() > 0 ? m_departmentCombo->currentData().toLongLong() : m_user.departmentId;
    const QSignalBlocker blocker(m_departmentCombo);
    m_departmentCombo->clear();
    m_departmentCombo->addItem(tr("（无）"), qint64(0));
    const qint64 unitId = m_orgUnitCombo->currentData().toLongLong();
    if (unitId > 0) {
        try {
            // Departments belong to a township (or the county); a village's are its township's.
            const auto township = OrgUnitRepository(m_context.db).township(unitId);
            for (const Department &department :
                 DepartmentRepository(m_context.db).list(township ? township->id : unitId))
                m_departmentCombo->addItem(department.name, department.id);
        } catch (const Error &) {
            // the list stays short; saving reports the database problem
        }
    }
    const int index = m_departmentCombo->findData(selected);
    m_departmentCombo->setCurrentIndex(index >= 0 ? index : 0);
}

User AccountDialog::userFromForm() const
{
    User user = m_user;
    user.login = m_loginEdit->text().trimmed();
    user.displayName = m_displayNameEdit->text().trimmed();
    user.roles = {};
    for (auto it = m_roleBoxes.cbegin(); it != m_roleBoxes.cend(); ++it) {
        if (it.value()->isChecked())
            user.roles |= it.key();
    }
    user.orgUnitId = m_orgUnitCombo->currentData().toLongLong();
    user.departmentId = m_departmentCombo->currentData().toLongLong();
    if (m_activeBox)
        user.active = m_activeBox->isChecked();
    return user;
}

QList<FormProblem> AccountDialog::problems() const
{
    const User user = userFromForm();
    QList<FormProblem> out;
    if (!m_editing) {
        if (const QString p = AccountService::loginProblem(user.login); !p.isEmpty())
            out.append({LoginField, p});
    }
    if (user.displayName.isEmpty())
        out.append({NameField, tr("请填写姓名。")});
    if (!user.roles)
        out.append({RolesField, tr("请至少选择一个角色。")});
    if (user.orgUnitId <= 0)
        out.append({OrgUnitField, tr("请选择账号所属的单位。")});
    if (user.roles.testFlag(Role::DepartmentHandler) && user.departmentId <= 0)
        out.append({DepartmentField, tr("部门处置人必须选择所属部门。")});
    if (!m_editing) {
        if (const QString p = PasswordHasher::policyViolation(m_passwordEdit->text()); !p.isEmpty())
            out.append({PasswordField, p});
        else if (m_confirmEdit->text() != m_passwordEdit->text())
            out.append({ConfirmField, tr("两次输入的密码不一致。")});
    }
    return out;
}

QString AccountDialog::problem() const
{
    const QList<FormProblem> all = problems();
    return all.isEmpty() ? QString() : all.first().text;
}

void AccountDialog::updateState()
{
    if (sender() && m_fieldOf.contains(sender()))
        m_touched.insert(m_fieldOf.value(sender()));
    const QList<FormProblem> all = problems();
    m_saveButton->setEnabled(all.isEmpty());
    // Editing: everything was filled in before, so every problem is worth saying at once.
    const QString text = m_editing ? problem() : formMessage(all, m_touched);
    m_messageLabel->setText(text);
    m_messageLabel->setVisible(!text.isEmpty());
}

void AccountDialog::save()
{
    if (!problem().isEmpty())
        return;
    User user = userFromForm();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString failure;
    bool conflict = false;
    try {
        AccountService service(m_context.db, m_context.clock, m_context.actor());
        if (m_editing)
            service.update(user);
        else
            service.create(user, m_passwordEdit->text());
    } catch (const Error &error) {
        conflict = error.kind() == Error::Kind::Conflict;
        failure = error.message();
    } catch (const std::exception &error) {
        failure = QString::fromLocal8Bit(error.what());
    }
    QApplication::restoreOverrideCursor();
    if (conflict) {
        done(ConflictResult);
        return;
    }
    if (!failure.isEmpty()) {
        m_messageLabel->setText(failure);
        m_messageLabel->show();
        return;
    }
    m_user = user;
    accept();
}

} // namespace zz
