#include "PetitionIndicatorTile.h"

#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

QString arrowed(PetitionIndicator indicator, const IndicatorChange &change)
{
    const QString text = formatPetitionIndicatorChange(indicator, change);
    if (change.kind != IndicatorChange::Kind::Value || change.value == 0)
        return text;
    return (change.value > 0 ? u"▲"_s : u"▼"_s) + text;
}

} // namespace

PetitionIndicatorTile::PetitionIndicatorTile(PetitionIndicator indicator, QWidget *parent)
    : QFrame(parent), m_indicator(indicator)
{
    setObjectName(u"petitionTile_"_s + petitionIndicatorKey(indicator));
    setFrameShape(QFrame::StyledPanel);
    setCursor(Qt::PointingHandCursor);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(2);
    auto *title = new QLabel(petitionIndicatorTitle(indicator), this);
    m_value = new QLabel(this);
    m_value->setObjectName(u"tileValue"_s);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_value->setFont(big);
    m_change = new QLabel(this);
    m_change->setObjectName(u"tileChange"_s);
    m_formula = new QLabel(this);
    m_formula->setObjectName(u"tileFormula"_s);
    m_formula->setTextFormat(Qt::RichText);
    m_formula->setTextInteractionFlags(Qt::LinksAccessibleByMouse);
    connect(m_formula, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == u"numerator"_s)
            emit drillRequested(petitionNumeratorSet(m_indicator));
        else if (const auto d = petitionDenominatorSet(m_indicator); d && link == u"denominator"_s)
            emit drillRequested(*d);
    });
    layout->addWidget(title);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    layout->addWidget(m_formula);
}

void PetitionIndicatorTile::setFigures(const PetitionIndicatorCounts &now,
                                       const PetitionIndicatorCounts &previous,
                                       const PetitionIndicatorCounts &yearEarlier)
{
    const auto value = petitionIndicatorValue(now, m_indicator);
    m_value->setText(formatPetitionIndicatorValue(m_indicator, value));
    const IndicatorChange mom =
        petitionIndicatorChange(m_indicator, value, petitionIndicatorValue(previous, m_indicator));
    const IndicatorChange yoy =
        petitionIndicatorChange(m_indicator, value, petitionIndicatorValue(yearEarlier, m_indicator));
    m_change->setText(tr("环比 %1　同比 %2").arg(arrowed(m_indicator, mom), arrowed(m_indicator, yoy)));
    const IndicatorFraction f = petitionIndicatorFraction(now, m_indicator);
    if (petitionIndicatorKind(m_indicator) == IndicatorKind::Count) {
        m_formula->setText(tr("<a href=\"numerator\">%n 件</a>", nullptr, int(f.numerator)));
        setToolTip(petitionIndicatorFormula(m_indicator));
    } else {
        m_formula->setText(tr("<a href=\"numerator\">%1</a> ÷ <a href=\"denominator\">%2</a>")
                               .arg(f.numerator)
                               .arg(f.denominator));
        setToolTip(tr("%1\n= %2 ÷ %3")
                       .arg(petitionIndicatorFormula(m_indicator))
                       .arg(f.numerator)
                       .arg(f.denominator));
    }
}

QString PetitionIndicatorTile::valueText() const
{
    return m_value->text();
}

QString PetitionIndicatorTile::changeText() const
{
    return m_change->text();
}

void PetitionIndicatorTile::mouseReleaseEvent(QMouseEvent *event)
{
    QFrame::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit drillRequested(petitionNumeratorSet(m_indicator));
}

} // namespace zz
