#include "OrgUnitDialog.h"

#include "Error.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

namespace {
QString levelTitle(OrgLevel level)
{
    switch (level) {
    case OrgLevel::County:
        return OrgUnitDialog::tr("县(区)");
    case OrgLevel::Township:
        return OrgUnitDialog::tr("乡镇(街道)");
    case OrgLevel::Village:
        return OrgUnitDialog::tr("村(社区)");
    case OrgLevel::Grid:
        return OrgUnitDialog::tr("网格");
    }
    return {};
}
} // namespace

OrgUnitDialog::OrgUnitDialog(const OrgUnit &parentUnit, const OrgUnit *unit, OrgLevel level,
                             const QString &suggestedCode, Save save, QWidget *parent)
    : QDialog(parent), m_save(std::move(save))
{
    setObjectName(u"orgUnitDialog"_s);
    setWindowTitle(unit ? tr("编辑%1").arg(levelTitle(level)) : tr("新增%1").arg(levelTitle(level)));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto *parentLabel = new QLabel(parentUnit.id > 0 ? parentUnit.name : tr("(无)"), this);
    parentLabel->setObjectName(u"orgUnitParentLabel"_s);
    form->addRow(tr("上级单位："), parentLabel);
    m_name = new QLineEdit(unit ? unit->name : QString(), this);
    m_name->setObjectName(u"orgUnitNameEdit"_s);
    m_name->setMaxLength(100);
    m_name->setMinimumWidth(fontMetrics().horizontalAdvance(u"某某经济技术开发区管理委员会"_s));
    form->addRow(tr("名称："), m_name);
    m_code = new QLineEdit(unit ? unit->code : QString(), this);
    m_code->setObjectName(u"orgUnitCodeEdit"_s);
    m_code->setMaxLength(32);
    if (!unit) {
        m_code->setPlaceholderText(tr("留空自动生成：%1").arg(suggestedCode));
    } else if (!unit->local) {
        m_code->setReadOnly(true);
        m_code->setToolTip(tr("国家统计用区划代码不能修改。"));
    }
    form->addRow(tr("代码："), m_code);
    auto *hint = new QLabel(
        unit && !unit->local
            ? tr("代码为国家统计用区划代码，不能修改。")
            : tr("本地代码由上级代码加“L”和序号组成(网格为村代码加序号)，不会与国家区划代码重复。"),
        this);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    form->addRow(QString(), hint);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(u"orgUnitErrorLabel"_s);
    m_error->setStyleSheet(u"color: #c62828;"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("保存"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"orgUnitSaveButton"_s);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &OrgUnitDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OrgUnitDialog::reject);
}

void OrgUnitDialog::accept()
{
    try {
        m_saved = m_save(m_name->text(), m_code->text());
    } catch (const Error &error) {
        if (error.kind() == Error::Kind::Conflict) {
            m_conflicted = true;
            QDialog::reject();
            return;
        }
        m_error->setText(error.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace zz
