#pragma once

#include "Types.h"
#include "shell/Module.h"

#include <QPointer>

namespace zz {

struct AppContext;
class BoardPage;

// 指挥调度: the dispatch board, the first page of the workbench for everyone who works on cases.
class BoardModule : public Module
{
    Q_OBJECT

public:
    explicit BoardModule(const AppContext &context, QObject *parent = nullptr);

    QString id() const override;
    QString title() const override;
    QIcon icon() const override;
    QWidget *widget() override;
    QList<QAction *> toolBarActions() const override;
    void calendarReloaded() override;

private:
    void runBulk(CaseAction action);

    const AppContext &m_context;
    QPointer<BoardPage> m_page;
    QAction *m_refreshAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_pdfAction = nullptr;
    QList<QAction *> m_bulkActions; // 批量派遣/督办/催办, as the account's roles allow
};

} // namespace zz
