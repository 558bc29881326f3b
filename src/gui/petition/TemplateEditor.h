#pragma once

#include "petition/PetitionTypes.h"
#include "shell/AppContext.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace zz {

// 文书模板 (leaders and admins): the template of each document kind in force for the township, edited
// as text with the placeholders listed (double-click inserts one), previewed with a sample petition,
// unknown placeholders flagged; saving keeps every earlier version.
class TemplateEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TemplateEditor(const AppContext &context, QWidget *parent = nullptr);

    void selectKind(DocumentKind kind);
    DocumentKind currentKind() const;
    // Saves the edited template as the next version; false (with the reason shown) when refused.
    bool save();
    QString problem() const;

private:
    void load();
    void updatePreview();

    const AppContext &m_context;
    QListWidget *m_kindList = nullptr;
    QLineEdit *m_titleEdit = nullptr;
    QLineEdit *m_numberEdit = nullptr;
    QPlainTextEdit *m_bodyEdit = nullptr;
    QListWidget *m_placeholderList = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_problemLabel = nullptr;
    QLabel *m_versionLabel = nullptr;
    QListWidget *m_versionList = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_defaultButton = nullptr;
};

} // namespace zz
