#include "CellCoercion.h"

#include "Validators.h"

#include <QRegularExpression>
#include <cmath>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

constexpr double maxSerial = 2958465.0; // 9999-12-31

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

// "1,234", "1 234", "+12", "-3.5", "12.0": a plain number with optional thousands separators.
bool parseNumberText(QString s, double *out, bool *percent = nullptr)
{
    s = CellCoercion::toHalfWidth(s).trimmed();
    if (percent)
        *percent = false;
    if (s.endsWith(u'%')) {
        if (!percent)
            return false;
        *percent = true;
        s.chop(1);
        s = s.trimmed();
    }
    static const QRegularExpression grouped(u"^[+-]?\\d{1,3}([, ]\\d{3})+(\\.\\d+)?$"_s);
    if (grouped.match(s).hasMatch())
        s.remove(u',').remove(u' ');
    static const QRegularExpression plain(u"^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?$"_s);
    if (!plain.match(s).hasMatch())
        return false;
    bool ok = false;
    const double v = s.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return false;
    *out = v;
    return true;
}

QString truncatedIdReason()
{
    return CellCoercion::tr("身份证号码存成了数字：Excel 只保留 15 位有效数字，末尾几位已经丢失。"
                            "请把该列设为文本格式后重新填写号码。");
}

} // namespace

QString CellCoercion::toHalfWidth(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            out += QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000 || u == 0x00A0)
            out += u' ';
        else
            out += c;
    }
    return out;
}

bool CellCoercion::isNoneMarker(QStringView text)
{
    const QString t = toHalfWidth(text).trimmed();
    if (t.isEmpty())
        return true;
    static const QStringList markers{u"无"_s,   u"没有"_s, u"暂无"_s, u"/"_s,   u"-"_s,   u"--"_s,
                                     u"—"_s,    u"——"_s,   u"－"_s,   u"N/A"_s, u"n/a"_s, u"NA"_s,
                                     u"null"_s, u"NULL"_s, u"\\"_s,   u"、"_s};
    return markers.contains(t);
}

QDate CellCoercion::serialToDate(double serial, bool date1904, bool *ok)
{
    bool good = false;
    const QDateTime t = serialToDateTime(serial, date1904, &good);
    if (ok)
        *ok = good;
    return good ? t.date() : QDate();
}

QDateTime CellCoercion::serialToDateTime(double serial, bool date1904, bool *ok)
{
    if (ok)
        *ok = false;
    if (!std::isfinite(serial) || serial < 0 || serial > maxSerial)
        return {};
    double day = std::floor(serial);
    // The time of day to the nearest second; 23:59:59.6 rounds into the next day.
    qint64 seconds = std::llround((serial - day) * 86400.0);
    if (seconds >= 86400) {
        seconds -= 86400;
        day += 1;
    }
    QDate date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(qint64(day));
    } else if (day == 60) {
        return {}; // 1900-02-29 does not exist; Lotus 1-2-3 counted it and Excel kept the mistake
    } else if (day < 60) {
        date = QDate(1899, 12, 31).addDays(qint64(day)); // day 0 is Excel's "1900-01-00"
    } else {
        date = QDate(1899, 12, 30).addDays(qint64(day));
    }
    if (!date.isValid())
        return {};
    if (ok)
        *ok = true;
    return QDateTime(date, QTime(0, 0).addSecs(int(seconds)));
}

double CellCoercion::dateToSerial(const QDate &date)
{
    if (date < QDate(1900, 3, 1))
        return double(QDate(1899, 12, 31).daysTo(date));
    return double(QDate(1899, 12, 30).daysTo(date));
}

Coerced<QDateTime> CellCoercion::parseDateTimeText(QStringView text)
{
    const QString s = toHalfWidth(text).trimmed();
    if (isNoneMarker(s))
        return Coerced<QDateTime>::none();
    static const QRegularExpression separated(
        u"^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*[日号]?"
        "(?:(?:\\s+|T|\\s*)(\\d{1,2})\\s*[:时点]\\s*(\\d{1,2})\\s*分?"
        "(?:\\s*[:]?\\s*(\\d{1,2})(?:\\.\\d+)?\\s*秒?)?)?\\s*$"_s);
    static const QRegularExpression compact(
        u"^(\\d{4})(\\d{2})(\\d{2})(?:\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$"_s);
    QRegularExpressionMatch m = separated.match(s);
    if (!m.hasMatch())
        m = compact.match(s);
    if (!m.hasMatch())
        return Coerced<QDateTime>::fail(
            tr("“%1”不是可识别的日期，请写成 2026-03-05、2026/3/5 或 2026年3月5日。").arg(s.left(40)));
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!date.isValid() || date.year() < 1900)
        return Coerced<QDateTime>::fail(tr("日期“%1”不存在。").arg(s.left(40)));
    QTime time(0, 0);
    if (m.hasCaptured(4) && !m.captured(4).isEmpty()) {
        time = QTime(m.captured(4).toInt(), m.captured(5).toInt(),
                     m.hasCaptured(6) && !m.captured(6).isEmpty() ? m.captured(6).toInt() : 0);
        if (!time.isValid())
            return Coerced<QDateTime>::fail(tr("时间“%1”不存在。").arg(s.left(40)));
    }
    return Coerced<QDateTime>::make(QDateTime(date, time));
}

Coerced<QDateTime> CellCoercion::toDateTime(const Cell &cell)
{
    switch (cell.kind) {
    case Cell::Kind::Empty:
        return Coerced<QDateTime>::none();
    case Cell::Kind::Boolean:
    case Cell::Kind::Error:
        return Coerced<QDateTime>::fail(tr("“%1”不是日期。").arg(cell.text.left(40)));
    case Cell::Kind::Number:
    case Cell::Kind::DateTime: {
        const double v = cell.number;
        // 20260305 typed as a number: a compact date, not serial day 20 million.
        if (v >= 19000101 && v <= 99991231 && v == std::floor(v))
            return parseDateTimeText(QString::number(qint64(v)));
        bool ok = false;
        const QDateTime t = serialToDateTime(v, cell.date1904, &ok);
        if (!ok) {
            if (!cell.date1904 && std::floor(v) == 60)
                return Coerced<QDateTime>::fail(
                    tr("日期序号 60 是 Excel 虚构的 1900年2月29日，这一天不存在。"));
            return Coerced<QDateTime>::fail(tr("数字 %1 不是有效的日期。").arg(cell.text.left(40)));
        }
        if (v < 1)
            return Coerced<QDateTime>::fail(tr("单元格只有时间“%1”，没有日期。").arg(cell.text.left(40)));
        return Coerced<QDateTime>::make(t);
    }
    case Cell::Kind::Text: {
        const QString s = toHalfWidth(cell.text).trimmed();
        if (isNoneMarker(s))
            return Coerced<QDateTime>::none();
        double v = 0;
        // A serial number stored as text (CSV written from a date column without its format).
        if (allDigits(s) && s.size() <= 7 && parseNumberText(s, &v) && v >= 1 && v <= maxSerial) {
            Cell n = Cell::fromNumber(v, cell.date1904);
            return toDateTime(n);
        }
        return parseDateTimeText(s);
    }
    }
    return Coerced<QDateTime>::none();
}

Coerced<QDate> CellCoercion::toDate(const Cell &cell)
{
    const Coerced<QDateTime> t = toDateTime(cell);
    if (t.ok())
        return Coerced<QDate>::make(t.value.date());
    if (t.invalid())
        return Coerced<QDate>::fail(t.reason);
    return Coerced<QDate>::none();
}

Coerced<double> CellCoercion::toDecimal(const Cell &cell)
{
    switch (cell.kind) {
    case Cell::Kind::Empty:
        return Coerced<double>::none();
    case Cell::Kind::Number:
        return Coerced<double>::make(cell.number);
    case Cell::Kind::Boolean:
    case Cell::Kind::Error:
    case Cell::Kind::DateTime:
        return Coerced<double>::fail(tr("“%1”不是数字。").arg(cell.text.left(40)));
    case Cell::Kind::Text: {
        if (isNoneMarker(cell.text))
            return Coerced<double>::none();
        double v = 0;
        bool percent = false;
        if (!parseNumberText(cell.text, &v, &percent))
            return Coerced<double>::fail(tr("“%1”不是数字。").arg(cell.text.trimmed().left(40)));
        return Coerced<double>::make(percent ? v / 100.0 : v);
    }
    }
    return Coerced<double>::none();
}

Coerced<qint64> CellCoercion::toInteger(const Cell &cell)
{
    const Coerced<double> d = toDecimal(cell);
    if (!d.ok())
        return d.invalid() ? Coerced<qint64>::fail(d.reason) : Coerced<qint64>::none();
    if (d.value != std::floor(d.value) || std::fabs(d.value) > 9e15)
        return Coerced<qint64>::fail(tr("“%1”不是整数。").arg(cell.text.trimmed().left(40)));
    return Coerced<qint64>::make(qint64(d.value));
}

Coerced<QString> CellCoercion::toText(const Cell &cell)
{
    switch (cell.kind) {
    case Cell::Kind::Empty:
        return Coerced<QString>::none();
    case Cell::Kind::Error:
        return Coerced<QString>::fail(tr("单元格是错误值 %1。").arg(cell.text.left(20)));
    default:
        break;
    }
    const QString t = cell.text.trimmed();
    if (isNoneMarker(t))
        return Coerced<QString>::none();
    return Coerced<QString>::make(t);
}

bool CellCoercion::isLegacyResidentId(QStringView id)
{
    if (id.size() != 15 || !allDigits(id) || !Validators::isKnownProvinceCode(id.left(2)))
        return false;
    const QDate birth(1900 + id.mid(6, 2).toInt(), id.mid(8, 2).toInt(), id.mid(10, 2).toInt());
    return birth.isValid();
}

Coerced<QString> CellCoercion::toResidentId(const Cell &cell, QDate today)
{
    if (cell.kind == Cell::Kind::Empty)
        return Coerced<QString>::none();
    if (cell.kind == Cell::Kind::Boolean || cell.kind == Cell::Kind::Error)
        return Coerced<QString>::fail(tr("身份证号码一栏的内容不是号码。"));
    if (cell.isNumeric()) {
        const double v = cell.number;
        if (v == std::floor(v) && v >= 1e14 && v < 1e15) {
            const QString id = QString::number(qint64(v));
            if (isLegacyResidentId(id))
                return Coerced<QString>::make(id);
            return Coerced<QString>::fail(tr("15 位旧身份证号码的地区码或出生日期不对。"));
        }
        if (v >= 1e15)
            return Coerced<QString>::fail(truncatedIdReason());
        return Coerced<QString>::fail(tr("身份证号码应为 18 位（旧证 15 位）。"));
    }
    QString id = unwrapCode(cell.text);
    if (isNoneMarker(id))
        return Coerced<QString>::none();
    id.remove(u' ').remove(u'-');
    static const QRegularExpression scientific(u"^\\d(\\.\\d+)?[eE]\\+?\\d+$"_s);
    if (scientific.match(id).hasMatch())
        return Coerced<QString>::fail(truncatedIdReason());
    id = id.toUpper();
    if (id.size() == 15) {
        if (isLegacyResidentId(id))
            return Coerced<QString>::make(id);
        return Coerced<QString>::fail(tr("15 位旧身份证号码的地区码或出生日期不对。"));
    }
    if (id.size() != 18)
        return Coerced<QString>::fail(
            tr("身份证号码应为 18 位（旧证 15 位），这里是 %n 位。", nullptr, int(id.size())));
    const Validation v = Validators::residentId(id, today);
    if (!v)
        return Coerced<QString>::fail(v.message);
    return Coerced<QString>::make(id);
}

Coerced<QString> CellCoercion::toPhone(const Cell &cell)
{
    if (cell.kind == Cell::Kind::Empty)
        return Coerced<QString>::none();
    if (cell.kind == Cell::Kind::Boolean || cell.kind == Cell::Kind::Error ||
        cell.kind == Cell::Kind::DateTime)
        return Coerced<QString>::fail(tr("联系电话一栏的内容不是电话号码。"));
    if (cell.kind == Cell::Kind::Number) {
        const double v = cell.number;
        if (v != std::floor(v) || v < 0 || v >= 1e15)
            return Coerced<QString>::fail(tr("联系电话一栏的数字不是电话号码。"));
        const QString digits = QString::number(qint64(v));
        if (Validators::isMobile(digits))
            return Coerced<QString>::make(digits);
        if (digits.size() >= 9 && digits.size() <= 11 && Validators::phone(u'0' + digits))
            return Coerced<QString>::make(u'0' + digits,
                                          tr("固定电话存成了数字，丢失了开头的 0，已补回；请核对区号。"));
        return Coerced<QString>::fail(
            tr("联系电话存成了数字，开头的 0 可能已丢失，无法确定原号码；请把该列设为文本格式后重新填写。"));
    }
    QString phone = unwrapCode(cell.text);
    if (isNoneMarker(phone))
        return Coerced<QString>::none();
    // (0571)87654321 -> 0571-87654321
    static const QRegularExpression bracketed(u"^\\((0\\d{2,3})\\)\\s*(.+)$"_s);
    if (const auto m = bracketed.match(phone); m.hasMatch())
        phone = m.captured(1) + u'-' + m.captured(2);
    const Validation v = Validators::phone(phone);
    if (!v)
        return Coerced<QString>::fail(v.message);
    return Coerced<QString>::make(phone);
}

Coerced<bool> CellCoercion::toBool(const Cell &cell)
{
    if (cell.kind == Cell::Kind::Empty)
        return Coerced<bool>::none();
    if (cell.kind == Cell::Kind::Boolean || cell.kind == Cell::Kind::Number) {
        if (cell.number == 0 || cell.number == 1)
            return Coerced<bool>::make(cell.number != 0);
        return Coerced<bool>::fail(tr("“%1”不是“是”或“否”。").arg(cell.text.left(20)));
    }
    const QString t = toHalfWidth(cell.text).trimmed().toLower();
    if (t.isEmpty())
        return Coerced<bool>::none();
    static const QStringList yes{u"是"_s, u"有"_s, u"y"_s, u"yes"_s, u"true"_s,
                                 u"1"_s,  u"√"_s,  u"✓"_s, u"对"_s};
    static const QStringList no{u"否"_s, u"无"_s, u"n"_s, u"no"_s,  u"false"_s,
                                u"0"_s,  u"×"_s,  u"✗"_s, u"不是"_s};
    if (yes.contains(t))
        return Coerced<bool>::make(true);
    if (no.contains(t))
        return Coerced<bool>::make(false);
    return Coerced<bool>::fail(tr("“%1”不是“是”或“否”。").arg(cell.text.trimmed().left(20)));
}

QString CellCoercion::unwrapCode(const QString &text)
{
    QString s = toHalfWidth(text).trimmed();
    if (s.startsWith(u"=\"") && s.endsWith(u'"') && s.size() >= 3)
        s = s.mid(2, s.size() - 3);
    if (s.startsWith(u'\''))
        s.remove(0, 1);
    return s.trimmed();
}

} // namespace zz
