#include "PrintFont.h"

#include "ReportFont.h"

using namespace Qt::StringLiterals;

namespace zz {

QStringList PrintFont::families()
{
    return ReportFont::families(); // one list for the app, its reports and the command line
}

QFont PrintFont::font(qreal pointSize)
{
    QFont font;
    font.setFamilies(families());
    font.setPointSizeF(pointSize);
    return font;
}

} // namespace zz
