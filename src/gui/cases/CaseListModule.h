#pragma once

#include "shell/Module.h"

#include <QPointer>

namespace zz {

class CaseListPage;
struct AppContext;

// 案件查询: search and browse all cases.
class CaseListModule : public Module
{
    Q_OBJECT

public:
    explicit CaseListModule(const AppContext &context, QObject *parent = nullptr);

    QString id() const override;
    QString title() const override;
    QIcon icon() const override;
    QWidget *widget() override;
    QList<QAction *> toolBarActions() const override;

private:
    const AppContext &m_context;
    QPointer<CaseListPage> m_page;
    QAction *m_reloadAction = nullptr;
};

} // namespace zz
