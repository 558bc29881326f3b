#pragma once

#include "DashboardPage.h"
#include "shell/Module.h"

#include <QPointer>

namespace zz {

struct AppContext;

// 统计分析: the leaders' dashboard and the printed 综治中心工作报表.
class ReportsModule : public Module
{
    Q_OBJECT

public:
    explicit ReportsModule(const AppContext &context, QObject *parent = nullptr);

    // Leaders and duty officers, who may see the cases behind the figures.
    static bool isAvailableTo(const AppContext &context);
    QString id() const override;
    QString title() const override;
    QIcon icon() const override;
    QWidget *widget() override;
    QList<QAction *> toolBarActions() const override;

    DashboardPage *page() const { return m_page; }

private:
    const AppContext &m_context;
    QPointer<DashboardPage> m_page;
    QList<QAction *> m_actions;
};

} // namespace zz
