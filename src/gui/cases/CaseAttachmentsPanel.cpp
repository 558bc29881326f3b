#include "CaseAttachmentsPanel.h"

#include "Error.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

enum Column { FileColumn, SizeColumn, ActionColumn, UploaderColumn, TimeColumn, ColumnCount };

// "IMG 01.jpg" stays readable; path separators and control characters do not reach the disk.
QString safeFileName(const QString &name, qint64 id)
{
    QString out = QFileInfo(name).fileName();
    out.replace(QRegularExpression(u"[\\\\/:*?\"<>|\\x00-\\x1f]"_s), u"_"_s);
    if (out.isEmpty() || out.startsWith(u'.'))
        out = u"attachment-%1"_s.arg(id) + out;
    return out;
}

} // namespace

CaseAttachmentsPanel::CaseAttachmentsPanel(const AppContext &context, qint64 caseId, QWidget *parent)
    : QWidget(parent), m_context(context), m_caseId(caseId)
{
    setObjectName(u"caseAttachmentsPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"attachmentsTable"_s);
    m_table->setHorizontalHeaderLabels({tr("文件"), tr("大小"), tr("随同操作"), tr("添加人"), tr("时间")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().lineSpacing() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    layout->addWidget(m_table);

    auto *buttons = new QHBoxLayout;
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"attachmentsErrorLabel"_s);
    m_errorLabel->setStyleSheet(u"color: #b3261e;"_s);
    m_errorLabel->hide();
    buttons->addWidget(m_errorLabel, 1);
    m_openButton = new QPushButton(tr("打开"), this);
    m_openButton->setObjectName(u"openAttachmentButton"_s);
    m_saveButton = new QPushButton(tr("另存为…"), this);
    m_saveButton->setObjectName(u"saveAttachmentButton"_s);
    buttons->addStretch();
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_saveButton);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CaseAttachmentsPanel::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &CaseAttachmentsPanel::openCurrent);
    connect(m_openButton, &QPushButton::clicked, this, &CaseAttachmentsPanel::openCurrent);
    connect(m_saveButton, &QPushButton::clicked, this, &CaseAttachmentsPanel::saveCurrent);
    updateButtons(); // the owner calls reload() with the rest of its case
}

void CaseAttachmentsPanel::reload()
{
    m_errorLabel->hide();
    try {
        m_attachments = AttachmentRepository(m_context.db, m_context.actor()).list(m_caseId);
    } catch (const Error &e) {
        m_attachments.clear();
        m_errorLabel->setText(e.message());
        m_errorLabel->show();
    }
    m_table->setRowCount(int(m_attachments.size()));
    for (int row = 0; row < m_attachments.size(); ++row) {
        const AttachmentInfo &a = m_attachments.at(row);
        const QStringList cells{a.fileName, QLocale().formattedDataSize(a.size),
                                a.action ? label(*a.action) : tr("登记"), a.uploaderName,
                                a.at.toString(u"yyyy-MM-dd HH:mm"_s)};
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    updateButtons();
}

QString CaseAttachmentsPanel::extract(int row)
{
    if (row < 0 || row >= m_attachments.size())
        return {};
    const AttachmentInfo &a = m_attachments.at(row);
    if (!m_tempDir)
        m_tempDir = std::make_unique<QTemporaryDir>(QDir::temp().filePath(u"zongzhi-attachments-XXXXXX"_s));
    if (!m_tempDir->isValid())
        return {};
    QByteArray content;
    try {
        content = AttachmentRepository(m_context.db, m_context.actor()).content(a.id);
    } catch (const Error &e) {
        m_errorLabel->setText(e.message());
        m_errorLabel->show();
        return {};
    }
    const QString dir = m_tempDir->filePath(QString::number(a.id));
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(safeFileName(a.fileName, a.id));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
        m_errorLabel->setText(tr("无法写出附件“%1”。").arg(a.fileName));
        m_errorLabel->show();
        return {};
    }
    file.close();
    file.setPermissions(QFileDevice::ReadOwner);
    return path;
}

void CaseAttachmentsPanel::openCurrent()
{
    const QString path = extract(m_table->currentRow());
    if (!path.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void CaseAttachmentsPanel::saveCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_attachments.size())
        return;
    const AttachmentInfo &a = m_attachments.at(row);
    const QString target =
        QFileDialog::getSaveFileName(this, tr("另存附件"),
                                     QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                         .filePath(safeFileName(a.fileName, a.id)));
    if (target.isEmpty())
        return;
    const QString path = extract(row);
    if (path.isEmpty())
        return;
    QFile::remove(target);
    if (!QFile::copy(path, target)) {
        m_errorLabel->setText(tr("无法保存到“%1”。").arg(target));
        m_errorLabel->show();
        return;
    }
    QFile(target).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void CaseAttachmentsPanel::updateButtons()
{
    const bool selected = m_table->currentRow() >= 0 && m_table->currentRow() < m_attachments.size();
    m_openButton->setEnabled(selected);
    m_saveButton->setEnabled(selected);
}

} // namespace zz
