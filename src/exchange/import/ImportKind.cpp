#include "ImportKind.h"

using namespace Qt::StringLiterals;

namespace zz {

QString normalizeHeader(const QString &header)
{
    QString out;
    out.reserve(header.size());
    for (QChar c : header) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E) // full-width ASCII
            c = QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000)
            c = u' ';
        if (c.isSpace() || c == u'*' || c == u'＊' || c == u':' || c == u'：')
            continue;
        out += c.toLower();
    }
    for (const QString &mark : {u"(必填)"_s, u"(选填)"_s, u"(必需)"_s, u"【必填】"_s})
        out.remove(mark);
    return out;
}

bool ImportColumn::matches(const QString &sheetHeader) const
{
    const QString h = normalizeHeader(sheetHeader);
    if (h.isEmpty())
        return false;
    if (h == normalizeHeader(header) || h == key)
        return true;
    for (const QString &alias : aliases)
        if (h == normalizeHeader(alias))
            return true;
    return false;
}

int ImportKind::indexOf(const QString &key) const
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns.at(i).key == key)
            return i;
    return -1;
}

const ImportColumn &ImportKind::column(const QString &key) const
{
    return columns.at(indexOf(key));
}

QString ImportWords::typeName(ImportType type)
{
    switch (type) {
    case ImportType::Text:
        return tr("文本");
    case ImportType::Code:
        return tr("代码");
    case ImportType::Integer:
        return tr("整数");
    case ImportType::Decimal:
        return tr("数字");
    case ImportType::Date:
        return tr("日期");
    case ImportType::Boolean:
        return tr("是/否");
    case ImportType::Choice:
        return tr("选项");
    case ImportType::ResidentId:
        return tr("身份证号");
    case ImportType::Phone:
        return tr("电话");
    case ImportType::GeoJson:
        return tr("GeoJSON");
    }
    return {};
}

} // namespace zz
