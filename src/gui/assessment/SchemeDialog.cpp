#include "SchemeDialog.h"

#include "AssessmentPrinter.h"
#include "Error.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

enum SectionColumn { SectionName, SectionStart, SectionMaximum, SectionFloor, SectionColumns };
enum ItemColumn {
    ItemSection,
    ItemName,
    ItemFact,
    ItemDeduct,
    ItemPerUnit,
    ItemFormula,
    ItemThreshold,
    ItemCap,
    ItemMoney,
    ItemColumns
};

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

QString number(double v)
{
    return AssessmentPrinter::points(v);
}

// A number typed into a cell; `ok` false when it is none.
double cellNumber(const QTableWidget *table, int row, int column, bool *ok)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed().toDouble(ok) : (*ok = false, 0.0);
}

QDoubleSpinBox *spin(QWidget *parent, const QString &name, double max, double value)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, max);
    box->setDecimals(2);
    box->setValue(value);
    box->setMaximumWidth(160);
    return box;
}

} // namespace

SchemeDialog::SchemeDialog(const AppContext &context, qint64 townshipId, const ScorePeriod &from,
                           bool writable, QWidget *parent)
    : QDialog(parent), m_context(context), m_townshipId(townshipId), m_from(from)
{
    setObjectName(u"schemeDialog"_s);
    setWindowTitle(tr("考评方案（%1起）").arg(from.label()));
    try {
        m_base = AssessmentService(m_context.db, m_context.clock).scheme(townshipId, from);
    } catch (const Error &) {
        m_base = ScoreScheme::defaultScheme();
    }

    m_sections = new QTableWidget(0, SectionColumns, this);
    m_sections->setObjectName(u"sectionsTable"_s);
    m_sections->setHorizontalHeaderLabels({tr("部分"), tr("起始分"), tr("满分"), tr("保底分")});
    m_sections->verticalHeader()->hide();
    m_items = new QTableWidget(0, ItemColumns, this);
    m_items->setObjectName(u"itemsTable"_s);
    m_items->setHorizontalHeaderLabels({tr("部分"), tr("评分项"), tr("依据"), tr("扣分项"), tr("每单位分值"),
                                        tr("公式(N)"), tr("起算数"), tr("上限"), tr("每单位扣款(元)")});
    m_items->verticalHeader()->hide();
    m_items->horizontalHeader()->setStretchLastSection(true);

    m_excellent = spin(this, u"excellentSpinBox"_s, 1000, m_base.excellentFrom);
    m_good = spin(this, u"goodSpinBox"_s, 1000, m_base.goodFrom);
    m_pass = spin(this, u"passSpinBox"_s, 1000, m_base.passFrom);
    m_baseStipend = spin(this, u"baseStipendSpinBox"_s, 1000000, m_base.baseStipend);
    m_pool = spin(this, u"poolSpinBox"_s, 1000000, m_base.performancePool);
    m_minDays = new QSpinBox(this);
    m_minDays->setObjectName(u"minDaysSpinBox"_s);
    m_minDays->setRange(0, 31);
    m_minDays->setValue(m_base.minDaysInPost);
    m_minDays->setMaximumWidth(160);
    auto *form = new QFormLayout;
    form->addRow(tr("优秀(分以上)"), m_excellent);
    form->addRow(tr("良好(分以上)"), m_good);
    form->addRow(tr("合格(分以上)"), m_pass);
    form->addRow(tr("基础补贴(元)"), m_baseStipend);
    form->addRow(tr("绩效奖金(元，按总分比例)"), m_pool);
    form->addRow(tr("参评最少在岗天数"), m_minDays);

    m_error = new QLabel(this);
    m_error->setObjectName(u"schemeErrorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"QLabel { color: #b71c1c; }"_s);
    m_error->hide();
    auto *note =
        new QLabel(tr("留空“上限”表示不封顶；扣分项的分值或公式给出扣去的分数，公式算出负数时不扣也不加。"
                      "保存后自%1起的月份按此方案计算，之前的月份不变。")
                       .arg(from.label()),
                   this);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    if (writable) {
        auto *saveButton = buttons->addButton(tr("保存"), QDialogButtonBox::AcceptRole);
        saveButton->setObjectName(u"saveSchemeButton"_s);
        connect(saveButton, &QPushButton::clicked, this, [this] {
            if (save())
                accept();
        });
    }
    buttons->addButton(writable ? QDialogButtonBox::Cancel : QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(m_sections, 1, Qt::AlignTop);
    top->addLayout(form);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_items, 1);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    load(m_base);
    if (!writable) {
        m_sections->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
        for (QWidget *w :
             std::initializer_list<QWidget *>{m_excellent, m_good, m_pass, m_baseStipend, m_pool, m_minDays})
            w->setEnabled(false);
    }
    resize(980, 640);
}

void SchemeDialog::load(const ScoreScheme &scheme)
{
    m_sections->setRowCount(int(scheme.sections.size()));
    int itemCount = 0;
    for (const ScoreSection &s : scheme.sections)
        itemCount += int(s.items.size());
    m_items->setRowCount(itemCount);
    int row = 0;
    for (int r = 0; r < scheme.sections.size(); ++r) {
        const ScoreSection &s = scheme.sections.at(r);
        m_sections->setItem(r, SectionName, readOnly(s.name));
        m_sections->setItem(r, SectionStart, new QTableWidgetItem(number(s.start)));
        m_sections->setItem(r, SectionMaximum, new QTableWidgetItem(number(s.maximum)));
        m_sections->setItem(r, SectionFloor, new QTableWidgetItem(number(s.floor)));
        for (const ScoreItem &i : s.items) {
            m_items->setItem(row, ItemSection, readOnly(s.name));
            m_items->setItem(row, ItemName, new QTableWidgetItem(i.name));
            m_items->setItem(row, ItemFact, readOnly(factLabel(i.fact)));
            auto *deduct = new QTableWidgetItem;
            deduct->setFlags((deduct->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
            deduct->setCheckState(i.deduct ? Qt::Checked : Qt::Unchecked);
            m_items->setItem(row, ItemDeduct, deduct);
            m_items->setItem(row, ItemPerUnit, new QTableWidgetItem(number(i.perUnit)));
            m_items->setItem(row, ItemFormula, new QTableWidgetItem(i.formula));
            m_items->setItem(row, ItemThreshold, new QTableWidgetItem(number(i.threshold)));
            m_items->setItem(row, ItemCap, new QTableWidgetItem(i.cap ? number(*i.cap) : QString()));
            m_items->setItem(row, ItemMoney, new QTableWidgetItem(number(i.moneyPerUnit)));
            ++row;
        }
    }
    m_sections->resizeColumnsToContents();
    m_items->resizeColumnsToContents();
    // The few sections take only their rows' height; the items get the rest.
    int height = m_sections->horizontalHeader()->height() + 2 * m_sections->frameWidth();
    for (int r = 0; r < m_sections->rowCount(); ++r)
        height += m_sections->rowHeight(r);
    m_sections->setFixedHeight(height);
}

ScoreScheme SchemeDialog::scheme() const
{
    ScoreScheme s = m_base;
    int row = 0;
    bool ok = true;
    for (int r = 0; r < s.sections.size(); ++r) {
        ScoreSection &section = s.sections[r];
        section.start = cellNumber(m_sections, r, SectionStart, &ok);
        section.maximum = cellNumber(m_sections, r, SectionMaximum, &ok);
        section.floor = cellNumber(m_sections, r, SectionFloor, &ok);
        for (ScoreItem &item : section.items) {
            if (const QTableWidgetItem *name = m_items->item(row, ItemName);
                name && !name->text().trimmed().isEmpty())
                item.name = name->text().trimmed();
            item.deduct = m_items->item(row, ItemDeduct)->checkState() == Qt::Checked;
            item.perUnit = cellNumber(m_items, row, ItemPerUnit, &ok);
            item.formula = m_items->item(row, ItemFormula) ? m_items->item(row, ItemFormula)->text().trimmed()
                                                           : QString();
            item.threshold = cellNumber(m_items, row, ItemThreshold, &ok);
            bool capped = false;
            const double cap = cellNumber(m_items, row, ItemCap, &capped);
            item.cap = capped ? std::optional<double>(cap) : std::nullopt;
            item.moneyPerUnit = cellNumber(m_items, row, ItemMoney, &ok);
            ++row;
        }
    }
    s.excellentFrom = m_excellent->value();
    s.goodFrom = m_good->value();
    s.passFrom = m_pass->value();
    s.baseStipend = m_baseStipend->value();
    s.performancePool = m_pool->value();
    s.minDaysInPost = m_minDays->value();
    return s;
}

bool SchemeDialog::save()
{
    // Every number cell must hold a number (an empty cap means no cap).
    const auto check = [this](const QTableWidget *table, std::initializer_list<int> columns) {
        for (int r = 0; r < table->rowCount(); ++r)
            for (const int c : columns) {
                bool ok = false;
                cellNumber(table, r, c, &ok);
                if (!ok &&
                    !(table == m_items && c == ItemCap && table->item(r, c)->text().trimmed().isEmpty())) {
                    m_error->setText(tr("第 %1 行的“%2”应填数字。")
                                         .arg(r + 1)
                                         .arg(table->horizontalHeaderItem(c)->text()));
                    m_error->show();
                    return false;
                }
            }
        return true;
    };
    if (!check(m_sections, {SectionStart, SectionMaximum, SectionFloor}) ||
        !check(m_items, {ItemPerUnit, ItemThreshold, ItemCap, ItemMoney}))
        return false;
    const ScoreScheme s = scheme();
    try {
        AssessmentService(m_context.db, m_context.clock)
            .saveScheme(m_townshipId, m_from, s, m_context.actor());
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->show();
        return false;
    }
    return true;
}

} // namespace zz
