#pragma once

#include "shell/Module.h"

#include <QPointer>

namespace zz {

class MapPage;
struct AppContext;
struct IndicatorDrill;

// 热点地图: the hotspot map as a workbench page.
class MapModule : public Module
{
    Q_OBJECT

public:
    explicit MapModule(const AppContext &context, QObject *parent = nullptr);
    // Leaders, duty officers and admins who may view cases: the people who decide where to look.
    static bool isAvailableTo(const AppContext &context);

    QString id() const override;
    QString title() const override;
    QIcon icon() const override;
    QWidget *widget() override;
    QList<QAction *> toolBarActions() const override;
    void activate() override;

    MapPage *page() const;

private:
    void openDrill(const IndicatorDrill &drill);

    const AppContext &m_context;
    QPointer<MapPage> m_page;
    QAction *m_reloadAction = nullptr;
    QAction *m_tileAction = nullptr; // county admins only
};

} // namespace zz
