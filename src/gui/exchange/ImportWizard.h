#pragma once

#include "FileSource.h"
#include "ImportKind.h"
#include "ImportProfileRepository.h"
#include "ImportRunner.h"
#include "shell/AppContext.h"

#include <QWizard>
#include <atomic>
#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QThread;

namespace zz {

class RowImporter;

// 导入 (文件 → 导入…, and the base-data pages): file → kind → column mapping with the preview of the
// values as they will be stored → mode → the run on a worker thread with progress, row counts and a
// Cancel that rolls back → the summary with 保存错误报告. Templates are offered on the kind page.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, KindPage, MappingPage, ModePage, RunPage, SummaryPage };

    // `kindId` preselects a kind (a base-data page's own).
    ImportWizard(const AppContext &context, const QString &kindId = {}, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // For tests and the buttons after their file dialogs.
    void setFile(const QString &path);
    void saveTemplate(const QString &path);
    void saveRejects(const QString &path);
    void saveProfile(const QString &name);
    const ImportSummary &summary() const { return m_summary; }
    const ImportMapping &mapping() const { return m_mapping; }
    bool isRunning() const { return m_thread != nullptr; }

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;
    void reject() override;

private:
    QWizardPage *buildFilePage();
    QWizardPage *buildKindPage();
    QWizardPage *buildMappingPage();
    QWizardPage *buildModePage();
    QWizardPage *buildRunPage();
    QWizardPage *buildSummaryPage();

    QString kindId() const;
    ImportKind kind() const;
    void loadSheets();
    void showKind();
    void detectMapping();
    void applyProfile();
    void fillMappingTable();
    void readMappingTable();
    void refreshPreview();
    void startRun();
    void progressed(qint64 done, qint64 total);
    void finished(const ImportSummary &summary);
    void showSummary();
    void chooseTemplate();
    void chooseRejects();
    void askProfileName();

    AppContext m_context;
    QString m_initialKind;
    std::unique_ptr<FileSource> m_source;
    std::unique_ptr<RowImporter> m_importer;
    ImportMapping m_mapping;
    QList<ImportProfile> m_profiles;
    ImportSummary m_summary;
    bool m_filling = false;

    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;

    QLineEdit *m_fileEdit = nullptr;
    QComboBox *m_sheetCombo = nullptr;
    QLabel *m_fileError = nullptr;
    QListWidget *m_kindList = nullptr;
    QLabel *m_kindDescription = nullptr;
    QComboBox *m_profileCombo = nullptr;
    QSpinBox *m_headerRowSpin = nullptr;
    QCheckBox *m_twoLineCheck = nullptr;
    QTableWidget *m_mappingTable = nullptr;
    QTableWidget *m_previewTable = nullptr;
    QLabel *m_mappingStatus = nullptr;
    QButtonGroup *m_modeGroup = nullptr;
    QCheckBox *m_dryRunCheck = nullptr;
    QLabel *m_modeSummary = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_countsLabel = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QTableWidget *m_rejectsTable = nullptr;
    QLabel *m_flagsLabel = nullptr;
    QTableWidget *m_flagsTable = nullptr;
    QPushButton *m_saveRejectsButton = nullptr;
};

} // namespace zz
