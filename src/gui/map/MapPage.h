#pragma once

#include "HotspotQueries.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace zz {

class HotspotView;
struct AppContext;

// 热点地图: where residents' requests came from in a period — the grids shaded by their cases, a heat
// layer of the cases' points — narrowed to a township or village and a category. Clicking a grid
// asks for its cases (drillRequested), the very cases its number counts.
class MapPage : public QWidget
{
    Q_OBJECT

public:
    explicit MapPage(const AppContext &context, QWidget *parent = nullptr);

    // Reads the figures for the chosen period, place and category and draws them.
    void reload();
    const HotspotMap &current() const { return m_map; }
    ReportPeriod period() const;
    IndicatorScope scope() const;
    HotspotView *view() const { return m_view; }
    // Asks a county admin for the tile server's URL and stores it (图源设置).
    void editTileUrl();
    // County admins set the tile server (one setting for the whole installation).
    static bool mayEditTileUrl(const AppContext &context);

    // The tile server's URL stored for the whole installation ("" = plain polygons, no network).
    static QString tileUrl(const AppContext &context);
    // Empty when `url` may be stored, else the reason (translated).
    static QString checkTileUrl(const QString &url);

signals:
    // The cases behind a grid's number: received in the period, in that grid, of the category.
    void drillRequested(const IndicatorDrill &drill);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillPeriods();
    void fillScopes();
    void fillCategories();
    void periodChosen();
    void showSummary();
    void openGrid(qint64 gridId);

    const AppContext &m_context;
    HotspotMap m_map;
    QComboBox *m_periodCombo = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QComboBox *m_scopeCombo = nullptr;
    QComboBox *m_categoryCombo = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    HotspotView *m_view = nullptr;
    bool m_loaded = false;
};

} // namespace zz
