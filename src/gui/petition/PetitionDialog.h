#pragma once

#include "petition/PetitionRecords.h"
#include "petition/PetitionWorkflow.h"
#include "shell/AppContext.h"

#include <QDialog>
#include <QHash>
#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QTreeWidget;

namespace zz {

class PetitionActionDialog;

// One petition: its facts, its people (ID numbers and phones masked; a protected 检举控告 reporter only
// for its handlers and leaders; a reveal is audited), its statutory clocks (start, due date as stored,
// rule version and article, state, pauses), its flow, its documents (preview, PDF, print, 文号,
// delivery) and links; and the actions the workflow table allows this account now.
class PetitionDialog : public QDialog
{
    Q_OBJECT

public:
    PetitionDialog(const AppContext &context, qint64 petitionId, QWidget *parent = nullptr);

    const std::optional<PetitionRecord> &record() const { return m_record; }
    // The button taking `action`, or nullptr when the account may not take it now.
    QPushButton *actionButton(PetitionAction action) const { return m_actionButtons.value(action); }
    // Opens the action's dialog (window-modal); the view reloads when it went through.
    PetitionActionDialog *startAction(PetitionAction action);
    // 转为事件: a dispatched case for the department with the category given.
    bool convertToCase(qint64 categoryId, qint64 departmentId, int days);
    // The stored documents, newest last (as listed).
    const QList<PetitionDocumentRecord> &documents() const { return m_documents; }
    void reload();

signals:
    void petitionChanged(qint64 petitionId);
    // The case this petition became (the board opens it).
    void openCaseRequested(qint64 caseId);

private:
    void buildUi();
    void fillInfo(const PetitionRecord &p);
    void fillPersons(const PetitionRecord &p);
    void fillClocks(const QList<PetitionClockRecord> &clocks);
    void fillFlow(const QList<PetitionFlowEntry> &flow);
    void fillDocuments();
    void fillActions(const PetitionRecord &p, const QList<PetitionClockRecord> &clocks);
    void revealPerson(int row);
    void convertToCaseDialog();
    const PetitionDocumentRecord *currentDocument() const;

    const AppContext &m_context;
    qint64 m_petitionId = 0;
    std::optional<PetitionRecord> m_record;
    QList<PetitionDocumentRecord> m_documents;
    QHash<PetitionAction, QPushButton *> m_actionButtons;
    QLabel *m_headerLabel = nullptr;
    QLabel *m_infoLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_personsTable = nullptr;
    QTableWidget *m_clocksTable = nullptr;
    QTreeWidget *m_flowTree = nullptr;
    QTableWidget *m_documentsTable = nullptr;
    QTableWidget *m_linksTable = nullptr;
    QWidget *m_actionBar = nullptr;
    QPushButton *m_openCaseButton = nullptr;
};

} // namespace zz
