#pragma once

#include "Entities.h"

#include <QDialog>
#include <functional>

class QLabel;
class QLineEdit;

namespace zz {

// Adds a unit below a parent or edits one: its name and, for a unit the center added itself, its
// code. `save` stores what was typed (it throws zz::Error, shown in the dialog, which then stays open).
class OrgUnitDialog : public QDialog
{
    Q_OBJECT

public:
    using Save = std::function<OrgUnit(const QString &name, const QString &code)>;

    // Adding: `unit` is nullptr; `suggestedCode` is the code the new unit gets when left empty.
    OrgUnitDialog(const OrgUnit &parentUnit, const OrgUnit *unit, OrgLevel level,
                  const QString &suggestedCode, Save save, QWidget *parent = nullptr);

    const OrgUnit &savedUnit() const { return m_saved; }
    // Set when saving failed because someone else changed the unit meanwhile.
    bool conflicted() const { return m_conflicted; }

    void accept() override;

private:
    Save m_save;
    QLineEdit *m_name;
    QLineEdit *m_code;
    QLabel *m_error;
    OrgUnit m_saved;
    bool m_conflicted = false;
};

} // namespace zz
