#include "PartyRevealDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

PartyRevealDialog::PartyRevealDialog(const QString &caseNo, const QList<CaseParty> &parties, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"partyRevealDialog"_s);
    setWindowTitle(tr("完整信息 - %1").arg(caseNo));
    auto *layout = new QVBoxLayout(this);

    auto *note = new QLabel(
        tr("以下为案件 %1 当事人的完整个人信息。本次查看已记入审计日志，请勿外传。").arg(caseNo), this);
    note->setObjectName(u"noteLabel"_s);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto *table = new QTableWidget(int(parties.size()), 4, this);
    table->setObjectName(u"partyTableWidget"_s);
    table->setHorizontalHeaderLabels({tr("身份"), tr("姓名"), tr("身份证号"), tr("联系电话")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectItems);
    table->verticalHeader()->hide();
    for (int row = 0; row < parties.size(); ++row) {
        const CaseParty &party = parties.at(row);
        const QString name = party.anonymous && party.name.isEmpty() ? tr("匿名") : party.name;
        const QStringList cells = {label(party.role), name, party.residentId, party.phone};
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"buttonBox"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(fontMetrics().horizontalAdvance(u"M"_s) * 60, sizeHint().height());
}

} // namespace zz
