#include "BoardModule.h"

#include "BoardPage.h"
#include "BulkActionDialog.h"
#include "BulkActions.h"
#include "shell/AppContext.h"

#include <QApplication>
#include <QMessageBox>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace zz {

BoardModule::BoardModule(const AppContext &context, QObject *parent) : Module(parent), m_context(context)
{
    QStyle *style = QApplication::style();
    m_refreshAction = new QAction(style->standardIcon(QStyle::SP_BrowserReload), tr("刷新"), this);
    m_refreshAction->setObjectName(u"refreshBoardAction"_s);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        if (m_page)
            m_page->refresh();
    });
    m_printAction = new QAction(style->standardIcon(QStyle::SP_FileDialogDetailedView), tr("打印列表"), this);
    m_printAction->setObjectName(u"printBoardAction"_s);
    m_printAction->setShortcut(QKeySequence::Print);
    connect(m_printAction, &QAction::triggered, this, [this] {
        if (m_page)
            m_page->printPreview();
    });
    m_pdfAction = new QAction(style->standardIcon(QStyle::SP_DialogSaveButton), tr("导出PDF"), this);
    m_pdfAction->setObjectName(u"exportBoardPdfAction"_s);
    connect(m_pdfAction, &QAction::triggered, this, [this] {
        if (m_page)
            m_page->exportPdfInteractive();
    });
    // Bulk actions on the selected rows: each case is checked and applied on its own, and the
    // dialog reports the ones that refused by case number.
    for (const CaseAction action : BulkActions::actionsFor(context.user.roles)) {
        // Icons from the one theme the shell uses (Qt's standard icons).
        const QStyle::StandardPixmap icon = action == CaseAction::Dispatch    ? QStyle::SP_ArrowForward
                                            : action == CaseAction::Supervise ? QStyle::SP_MessageBoxWarning
                                                                              : QStyle::SP_MediaSeekForward;
        auto *bulk = new QAction(style->standardIcon(icon), tr("批量%1").arg(label(action)), this);
        bulk->setObjectName(u"bulk_%1_Action"_s.arg(code(action)));
        bulk->setToolTip(tr("对选中的案件逐件执行“%1”").arg(label(action)));
        connect(bulk, &QAction::triggered, this, [this, action] { runBulk(action); });
        m_bulkActions.append(bulk);
    }
}

void BoardModule::runBulk(CaseAction action)
{
    if (!m_page)
        return;
    QList<QPair<qint64, int>> idsAndVersions;
    for (const CaseListRow &row : m_page->selectedRows())
        idsAndVersions.append({row.id, row.version});
    if (idsAndVersions.isEmpty()) {
        QMessageBox::information(m_page, tr("批量操作"),
                                 tr("请先在列表中选中要处理的案件(可按住 Ctrl 或 Shift 多选)。"));
        return;
    }
    if (!BulkActionDialog::run(m_context, action, idsAndVersions, m_page).isEmpty())
        m_page->refresh();
}

void BoardModule::calendarReloaded()
{
    if (m_page)
        m_page->calendarReloaded();
}

QString BoardModule::id() const
{
    return u"board"_s;
}

QString BoardModule::title() const
{
    return tr("指挥调度");
}

QIcon BoardModule::icon() const
{
    return QApplication::style()->standardIcon(QStyle::SP_ComputerIcon);
}

QWidget *BoardModule::widget()
{
    if (!m_page)
        m_page = new BoardPage(m_context);
    return m_page;
}

QList<QAction *> BoardModule::toolBarActions() const
{
    return QList<QAction *>{m_refreshAction, m_printAction, m_pdfAction} + m_bulkActions;
}

} // namespace zz
