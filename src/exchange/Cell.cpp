#include "Cell.h"

#include "CellCoercion.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace zz {

Cell Cell::fromNumber(double v, bool date1904)
{
    Cell c;
    c.kind = Kind::Number;
    c.number = v;
    c.date1904 = date1904;
    if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e15)
        c.text = QString::number(qint64(v));
    else
        c.text = QString::number(v, 'g', 15);
    return c;
}

Cell Cell::fromSerialDate(double serial, bool date1904)
{
    Cell c;
    c.kind = Kind::DateTime;
    c.number = serial;
    c.date1904 = date1904;
    bool ok = false;
    const QDateTime t = CellCoercion::serialToDateTime(serial, date1904, &ok);
    if (!ok)
        c.text = QString::number(serial, 'g', 15);
    else if (t.time() == QTime(0, 0))
        c.text = t.date().toString(u"yyyy-MM-dd"_s);
    else if (serial >= 0 && serial < 1) // a time of day only
        c.text = t.time().toString(u"HH:mm:ss"_s);
    else
        c.text = t.toString(u"yyyy-MM-dd HH:mm:ss"_s);
    return c;
}

Cell Cell::fromBool(bool b)
{
    Cell c;
    c.kind = Kind::Boolean;
    c.number = b ? 1 : 0;
    c.text = b ? u"TRUE"_s : u"FALSE"_s;
    return c;
}

Cell Cell::error(QString text)
{
    Cell c;
    c.kind = Kind::Error;
    c.text = std::move(text);
    return c;
}

} // namespace zz
