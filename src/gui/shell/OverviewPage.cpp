#include "OverviewPage.h"

#include "CaseRepository.h"
#include "Error.h"
#include "cases/StatusPalette.h"

#include <QDateTime>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTime>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

// Tile accents follow the loop, in the one palette of the board and the case view.
QString accentFor(CaseStatus status)
{
    return StatusPalette::status(status).name();
}

} // namespace

OverviewPage::OverviewPage(const Database &db, qint64 scopeOrgUnitId, QWidget *parent)
    : QWidget(parent), m_db(db), m_scope(scopeOrgUnitId)
{
    setObjectName(u"overviewPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(16);

    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("案件概览"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    header->addWidget(title);
    header->addStretch();
    m_updatedLabel = new QLabel(this);
    m_updatedLabel->setObjectName(u"updatedLabel"_s);
    header->addWidget(m_updatedLabel);
    auto *refreshButton = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("刷新"), this);
    refreshButton->setObjectName(u"refreshButton"_s);
    connect(refreshButton, &QPushButton::clicked, this, &OverviewPage::refresh);
    header->addWidget(refreshButton);
    layout->addLayout(header);

    auto *totals = new QHBoxLayout;
    totals->setSpacing(12);
    totals->addWidget(createTile(tr("案件总数"), u"totalCountLabel"_s, &m_totalLabel, u"#37474f"_s));
    totals->addWidget(
        createTile(tr("在办案件"), u"openCountLabel"_s, &m_openLabel, accentFor(CaseStatus::InProgress)));
    totals->addWidget(createTile(tr("已办结（含不予立案）"), u"finishedCountLabel"_s, &m_finishedLabel,
                                 accentFor(CaseStatus::Closed)));
    layout->addLayout(totals);

    auto *sectionLabel = new QLabel(tr("按办理环节"), this);
    QFont sectionFont = sectionLabel->font();
    sectionFont.setBold(true);
    sectionLabel->setFont(sectionFont);
    layout->addWidget(sectionLabel);

    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    const QList<CaseStatus> statuses = allValues<CaseStatus>();
    constexpr int columns = 4;
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        const CaseStatus status = statuses.at(i);
        QLabel *value = nullptr;
        grid->addWidget(createTile(label(status), u"countLabel_"_s + code(status), &value, accentFor(status)),
                        int(i / columns), int(i % columns));
        m_statusLabels.insert(status, value);
    }
    layout->addLayout(grid);
    layout->addStretch();
    // Counts are read when the page is activated (OverviewModule::activate) or refreshed.
}

QWidget *OverviewPage::createTile(const QString &title, const QString &objectName, QLabel **valueLabel,
                                  const QString &accent)
{
    auto *tile = new QFrame(this);
    tile->setObjectName(objectName + u"Tile"_s);
    tile->setFrameShape(QFrame::StyledPanel);
    // Scoped to the tile's own name so the colours do not leak into child widgets.
    tile->setStyleSheet(
        u"QFrame#%1 { background: palette(base); border: 1px solid palette(mid);"
        " border-left: 5px solid %2; border-radius: 4px; }"_s.arg(tile->objectName(), accent));
    tile->setMinimumSize(150, 88);
    auto *tileLayout = new QVBoxLayout(tile);
    tileLayout->setContentsMargins(14, 10, 14, 10);

    auto *caption = new QLabel(title, tile);
    auto *value = new QLabel(u"–"_s, tile);
    value->setObjectName(objectName);
    QFont valueFont = value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 2.0);
    valueFont.setBold(true);
    value->setFont(valueFont);
    value->setStyleSheet(u"color: %1;"_s.arg(accent));
    tileLayout->addWidget(caption);
    tileLayout->addWidget(value);
    *valueLabel = value;
    return tile;
}

void OverviewPage::refresh()
{
    try {
        const QMap<CaseStatus, qint64> counts = CaseRepository(m_db).countByStatus(m_scope);
        qint64 total = 0;
        qint64 open = 0;
        for (auto it = m_statusLabels.cbegin(); it != m_statusLabels.cend(); ++it) {
            const qint64 n = counts.value(it.key(), 0);
            it.value()->setText(QLocale().toString(n));
            total += n;
            if (isOpen(it.key()))
                open += n;
        }
        m_totalLabel->setText(QLocale().toString(total));
        m_openLabel->setText(QLocale().toString(open));
        m_finishedLabel->setText(QLocale().toString(total - open));
        m_updatedLabel->setStyleSheet({});
        m_updatedLabel->setText(tr("更新于 %1").arg(QTime::currentTime().toString(u"HH:mm:ss"_s)));
    } catch (const Error &error) {
        m_updatedLabel->setStyleSheet(StatusPalette::textStyle(StatusPalette::error()));
        m_updatedLabel->setText(error.message());
    }
}

} // namespace zz
