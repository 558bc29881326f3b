#pragma once

#include "Entities.h"

#include <QDialog>

namespace zz {

// 完整信息: the unmasked name, resident ID and phone of one case's parties, shown after a
// deliberate, audited request (CaseListPage writes the audit row before opening it).
class PartyRevealDialog : public QDialog
{
    Q_OBJECT

public:
    PartyRevealDialog(const QString &caseNo, const QList<CaseParty> &parties, QWidget *parent = nullptr);
};

} // namespace zz
