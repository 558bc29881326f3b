#include "RelatedCasesPanel.h"

#include "Error.h"
#include "dispatch/CaseViewDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

namespace {
constexpr int idRole = Qt::UserRole;
constexpr int similarDays = 90;
} // namespace

RelatedCasesPanel::RelatedCasesPanel(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(u"relatedCasesPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("<b>同一当事人的案件</b>"), this));
    m_samePersonTable = table(u"samePersonTableWidget"_s);
    layout->addWidget(m_samePersonTable, 1);
    layout->addWidget(new QLabel(tr("<b>本村（社区）近 %1 天的相似案件</b>").arg(similarDays), this));
    m_similarTable = table(u"similarTableWidget"_s);
    layout->addWidget(m_similarTable, 1);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"relatedErrorLabel"_s);
    m_errorLabel->setStyleSheet(u"color:#c0392b"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);
    auto *buttons = new QHBoxLayout;
    m_repeatButton = new QPushButton(tr("标记为重复件"), this);
    m_repeatButton->setObjectName(u"markRepeatButton"_s);
    m_mergeButton = new QPushButton(tr("合并到此件"), this);
    m_mergeButton->setObjectName(u"mergeButton"_s);
    for (QPushButton *b : {m_repeatButton, m_mergeButton}) {
        b->setEnabled(false);
        b->setFocusPolicy(Qt::ClickFocus);
        buttons->addWidget(b);
    }
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_repeatButton, &QPushButton::clicked, this, [this] { requestLink(u"repeat"_s); });
    connect(m_mergeButton, &QPushButton::clicked, this, [this] { requestLink(u"merge"_s); });
    auto *hint = new QLabel(tr("双击查看案件详情；选中一件后可标记为重复件或合并。"), this);
    hint->setStyleSheet(u"color:gray"_s);
    hint->setWordWrap(true);
    layout->addWidget(hint);
}

void RelatedCasesPanel::requestLink(const QString &kind)
{
    if (!m_lastTable)
        return;
    const QTableWidgetItem *item = m_lastTable->item(m_lastTable->currentRow(), 0);
    if (item)
        emit linkRequested(item->data(idRole).toLongLong(), item->text(), kind);
}

QTableWidget *RelatedCasesPanel::table(const QString &objectName)
{
    auto *t = new QTableWidget(0, 4, this);
    t->setObjectName(objectName);
    t->setHorizontalHeaderLabels({tr("案件编号"), tr("标题"), tr("状态"), tr("期限")});
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setFocusPolicy(Qt::ClickFocus); // not in the form's Tab order
    connect(t, &QTableWidget::cellDoubleClicked, this, [this, t](int row, int) { open(t, row); });
    connect(t, &QTableWidget::itemSelectionChanged, this, [this, t] {
        const bool selected = t->currentRow() >= 0 && !t->selectedItems().isEmpty();
        if (selected)
            m_lastTable = t;
        m_repeatButton->setEnabled(selected);
        m_mergeButton->setEnabled(selected);
    });
    return t;
}

void RelatedCasesPanel::refresh(const QStringList &residentIds, const QStringList &phones,
                                const QString &title, qint64 placeId)
{
    try {
        const RelatedCases related(m_context.db, m_context.actor());
        fill(m_samePersonTable, related.samePerson(residentIds, phones));
        fill(m_similarTable, related.similar(title, placeId, m_context.clock.now().addDays(-similarDays)));
        m_errorLabel->hide();
    } catch (const Error &e) {
        m_errorLabel->setText(tr("关联案件查询失败：%1").arg(e.message()));
        m_errorLabel->show();
    }
}

void RelatedCasesPanel::clear()
{
    m_samePersonTable->setRowCount(0);
    m_similarTable->setRowCount(0);
    m_lastTable = nullptr;
}

void RelatedCasesPanel::fill(QTableWidget *table, const QList<RelatedCase> &cases)
{
    table->setRowCount(0);
    for (const RelatedCase &c : cases) {
        const int row = table->rowCount();
        table->insertRow(row);
        auto *number = new QTableWidgetItem(c.caseNo);
        number->setData(idRole, c.id);
        table->setItem(row, 0, number);
        table->setItem(row, 1, new QTableWidgetItem(c.title));
        table->setItem(row, 2, new QTableWidgetItem(label(c.status)));
        table->setItem(row, 3,
                       new QTableWidgetItem(c.deadline.isValid()
                                                ? QLocale().toString(c.deadline, u"yyyy-MM-dd"_s)
                                                : QString()));
    }
}

void RelatedCasesPanel::open(QTableWidget *table, int row)
{
    const QTableWidgetItem *item = table->item(row, 0);
    if (!item)
        return;
    auto *dialog = new CaseViewDialog(m_context, item->data(idRole).toLongLong(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace zz
