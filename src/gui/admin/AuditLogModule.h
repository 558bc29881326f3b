#pragma once

#include "shell/Module.h"

#include <QPointer>

namespace zz {

class AuditLogPage;
struct AppContext;

// 审计日志: the audit-log viewer for leaders and admins (Permission::ViewAuditLog).
class AuditLogModule : public Module
{
    Q_OBJECT

public:
    explicit AuditLogModule(const AppContext &context, QObject *parent = nullptr);

    QString id() const override;
    QString title() const override;
    QIcon icon() const override;
    QWidget *widget() override;
    void activate() override;

private:
    const AppContext &m_context;
    QPointer<AuditLogPage> m_page;
};

} // namespace zz
