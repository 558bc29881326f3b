#include "StageStrip.h"

#include "cases/StatusPalette.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

QString accentFor(CaseStatus status)
{
    return StatusPalette::status(status).name();
}

} // namespace

StageStrip::StageStrip(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"stageStrip"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    for (const CaseStatus status : stages()) {
        QLabel *value = nullptr;
        QToolButton *tile = createTile(label(status), code(status), accentFor(status), &value);
        tile->setToolTip(tr("只看“%1”的案件（按住 Ctrl 可多选）").arg(label(status)));
        connect(tile, &QToolButton::clicked, this, [this, status] {
            emit statusClicked(status, QApplication::keyboardModifiers().testFlag(Qt::ControlModifier));
        });
        layout->addWidget(tile, 1);
        m_statusTiles.insert(status, tile);
        m_statusValues.insert(status, value);
    }
    updateVerifiedTile();
    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    layout->addWidget(separator);
    const QList<std::pair<WarningLevel, QString>> warnings = {
        {WarningLevel::DueSoon, StatusPalette::warning(WarningLevel::DueSoon).name()},
        {WarningLevel::Overdue, StatusPalette::warning(WarningLevel::Overdue).name()}};
    for (const auto &[warning, accent] : warnings) {
        QLabel *value = nullptr;
        QToolButton *tile = createTile(label(warning), code(warning), accent, &value);
        tile->setToolTip(warning == WarningLevel::DueSoon ? tr("在办案件中已用去七成期限、尚未到期的")
                                                          : tr("在办案件中已过办理期限的"));
        connect(tile, &QToolButton::clicked, this, [this, warning] { emit warningClicked(warning); });
        layout->addWidget(tile, 1);
        m_warningTiles.insert(warning, tile);
        m_warningValues.insert(warning, value);
    }
}

QList<CaseStatus> StageStrip::stages()
{
    return {CaseStatus::Reported, CaseStatus::Registered, CaseStatus::Dispatched, CaseStatus::InProgress,
            CaseStatus::Feedback, CaseStatus::Verified,   CaseStatus::Closed};
}

QToolButton *StageStrip::createTile(const QString &caption, const QString &key, const QString &accent,
                                    QLabel **value)
{
    auto *tile = new QToolButton(this);
    tile->setObjectName(u"stageTile_"_s + key);
    tile->setCheckable(true);
    tile->setFocusPolicy(Qt::TabFocus);
    tile->setAccessibleName(caption);
    tile->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    tile->setMinimumSize(96, 58);
    // Scoped to the tile's own name so the colours do not leak into its labels.
    tile->setStyleSheet(
        u"QToolButton#%1 { background: palette(base); border: 1px solid palette(mid);"
        " border-top: 4px solid %2; border-radius: 4px; }"
        " QToolButton#%1:hover { background: palette(alternate-base); }"
        " QToolButton#%1:checked { background: %2; border-color: %2; }"_s.arg(tile->objectName(), accent));
    auto *layout = new QVBoxLayout(tile);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(0);
    auto *captionLabel = new QLabel(caption, tile);
    captionLabel->setObjectName(u"stageCaptionLabel_"_s + key);
    auto *valueLabel = new QLabel(u"–"_s, tile);
    valueLabel->setObjectName(u"stageCountLabel_"_s + key);
    QFont font = valueLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    valueLabel->setFont(font);
    for (QLabel *label : {captionLabel, valueLabel}) {
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
        label->setProperty("accent", accent);
    }
    valueLabel->setStyleSheet(u"color: %1;"_s.arg(accent));
    layout->addWidget(captionLabel);
    layout->addWidget(valueLabel);
    *value = valueLabel;
    return tile;
}

void StageStrip::setCounts(const StageCounts &counts)
{
    m_counts = counts;
    const QLocale locale;
    for (auto it = m_statusValues.cbegin(); it != m_statusValues.cend(); ++it)
        it.value()->setText(locale.toString(counts.byStatus.value(it.key(), 0)));
    m_warningValues.value(WarningLevel::DueSoon)->setText(locale.toString(counts.dueSoon));
    m_warningValues.value(WarningLevel::Overdue)->setText(locale.toString(counts.overdue));
    updateVerifiedTile();
}

void StageStrip::setTwoStepCheck(bool twoSteps)
{
    m_twoStepCheck = twoSteps;
    updateVerifiedTile();
}

void StageStrip::updateVerifiedTile()
{
    // 待结案 exists only where a center checks and closes in two steps (or did, for cases still there).
    m_statusTiles.value(CaseStatus::Verified)->setVisible(m_twoStepCheck || count(CaseStatus::Verified) > 0);
}

void StageStrip::setSelection(const QList<CaseStatus> &statuses, std::optional<WarningLevel> warning)
{
    const auto paint = [](QToolButton *tile, bool on) {
        tile->setChecked(on);
        // White text on the accent when selected.
        for (QLabel *label : tile->findChildren<QLabel *>()) {
            const QString accent = label->property("accent").toString();
            const bool isValue = label->objectName().startsWith(u"stageCountLabel_"_s);
            label->setStyleSheet(on ? u"color: white;"_s : isValue ? u"color: %1;"_s.arg(accent) : QString());
        }
    };
    for (auto it = m_statusTiles.cbegin(); it != m_statusTiles.cend(); ++it)
        paint(it.value(), statuses.contains(it.key()));
    for (auto it = m_warningTiles.cbegin(); it != m_warningTiles.cend(); ++it)
        paint(it.value(), warning == it.key());
}

qint64 StageStrip::count(CaseStatus status) const
{
    return m_counts.byStatus.value(status, 0);
}

qint64 StageStrip::count(WarningLevel warning) const
{
    return warning == WarningLevel::DueSoon   ? m_counts.dueSoon
           : warning == WarningLevel::Overdue ? m_counts.overdue
                                              : 0;
}

} // namespace zz
