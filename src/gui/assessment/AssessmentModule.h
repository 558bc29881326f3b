#pragma once

#include "shell/Module.h"

#include <QPointer>

namespace zz {

class AssessmentPage;
struct AppContext;

// 网格员考评: the monthly assessment of grid workers, for township admins and leaders.
class AssessmentModule : public Module
{
    Q_OBJECT

public:
    explicit AssessmentModule(const AppContext &context, QObject *parent = nullptr);

    static bool isAvailableTo(const AppContext &context);
    QString id() const override;
    QString title() const override;
    QIcon icon() const override;
    QWidget *widget() override;
    QList<QAction *> toolBarActions() const override;
    void activate() override;

private:
    const AppContext &m_context;
    QPointer<AssessmentPage> m_page;
    QAction *m_reloadAction = nullptr;
};

} // namespace zz
