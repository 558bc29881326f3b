#pragma once

#include "shell/Module.h"

#include <QPointer>

namespace zz {

class CaseLookupPanel;
class OverviewPage;
struct AppContext;

// 概览: the case lookup (查询案件) for those who may see cases, and case counts per status.
class OverviewModule : public Module
{
    Q_OBJECT

public:
    // Counts and lookups cover the account's org unit and below (no unit: all).
    explicit OverviewModule(const AppContext &context, QObject *parent = nullptr);

    QString id() const override;
    QString title() const override;
    QIcon icon() const override;
    QWidget *widget() override;
    void activate() override;

private:
    const AppContext &m_context;
    QPointer<QWidget> m_widget;
    QPointer<OverviewPage> m_page;
    QPointer<CaseLookupPanel> m_lookup;
};

} // namespace zz
