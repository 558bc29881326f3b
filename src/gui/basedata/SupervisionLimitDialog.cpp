#include "SupervisionLimitDialog.h"

#include "ReferenceRepositories.h"
#include "shell/AppContext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

SupervisionLimitDialog::SupervisionLimitDialog(const AppContext &context,
                                               std::optional<SupervisionLimit> existing, QWidget *parent)
    : QDialog(parent), m_context(context), m_limit(existing.value_or(SupervisionLimit{}))
{
    setObjectName(u"supervisionLimitDialog"_s);
    setWindowTitle(existing ? tr("编辑督办时限") : tr("新增督办时限"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("到时限仍未处理的案件自动亮黄牌，黄牌后仍未办结或超期过久的亮红牌。"
                                "最具体的一行生效：类别本身的，其次上级类别的，最后是默认的；同一类别中"
                                "先看案件所在层级的，再看“全部层级”的。"),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_category = new QComboBox(this);
    m_category->setObjectName(u"limitCategoryComboBox"_s);
    m_category->addItem(tr("全部类别（默认）"), qint64(0));
    const QList<Category> categories = CategoryRepository(context.db).all(false);
    for (const Category &top : categories) {
        if (top.parentId != 0)
            continue;
        m_category->addItem(top.name, top.id);
        for (const Category &child : categories)
            if (child.parentId == top.id)
                m_category->addItem(u"　　"_s + child.name, child.id);
    }
    m_category->setCurrentIndex(qMax(0, m_category->findData(m_limit.categoryId)));
    form->addRow(tr("事件类别："), m_category);

    m_level = new QComboBox(this);
    m_level->setObjectName(u"limitLevelComboBox"_s);
    m_level->addItem(tr("全部层级"), 0);
    for (OrgLevel level : allValues<OrgLevel>())
        m_level->addItem(label(level), int(level));
    m_level->setCurrentIndex(qMax(0, m_level->findData(m_limit.orgLevel ? int(*m_limit.orgLevel) : 0)));
    m_level->setToolTip(tr("案件当前所在的中心层级"));
    form->addRow(tr("中心层级："), m_level);

    m_dispatch = hoursBox(u"limitDispatchSpinBox"_s, m_limit.dispatchHours, 0);
    form->addRow(tr("立案后未派遣（黄牌）："), m_dispatch);
    m_sign = hoursBox(u"limitSignSpinBox"_s, m_limit.signHours, 0);
    form->addRow(tr("派遣后未签收（黄牌）："), m_sign);
    m_percent = new QSpinBox(this);
    m_percent->setObjectName(u"limitPercentSpinBox"_s);
    m_percent->setRange(0, 1000);
    m_percent->setSuffix(u"%"_s);
    m_percent->setSpecialValueText(tr("不检查"));
    m_percent->setValue(m_limit.deadlinePercent.value_or(0));
    m_percent->setToolTip(tr("从受理到办理期限的时间已过去这一比例时亮黄牌；100%即到期时"));
    form->addRow(tr("办理期限已过（黄牌）："), m_percent);
    m_redAfterYellow = hoursBox(u"limitRedAfterYellowSpinBox"_s, m_limit.redAfterYellowHours, 0);
    form->addRow(tr("黄牌后仍未办结（红牌）："), m_redAfterYellow);
    m_redOverdue = hoursBox(u"limitRedOverdueSpinBox"_s, m_limit.redOverdueHours, -1);
    form->addRow(tr("超过期限仍未办结（红牌）："), m_redOverdue);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"limitProblemLabel"_s);
    m_problem->setStyleSheet(u"color: #c62828;"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"limitSaveButton"_s);
    buttons->button(QDialogButtonBox::Save)->setText(tr("保存"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SupervisionLimitDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SupervisionLimitDialog::reject);
    layout->addWidget(buttons);
    resize(qMax(sizeHint().width(), fontMetrics().horizontalAdvance(u"M"_s) * 46), sizeHint().height());
}

QSpinBox *SupervisionLimitDialog::hoursBox(const QString &name, std::optional<int> value, int off)
{
    auto *box = new QSpinBox(this);
    box->setObjectName(name);
    box->setRange(off, 24 * 365);
    box->setSuffix(tr(" 小时"));
    box->setSpecialValueText(tr("不检查"));
    box->setValue(value.value_or(off));
    return box;
}

void SupervisionLimitDialog::accept()
{
    SupervisionLimit l = m_limit;
    l.categoryId = m_category->currentData().toLongLong();
    const int level = m_level->currentData().toInt();
    l.orgLevel = level > 0 ? std::optional(OrgLevel(level)) : std::nullopt;
    const auto hours = [](const QSpinBox *box) {
        return box->value() == box->minimum() ? std::nullopt : std::optional(box->value());
    };
    l.dispatchHours = hours(m_dispatch);
    l.signHours = hours(m_sign);
    l.deadlinePercent = hours(m_percent);
    l.redAfterYellowHours = hours(m_redAfterYellow);
    l.redOverdueHours = hours(m_redOverdue);
    try {
        SupervisionService(m_context.db, m_context.clock).saveLimit(m_context.actor(), l);
    } catch (const Error &error) {
        if (error.kind() == Error::Kind::Connection || error.kind() == Error::Kind::NotFound) {
            m_failure = error;
            QDialog::reject();
            return;
        }
        m_problem->setText(error.message());
        m_problem->show();
        return;
    }
    m_limit = l;
    QDialog::accept();
}

} // namespace zz
