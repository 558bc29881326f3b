#include "AttachmentPicker.h"

#include "Error.h"
#include "intake/AttachmentFile.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace zz {

AttachmentPicker::AttachmentPicker(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"attachmentPicker"_s);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("附件"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"attachmentsListWidget"_s);
    m_list->setFixedHeight(m_list->fontMetrics().lineSpacing() * 3 + 8);
    m_addButton = new QPushButton(tr("添加附件…"), this);
    m_addButton->setObjectName(u"addAttachmentButton"_s);
    m_addButton->setToolTip(tr("照片、签字的调解协议书等，每个文件不超过 10 MB"));
    m_removeButton = new QPushButton(tr("移除"), this);
    m_removeButton->setObjectName(u"removeAttachmentButton"_s);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"attachmentErrorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #b3261e;"_s);
    m_errorLabel->hide();
    title->setBuddy(m_addButton);
    layout->addWidget(title, 0, 0, Qt::AlignTop);
    layout->addWidget(m_list, 0, 1, 2, 1);
    layout->addWidget(m_addButton, 0, 2);
    layout->addWidget(m_removeButton, 1, 2, Qt::AlignTop);
    layout->addWidget(m_errorLabel, 2, 1, 1, 2);
    layout->setColumnStretch(1, 1);
    connect(m_addButton, &QPushButton::clicked, this, &AttachmentPicker::chooseFiles);
    connect(m_removeButton, &QPushButton::clicked, this, &AttachmentPicker::removeCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, &AttachmentPicker::refresh);
    refresh();
}

bool AttachmentPicker::addFile(const QString &path)
{
    try {
        m_attachments.append(AttachmentFile::read(path));
    } catch (const Error &e) {
        m_errorLabel->setText(e.message());
        m_errorLabel->show();
        return false;
    }
    m_errorLabel->hide();
    refresh();
    emit changed();
    return true;
}

void AttachmentPicker::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("添加附件"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("图片和文档 (*.jpg *.jpeg *.png *.pdf *.doc *.docx);;所有文件 (*)"));
    for (const QString &path : paths)
        addFile(path);
}

void AttachmentPicker::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_attachments.size())
        return;
    m_attachments.removeAt(row);
    refresh();
    emit changed();
}

void AttachmentPicker::refresh()
{
    const int keep = m_list->currentRow();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const CaseAttachment &a : std::as_const(m_attachments))
            m_list->addItem(tr("%1（%2）").arg(a.fileName, QLocale().formattedDataSize(a.content.size())));
        if (m_attachments.isEmpty()) {
            auto *none = new QListWidgetItem(tr("（无）"), m_list);
            none->setFlags(Qt::NoItemFlags);
        } else {
            m_list->setCurrentRow(qBound(0, keep, int(m_attachments.size()) - 1));
        }
    }
    m_removeButton->setEnabled(!m_attachments.isEmpty());
}

} // namespace zz
