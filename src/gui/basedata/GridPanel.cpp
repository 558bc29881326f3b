#include "GridPanel.h"

#include "Error.h"
#include "GeoBoundary.h"
#include "OrgUnitService.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

GridPanel::GridPanel(OrgUnitService &service, QWidget *parent) : QWidget(parent), m_service(service)
{
    setObjectName(u"gridPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    m_type = new QComboBox(this);
    m_type->setObjectName(u"gridTypeCombo"_s);
    for (const GridType type : allValues<GridType>())
        m_type->addItem(label(type), code(type));
    form->addRow(tr("网格类型："), m_type);
    m_households = new QSpinBox(this);
    m_households->setObjectName(u"gridHouseholdsSpin"_s);
    m_households->setRange(0, 1000000);
    m_households->setSuffix(tr(" 户"));
    form->addRow(tr("户数："), m_households);
    auto *boundaryBox = new QVBoxLayout;
    m_boundary = new QLabel(this);
    m_boundary->setObjectName(u"gridBoundaryLabel"_s);
    boundaryBox->addWidget(m_boundary);
    auto *boundaryRow = new QHBoxLayout;
    m_import = new QPushButton(tr("导入边界…"), this);
    m_import->setObjectName(u"gridImportBoundaryButton"_s);
    m_import->setToolTip(tr("从 GeoJSON 文件导入网格边界(面或多面)"));
    boundaryRow->addWidget(m_import);
    m_clear = new QPushButton(tr("清除边界"), this);
    m_clear->setObjectName(u"gridClearBoundaryButton"_s);
    boundaryRow->addWidget(m_clear);
    boundaryRow->addStretch(1);
    boundaryBox->addLayout(boundaryRow);
    form->addRow(tr("边界："), boundaryBox);
    m_workers = new QListWidget(this);
    m_workers->setObjectName(u"gridWorkersList"_s);
    m_workers->setMaximumHeight(fontMetrics().height() * 7);
    m_workers->setSelectionMode(QAbstractItemView::NoSelection);
    form->addRow(tr("网格长和网格员："), m_workers);
    auto *workersHint = new QLabel(tr("网格员的分配在“网格员”页面调整。"), this);
    workersHint->setEnabled(false);
    workersHint->setWordWrap(true);
    form->addRow(QString(), workersHint);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(u"gridMessageLabel"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_save = new QPushButton(tr("保存网格信息"), this);
    m_save->setObjectName(u"gridSaveButton"_s);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &GridPanel::save);
    connect(m_import, &QPushButton::clicked, this, &GridPanel::chooseBoundaryFile);
    connect(m_clear, &QPushButton::clicked, this, &GridPanel::clearBoundary);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] { setDirty(true); });
    connect(m_households, &QSpinBox::valueChanged, this, [this] { setDirty(true); });
}

void GridPanel::setGrid(const OrgUnit &unit, bool editable)
{
    m_unit = unit;
    m_editable = editable;
    m_message->hide();
    m_workers->clear();
    try {
        m_grid = m_service.grid(unit.id).value_or(Grid{unit.id, GridType::Rural, 0, {}, 0});
        for (const GridWorkerLine &line : m_service.gridWorkers(unit.id)) {
            QString text = (line.isHead ? tr("网格长") : tr("网格员")) + u"  "_s + line.name;
            if (line.from.isValid())
                text += tr("  自 %1").arg(line.from.toString(u"yyyy-MM-dd"_s));
            auto *item = new QListWidgetItem(text, m_workers);
            item->setToolTip(line.code);
        }
    } catch (const Error &error) {
        m_message->setText(error.message());
        m_message->setStyleSheet(u"color: #c62828;"_s);
        m_message->show();
    }
    if (m_workers->count() == 0)
        m_workers->addItem(tr("(尚未分配网格员)"));
    const QSignalBlocker typeBlocker(m_type);
    const QSignalBlocker householdsBlocker(m_households);
    m_type->setCurrentIndex(qMax(0, m_type->findData(code(m_grid.type))));
    m_households->setValue(m_grid.households);
    for (QWidget *w : {static_cast<QWidget *>(m_type), static_cast<QWidget *>(m_households)})
        w->setEnabled(editable);
    m_import->setVisible(editable);
    m_save->setVisible(editable);
    showBoundary();
    setDirty(false);
}

void GridPanel::showBoundary()
{
    const int vertices = GeoBoundary::vertexCount(m_grid.boundaryGeoJson);
    m_boundary->setText(m_grid.boundaryGeoJson.isEmpty() ? tr("未导入边界")
                                                         : tr("已导入边界 (%n 个顶点)", nullptr, vertices));
    m_clear->setVisible(m_editable && !m_grid.boundaryGeoJson.isEmpty());
}

void GridPanel::setDirty(bool dirty)
{
    m_save->setEnabled(m_editable && dirty);
}

QString GridPanel::importBoundaryFrom(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("无法读取文件“%1”。").arg(path);
    if (file.size() > GeoBoundary::maxBytes)
        return tr("边界文件太大(超过 4 MB)。");
    const GeoBoundary::Result result = GeoBoundary::parse(file.readAll());
    if (!result.ok)
        return result.error;
    m_grid.boundaryGeoJson = result.geometryJson;
    showBoundary();
    setDirty(true);
    m_message->setText(tr("边界已读入，保存后生效。"));
    m_message->setStyleSheet(QString());
    m_message->show();
    return {};
}

void GridPanel::chooseBoundaryFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("导入网格边界"), QString(),
                                                      tr("GeoJSON 文件 (*.geojson *.json)；；所有文件 (*)"));
    if (path.isEmpty())
        return;
    if (const QString problem = importBoundaryFrom(path); !problem.isEmpty()) {
        m_message->setText(problem);
        m_message->setStyleSheet(u"color: #c62828;"_s);
        m_message->show();
    }
}

void GridPanel::clearBoundary()
{
    m_grid.boundaryGeoJson.clear();
    showBoundary();
    setDirty(true);
}

void GridPanel::save()
{
    Grid grid = m_grid;
    grid.type = fromCode<GridType>(m_type->currentData().toString()).value_or(GridType::Rural);
    grid.households = m_households->value();
    try {
        m_service.saveGrid(grid);
    } catch (const Error &error) {
        if (error.kind() == Error::Kind::Conflict) {
            setGrid(m_unit, m_editable);
            m_message->setText(tr("该网格已被其他人修改，已重新载入，请查看后再修改。"));
            m_message->setStyleSheet(u"color: #c62828;"_s);
            m_message->show();
            emit saved(true);
            return;
        }
        m_message->setText(error.message());
        m_message->setStyleSheet(u"color: #c62828;"_s);
        m_message->show();
        return;
    }
    m_grid = grid;
    setDirty(false);
    m_message->setText(tr("网格信息已保存。"));
    m_message->setStyleSheet(QString());
    m_message->show();
    emit saved(false);
}

} // namespace zz
