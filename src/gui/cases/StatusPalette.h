#pragma once

#include "Types.h"

#include <QColor>
#include <QString>

namespace zz {

// The one palette for case states and warnings. The board, the case view, the case list, the stage
// strip and the overview take their colours from here, so a status looks the same wherever it is
// shown: grey for intake, blue in hand, amber awaiting check, green done, brown declined; amber for
// due soon, red for overdue, urgent and refused.
namespace StatusPalette {

// Text and accent colour of a status (readable on a white or light background).
QColor status(CaseStatus status);
// Accent of a warning tile or mark; invalid for WarningLevel::Normal.
QColor warning(WarningLevel level);
// Pale row background of a warned case on the board; invalid for WarningLevel::Normal.
QColor warningBackground(WarningLevel level);
// Text colour of a warning ("超期 3 天", "剩余 1 天"); invalid for WarningLevel::Normal.
QColor warningText(WarningLevel level);
// Text colour of an urgency; invalid for Urgency::Normal.
QColor urgency(Urgency urgency);
QColor risk(RiskColor risk);
// Fill and ink of a supervision badge (督办, 黄牌, 红牌); invalid fill for SuperviseLevel::None.
QColor superviseFill(SuperviseLevel level);
QColor superviseInk(SuperviseLevel level);
// Error messages, and notes that need attention but are not errors.
QColor error();
QColor notice();
// Secondary text: field names, hints.
QColor secondaryText();
// "color: #rrggbb;" (plus bold when asked): for labels that take a style sheet.
QString textStyle(const QColor &color, bool bold = false);

} // namespace StatusPalette

} // namespace zz
