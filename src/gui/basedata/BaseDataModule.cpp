#include "BaseDataModule.h"

#include "CategoriesPage.h"
#include "CenterSettingsPage.h"
#include "DepartmentsPage.h"
#include "HolidayCalendarPage.h"
#include "OrgTreePage.h"
#include "Permissions.h"
#include "SupervisionLimitsPage.h"
#include "WorkersPage.h"
#include "exchange/ImportWizard.h"
#include "shell/AppContext.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

BaseDataModule::BaseDataModule(const AppContext &context, QObject *parent)
    : Module(parent), m_context(context),
      m_editable(Permissions::allows(context.user.roles, Permission::ManageReferenceData))
{
    registerPages();
}

void BaseDataModule::registerPages()
{
    // One line per page. A page is built with m_context and m_editable (false: read-only).
    addPage(u"orgtree"_s, tr("组织机构"), [this] { return new OrgTreePage(m_context, m_editable); });
    addPage(u"departments"_s, tr("部门"), [this] { return new DepartmentsPage(m_context, m_editable); });
    addPage(u"categories"_s, tr("事件类别与时限"),
            [this] { return new CategoriesPage(m_context, m_editable); });
    addPage(u"workers"_s, tr("网格员"), [this] { return new WorkersPage(m_context, m_editable); });
    addPage(u"supervision"_s, tr("督办时限"),
            [this] { return new SupervisionLimitsPage(m_context, m_editable); });
    addPage(u"holidays"_s, tr("节假日"), [this] {
        auto *page = new HolidayCalendarPage(m_context, m_editable);
        connect(page, &HolidayCalendarPage::calendarChanged, this, &Module::calendarChanged);
        return page;
    });
    addPage(u"center"_s, tr("中心信息"), [this] { return new CenterSettingsPage(m_context, m_editable); });
}

bool BaseDataModule::isAvailableTo(const AppContext &context)
{
    return Permissions::allows(context.user.roles, Permission::ManageReferenceData) ||
           Permissions::allows(context.user.roles, Permission::ViewCases);
}

void BaseDataModule::addPage(const QString &id, const QString &title, PageFactory factory)
{
    m_pages.push_back(Page{id, title, std::move(factory), {}});
}

QString BaseDataModule::id() const
{
    return u"basedata"_s;
}

QString BaseDataModule::title() const
{
    return tr("基础数据");
}

QIcon BaseDataModule::icon() const
{
    return QApplication::style()->standardIcon(QStyle::SP_DirHomeIcon);
}

QStringList BaseDataModule::pageIds() const
{
    QStringList ids;
    for (const Page &page : m_pages)
        ids.append(page.id);
    return ids;
}

QWidget *BaseDataModule::widget()
{
    if (m_widget)
        return m_widget;
    m_widget = new QWidget;
    m_widget->setObjectName(u"baseDataModuleWidget"_s);
    auto *layout = new QHBoxLayout(m_widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_list = new QListWidget(m_widget);
    m_list->setObjectName(u"baseDataPages"_s);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setSpacing(1);
    int width = 0;
    for (const Page &page : m_pages) {
        auto *item = new QListWidgetItem(page.title, m_list);
        item->setData(Qt::UserRole, page.id);
        width = qMax(width, m_list->fontMetrics().horizontalAdvance(page.title));
    }
    m_list->setFixedWidth(qMax(width, m_list->fontMetrics().horizontalAdvance(u"监督时限设置"_s)) + 40);
    m_list->setStyleSheet(u"QListWidget#baseDataPages { background: palette(base);"
                          " border-right: 1px solid palette(mid); }"
                          " QListWidget#baseDataPages::item { padding: 6px 8px; }"_s);
    // The list of pages with 导入… below it (admins): the wizard opens on the shown page's kind.
    auto *side = new QVBoxLayout;
    side->setContentsMargins(0, 0, 0, 0);
    side->setSpacing(0);
    side->addWidget(m_list, 1);
    if (m_editable) {
        auto *importButton = new QPushButton(tr("导入…"), m_widget);
        importButton->setObjectName(u"baseDataImportButton"_s);
        importButton->setToolTip(tr("从 Excel 或 CSV 导入，或下载导入模板"));
        connect(importButton, &QPushButton::clicked, this, &BaseDataModule::openImport);
        side->addWidget(importButton);
    }
    layout->addLayout(side);
    m_stack = new QStackedWidget(m_widget);
    m_stack->setObjectName(u"baseDataStack"_s);
    layout->addWidget(m_stack, 1);
    connect(m_list, &QListWidget::currentRowChanged, this, &BaseDataModule::showRow);
    if (!m_pages.empty())
        m_list->setCurrentRow(0);
    return m_widget;
}

void BaseDataModule::openImport()
{
    static const QHash<QString, QString> kindOfPage{{u"orgtree"_s, u"org-units"_s},
                                                    {u"departments"_s, u"departments"_s},
                                                    {u"categories"_s, u"categories"_s},
                                                    {u"workers"_s, u"workers"_s}};
    const int row = m_list->currentRow();
    const QString pageId = row >= 0 && size_t(row) < m_pages.size() ? m_pages.at(size_t(row)).id : QString();
    ImportWizard wizard(m_context, kindOfPage.value(pageId), m_widget);
    wizard.exec();
    if (!wizard.summary().committed || row < 0)
        return;
    // The page shows what was imported: built again from the database.
    Page &page = m_pages.at(size_t(row));
    if (page.widget) {
        m_stack->removeWidget(page.widget);
        page.widget->deleteLater();
        page.widget = nullptr;
    }
    showRow(row);
}

void BaseDataModule::showRow(int row)
{
    if (row < 0 || size_t(row) >= m_pages.size())
        return;
    Page &page = m_pages.at(size_t(row));
    if (!page.widget) {
        page.widget = page.factory();
        page.widget->setProperty("baseDataPageId", page.id);
        m_stack->addWidget(page.widget);
    }
    m_stack->setCurrentWidget(page.widget);
}

QWidget *BaseDataModule::showPage(const QString &id)
{
    widget();
    const auto index = pageIds().indexOf(id);
    if (index < 0)
        return nullptr;
    if (m_list->currentRow() == int(index))
        showRow(int(index));
    else
        m_list->setCurrentRow(int(index));
    return m_pages.at(size_t(index)).widget;
}

QWidget *BaseDataModule::page(const QString &id) const
{
    for (const Page &page : m_pages)
        if (page.id == id)
            return page.widget;
    return nullptr;
}

} // namespace zz
