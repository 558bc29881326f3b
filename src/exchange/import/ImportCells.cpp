#include "ImportCells.h"

#include "CellCoercion.h"
#include "GeoBoundary.h"
#include "Validators.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cmath>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

template <typename T> QVariant take(const Coerced<T> &c, QString *error)
{
    if (c.invalid()) {
        *error = c.reason;
        return {};
    }
    if (c.isEmpty())
        return {};
    return QVariant::fromValue(c.value);
}

} // namespace

QString ImportCells::text(const Cell &cell)
{
    return cell.text.trimmed();
}

bool ImportCells::isBlank(const Cell &cell)
{
    return cell.isEmpty() || CellCoercion::isNoneMarker(cell.text.trimmed());
}

QString ImportCells::maskRaw(const ImportColumn &column, const QString &raw)
{
    if (raw.isEmpty())
        return raw;
    return column.type == ImportType::Phone ? Masking::phone(raw) : Masking::residentId(raw);
}

QVariant ImportCells::coerce(const ImportColumn &column, const Cell &cell, const QString &baseFolder,
                             QString *error)
{
    switch (column.type) {
    case ImportType::Text: {
        QString text = take(CellCoercion::toText(cell), error).toString().simplified();
        // A code our CSV (or a person) wrapped as ="…" so that spreadsheets keep it as text: a place's
        // code in a column that takes names or codes (事发地点, 问题发生地).
        if (text.size() >= 3 && text.startsWith(u"=\"") && text.endsWith(u'"') &&
            !text.mid(2).chopped(1).contains(u'"'))
            text = text.mid(2, text.size() - 3).trimmed();
        return text;
    }
    case ImportType::Code:
        // An identifier Excel turned into a number keeps 15 significant digits: longer ones are lost.
        if (cell.isNumeric() && std::fabs(cell.number) >= 1e15) {
            *error =
                tr("“%1”存成了数字，位数过长已无法还原；请把该列设为文本后重新填写。").arg(column.header);
            return {};
        }
        return CellCoercion::unwrapCode(take(CellCoercion::toText(cell), error).toString()).remove(u' ');
    case ImportType::Integer: {
        const QVariant v = take(CellCoercion::toInteger(cell), error);
        if (v.isValid() && std::llabs(v.toLongLong()) > 1000000000LL) {
            *error = tr("“%1”的数值过大。").arg(column.header);
            return {};
        }
        return v;
    }
    case ImportType::Decimal:
        return take(CellCoercion::toDecimal(cell), error);
    case ImportType::Date:
        return take(CellCoercion::toDate(cell), error);
    case ImportType::Boolean:
        return take(CellCoercion::toBool(cell), error);
    case ImportType::ResidentId:
        return take(CellCoercion::toResidentId(cell), error);
    case ImportType::Phone:
        return take(CellCoercion::toPhone(cell), error);
    case ImportType::Choice: {
        const QString v = normalizeHeader(cell.text);
        for (const ImportChoice &c : column.choices) {
            if (v == normalizeHeader(c.code))
                return c.code;
            for (const QString &w : c.words)
                if (v == normalizeHeader(w))
                    return c.code;
        }
        QStringList words;
        for (const ImportChoice &c : column.choices)
            words << c.words.value(0);
        *error = tr("“%1”应为以下之一：%2。").arg(column.header, words.join(tr("、")));
        return {};
    }
    case ImportType::GeoJson: {
        const QString t = text(cell);
        QByteArray json;
        if (t.startsWith(u'{')) {
            json = t.toUtf8();
        } else {
            const QFileInfo info(QDir(baseFolder.isEmpty() ? QDir::currentPath() : baseFolder), t);
            QFile file(info.absoluteFilePath());
            if (!file.open(QIODevice::ReadOnly)) {
                *error = tr("找不到边界文件“%1”（应与导入的表格放在同一文件夹）。").arg(info.fileName());
                return {};
            }
            json = file.read(GeoBoundary::maxBytes + 1);
        }
        const GeoBoundary::Result r = GeoBoundary::parse(json);
        if (!r.ok) {
            *error = r.error;
            return {};
        }
        return r.geometryJson;
    }
    }
    return text(cell);
}

} // namespace zz
