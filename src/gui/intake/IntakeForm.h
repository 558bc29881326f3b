#pragma once

#include "CaseService.h"
#include "shell/AppContext.h"

#include <QHash>
#include <QJsonObject>
#include <QMessageBox>
#include <QPointer>
#include <QWidget>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QTimer;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace zz {

class DraftStore;
class PartyTable;
class PlacePicker;
class RelatedCasesPanel;
class CalendarCoverageBanner;

// 事件受理登记: the reception desk's form for a walk-in, phone or letter case. Keyboard first (Tab
// through every field, Ctrl+N adds a party, Ctrl+Enter saves), validated as it is typed, saved with
// an idempotency key so a retry after a dropped connection never registers the case twice.
class IntakeForm : public QWidget
{
    Q_OBJECT

public:
    // Drafts go to `draftDirectory` (default: the app data folder + /drafts), one encrypted file per
    // database and account (DraftStore).
    explicit IntakeForm(const AppContext &context, const QString &draftDirectory = {},
                        QWidget *parent = nullptr);
    ~IntakeForm() override;

    QString draftPath() const;
    // The 恢复/丢弃 question asked when a draft was left behind (nullptr when there is none).
    QMessageBox *draftPrompt() const { return m_draftPrompt; }
    // The notice shown when a draft was left behind that could not be opened (nullptr otherwise).
    QMessageBox *draftNotice() const { return m_draftNotice; }
    // Writes the draft now (also draftDelayMs after the last change); removes it for an empty form.
    void saveDraft();
    // A save waits this long after the last change: typing does not write to disk at every key.
    static constexpr int draftDelayMs = 800;
    // Something typed that is not yet registered (what a logout would leave as a draft).
    bool hasInput() const { return !isBlank(); }
    // Throws the draft away and stops writing one (the user chose 放弃 on leaving).
    void discardDraft();
    // The context's holiday calendar was reloaded: the coverage banner and the deadline shown
    // (with its 暂定 note) follow it.
    void calendarReloaded();

    // Empty when the form can be saved; otherwise the first problem.
    QString problem() const;
    // What the form says while the database has no category to file a case under.
    static QString noCategoriesText();
    // The case last saved from this form (nullopt before the first save).
    const std::optional<CaseRecord> &lastSaved() const { return m_lastSaved; }

    void addPartyRow();
    void removeCurrentPartyRow();
    // Saves the form (Ctrl+Enter). Returns true when the case was registered.
    bool save();
    // After a connection error: reconnects when needed and saves again with the same key.
    bool retry();
    void clearForm();
    // Adds a file (also from the 添加附件 file dialog); false, with the reason shown, when it cannot.
    bool addAttachment(const QString &path);
    // 受理回执 of the case last saved: print preview, or a PDF file chosen in a dialog.
    void previewReceipt();
    void exportReceipt();

signals:
    void caseSaved(qint64 caseId);

private:
    void buildUi();
    void refreshRelated();
    void offerDraft(const QByteArray &draft);
    void showDraftDiscarded();
    // A plain-text draft left by an older version: sealed into the store, then deleted.
    void adoptLegacyDraft();
    QJsonObject draftJson() const;
    void restoreDraft(const QJsonObject &draft);
    void removeDraft();
    bool isBlank() const;
    void loadChoices();
    void updateState();
    void updateDeadline();
    void updateTabOrder();
    void completeUnique(QLineEdit *edit, const QHash<QString, qint64> &choices);
    CaseRecord collect() const;
    void showError(const QString &message, bool canRetry);
    std::optional<Category> currentCategory() const;
    qint64 currentPlaceId() const;
    static qint64 resolve(const QString &text, const QHash<QString, qint64> &choices);

    const AppContext &m_context;
    QString m_draftDirectory;
    QString m_idempotencyKey;
    bool m_draftsPaused = true; // while loading, clearing, or the restore question is open
    QTimer *m_draftTimer = nullptr;
    QPointer<QMessageBox> m_draftPrompt;
    QPointer<QMessageBox> m_draftNotice;
    std::unique_ptr<DraftStore> m_drafts;
    std::optional<CaseRecord> m_lastSaved;
    QHash<QString, qint64> m_categories;       // "大类 / 小类" -> id
    QHash<qint64, Category> m_categoryRecords; // read once: validation never waits on the database

    QComboBox *m_sourceCombo = nullptr;
    QComboBox *m_natureCombo = nullptr;
    QLineEdit *m_categoryEdit = nullptr;
    QLabel *m_categoryError = nullptr;
    QComboBox *m_urgencyCombo = nullptr;
    QLabel *m_deadlineLabel = nullptr;
    QLabel *m_deadlineNote = nullptr;                     // the deadline falls past the holiday calendar
    CalendarCoverageBanner *m_calendarCoverage = nullptr; // the calendar ends within 60 days
    QComboBox *m_riskCombo = nullptr;
    PlacePicker *m_placeEdit = nullptr;
    QLabel *m_placeError = nullptr;
    QLineEdit *m_addressEdit = nullptr;
    QLineEdit *m_latitudeEdit = nullptr;
    QLineEdit *m_longitudeEdit = nullptr;
    QLineEdit *m_titleEdit = nullptr;
    QLabel *m_titleError = nullptr;
    QPlainTextEdit *m_descriptionEdit = nullptr;
    PartyTable *m_parties = nullptr;
    QCheckBox *m_settleCheck = nullptr;
    QPlainTextEdit *m_settleResultEdit = nullptr;
    QLabel *m_settleError = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_clearButton = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_retryButton = nullptr;
    QLabel *m_savedLabel = nullptr;
    QList<CaseAttachment> m_attachments;
    QListWidget *m_attachmentsList = nullptr;
    QPushButton *m_addAttachmentButton = nullptr;
    QLabel *m_attachmentsError = nullptr;
    QPushButton *m_printReceiptButton = nullptr;
    QPushButton *m_receiptPdfButton = nullptr;
    std::optional<CaseLink> m_link; // 重复件/合并 chosen in the related-cases panel
    QLabel *m_linkLabel = nullptr;
    QPushButton *m_unlinkButton = nullptr;
    RelatedCasesPanel *m_relatedPanel = nullptr;
    QTimer *m_relatedTimer = nullptr; // debounces the related-cases queries while typing
};

} // namespace zz
