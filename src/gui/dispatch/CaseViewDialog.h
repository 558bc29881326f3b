#pragma once

#include "DispatchSlip.h"
#include "shell/AppContext.h"

#include <QDialog>
#include <QHash>
#include <QMap>
#include <optional>

class QCheckBox;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace zz {

class ActionDialog;
class CaseAttachmentsPanel;
class PetitionDialog;

// One case in full (案件详情): every field, the parties with ID numbers and phones masked, the files
// (附件, with the action each came with), the flow timeline (流转记录), a button for each action the
// account may take now, and the dispatch slip.
// Opened from the board (double-click) and the case list.
class CaseViewDialog : public QDialog
{
    Q_OBJECT

public:
    CaseViewDialog(const AppContext &context, qint64 caseId, QWidget *parent = nullptr);

    qint64 caseId() const { return m_caseId; }
    // The case as last read; nullopt when it could not be read (the dialog shows why).
    const std::optional<CaseRecord> &record() const { return m_record; }
    // The button taking `action`, or nullptr when the account may not take it now.
    QPushButton *actionButton(CaseAction action) const { return m_actionButtons.value(action); }
    // Opens the action's dialog (window-modal, not blocking); the view reloads when it is done.
    ActionDialog *startAction(CaseAction action);

    // Reads the case, its parties and flow again.
    void reload();

    // The petition this case came from (转为事件), as last read; 0 when none or not visible to the account.
    qint64 petitionId() const { return m_petitionId; }
    // Opens that petition's dialog (window-modal, not blocking); nullptr when there is none.
    PetitionDialog *openPetition();

signals:
    // An action went through from this dialog (the board refreshes the row).
    void caseChanged(qint64 caseId);

private:
    void buildInfo();
    void fillInfo(const CaseRecord &c);
    void fillParties(const CaseRecord &c);
    void fillFlow();
    void fillActions(const CaseRecord &c);
    void fillPetition();
    void setValue(const QString &field, const QString &text, const QString &style = {});
    void showError(const QString &message);
    void previewSlip();
    void exportSlip();
    DispatchSlip::Contact slipContact() const;

    const AppContext &m_context;
    const qint64 m_caseId;
    std::optional<CaseRecord> m_record;
    QLabel *m_caseNoLabel = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_badgeLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QGridLayout *m_infoGrid = nullptr;
    QHash<QString, QLabel *> m_values;
    QLabel *m_descriptionLabel = nullptr;
    QTableWidget *m_partiesTable = nullptr;
    CaseAttachmentsPanel *m_attachmentsPanel = nullptr;
    QTableWidget *m_flowTable = nullptr;
    QHBoxLayout *m_actionsLayout = nullptr;
    QMap<CaseAction, QPushButton *> m_actionButtons;
    QPushButton *m_printSlipButton = nullptr;
    QPushButton *m_slipPdfButton = nullptr;
    QCheckBox *m_slipContactCheck = nullptr;
    QWidget *m_petitionRow = nullptr;
    QLabel *m_petitionNameLabel = nullptr;
    QLabel *m_petitionLabel = nullptr;
    qint64 m_petitionId = 0;
};

} // namespace zz
