#pragma once

#include "shell/Module.h"

#include <QPointer>

namespace zz {

class CallbackPage;
struct AppContext;

// 回访台: the call-back console for duty officers and leaders.
class CallbackModule : public Module
{
    Q_OBJECT

public:
    explicit CallbackModule(const AppContext &context, QObject *parent = nullptr);

    QString id() const override;
    QString title() const override;
    QIcon icon() const override;
    QWidget *widget() override;
    QList<QAction *> toolBarActions() const override;
    void activate() override;

private:
    const AppContext &m_context;
    QPointer<CallbackPage> m_page;
    QAction *m_reloadAction = nullptr;
};

} // namespace zz
