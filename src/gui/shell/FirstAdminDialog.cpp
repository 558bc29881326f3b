#include "FirstAdminDialog.h"

#include "AccountService.h"
#include "Error.h"
#include "FirstAdminForm.h"
#include "ReferenceRepositories.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

FirstAdminDialog::FirstAdminDialog(const Database &db, const Clock &clock, QWidget *parent)
    : QDialog(parent), m_db(db), m_clock(clock)
{
    setObjectName(u"firstAdminDialog"_s);
    setWindowTitle(tr("创建初始管理员"));
    setModal(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);

    auto *intro = new QLabel(tr("这个数据库还没有任何账号。请创建第一个管理员账号，"
                                "之后用它登录并为其他工作人员建立账号。"),
                             this);
    intro->setObjectName(u"introLabel"_s);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *unitBox = new QGroupBox(tr("所属单位"), this);
    auto *unitForm = new QFormLayout(unitBox);
    m_orgUnitCombo = new QComboBox(unitBox);
    m_orgUnitCombo->setObjectName(u"orgUnitComboBox"_s);
    try {
        for (const OrgUnit &unit : OrgUnitRepository(db).all()) {
            if (unit.level != OrgLevel::County && unit.level != OrgLevel::Township)
                continue;
            const QString indent = unit.level == OrgLevel::Township ? u"    "_s : QString();
            m_orgUnitCombo->addItem(indent + tr("%1（%2）").arg(unit.name, label(unit.level)), unit.id);
        }
    } catch (const Error &) {
        // shown as "no units" below
    }
    unitForm->addRow(tr("单位："), m_orgUnitCombo);
    layout->addWidget(unitBox);

    m_form = new FirstAdminForm(FirstAccountField, this);
    layout->addWidget(m_form);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(u"messageLabel"_s);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(u"color: #c62828;"_s);
    m_messageLabel->hide();
    layout->addWidget(m_messageLabel);

    auto *buttons = new QDialogButtonBox(this);
    m_createButton = buttons->addButton(tr("创建管理员"), QDialogButtonBox::AcceptRole);
    m_createButton->setObjectName(u"createButton"_s);
    m_createButton->setDefault(true);
    QPushButton *quit = buttons->addButton(tr("退出"), QDialogButtonBox::RejectRole);
    quit->setObjectName(u"quitButton"_s);
    quit->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(m_createButton, &QPushButton::clicked, this, &FirstAdminDialog::create);
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_form, &FirstAdminForm::edited, this, &FirstAdminDialog::updateState);

    setMinimumWidth(fontMetrics().horizontalAdvance(u"M"_s) * 44);
    updateState(-1);
}

QList<FormProblem> FirstAdminDialog::problems() const
{
    QList<FormProblem> out;
    if (m_orgUnitCombo->count() == 0)
        out.append({UnitField, tr("数据库中还没有单位。请重新打开程序，用首次设置向导建立本中心。")});
    out += m_form->problems();
    return out;
}

QString FirstAdminDialog::problem() const
{
    const QList<FormProblem> all = problems();
    return all.isEmpty() ? QString() : all.first().text;
}

void FirstAdminDialog::updateState(int field)
{
    if (field >= 0)
        m_touched.insert(field);
    const QList<FormProblem> all = problems();
    m_createButton->setEnabled(all.isEmpty());
    QString text = formMessage(all, m_touched);
    if (text.isEmpty() && m_orgUnitCombo->count() == 0)
        text = all.first().text;
    m_messageLabel->setText(text);
    m_messageLabel->setVisible(!text.isEmpty());
}

void FirstAdminDialog::create()
{
    if (!problem().isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString failure;
    try {
        User user = m_form->account(m_orgUnitCombo->currentData().toLongLong());
        AccountService(m_db, m_clock, Actor{}).createFirstAdmin(user, m_form->password());
        m_createdLogin = user.login;
    } catch (const Error &error) {
        failure = error.message();
    } catch (const std::exception &error) {
        failure = QString::fromLocal8Bit(error.what());
    }
    QApplication::restoreOverrideCursor();
    if (!failure.isEmpty()) {
        m_messageLabel->setText(failure);
        m_messageLabel->show();
        return;
    }
    m_form->clearPasswords();
    accept();
}

} // namespace zz
