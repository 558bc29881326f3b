#include "AuditLogPage.h"

#include "AuditLogModel.h"
#include "AuditLogReader.h"
#include "Error.h"
#include "ListExport.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

AuditLogPage::AuditLogPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(u"auditLogPage"_s);
    auto *layout = new QVBoxLayout(this);

    auto *filters = new QHBoxLayout;
    m_personEdit = new QLineEdit(this);
    m_personEdit->setObjectName(u"personLineEdit"_s);
    m_personEdit->setPlaceholderText(tr("登录名或姓名"));
    m_actionCombo = new QComboBox(this);
    m_actionCombo->setObjectName(u"actionComboBox"_s);
    m_actionCombo->addItem(tr("（全部）"), QString());
    for (const QString &code : AuditLogReader::actionCodes())
        m_actionCombo->addItem(AuditLogReader::actionLabel(code), code);
    m_caseNoEdit = new QLineEdit(this);
    m_caseNoEdit->setObjectName(u"caseNoLineEdit"_s);
    m_caseNoEdit->setPlaceholderText(tr("案件编号"));
    const QDate today = context.clock.now().date();
    m_fromEdit = new QDateEdit(today.addDays(-30), this);
    m_fromEdit->setObjectName(u"fromDateEdit"_s);
    m_fromEdit->setCalendarPopup(true);
    m_fromEdit->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_toEdit = new QDateEdit(today, this);
    m_toEdit->setObjectName(u"toDateEdit"_s);
    m_toEdit->setCalendarPopup(true);
    m_toEdit->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_searchButton = new QPushButton(tr("查询"), this);
    m_searchButton->setObjectName(u"searchButton"_s);
    m_searchButton->setDefault(true);
    m_exportButton = new QPushButton(tr("导出…"), this);
    m_exportButton->setObjectName(u"exportButton"_s);
    const auto addField = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field);
    };
    addField(tr("操作人"), m_personEdit);
    addField(tr("操作"), m_actionCombo);
    addField(tr("案件"), m_caseNoEdit);
    addField(tr("日期"), m_fromEdit);
    addField(tr("至"), m_toEdit);
    filters->addStretch();
    filters->addWidget(m_searchButton);
    filters->addWidget(m_exportButton);
    layout->addLayout(filters);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"auditStatusLabel"_s);
    m_statusLabel->setWordWrap(true);
    layout->addWidget(m_statusLabel);

    m_model = new AuditLogModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"auditTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(AuditLogModel::DetailColumn, QHeaderView::Stretch);
    const QFontMetrics fm = m_table->fontMetrics();
    m_table->setColumnWidth(AuditLogModel::IdColumn, fm.horizontalAdvance(u"0000000"_s) + 16);
    m_table->setColumnWidth(AuditLogModel::TimeColumn, fm.horizontalAdvance(u"2025-01-24 10:00:00"_s) + 16);
    m_table->setColumnWidth(AuditLogModel::ActorColumn, fm.horizontalAdvance(u"reception10"_s) + 24);
    m_table->setColumnWidth(AuditLogModel::ActionColumn, fm.horizontalAdvance(tr("基础数据变更")) + 24);
    m_table->setColumnWidth(AuditLogModel::ObjectColumn,
                            fm.horizontalAdvance(u"330102001-2026-000123"_s) + 16);
    layout->addWidget(m_table, 1);

    connect(m_searchButton, &QPushButton::clicked, this, &AuditLogPage::search);
    connect(m_personEdit, &QLineEdit::returnPressed, this, &AuditLogPage::search);
    connect(m_caseNoEdit, &QLineEdit::returnPressed, this, &AuditLogPage::search);
    connect(m_exportButton, &QPushButton::clicked, this, &AuditLogPage::exportCsv);

    try {
        m_reader = std::make_unique<AuditLogReader>(context.db, context.clock, context.actor());
    } catch (const Error &e) {
        showError(e.message());
        m_searchButton->setEnabled(false);
        m_exportButton->setEnabled(false);
    }
}

AuditLogPage::~AuditLogPage() = default;

AuditFilter AuditLogPage::filter() const
{
    AuditFilter f;
    f.person = m_personEdit->text();
    f.action = m_actionCombo->currentData().toString();
    f.caseNo = m_caseNoEdit->text();
    f.from = m_fromEdit->date();
    f.to = m_toEdit->date();
    return f;
}

void AuditLogPage::search()
{
    if (!m_reader)
        return;
    try {
        m_model->setQuery(m_reader.get(), filter());
    } catch (const Error &e) {
        showError(e.message());
        return;
    }
    m_statusLabel->setStyleSheet({});
    m_statusLabel->setText(m_model->canFetchMore({})
                               ? tr("已显示最新的 %Ln 条，向下滚动继续载入。", nullptr, m_model->rowCount())
                               : tr("共 %Ln 条。", nullptr, m_model->rowCount()));
}

bool AuditLogPage::exportTo(const QString &path)
{
    if (!m_reader)
        return false;
    if (path.endsWith(u".xlsx"_s, Qt::CaseInsensitive)) {
        try {
            ExportFilter f;
            f.audit = filter();
            const qint64 rows =
                ListExport(m_context.db, m_context.clock, m_context.actor(), m_context.user.login)
                    .write(u"audit-log"_s, f, path);
            m_statusLabel->setStyleSheet({});
            m_statusLabel->setText(
                tr("已导出 %Ln 条到 %1（此次导出已记入审计日志）。", nullptr, rows).arg(path));
            return true;
        } catch (const Error &e) {
            showError(e.message());
            return false;
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        showError(tr("无法写入文件 %1。").arg(path));
        return false;
    }
    qint64 rows = 0;
    try {
        rows = m_reader->exportCsv(filter(), file);
    } catch (const Error &e) {
        file.cancelWriting();
        showError(e.message());
        return false;
    }
    if (!file.commit()) {
        showError(tr("无法写入文件 %1。").arg(path));
        return false;
    }
    m_statusLabel->setStyleSheet({});
    m_statusLabel->setText(tr("已导出 %Ln 条到 %1（此次导出已记入审计日志）。", nullptr, rows).arg(path));
    return true;
}

void AuditLogPage::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("导出审计日志"), tr("审计日志-%1.xlsx").arg(m_context.clock.now().toString(u"yyyyMMdd"_s)),
        tr("Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void AuditLogPage::showError(const QString &message)
{
    m_statusLabel->setStyleSheet(u"color: #b3261e;"_s);
    m_statusLabel->setText(message);
}

} // namespace zz
