#pragma once

#include "AttachmentRepository.h"
#include "shell/AppContext.h"

#include <QTemporaryDir>
#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace zz {

// 附件 of a case view: every file of the case with the action it came with (登记 for the report),
// who added it and when; 打开 opens a copy in the desktop's viewer, 另存为… saves it.
class CaseAttachmentsPanel : public QWidget
{
    Q_OBJECT

public:
    CaseAttachmentsPanel(const AppContext &context, qint64 caseId, QWidget *parent = nullptr);

    void reload();
    const QList<AttachmentInfo> &attachments() const { return m_attachments; }
    // Writes the row's file into a private temporary folder and returns its path; empty on failure.
    QString extract(int row);

private:
    void openCurrent();
    void saveCurrent();
    void updateButtons();

    const AppContext &m_context;
    const qint64 m_caseId;
    QList<AttachmentInfo> m_attachments;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QTableWidget *m_table = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace zz
