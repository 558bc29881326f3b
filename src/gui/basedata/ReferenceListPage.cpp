#include "ReferenceListPage.h"

#include "Error.h"
#include "ReferenceListModel.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

ReferenceListPage::ReferenceListPage(ReferenceKind kind, bool editable, QWidget *parent)
    : QWidget(parent), m_editable(editable), m_model(new ReferenceListModel(std::move(kind), this))
{
    setObjectName(u"referenceListPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);

    auto *top = new QHBoxLayout;
    m_filterLayout = new QHBoxLayout;
    top->addLayout(m_filterLayout);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"referenceSearch"_s);
    m_search->setPlaceholderText(tr("按名称或编码查找"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().horizontalAdvance(u"按名称或编码查找"_s) + 60);
    top->addWidget(m_search);
    m_showInactive = new QCheckBox(tr("显示已停用"), this);
    m_showInactive->setObjectName(u"referenceShowInactive"_s);
    m_showInactive->setVisible(bool(m_model->kind().setActive)); // a kind without 停用 has nothing to show
    top->addWidget(m_showInactive);
    top->addStretch(1);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"referenceCountLabel"_s);
    top->addWidget(m_countLabel);
    layout->addLayout(top);

    auto *buttons = new QHBoxLayout;
    const ReferenceKind &k = m_model->kind();
    const auto makeButton = [&](const QString &text, const QString &name, bool offered) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setVisible(m_editable && offered);
        buttons->addWidget(button);
        return button;
    };
    m_addButton = makeButton(tr("新增"), u"referenceAddButton"_s, bool(k.edit));
    m_editButton = makeButton(tr("编辑"), u"referenceEditButton"_s, bool(k.edit));
    m_deactivateButton = makeButton(tr("停用"), u"referenceDeactivateButton"_s, bool(k.setActive));
    m_activateButton = makeButton(tr("启用"), u"referenceActivateButton"_s, bool(k.setActive));
    m_deleteButton = makeButton(tr("删除"), u"referenceDeleteButton"_s, bool(k.remove));
    buttons->addStretch(1);
    m_exportButton = new QPushButton(tr("导出"), this);
    m_exportButton->setObjectName(u"referenceExportButton"_s);
    m_exportButton->setToolTip(tr("把按当前查找和筛选条件列出的全部行导出为 Excel 或 CSV 文件"));
    m_exportButton->setVisible(bool(k.exportTo));
    buttons->addWidget(m_exportButton);
    if (!m_editable) {
        auto *readOnly = new QLabel(tr("只读：修改基础数据需要管理员账号。"), this);
        readOnly->setObjectName(u"referenceReadOnlyLabel"_s);
        readOnly->setEnabled(false);
        buttons->addWidget(readOnly);
    }
    layout->addLayout(buttons);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"referenceErrorLabel"_s);
    m_errorLabel->setStyleSheet(u"color: #c62828;"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableView(m_splitter);
    m_table->setObjectName(u"referenceTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(
        m_table->fontMetrics().horizontalAdvance(u"市场监督管理所"_s) + 28);
    m_splitter->addWidget(m_table);
    layout->addWidget(m_splitter, 1);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchTimer, &QTimer::timeout, this, &ReferenceListPage::searchNow);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &ReferenceListPage::searchNow);
    connect(m_showInactive, &QCheckBox::toggled, this, &ReferenceListPage::searchNow);
    connect(m_addButton, &QPushButton::clicked, this, &ReferenceListPage::addRow);
    connect(m_editButton, &QPushButton::clicked, this, &ReferenceListPage::editSelected);
    connect(m_deactivateButton, &QPushButton::clicked, this, [this] { setSelectedActive(false); });
    connect(m_activateButton, &QPushButton::clicked, this, [this] { setSelectedActive(true); });
    connect(m_deleteButton, &QPushButton::clicked, this, &ReferenceListPage::deleteSelected);
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        const ReferenceKind &kind = m_model->kind();
        const QString path = QFileDialog::getSaveFileName(
            this, tr("导出清单"), kind.exportFileName.isEmpty() ? tr("清单.xlsx") : kind.exportFileName,
            tr("Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)"));
        if (path.isEmpty())
            return;
        const qint64 rows = exportList(path);
        if (rows >= 0)
            QMessageBox::information(this, tr("导出清单"), tr("已导出 %Ln 行。", nullptr, rows));
    });
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_editable && m_model->kind().edit && selectedRow() && selectedRow()->editable)
            editSelected();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        emit currentRowChanged(selectedRow());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReferenceListPage::updateButtons);
    connect(m_model, &ReferenceListModel::readFailed, this, &ReferenceListPage::showError);

    reload();
}

void ReferenceListPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Others may have changed the data since the page was last on screen.
    if (m_shownOnce)
        reload();
    m_shownOnce = true;
}

qint64 ReferenceListPage::exportList(const QString &path)
{
    if (!m_model->kind().exportTo)
        return -1;
    try {
        const qint64 rows = m_model->kind().exportTo(path, m_model->search(), m_model->includeInactive());
        m_errorLabel->hide();
        return rows;
    } catch (const Error &e) {
        showError(e.message());
        return -1;
    }
}

void ReferenceListPage::setSidePanel(QWidget *panel)
{
    m_splitter->addWidget(panel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
}

void ReferenceListPage::searchNow()
{
    m_searchTimer->stop();
    reload();
}

void ReferenceListPage::reload()
{
    const ReferenceRow *current = selectedRow();
    const qint64 selectedId = current ? current->id : 0;
    m_errorLabel->hide();
    try {
        m_model->setQuery(m_search->text().trimmed(), m_showInactive->isChecked());
    } catch (const Error &error) {
        showError(tr("读取失败：%1").arg(error.message()));
    }
    m_countLabel->setText(tr("共 %n 条", nullptr, int(qMin<qint64>(m_model->totalCount(), INT_MAX))));
    if (selectedId > 0)
        select(selectedId);
    updateButtons();
    emit currentRowChanged(selectedRow());
}

const ReferenceRow *ReferenceListPage::selectedRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() && current.row() < m_model->rowCount() ? &m_model->rowAt(current.row())
                                                                    : nullptr;
}

bool ReferenceListPage::select(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

void ReferenceListPage::updateButtons()
{
    const ReferenceRow *selected = selectedRow();
    const ReferenceRow *row = selected && selected->editable ? selected : nullptr;
    m_editButton->setEnabled(row);
    m_deactivateButton->setEnabled(row && row->active);
    m_activateButton->setEnabled(row && !row->active);
    m_deleteButton->setEnabled(row);
}

void ReferenceListPage::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

QString ReferenceListPage::describe(const ReferenceRow &row) const
{
    if (m_model->kind().describe)
        return m_model->kind().describe(row);
    return row.cells.value(0);
}

void ReferenceListPage::reportChangeError(const QString &title, const Error &error)
{
    if (error.kind() == Error::Kind::Conflict) {
        QMessageBox box(QMessageBox::Warning, title,
                        tr("此记录已被其他人修改，列表已重新载入。请查看后再修改。"), QMessageBox::Ok, this);
        box.setObjectName(u"referenceConflictMessageBox"_s);
        box.exec();
        reload();
        return;
    }
    QMessageBox box(QMessageBox::Warning, title, error.message(), QMessageBox::Ok, this);
    box.setObjectName(u"referenceErrorMessageBox"_s);
    box.exec();
}

void ReferenceListPage::addRow()
{
    qint64 id = 0;
    try {
        id = m_model->kind().edit(this, nullptr);
    } catch (const Error &error) {
        reportChangeError(tr("新增"), error);
        return;
    }
    if (id <= 0)
        return;
    reload();
    select(id);
}

void ReferenceListPage::editSelected()
{
    const ReferenceRow *selected = selectedRow();
    if (!selected || !m_model->kind().edit)
        return;
    const ReferenceRow row = *selected; // the model is read again while the editor is open
    qint64 id = 0;
    try {
        id = m_model->kind().edit(this, &row);
    } catch (const Error &error) {
        reportChangeError(tr("编辑"), error);
        return;
    }
    if (id <= 0)
        return;
    reload();
    select(id);
}

void ReferenceListPage::setSelectedActive(bool active)
{
    const ReferenceRow *selected = selectedRow();
    if (!selected || !m_model->kind().setActive)
        return;
    const ReferenceRow row = *selected;
    if (!active && m_model->kind().deactivate) {
        try {
            if (!m_model->kind().deactivate(this, row))
                return;
        } catch (const Error &error) {
            reportChangeError(tr("停用"), error);
            return;
        }
        reload();
        select(row.id);
        return;
    }
    if (!active) {
        QMessageBox box(
            QMessageBox::Question, tr("停用"),
            tr("停用“%1”？停用后不再供新登记选用，已有记录仍然保留，可随时重新启用。").arg(describe(row)),
            QMessageBox::Yes | QMessageBox::No, this);
        box.setObjectName(u"referenceDeactivateMessageBox"_s);
        box.setDefaultButton(QMessageBox::No);
        if (box.exec() != QMessageBox::Yes)
            return;
    }
    try {
        m_model->kind().setActive(row, active);
    } catch (const Error &error) {
        reportChangeError(active ? tr("启用") : tr("停用"), error);
        return;
    }
    reload();
    select(row.id);
}

void ReferenceListPage::deleteSelected()
{
    const ReferenceRow *selected = selectedRow();
    if (!selected || !m_model->kind().remove)
        return;
    const ReferenceRow row = *selected;
    QMessageBox box(
        QMessageBox::Question, tr("删除"),
        tr("删除“%1”？删除后不能恢复。仍被案件或其他数据使用的记录不能删除，只能停用。").arg(describe(row)),
        QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(u"referenceDeleteMessageBox"_s);
    box.setDefaultButton(QMessageBox::No);
    if (box.exec() != QMessageBox::Yes)
        return;
    try {
        m_model->kind().remove(row);
    } catch (const Error &error) {
        reportChangeError(tr("删除"), error);
        return;
    }
    reload();
}

} // namespace zz
