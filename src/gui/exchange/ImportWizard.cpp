#include "ImportWizard.h"

#include "Error.h"
#include "ImportKinds.h"
#include "ImportWorkbooks.h"
#include "RowImporter.h"
#include "SheetReader.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

constexpr int previewRows = 10;
constexpr int rejectsShown = 2000;
constexpr qsizetype updatesNamed = 10; // the summary names the changes of this many updated rows

// A page whose Next button waits for a condition of the wizard.
class ConditionPage : public QWizardPage
{
public:
    std::function<bool()> complete;
    bool isComplete() const override { return complete ? complete() : true; }
    void changed() { emit completeChanged(); }
};

ConditionPage *asCondition(QWizardPage *page)
{
    return static_cast<ConditionPage *>(page);
}

QLabel *wrapped(const QString &text, const QString &name = {})
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    if (!name.isEmpty())
        label->setObjectName(name);
    return label;
}

} // namespace

ImportWizard::ImportWizard(const AppContext &context, const QString &kindId, QWidget *parent)
    : QWizard(parent), m_context(context), m_initialKind(kindId)
{
    setObjectName(u"importWizard"_s);
    setWindowTitle(tr("导入"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, buildFilePage());
    setPage(KindPage, buildKindPage());
    setPage(MappingPage, buildMappingPage());
    setPage(ModePage, buildModePage());
    setPage(RunPage, buildRunPage());
    setPage(SummaryPage, buildSummaryPage());
    setButtonText(QWizard::FinishButton, tr("完成"));
    setButtonText(QWizard::NextButton, tr("下一步"));
    setButtonText(QWizard::BackButton, tr("上一步"));
    setButtonText(QWizard::CancelButton, tr("取消"));
    setButtonText(QWizard::CommitButton, tr("开始导入"));
    resize(900, 620);
}

ImportWizard::~ImportWizard()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

QWizardPage *ImportWizard::buildFilePage()
{
    auto *page = new ConditionPage;
    page->setTitle(tr("选择文件"));
    page->setSubTitle(
        tr("Excel（.xlsx）、WPS/LibreOffice（.ods）或 CSV 文件；CSV 可以是 UTF-8 或 GB18030 编码。"));
    m_fileEdit = new QLineEdit;
    m_fileEdit->setObjectName(u"importFileEdit"_s);
    auto *browse = new QPushButton(tr("浏览…"));
    browse->setObjectName(u"browseFileButton"_s);
    m_sheetCombo = new QComboBox;
    m_sheetCombo->setObjectName(u"sheetCombo"_s);
    m_fileError = wrapped(QString(), u"fileErrorLabel"_s);
    m_fileError->setStyleSheet(u"color: #b00020;"_s);
    auto *row = new QHBoxLayout;
    row->addWidget(m_fileEdit, 1);
    row->addWidget(browse);
    auto *form = new QFormLayout(page);
    form->addRow(tr("文件："), row);
    form->addRow(tr("工作表："), m_sheetCombo);
    form->addRow(m_fileError);
    page->complete = [this] { return QFileInfo(m_fileEdit->text()).isFile() && m_sheetCombo->count() > 0; };
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("选择要导入的文件"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("表格文件 (*.xlsx *.ods *.csv *.txt);;所有文件 (*)"));
        if (!path.isEmpty())
            setFile(path);
    });
    connect(m_fileEdit, &QLineEdit::editingFinished, this, &ImportWizard::loadSheets);
    return page;
}

QWizardPage *ImportWizard::buildKindPage()
{
    auto *page = new ConditionPage;
    page->setTitle(tr("数据类型"));
    page->setSubTitle(tr("文件中是哪一类数据？没有现成文件时，可先下载模板填写。"));
    m_kindList = new QListWidget;
    m_kindList->setObjectName(u"importKindList"_s);
    for (const ImportKinds::Entry &e : ImportKinds::all()) {
        const ImportKind k = e.describe();
        if (k.permission && !Permissions::allows(m_context.user.roles, *k.permission))
            continue;
        auto *item = new QListWidgetItem(k.title, m_kindList);
        item->setData(Qt::UserRole, k.id);
        if (k.id == m_initialKind)
            m_kindList->setCurrentItem(item);
    }
    m_kindDescription = wrapped(QString(), u"kindDescriptionLabel"_s);
    auto *templateButton = new QPushButton(tr("下载模板…"));
    templateButton->setObjectName(u"saveTemplateButton"_s);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_kindList, 1);
    layout->addWidget(m_kindDescription);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(templateButton);
    layout->addLayout(buttons);
    page->complete = [this] { return m_kindList->currentItem() != nullptr; };
    connect(m_kindList, &QListWidget::currentItemChanged, this, [this, page] {
        showKind();
        page->changed();
    });
    connect(templateButton, &QPushButton::clicked, this, &ImportWizard::chooseTemplate);
    return page;
}

QWizardPage *ImportWizard::buildMappingPage()
{
    auto *page = new ConditionPage;
    page->setTitle(tr("列对应"));
    page->setSubTitle(tr("为每个导入项选定表格中的列。下方预览前 %1 行保存后的样子，有问题的格子标为红色。")
                          .arg(previewRows));
    m_profileCombo = new QComboBox;
    m_profileCombo->setObjectName(u"profileCombo"_s);
    auto *saveProfile = new QPushButton(tr("保存为方案…"));
    saveProfile->setObjectName(u"saveProfileButton"_s);
    m_headerRowSpin = new QSpinBox;
    m_headerRowSpin->setObjectName(u"headerRowSpin"_s);
    m_headerRowSpin->setRange(1, ImportRunner::headerSearchRows);
    m_twoLineCheck = new QCheckBox(tr("两行表头"));
    m_twoLineCheck->setObjectName(u"twoLineHeaderCheck"_s);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("对应方案：")));
    top->addWidget(m_profileCombo, 1);
    top->addWidget(saveProfile);
    top->addSpacing(12);
    top->addWidget(new QLabel(tr("表头在第")));
    top->addWidget(m_headerRowSpin);
    top->addWidget(new QLabel(tr("行")));
    top->addWidget(m_twoLineCheck);

    m_mappingTable = new QTableWidget(0, 3);
    m_mappingTable->setObjectName(u"mappingTable"_s);
    m_mappingTable->setHorizontalHeaderLabels({tr("导入项"), tr("表格中的列"), tr("说明")});
    m_mappingTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_mappingTable->verticalHeader()->hide();
    m_mappingTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable = new QTableWidget;
    m_previewTable->setObjectName(u"previewTable"_s);
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mappingStatus = wrapped(QString(), u"mappingStatusLabel"_s);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(m_mappingTable, 3);
    layout->addWidget(new QLabel(tr("预览（按保存后的样子）：")));
    layout->addWidget(m_previewTable, 2);
    layout->addWidget(m_mappingStatus);
    page->complete = [this] {
        return m_importer && ImportRunner(m_context.db, *m_importer).missingRequired(m_mapping).isEmpty();
    };

    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            applyProfile();
    });
    // The header moved by hand: the columns are read again from there.
    const auto remap = [this] {
        if (m_filling || !m_importer || !m_source)
            return;
        try {
            m_mapping =
                ImportRunner(m_context.db, *m_importer)
                    .mappingAt(*m_source, m_headerRowSpin->value(), m_twoLineCheck->isChecked() ? 2 : 1);
        } catch (const Error &e) {
            m_mappingStatus->setText(e.message());
        }
        fillMappingTable();
    };
    connect(m_headerRowSpin, &QSpinBox::valueChanged, this, remap);
    connect(m_twoLineCheck, &QCheckBox::toggled, this, remap);
    connect(saveProfile, &QPushButton::clicked, this, &ImportWizard::askProfileName);
    return page;
}

QWizardPage *ImportWizard::buildModePage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("导入方式"));
    page->setSubTitle(tr("已有的数据按代码等识别：再次导入同一文件不会重复，内容有变化的行会更新。"));
    auto *all = new QRadioButton(tr("全部或不导入：有一行出错就什么都不保存（推荐）"));
    all->setObjectName(u"allOrNothingRadio"_s);
    auto *valid = new QRadioButton(tr("只导入无误的行：出错的行列入错误报告"));
    valid->setObjectName(u"validOnlyRadio"_s);
    all->setChecked(true);
    m_modeGroup = new QButtonGroup(page);
    m_modeGroup->addButton(all, int(ImportMode::AllOrNothing));
    m_modeGroup->addButton(valid, int(ImportMode::ValidOnly));
    m_dryRunCheck = new QCheckBox(tr("试导入：只检查，不保存"));
    m_dryRunCheck->setObjectName(u"dryRunCheck"_s);
    m_modeSummary = wrapped(QString(), u"modeSummaryLabel"_s);
    m_modeSummary->setFrameShape(QFrame::StyledPanel);
    m_modeSummary->setMargin(8);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_modeSummary);
    layout->addSpacing(12);
    layout->addWidget(all);
    layout->addWidget(wrapped(
        tr("导入在一个事务中进行，任何一行被拒绝（格式不对、代码不存在、超出本账号的范围）都会撤回全部内容；"
           "改正文件后重新导入即可。")));
    layout->addWidget(valid);
    layout->addWidget(wrapped(tr("无误的行照常保存，被拒绝的行在结果页列出行号、列和原因，可保存为错误报告，"
                                 "改正后只需再导入这些行。")));
    layout->addSpacing(12);
    layout->addWidget(m_dryRunCheck);
    layout->addStretch();
    page->setCommitPage(true);
    return page;
}

QWizardPage *ImportWizard::buildRunPage()
{
    auto *page = new ConditionPage;
    page->setTitle(tr("正在导入"));
    m_progress = new QProgressBar;
    m_progress->setObjectName(u"importProgress"_s);
    m_countsLabel = wrapped(QString(), u"countsLabel"_s);
    m_cancelButton = new QPushButton(tr("取消导入"));
    m_cancelButton->setObjectName(u"cancelImportButton"_s);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_progress);
    layout->addWidget(m_countsLabel);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancelButton);
    layout->addLayout(buttons);
    layout->addStretch();
    page->complete = [this] { return m_thread == nullptr; };
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_cancel)
            m_cancel->store(true);
        m_cancelButton->setEnabled(false);
        m_countsLabel->setText(tr("正在取消，已写入的内容将全部撤回…"));
    });
    return page;
}

QWizardPage *ImportWizard::buildSummaryPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("导入结果"));
    m_summaryLabel = wrapped(QString(), u"summaryLabel"_s);
    m_rejectsTable = new QTableWidget(0, 4);
    m_rejectsTable->setObjectName(u"rejectsTable"_s);
    m_rejectsTable->setHorizontalHeaderLabels({tr("行号"), tr("列"), tr("内容"), tr("原因")});
    m_rejectsTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_rejectsTable->verticalHeader()->hide();
    m_rejectsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_saveRejectsButton = new QPushButton(tr("保存错误报告…"));
    m_saveRejectsButton->setObjectName(u"saveRejectsButton"_s);
    // Stored rows worth a look: the 12345 caller already has an open case or petition on the matter.
    m_flagsLabel = wrapped(QString(), u"flagsLabel"_s);
    m_flagsTable = new QTableWidget(0, 6);
    m_flagsTable->setObjectName(u"flagsTable"_s);
    m_flagsTable->setHorizontalHeaderLabels(
        {tr("行号"), tr("工单编号"), tr("案件编号"), tr("来电人"), tr("已有案件或信访件"), tr("原因")});
    m_flagsTable->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_flagsTable->verticalHeader()->hide();
    m_flagsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_rejectsTable, 1);
    layout->addWidget(m_flagsLabel);
    layout->addWidget(m_flagsTable, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_saveRejectsButton);
    layout->addLayout(buttons);
    connect(m_saveRejectsButton, &QPushButton::clicked, this, &ImportWizard::chooseRejects);
    return page;
}

QString ImportWizard::kindId() const
{
    return m_kindList->currentItem() ? m_kindList->currentItem()->data(Qt::UserRole).toString() : QString();
}

ImportKind ImportWizard::kind() const
{
    return ImportKinds::describe(kindId()).value_or(ImportKind{});
}

void ImportWizard::setFile(const QString &path)
{
    m_fileEdit->setText(path);
    loadSheets();
}

void ImportWizard::loadSheets()
{
    m_sheetCombo->clear();
    m_fileError->clear();
    const QString path = m_fileEdit->text().trimmed();
    if (!path.isEmpty()) {
        if (!QFileInfo(path).isFile()) {
            m_fileError->setText(tr("找不到该文件。"));
        } else {
            try {
                m_sheetCombo->addItems(SheetReader::sheetNames(path));
            } catch (const Error &e) {
                m_fileError->setText(e.message());
            }
        }
    }
    asCondition(page(FilePage))->changed();
}

void ImportWizard::showKind()
{
    const ImportKind k = kind();
    QStringList required;
    for (const ImportColumn &c : k.columns)
        if (c.required)
            required << c.header;
    m_kindDescription->setText(k.description + u"\n"_s + tr("必填列：%1").arg(required.join(tr("、"))));
}

void ImportWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id == MappingPage) {
        m_source = std::make_unique<FileSource>(m_fileEdit->text().trimmed(), m_sheetCombo->currentText());
        m_importer = ImportKinds::create(kindId(), m_context.db, m_context.clock, m_context.actor());
        m_filling = true;
        m_profileCombo->clear();
        m_profileCombo->addItem(tr("按列名自动对应"), -1);
        try {
            m_profiles =
                ImportProfileRepository(m_context.db, m_context.clock, m_context.actor()).list(kindId());
        } catch (const Error &e) {
            m_profiles.clear();
            m_mappingStatus->setText(e.message());
        }
        for (int i = 0; i < m_profiles.size(); ++i)
            m_profileCombo->addItem(tr("%1（%2）").arg(m_profiles.at(i).name, m_profiles.at(i).unitName), i);
        m_filling = false;
        detectMapping();
    } else if (id == ModePage) {
        readMappingTable();
        const ImportKind k = m_importer->kind();
        QStringList mapped;
        for (const ImportColumn &c : k.columns)
            if (m_mapping.sheetColumn(c.key) >= 0)
                mapped << c.header;
        m_modeSummary->setText(
            tr("文件：%1（%2）\n类型：%3\n表头：第 %4 行；导入的列：%5")
                .arg(QFileInfo(m_fileEdit->text()).fileName(), m_sheetCombo->currentText(), k.title)
                .arg(m_mapping.headerRow)
                .arg(mapped.join(tr("、"))));
    } else if (id == RunPage) {
        startRun();
    } else if (id == SummaryPage) {
        showSummary();
    }
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() == FilePage) {
        // The file must be readable before anything is mapped.
        try {
            FileSource(m_fileEdit->text().trimmed(), m_sheetCombo->currentText()).rows([](const SourceRow &) {
                return false;
            });
        } catch (const Error &e) {
            m_fileError->setText(e.message());
            return false;
        }
    }
    return QWizard::validateCurrentPage();
}

void ImportWizard::detectMapping()
{
    try {
        m_mapping = ImportRunner(m_context.db, *m_importer).detect(*m_source);
    } catch (const Error &e) {
        m_mapping = ImportMapping{};
        m_mappingStatus->setText(e.message());
    }
    fillMappingTable();
}

void ImportWizard::applyProfile()
{
    const int index = m_profileCombo->currentData().toInt();
    if (index < 0 || index >= m_profiles.size()) {
        detectMapping();
        return;
    }
    const ImportProfile &p = m_profiles.at(index);
    try {
        m_mapping = ImportRunner(m_context.db, *m_importer)
                        .mappingAt(*m_source, p.headerRow, p.headerRows, p.columns);
    } catch (const Error &e) {
        m_mappingStatus->setText(e.message());
    }
    fillMappingTable();
}

void ImportWizard::fillMappingTable()
{
    m_filling = true;
    m_headerRowSpin->setValue(m_mapping.headerRow);
    m_twoLineCheck->setChecked(m_mapping.headerRows == 2);
    const ImportKind k = m_importer->kind();
    m_mappingTable->setRowCount(int(k.columns.size()));
    for (int row = 0; row < k.columns.size(); ++row) {
        const ImportColumn &c = k.columns.at(row);
        auto *name = new QTableWidgetItem(c.required ? tr("%1（必填）").arg(c.header) : c.header);
        m_mappingTable->setItem(row, 0, name);
        auto *combo = new QComboBox;
        combo->setObjectName(u"mapping_"_s + c.key);
        combo->addItem(tr("（不导入）"), -1);
        for (int i = 0; i < m_mapping.sheetHeaders.size(); ++i) {
            const QString header = m_mapping.sheetHeaders.at(i);
            combo->addItem(header.isEmpty() ? tr("第 %1 列").arg(i + 1) : header, i);
        }
        combo->setCurrentIndex(combo->findData(m_mapping.sheetColumn(c.key)));
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (m_filling)
                return;
            readMappingTable();
            refreshPreview();
        });
        m_mappingTable->setCellWidget(row, 1, combo);
        m_mappingTable->setItem(row, 2, new QTableWidgetItem(c.note));
    }
    m_mappingTable->resizeColumnToContents(0);
    m_mappingTable->setColumnWidth(1, 220);
    m_filling = false;
    refreshPreview();
}

void ImportWizard::readMappingTable()
{
    const ImportKind k = m_importer->kind();
    m_mapping.columns.clear();
    for (int row = 0; row < k.columns.size(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_mappingTable->cellWidget(row, 1));
        if (combo && combo->currentData().toInt() >= 0)
            m_mapping.columns.insert(k.columns.at(row).key, combo->currentData().toInt());
    }
}

void ImportWizard::refreshPreview()
{
    const ImportKind k = m_importer->kind();
    ImportRunner runner(m_context.db, *m_importer);
    QStringList headers;
    for (const ImportColumn &c : k.columns)
        headers << c.header;
    m_previewTable->clear();
    m_previewTable->setColumnCount(int(headers.size()));
    m_previewTable->setHorizontalHeaderLabels(headers);
    QList<PreviewRow> rows;
    try {
        rows = runner.preview(*m_source, m_mapping, previewRows);
    } catch (const Error &e) {
        m_mappingStatus->setText(e.message());
    }
    m_previewTable->setRowCount(int(rows.size()));
    QStringList vertical;
    int problems = 0;
    for (int r = 0; r < rows.size(); ++r) {
        const PreviewRow &p = rows.at(r);
        vertical << QString::number(p.number);
        for (int c = 0; c < k.columns.size(); ++c)
            m_previewTable->setItem(r, c, new QTableWidgetItem(p.shown.value(c)));
        for (const ImportReject &problem : p.problems) {
            ++problems;
            int column = -1;
            for (int c = 0; c < k.columns.size(); ++c)
                if (k.columns.at(c).header == problem.column)
                    column = c;
            const QList<int> cells = column >= 0 ? QList<int>{column} : [&] {
                QList<int> all;
                for (int c = 0; c < k.columns.size(); ++c)
                    all << c;
                return all;
            }();
            for (int c : cells) {
                QTableWidgetItem *item = m_previewTable->item(r, c);
                item->setBackground(QColor(0xfd, 0xe2, 0xe2));
                item->setToolTip(problem.reason);
                if (column >= 0 && item->text().isEmpty())
                    item->setText(problem.value);
            }
        }
    }
    m_previewTable->setVerticalHeaderLabels(vertical);
    m_previewTable->resizeColumnsToContents();
    const QStringList missing = runner.missingRequired(m_mapping);
    if (!missing.isEmpty())
        m_mappingStatus->setText(tr("还须为这些导入项选定列：%1。").arg(missing.join(tr("、"))));
    else if (problems > 0)
        m_mappingStatus->setText(
            tr("预览的行中有 %n 处问题（红色格子，鼠标停留可看原因）。", nullptr, problems));
    else
        m_mappingStatus->setText(tr("预览的行没有发现问题。"));
    asCondition(page(MappingPage))->changed();
}

void ImportWizard::askProfileName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("保存对应方案"), tr("方案名称（例如数据来源：县综治中心基础数据表）："), QLineEdit::Normal,
        QFileInfo(m_fileEdit->text()).baseName(), &ok);
    if (ok)
        saveProfile(name);
}

void ImportWizard::saveProfile(const QString &name)
{
    readMappingTable();
    ImportProfile p;
    p.kind = kindId();
    p.name = name;
    p.columns = m_mapping.byHeader();
    for (const ImportColumn &c : m_importer->kind().columns)
        if (!p.columns.contains(c.key))
            p.columns.insert(c.key, QString());
    p.headerRow = m_mapping.headerRow;
    p.headerRows = m_mapping.headerRows;
    try {
        ImportProfileRepository(m_context.db, m_context.clock, m_context.actor()).save(p);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("保存对应方案"), e.message());
        return;
    }
    m_filling = true;
    m_profiles = ImportProfileRepository(m_context.db, m_context.clock, m_context.actor()).list(kindId());
    m_profileCombo->clear();
    m_profileCombo->addItem(tr("按列名自动对应"), -1);
    for (int i = 0; i < m_profiles.size(); ++i) {
        m_profileCombo->addItem(tr("%1（%2）").arg(m_profiles.at(i).name, m_profiles.at(i).unitName), i);
        if (m_profiles.at(i).id == p.id)
            m_profileCombo->setCurrentIndex(i + 1);
    }
    m_filling = false;
    m_mappingStatus->setText(tr("已保存对应方案“%1”。").arg(p.name));
}

void ImportWizard::startRun()
{
    readMappingTable();
    m_summary = ImportSummary{};
    m_progress->setRange(0, 0);
    m_countsLabel->setText(tr("正在读取文件…"));
    m_cancelButton->setEnabled(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    ImportOptions options;
    options.mode = ImportMode(m_modeGroup->checkedId());
    options.dryRun = m_dryRunCheck->isChecked();
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    const ConnectionUrl url = m_context.db.url();
    const Clock &clock = m_context.clock;
    const Actor actor = m_context.actor();
    const QString kind = kindId();
    const QString path = m_fileEdit->text().trimmed();
    const QString sheet = m_sheetCombo->currentText();
    const ImportMapping mapping = m_mapping;
    ImportWizard *self = this;
    options.progress = [self](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            self, [self, done, total] { self->progressed(done, total); }, Qt::QueuedConnection);
    };
    // The worker opens a connection of its own (one per thread) as the same account: on PostgreSQL
    // its login role, so row-level security holds for the import too.
    m_thread =
        QThread::create([self, cancel, options, url, &clock, actor, kind, path, sheet, mapping]() mutable {
            ImportSummary summary;
            try {
                Database db(url);
                auto importer = ImportKinds::create(kind, db, clock, actor);
                ImportOptions o = options;
                o.cancel = cancel.get();
                summary = ImportRunner(db, *importer).run(FileSource(path, sheet), mapping, o);
            } catch (const Error &e) {
                summary.failure = e.message();
            }
            QMetaObject::invokeMethod(
                self, [self, summary] { self->finished(summary); }, Qt::QueuedConnection);
        });
    m_thread->setObjectName(u"import"_s);
    asCondition(page(RunPage))->changed();
    m_thread->start(QThread::LowPriority);
}

void ImportWizard::progressed(qint64 done, qint64 total)
{
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(qMin<qint64>(1000, done * 1000 / total)));
    }
    if (!m_cancel || !m_cancel->load())
        m_countsLabel->setText(tr("已处理 %n 行…", nullptr, int(qMin<qint64>(done, INT_MAX))));
}

void ImportWizard::finished(const ImportSummary &summary)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_summary = summary;
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_cancelButton->setEnabled(false);
    m_countsLabel->setText(summary.cancelled ? tr("已取消，没有保存任何数据。") : tr("导入完成。"));
    asCondition(page(RunPage))->changed();
    if (currentId() == RunPage)
        next();
}

void ImportWizard::showSummary()
{
    const ImportSummary &s = m_summary;
    QStringList lines;
    if (!s.failure.isEmpty())
        lines << s.failure;
    if (s.cancelled)
        lines << tr("导入已取消，没有保存任何数据。");
    lines << tr("读取 %n 行数据。", nullptr, int(s.rows));
    if (s.dryRun)
        lines << tr("试导入（没有保存）：可新增 %1 行，更新 %2 行，%3 行无变化。")
                     .arg(s.inserted)
                     .arg(s.updated)
                     .arg(s.unchanged);
    else if (s.committed)
        lines << tr("新增 %1 行，更新 %2 行，%3 行无变化。").arg(s.inserted).arg(s.updated).arg(s.unchanged);
    else if (!s.cancelled && s.rejectedRows > 0)
        lines << tr("有出错的行，按“全部或不导入”没有保存任何数据。");
    // What the updated rows changed (a petition ledger's corrections), a few rows by name.
    for (qsizetype i = 0; i < s.updates.size() && i < updatesNamed; ++i)
        lines << tr("第 %1 行（%2）更新了：%3")
                     .arg(s.updates.at(i).row)
                     .arg(s.updates.at(i).key, s.updates.at(i).changed.join(tr("、")));
    if (s.updates.size() > updatesNamed)
        lines << tr("另有 %n 行更新。", nullptr, int(s.updates.size() - updatesNamed));
    if (s.rejectedRows > 0)
        lines << tr("%n 行未导入，原因见下表。", nullptr, int(s.rejectedRows));
    m_summaryLabel->setText(lines.join(u'\n'));
    const int shown = int(qMin<qsizetype>(s.rejects.size(), rejectsShown));
    m_rejectsTable->setRowCount(shown);
    for (int i = 0; i < shown; ++i) {
        const ImportReject &r = s.rejects.at(i);
        m_rejectsTable->setItem(i, 0, new QTableWidgetItem(QString::number(r.row)));
        m_rejectsTable->setItem(i, 1, new QTableWidgetItem(r.column));
        m_rejectsTable->setItem(i, 2, new QTableWidgetItem(r.value));
        m_rejectsTable->setItem(i, 3, new QTableWidgetItem(r.reason));
    }
    m_rejectsTable->resizeColumnsToContents();
    m_rejectsTable->setVisible(!s.rejects.isEmpty());

    const int flagged = int(qMin<qsizetype>(s.flags.size(), rejectsShown));
    m_flagsLabel->setText(
        s.dryRun ? tr("%n 条工单的来电人已有同类别或同地点的在办案件或信访件，导入后请核对：", nullptr,
                      int(s.flags.size()))
                 : tr("%n 条工单已导入并标出：来电人已有同类别或同地点的在办案件或信访件，请核对：", nullptr,
                      int(s.flags.size())));
    m_flagsTable->setRowCount(flagged);
    for (int i = 0; i < flagged; ++i) {
        const ImportFlag &f = s.flags.at(i);
        const QStringList cells{
            QString::number(f.row), f.key, s.dryRun ? QString() : f.caseNo, f.caller, f.matchedNo, f.reason};
        for (int column = 0; column < cells.size(); ++column)
            m_flagsTable->setItem(i, column, new QTableWidgetItem(cells.at(column)));
    }
    m_flagsTable->resizeColumnsToContents();
    m_flagsLabel->setVisible(!s.flags.isEmpty());
    m_flagsTable->setVisible(!s.flags.isEmpty());
    m_saveRejectsButton->setVisible(!s.rejects.isEmpty() || !s.flags.isEmpty());
}

void ImportWizard::chooseTemplate()
{
    const ImportKind k = kind();
    if (k.id.isEmpty())
        return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("下载模板"),
                                     QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                         .filePath(ImportWorkbooks::templateFileName(k)),
                                     tr("Excel 工作簿 (*.xlsx)"));
    if (!path.isEmpty())
        saveTemplate(path);
}

void ImportWizard::saveTemplate(const QString &path)
{
    try {
        ImportWorkbooks::writeTemplate(kind(), path);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("下载模板"), e.message());
    }
}

void ImportWizard::chooseRejects()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("保存错误报告"),
        QDir(QFileInfo(m_fileEdit->text()).absolutePath())
            .filePath(tr("%1-错误报告.xlsx").arg(QFileInfo(m_fileEdit->text()).completeBaseName())),
        tr("Excel 工作簿 (*.xlsx)"));
    if (!path.isEmpty())
        saveRejects(path);
}

void ImportWizard::saveRejects(const QString &path)
{
    try {
        ImportWorkbooks::writeRejects(m_importer ? m_importer->kind() : kind(), m_summary,
                                      QFileInfo(m_fileEdit->text()).fileName(), path);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("保存错误报告"), e.message());
    }
}

void ImportWizard::reject()
{
    if (m_thread) {
        // Closing while running cancels: the worker rolls back, then the wizard closes.
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    QWizard::reject();
}

} // namespace zz
