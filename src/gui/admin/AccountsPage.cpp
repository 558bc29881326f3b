#include "AccountsPage.h"

#include "AccountDialog.h"
#include "AccountListModel.h"
#include "AccountService.h"
#include "CheckStepsDialog.h"
#include "Error.h"
#include "Permissions.h"
#include "ResetPasswordDialog.h"
#include "shell/AppContext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

AccountsPage::AccountsPage(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new AccountListModel(context.db, this))
{
    setObjectName(u"accountsPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);

    auto *buttons = new QHBoxLayout;
    m_newButton = new QPushButton(tr("新建账号"), this);
    m_newButton->setObjectName(u"newAccountButton"_s);
    m_editButton = new QPushButton(tr("编辑"), this);
    m_editButton->setObjectName(u"editAccountButton"_s);
    m_toggleButton = new QPushButton(tr("停用"), this);
    m_toggleButton->setObjectName(u"toggleActiveButton"_s);
    m_resetButton = new QPushButton(tr("重置密码"), this);
    m_resetButton->setObjectName(u"resetPasswordButton"_s);
    for (QPushButton *button : {m_newButton, m_editButton, m_toggleButton, m_resetButton})
        buttons->addWidget(button);
    // The center's own workflow choices sit with the other admin work until 基础数据 holds them.
    m_checkStepsButton = new QPushButton(tr("办理流程设置…"), this);
    m_checkStepsButton->setObjectName(u"checkStepsButton"_s);
    m_checkStepsButton->setToolTip(tr("核查与结案一步或两步办理，全县或按乡镇(街道)设置"));
    m_checkStepsButton->setVisible(Permissions::allows(context.user.roles, Permission::ManageReferenceData));
    buttons->addWidget(m_checkStepsButton);
    buttons->addStretch(1);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"accountCountLabel"_s);
    buttons->addWidget(m_countLabel);
    layout->addLayout(buttons);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setStyleSheet(u"color: #c62828;"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    m_table = new QTableView(this);
    m_table->setObjectName(u"accountTableView"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto widthOf = [&](const QString &sample) { return metrics.horizontalAdvance(sample) + 28; };
    m_table->setColumnWidth(AccountListModel::LoginColumn, widthOf(u"reception12"_s));
    m_table->setColumnWidth(AccountListModel::NameColumn, widthOf(u"欧阳娜娜娜"_s));
    m_table->setColumnWidth(AccountListModel::RolesColumn, widthOf(u"部门处置人、值班员"_s));
    m_table->setColumnWidth(AccountListModel::DepartmentColumn, widthOf(u"市场监管所"_s));
    m_table->setColumnWidth(AccountListModel::StatusColumn, widthOf(tr("状态")));
    header->setSectionResizeMode(AccountListModel::OrgUnitColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    connect(m_newButton, &QPushButton::clicked, this, &AccountsPage::createAccount);
    connect(m_editButton, &QPushButton::clicked, this, &AccountsPage::editSelected);
    connect(m_toggleButton, &QPushButton::clicked, this, &AccountsPage::toggleSelectedActive);
    connect(m_resetButton, &QPushButton::clicked, this, &AccountsPage::resetSelectedPassword);
    connect(m_checkStepsButton, &QPushButton::clicked, this, &AccountsPage::editCheckSteps);
    connect(m_table, &QTableView::doubleClicked, this, &AccountsPage::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccountsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AccountsPage::updateButtons);

    reload();
}

void AccountsPage::reload()
{
    const User *current = selectedUser();
    const qint64 selectedId = current ? current->id : 0;
    m_errorLabel->hide();
    try {
        m_model->reload();
    } catch (const Error &error) {
        showError(tr("读取账号失败：%1").arg(error.message()));
    }
    m_countLabel->setText(tr("共 %Ln 个账号", nullptr, m_model->rowCount()));
    if (selectedId > 0)
        select(selectedId);
    updateButtons();
}

const User *AccountsPage::selectedUser() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? &m_model->userAt(current.row()) : nullptr;
}

void AccountsPage::select(qint64 userId)
{
    const int row = m_model->rowOf(userId);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
}

void AccountsPage::updateButtons()
{
    const User *user = selectedUser();
    m_editButton->setEnabled(user);
    m_resetButton->setEnabled(user);
    m_toggleButton->setEnabled(user && user->id != m_context.user.id); // not one's own account
    m_toggleButton->setText(user && !user->active ? tr("启用") : tr("停用"));
}

void AccountsPage::createAccount()
{
    AccountDialog dialog(m_context, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 id = dialog.savedUser().id;
    reload();
    select(id);
}

void AccountsPage::editSelected()
{
    const User *user = selectedUser();
    if (!user)
        return;
    const qint64 id = user->id;
    AccountDialog dialog(m_context, *user, this);
    const int result = dialog.exec();
    if (result == AccountDialog::ConflictResult) {
        showConflict();
        return;
    }
    if (result == QDialog::Accepted) {
        reload();
        select(id);
    }
}

void AccountsPage::toggleSelectedActive()
{
    const User *selected = selectedUser();
    if (!selected)
        return;
    User user = *selected; // with the version this list read: a stale one is a conflict
    if (user.active) {
        const auto answer =
            QMessageBox::question(this, tr("停用账号"),
                                  tr("停用账号“%1（%2）”？停用后该账号不能再登录，记录仍然保留。")
                                      .arg(user.displayName, user.login),
                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    user.active = !user.active;
    try {
        AccountService(m_context.db, m_context.clock, m_context.actor()).update(user);
    } catch (const Error &error) {
        if (error.kind() == Error::Kind::Conflict)
            showConflict();
        else
            QMessageBox::warning(this, user.active ? tr("启用账号") : tr("停用账号"), error.message());
        return;
    }
    reload();
    select(user.id);
}

void AccountsPage::resetSelectedPassword()
{
    const User *user = selectedUser();
    if (!user)
        return;
    ResetPasswordDialog dialog(m_context, *user, this);
    if (dialog.exec() == QDialog::Accepted)
        QMessageBox::information(this, tr("重置密码"), tr("已为 %1 设置新密码。").arg(user->login));
}

void AccountsPage::showConflict()
{
    QMessageBox box(QMessageBox::Warning, tr("账号已被修改"), tr("此账号已被其他人修改，请重新载入。"),
                    QMessageBox::NoButton, this);
    box.setObjectName(u"conflictMessageBox"_s);
    QPushButton *reloadButton = box.addButton(tr("重新载入"), QMessageBox::AcceptRole);
    box.addButton(tr("取消"), QMessageBox::RejectRole);
    box.setDefaultButton(reloadButton);
    box.exec();
    if (box.clickedButton() == reloadButton)
        reload();
}

void AccountsPage::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

CheckStepsDialog *AccountsPage::editCheckSteps()
{
    auto *dialog = new CheckStepsDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace zz
