#include "OrgTreePage.h"

#include "Error.h"
#include "GridPanel.h"
#include "ListExport.h"
#include "OrgTreeModel.h"
#include "OrgUnitDialog.h"
#include "shell/AppContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

QString levelTitle(OrgLevel level)
{
    switch (level) {
    case OrgLevel::County:
        return OrgTreePage::tr("县(区)");
    case OrgLevel::Township:
        return OrgTreePage::tr("乡镇(街道)");
    case OrgLevel::Village:
        return OrgTreePage::tr("村(社区)");
    case OrgLevel::Grid:
        return OrgTreePage::tr("网格");
    }
    return {};
}

} // namespace

OrgTreePage::OrgTreePage(const AppContext &context, bool editable, QWidget *parent)
    : QWidget(parent), m_context(context), m_service(context.db, context.clock, context.actor())
{
    m_editable = editable && m_service.mayManage();
    setObjectName(u"orgTreePage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);

    auto *top = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"orgTreeSearch"_s);
    m_search->setPlaceholderText(tr("按名称或代码查找单位"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().horizontalAdvance(u"按名称或代码查找单位"_s) + 80);
    top->addWidget(m_search);
    m_showInactive = new QCheckBox(tr("显示已停用"), this);
    m_showInactive->setObjectName(u"orgShowInactive"_s);
    top->addWidget(m_showInactive);
    top->addStretch(1);
    layout->addLayout(top);

    m_results = new QListWidget(this);
    m_results->setObjectName(u"orgSearchResults"_s);
    m_results->hide();
    layout->addWidget(m_results);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"orgErrorLabel"_s);
    m_errorLabel->setStyleSheet(u"color: #c62828;"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_model = new OrgTreeModel(
        [this](qint64 parentId, int offset, int limit) {
            return m_service.children(parentId, m_showInactive->isChecked(), offset, limit);
        },
        [this](qint64 parentId) { return m_service.childCount(parentId, m_showInactive->isChecked()); },
        this);
    m_tree = new QTreeView(left);
    m_tree->setObjectName(u"orgTree"_s);
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setDragDropMode(QAbstractItemView::NoDragDrop);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(OrgTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(OrgTreeModel::CodeColumn, QHeaderView::ResizeToContents);
    leftLayout->addWidget(m_tree, 1);

    auto *buttons = new QHBoxLayout;
    const auto makeButton = [&](const QString &text, const QString &name) {
        auto *button = new QPushButton(text, left);
        button->setObjectName(name);
        button->setVisible(m_editable);
        buttons->addWidget(button);
        return button;
    };
    m_addButton = makeButton(tr("新增下级"), u"orgAddChildButton"_s);
    m_editButton = makeButton(tr("编辑"), u"orgEditButton"_s);
    m_deactivateButton = makeButton(tr("停用"), u"orgDeactivateButton"_s);
    m_activateButton = makeButton(tr("启用"), u"orgActivateButton"_s);
    m_deleteButton = makeButton(tr("删除"), u"orgDeleteButton"_s);
    m_moveButton = makeButton(tr("调整所属乡镇…"), u"orgMoveButton"_s);
    m_moveButton->setVisible(m_editable && m_service.mayMove());
    m_moveButton->setToolTip(tr("把所选村(社区)连同其网格和案件调整到其他乡镇(街道)"));
    buttons->addStretch(1);
    auto *exportButton = new QPushButton(tr("导出"), left);
    exportButton->setObjectName(u"orgExportButton"_s);
    exportButton->setToolTip(tr("把组织机构或网格清单导出为 Excel 或 CSV 文件"));
    auto *exportMenu = new QMenu(exportButton);
    const auto offerExport = [this, exportMenu](const QString &text, const QString &kind,
                                                const QString &file) {
        QAction *action = exportMenu->addAction(text);
        action->setObjectName(kind == u"grids"_s ? u"orgExportGridsAction"_s : u"orgExportUnitsAction"_s);
        connect(action, &QAction::triggered, this, [this, text, kind, file] {
            const QString path =
                QFileDialog::getSaveFileName(this, text, file, tr("Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)"));
            if (path.isEmpty())
                return;
            try {
                const qint64 rows = exportList(kind, path);
                QMessageBox::information(this, text, tr("已导出 %Ln 行。", nullptr, rows));
            } catch (const Error &e) {
                QMessageBox::warning(this, text, e.message());
            }
        });
    };
    offerExport(tr("导出组织机构清单…"), u"org-units"_s, tr("组织机构.xlsx"));
    offerExport(tr("导出网格清单…"), u"grids"_s, tr("网格.xlsx"));
    exportButton->setMenu(exportMenu);
    buttons->addWidget(exportButton);
    if (!m_editable) {
        auto *readOnly = new QLabel(tr("只读：修改组织机构需要管理员账号。"), left);
        readOnly->setObjectName(u"orgReadOnlyLabel"_s);
        readOnly->setEnabled(false);
        buttons->addWidget(readOnly);
    }
    leftLayout->addLayout(buttons);
    splitter->addWidget(left);

    m_details = new QWidget(splitter);
    m_details->setObjectName(u"orgDetailPanel"_s);
    m_details->setMinimumWidth(
        fontMetrics().horizontalAdvance(u"网格长和网格员：李网格 330681001W0001 网格长"_s) + 40);
    auto *detailLayout = new QVBoxLayout(m_details);
    detailLayout->setContentsMargins(12, 0, 0, 0);
    m_detailTitle = new QLabel(m_details);
    m_detailTitle->setObjectName(u"orgDetailTitle"_s);
    QFont titleFont = m_detailTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_detailTitle->setFont(titleFont);
    m_detailTitle->setWordWrap(true);
    detailLayout->addWidget(m_detailTitle);
    m_detailText = new QLabel(m_details);
    m_detailText->setObjectName(u"orgDetailText"_s);
    m_detailText->setWordWrap(true);
    m_detailText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailLayout->addWidget(m_detailText);
    auto *gridBox = new QGroupBox(tr("网格信息"), m_details);
    gridBox->setObjectName(u"gridGroupBox"_s);
    auto *gridLayout = new QVBoxLayout(gridBox);
    m_gridPanel = new GridPanel(m_service, gridBox);
    gridLayout->addWidget(m_gridPanel);
    gridBox->hide();
    detailLayout->addWidget(gridBox);
    detailLayout->addStretch(1);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(300);
    connect(m_searchTimer, &QTimer::timeout, this, &OrgTreePage::search);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        search();
        if (m_results->count() > 0) {
            m_results->setCurrentRow(0);
            openSearchResult();
        }
    });
    connect(m_results, &QListWidget::itemActivated, this, &OrgTreePage::openSearchResult);
    connect(m_results, &QListWidget::itemClicked, this, &OrgTreePage::openSearchResult);
    connect(m_showInactive, &QCheckBox::toggled, this, &OrgTreePage::reload);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &OrgTreePage::selectionChanged);
    connect(m_model, &OrgTreeModel::readFailed, this, [this](const QString &message) {
        m_errorLabel->setText(tr("读取组织机构失败：%1").arg(message));
        m_errorLabel->show();
    });
    connect(m_addButton, &QPushButton::clicked, this, &OrgTreePage::addChild);
    connect(m_editButton, &QPushButton::clicked, this, &OrgTreePage::editSelected);
    connect(m_deactivateButton, &QPushButton::clicked, this, [this] { setSelectedActive(false); });
    connect(m_activateButton, &QPushButton::clicked, this, [this] { setSelectedActive(true); });
    connect(m_deleteButton, &QPushButton::clicked, this, &OrgTreePage::deleteSelected);
    connect(m_moveButton, &QPushButton::clicked, this, &OrgTreePage::moveSelected);
    connect(m_gridPanel, &GridPanel::saved, this, [this] {
        if (const OrgUnit *unit = selectedUnit())
            showDetails(unit);
    });

    reload();
    // Open the tree at the account's own unit, its next level in view.
    if (reveal(context.user.orgUnitId))
        m_tree->expand(m_tree->currentIndex().siblingAtColumn(0));
    else if (m_model->rowCount() > 0)
        m_tree->expand(m_model->index(0, 0));
}

OrgTreePage::~OrgTreePage() = default;

void OrgTreePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Others may have changed the tree since the page was last on screen.
    if (m_shownOnce)
        reload();
    m_shownOnce = true;
}

void OrgTreePage::reload()
{
    const OrgUnit *current = selectedUnit();
    const qint64 selectedId = current ? current->id : 0;
    m_errorLabel->hide();
    try {
        m_model->reload();
    } catch (const Error &error) {
        m_errorLabel->setText(tr("读取组织机构失败：%1").arg(error.message()));
        m_errorLabel->show();
    }
    if (selectedId > 0)
        reveal(selectedId);
    else if (m_model->rowCount() > 0)
        m_tree->expand(m_model->index(0, 0));
    updateButtons();
}

bool OrgTreePage::reveal(qint64 unitId)
{
    if (unitId <= 0)
        return false;
    QList<OrgUnit> path;
    try {
        path = m_service.ancestors(unitId);
    } catch (const Error &) {
        return false;
    }
    QModelIndex index;
    for (const OrgUnit &unit : path) {
        if (index.isValid())
            m_tree->expand(index);
        const QModelIndex child = m_model->findChild(index, unit.id);
        if (!child.isValid())
            return false; // deactivated and hidden, or gone
        index = child;
    }
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

const OrgUnit *OrgTreePage::selectedUnit() const
{
    return m_model->unitAt(m_tree->currentIndex().siblingAtColumn(0));
}

void OrgTreePage::search()
{
    m_results->clear();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_results->hide();
        return;
    }
    QList<OrgUnitHit> hits;
    try {
        hits = m_service.find(text, m_showInactive->isChecked(), 50);
    } catch (const Error &error) {
        m_errorLabel->setText(error.message());
        m_errorLabel->show();
        return;
    }
    for (const OrgUnitHit &hit : hits) {
        QString line = u"%1 · %2 · %3"_s.arg(hit.unit.name, levelTitle(hit.unit.level), hit.unit.code);
        if (!hit.parentName.isEmpty())
            line += tr("(%1)").arg(hit.parentName);
        if (!hit.unit.active)
            line += tr(" (已停用)");
        auto *item = new QListWidgetItem(line, m_results);
        item->setData(Qt::UserRole, hit.unit.id);
    }
    if (hits.isEmpty())
        m_results->addItem(tr("没有名称或代码含“%1”的单位。").arg(text));
    // As tall as its hits, at most eight rows: the tree stays in view.
    const int rows = qMin(8, m_results->count());
    m_results->setFixedHeight(rows * qMax(m_results->sizeHintForRow(0), fontMetrics().height() + 4) +
                              2 * m_results->frameWidth() + 2);
    m_results->show();
}

void OrgTreePage::openSearchResult()
{
    const QListWidgetItem *item = m_results->currentItem();
    if (!item || !item->data(Qt::UserRole).isValid())
        return;
    if (reveal(item->data(Qt::UserRole).toLongLong())) {
        m_errorLabel->hide();
        m_tree->setFocus();
        return;
    }
    // Found by the search but not in the tree: a unit above it is deactivated and hidden.
    m_errorLabel->setText(tr("该单位的上级单位已停用，勾选“显示已停用”后可在树中看到它。"));
    m_errorLabel->show();
}

void OrgTreePage::selectionChanged()
{
    showDetails(selectedUnit());
    updateButtons();
}

void OrgTreePage::updateButtons()
{
    const OrgUnit *unit = selectedUnit();
    const bool editable = unit && m_service.mayEdit(*unit);
    m_addButton->setEnabled(unit && unit->active && m_service.mayAddChild(*unit));
    m_addButton->setText(unit && unit->level != OrgLevel::Grid
                             ? tr("新增%1").arg(levelTitle(OrgLevel(int(unit->level) + 1)))
                             : tr("新增下级"));
    m_editButton->setEnabled(editable);
    m_deactivateButton->setEnabled(editable && unit->active);
    m_activateButton->setEnabled(editable && !unit->active);
    m_deleteButton->setEnabled(editable);
    m_moveButton->setEnabled(unit && unit->level == OrgLevel::Village && m_service.mayMove());
}

void OrgTreePage::showDetails(const OrgUnit *unit)
{
    auto *gridBox = m_gridPanel->parentWidget();
    if (!unit) {
        m_detailTitle->setText(tr("请在左侧选择一个单位"));
        m_detailText->clear();
        gridBox->hide();
        return;
    }
    QStringList place;
    try {
        for (const OrgUnit &above : m_service.ancestors(unit->id))
            if (above.id != unit->id)
                place << above.name;
    } catch (const Error &) {
    }
    m_detailTitle->setText(unit->name);
    QStringList lines;
    lines << tr("层级：%1").arg(levelTitle(unit->level));
    lines << tr("代码：%1").arg(unit->code);
    if (!place.isEmpty())
        lines << tr("所属：%1").arg(place.join(u" / "_s));
    lines << tr("状态：%1").arg(unit->active ? tr("启用", "status") : tr("已停用", "status"));
    if (unit->special)
        lines << tr("类别：开发区、农场等特殊区域(区划代码第7至9位为400至599)");
    lines << (unit->local ? tr("来源：本中心新增(本地代码)") : tr("来源：国家统计用区划代码"));
    const int children = m_model->childCountOf(m_tree->currentIndex().siblingAtColumn(0));
    if (unit->level != OrgLevel::Grid)
        lines << tr("下级单位：%n 个", nullptr, children);
    m_detailText->setText(lines.join(u'\n'));
    if (unit->level == OrgLevel::Grid) {
        m_gridPanel->setGrid(*unit, m_editable && m_service.mayEdit(*unit));
        gridBox->show();
    } else {
        gridBox->hide();
    }
}

void OrgTreePage::showError(const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box.setObjectName(u"orgErrorMessageBox"_s);
    box.exec();
}

void OrgTreePage::showConflict(const QString &message)
{
    QMessageBox box(QMessageBox::Warning, tr("单位已被修改"),
                    message.isEmpty() ? tr("此单位已被其他人修改，已重新载入，请查看后再修改。") : message,
                    QMessageBox::Ok, this);
    box.setObjectName(u"orgConflictMessageBox"_s);
    box.exec();
    reload();
}

void OrgTreePage::refreshUnder(qint64 parentId, qint64 selectId)
{
    const QModelIndex parent = m_model->indexOf(parentId);
    if (parentId > 0 && !parent.isValid()) {
        reveal(selectId);
        return;
    }
    m_model->refreshChildren(parent);
    if (parent.isValid())
        m_tree->expand(parent);
    if (!reveal(selectId))
        reveal(parentId);
    updateButtons();
}

void OrgTreePage::addChild()
{
    const OrgUnit *selected = selectedUnit();
    if (!selected || !m_service.mayAddChild(*selected))
        return;
    const OrgUnit parent = *selected;
    QString suggested;
    try {
        suggested = m_service.nextLocalCode(parent);
    } catch (const Error &error) {
        showError(tr("新增单位"), error.message());
        return;
    }
    OrgUnitDialog dialog(
        parent, nullptr, OrgLevel(int(parent.level) + 1), suggested,
        [&](const QString &name, const QString &code) { return m_service.addChild(parent.id, name, code); },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refreshUnder(parent.id, dialog.savedUnit().id);
}

void OrgTreePage::editSelected()
{
    const OrgUnit *selected = selectedUnit();
    if (!selected || !m_service.mayEdit(*selected))
        return;
    const OrgUnit unit = *selected;
    const QModelIndex index = m_tree->currentIndex().siblingAtColumn(0);
    OrgUnit parent;
    if (const auto above = m_service.get(unit.parentId))
        parent = *above;
    OrgUnitDialog dialog(
        parent, &unit, unit.level, QString(),
        [&](const QString &name, const QString &code) {
            OrgUnit changed = unit;
            changed.name = name;
            changed.code = code;
            m_service.update(changed);
            return changed;
        },
        this);
    const int result = dialog.exec();
    if (dialog.conflicted()) {
        showConflict({});
        return;
    }
    if (result == QDialog::Accepted) {
        m_model->updateUnit(index, dialog.savedUnit());
        showDetails(selectedUnit());
    }
}

void OrgTreePage::setSelectedActive(bool active)
{
    const OrgUnit *selected = selectedUnit();
    if (!selected || !m_service.mayEdit(*selected))
        return;
    OrgUnit unit = *selected;
    const QModelIndex index = m_tree->currentIndex().siblingAtColumn(0);
    if (!active) {
        QMessageBox box(QMessageBox::Question, tr("停用单位"),
                        tr("停用“%"
                           "1”？停用用于已撤销或合并的单位：它在组织机构中显示为已停用，已有案件和记录不受影"
                           "响，可随时重新启用。")
                            .arg(unit.name),
                        QMessageBox::Yes | QMessageBox::No, this);
        box.setObjectName(u"orgDeactivateMessageBox"_s);
        box.setDefaultButton(QMessageBox::No);
        if (box.exec() != QMessageBox::Yes)
            return;
    }
    try {
        m_service.setActive(unit, active);
    } catch (const Error &error) {
        if (error.kind() == Error::Kind::Conflict)
            showConflict(error.message());
        else
            showError(active ? tr("启用单位") : tr("停用单位"), error.message());
        return;
    }
    if (!active && !m_showInactive->isChecked())
        refreshUnder(unit.parentId, unit.parentId); // it leaves the list
    else {
        m_model->updateUnit(index, unit);
        selectionChanged();
    }
}

void OrgTreePage::deleteSelected()
{
    const OrgUnit *selected = selectedUnit();
    if (!selected || !m_service.mayEdit(*selected))
        return;
    const OrgUnit unit = *selected;
    QMessageBox box(
        QMessageBox::Question, tr("删除单位"),
        tr("删除“%1”？删除后不能恢复。仍有下级单位、案件、网格员、部门或账号的单位不能删除，只能停用。")
            .arg(unit.name),
        QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(u"orgDeleteMessageBox"_s);
    box.setDefaultButton(QMessageBox::No);
    if (box.exec() != QMessageBox::Yes)
        return;
    try {
        m_service.remove(unit);
    } catch (const Error &error) {
        if (error.kind() == Error::Kind::Conflict)
            showConflict(error.message());
        else
            showError(tr("删除单位"), error.message());
        return;
    }
    refreshUnder(unit.parentId, unit.parentId);
}

void OrgTreePage::moveSelected()
{
    const OrgUnit *selected = selectedUnit();
    if (!selected || selected->level != OrgLevel::Village || !m_service.mayMove())
        return;
    OrgUnit village = *selected;
    QList<OrgUnit> townships;
    qint64 cases = 0;
    int grids = 0;
    QString fromName;
    try {
        const QList<OrgUnit> path = m_service.ancestors(village.id);
        const qint64 countyId = path.isEmpty() ? 0 : path.first().id;
        for (const OrgUnitNode &node : m_service.children(countyId, false))
            if (node.unit.id != village.parentId && node.unit.level == OrgLevel::Township)
                townships << node.unit;
        cases = m_service.casesWithin(village.id);
        grids = m_service.childCount(village.id, true);
        if (const auto from = m_service.get(village.parentId))
            fromName = from->name;
    } catch (const Error &error) {
        showError(tr("调整所属乡镇"), error.message());
        return;
    }
    if (townships.isEmpty()) {
        showError(tr("调整所属乡镇"), tr("没有其他可调入的乡镇(街道)。"));
        return;
    }

    QDialog dialog(this);
    dialog.setObjectName(u"moveVillageDialog"_s);
    dialog.setWindowTitle(tr("调整所属乡镇(街道)"));
    dialog.setMinimumWidth(fontMetrics().horizontalAdvance(u"把“某某某某社区”从“某某某某街道”调整到："_s) +
                           60);
    auto *layout = new QVBoxLayout(&dialog);
    auto *intro = new QLabel(tr("把“%1”从“%2”调整到：").arg(village.name, fromName), &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *combo = new QComboBox(&dialog);
    combo->setObjectName(u"moveTownshipCombo"_s);
    for (const OrgUnit &township : std::as_const(townships))
        combo->addItem(u"%1  %2"_s.arg(township.name, township.code), township.id);
    layout->addWidget(combo);
    auto *summary =
        new QLabel(tr("随之调整：%n 个网格", nullptr, grids) +
                       tr("；%n 件案件(案件编号保持不变)。", nullptr, int(qMin<qint64>(cases, INT_MAX))),
                   &dialog);
    summary->setObjectName(u"moveSummaryLabel"_s);
    summary->setWordWrap(true);
    layout->addWidget(summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("调整…"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"moveOkButton"_s);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 targetId = combo->currentData().toLongLong();
    const QString targetName = townships.at(combo->currentIndex()).name;

    QMessageBox confirm(
        QMessageBox::Question, tr("确认调整"),
        tr("把“%1”及其 %n 个网格从“%2”调整到“%3”？", nullptr, grids).arg(village.name, fromName, targetName) +
            u"\n\n"_s +
            tr("该村(社区)的 %n "
               "件案件随之调整到“%"
               "1”：计入其统计，原在乡镇层级办理的改由其办理；已派遣给部门的案件仍由原部门办理。案件编号保持"
               "不变。",
               nullptr, int(qMin<qint64>(cases, INT_MAX)))
                .arg(targetName),
        QMessageBox::Yes | QMessageBox::No, this);
    confirm.setObjectName(u"moveConfirmMessageBox"_s);
    confirm.setDefaultButton(QMessageBox::No);
    confirm.button(QMessageBox::Yes)->setText(tr("调整"));
    confirm.button(QMessageBox::No)->setText(tr("取消"));
    if (confirm.exec() != QMessageBox::Yes)
        return;
    const qint64 fromId = village.parentId;
    qint64 moved = 0;
    try {
        moved = m_service.moveVillage(village, targetId);
    } catch (const Error &error) {
        if (error.kind() == Error::Kind::Conflict)
            showConflict(error.message());
        else
            showError(tr("调整所属乡镇"), error.message());
        return;
    }
    refreshUnder(fromId, fromId);
    refreshUnder(targetId, village.id);
    QMessageBox done(QMessageBox::Information, tr("调整完成"),
                     tr("“%1”已调整到“%2”，%n 件案件随之调整。", nullptr, int(qMin<qint64>(moved, INT_MAX)))
                         .arg(village.name, targetName),
                     QMessageBox::Ok, this);
    done.setObjectName(u"moveDoneMessageBox"_s);
    done.exec();
}

qint64 OrgTreePage::exportList(const QString &kind, const QString &path) const
{
    // The tree as shown: with or without the deactivated units (the search only finds, it hides
    // nothing).
    ExportFilter f;
    f.includeInactive = m_showInactive->isChecked();
    return ListExport(m_context.db, m_context.clock, m_context.actor(), m_context.user.login)
        .write(kind, f, path);
}

} // namespace zz
