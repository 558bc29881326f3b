#include "AdjustmentDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

QComboBox *workerCombo(const QList<ScoreResultRow> &workers, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(u"workerComboBox"_s);
    for (const ScoreResultRow &w : workers)
        combo->addItem(QCoreApplication::translate("zz::AdjustmentDialog", "%1（%2）").arg(w.name, w.code),
                       w.workerId);
    return combo;
}

} // namespace

AdjustmentDialog::AdjustmentDialog(const ScoreScheme &scheme, const QList<ScoreResultRow> &workers,
                                   QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"adjustmentDialog"_s);
    setWindowTitle(tr("人工调整"));
    auto *form = new QFormLayout;
    m_worker = workerCombo(workers, this);
    form->addRow(tr("网格员"), m_worker);
    m_section = new QComboBox(this);
    m_section->setObjectName(u"sectionComboBox"_s);
    for (const ScoreSection &s : scheme.sections)
        m_section->addItem(s.name, s.code);
    if (const ScoreSection *bonus = scheme.bonusSection())
        m_section->setCurrentIndex(m_section->findData(bonus->code));
    form->addRow(tr("考评部分"), m_section);
    m_points = new QDoubleSpinBox(this);
    m_points->setObjectName(u"pointsSpinBox"_s);
    m_points->setRange(-100, 100);
    m_points->setDecimals(2);
    m_points->setSingleStep(0.5);
    form->addRow(tr("分值(加为正，减为负)"), m_points);
    m_money = new QDoubleSpinBox(this);
    m_money->setObjectName(u"moneySpinBox"_s);
    m_money->setRange(0, 100000);
    m_money->setDecimals(0);
    m_money->setSuffix(tr(" 元"));
    form->addRow(tr("扣发补贴"), m_money);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(u"reasonTextEdit"_s);
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("写明事由和依据，审批人据此审批"));
    form->addRow(tr("理由"), m_reason);
    auto *note = new QLabel(tr("提交后须由您以外的领导审批，审批后才计入考评。"), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("提交审批"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"submitAdjustmentButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(460, 360);
}

ScoreAdjustment AdjustmentDialog::adjustment() const
{
    ScoreAdjustment a;
    a.workerId = m_worker->currentData().toLongLong();
    a.section = m_section->currentData().toString();
    a.points = m_points->value();
    a.money = m_money->value();
    a.reason = m_reason->toPlainText();
    return a;
}

ReasonDialog::ReasonDialog(const QString &title, const QString &prompt, const QList<ScoreResultRow> &workers,
                           QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"reasonDialog"_s);
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    if (!workers.isEmpty()) {
        auto *form = new QFormLayout;
        m_worker = workerCombo(workers, this);
        form->addRow(tr("网格员"), m_worker);
        layout->addLayout(form);
    }
    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"reasonTextEdit"_s);
    m_text->setTabChangesFocus(true);
    layout->addWidget(m_text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"reasonOkButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(440, 260);
}

QString ReasonDialog::text() const
{
    return m_text->toPlainText();
}

qint64 ReasonDialog::workerId() const
{
    return m_worker ? m_worker->currentData().toLongLong() : 0;
}

} // namespace zz
