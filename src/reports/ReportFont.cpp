#include "ReportFont.h"

using namespace Qt::StringLiterals;

namespace zz {

QStringList ReportFont::families()
{
    return {u"WenQuanYi Zen Hei"_s, u"AR PL UMing CN"_s};
}

QFont ReportFont::font(qreal pointSize)
{
    QFont font;
    font.setFamilies(families());
    font.setPointSizeF(pointSize);
    return font;
}

} // namespace zz
