#pragma once

#include <QFont>
#include <QStringList>

namespace zz {

// The face every PDF and printout of the program is set in (gui's PrintFont hands out the same).
// Qt 6.4's PDF writer gives each embedded glyph the lowest code point that maps to it in the font;
// Noto CJK maps the Kangxi radicals to the glyphs of the ideographs, so text extracted from such a
// PDF reads ⻘⽯镇 for 青石镇. WenQuanYi Zen Hei (fonts-wqy-zenhei) draws the radicals as glyphs of
// their own, so extracted text equals the source; AR PL UMing (fonts-arphic-uming) likewise.
class ReportFont
{
public:
    static QFont font(qreal pointSize);
    static QStringList families();
};

} // namespace zz
