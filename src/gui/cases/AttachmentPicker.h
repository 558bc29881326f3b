#pragma once

#include "CaseService.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace zz {

// Files to store with an action (photos, a signed mediation agreement), at most 10 MB each: a list
// with 添加附件… and 移除. The action dialog hands attachments() to CaseService::apply.
class AttachmentPicker : public QWidget
{
    Q_OBJECT

public:
    explicit AttachmentPicker(QWidget *parent = nullptr);

    const QList<CaseAttachment> &attachments() const { return m_attachments; }
    // Reads one file; false with the reason shown under the list when it cannot be added.
    bool addFile(const QString &path);

signals:
    void changed();

private:
    void chooseFiles();
    void removeCurrent();
    void refresh();

    QList<CaseAttachment> m_attachments;
    QListWidget *m_list = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_errorLabel = nullptr;
};

} // namespace zz
