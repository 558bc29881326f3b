#include "ImportWorkbooks.h"

#include "CellCoercion.h"
#include "XlsxTableWriter.h"

using namespace Qt::StringLiterals;

namespace zz {

namespace {

zz::ColumnType sheetType(ImportType type)
{
    switch (type) {
    case ImportType::Integer:
        return zz::ColumnType::Integer;
    case ImportType::Decimal:
        return zz::ColumnType::Decimal;
    case ImportType::Date:
        return zz::ColumnType::Date;
    case ImportType::Code:
    case ImportType::ResidentId:
    case ImportType::Phone:
        return zz::ColumnType::Code;
    default:
        return zz::ColumnType::Text;
    }
}

QVariant exampleValue(const ImportColumn &c)
{
    if (c.example.isEmpty())
        return {};
    switch (c.type) {
    case ImportType::Integer:
        return c.example.toLongLong();
    case ImportType::Decimal:
        return c.example.toDouble();
    case ImportType::Date:
        return QDate::fromString(c.example, Qt::ISODate);
    default:
        return c.example;
    }
}

QString format(const ImportColumn &c)
{
    switch (c.type) {
    case ImportType::Date:
        return ImportWorkbooks::tr("日期，如 2026-03-01、2026/3/1 或 2026年3月1日");
    case ImportType::Integer:
        return ImportWorkbooks::tr("整数");
    case ImportType::Decimal:
        return ImportWorkbooks::tr("数字，可带小数");
    case ImportType::Boolean:
        return ImportWorkbooks::tr("是或否");
    case ImportType::Choice: {
        QStringList words;
        for (const ImportChoice &choice : c.choices)
            words << choice.words.value(0);
        return ImportWorkbooks::tr("以下之一：%1").arg(words.join(ImportWorkbooks::tr("、")));
    }
    case ImportType::Code:
        return ImportWorkbooks::tr("代码（文本格式，保留开头的 0）");
    case ImportType::ResidentId:
        return ImportWorkbooks::tr("18 位身份证号（文本格式）");
    case ImportType::Phone:
        return ImportWorkbooks::tr("手机或带区号的固定电话（文本格式）");
    case ImportType::GeoJson:
        return ImportWorkbooks::tr("GeoJSON 文本或 .geojson 文件名");
    case ImportType::Text:
        break;
    }
    return ImportWorkbooks::tr("文本");
}

} // namespace

QString ImportWorkbooks::templateFileName(const ImportKind &kind)
{
    return tr("导入模板-%1.xlsx").arg(kind.title);
}

QList<QStringList> ImportWorkbooks::notes(const ImportKind &kind)
{
    QList<QStringList> rows;
    rows << QStringList{tr("列名"), tr("必填"), tr("格式"), tr("说明"), tr("也可写作")};
    for (const ImportColumn &c : kind.columns)
        rows << QStringList{c.header, c.required ? tr("必填") : QString(), format(c), c.note,
                            c.aliases.join(tr("、"))};
    return rows;
}

void ImportWorkbooks::writeTemplate(const ImportKind &kind, const QString &path)
{
    XlsxTableWriter writer(path);
    QList<TableColumn> columns;
    QVariantList example;
    for (const ImportColumn &c : kind.columns) {
        columns << TableColumn{c.header, sheetType(c.type)};
        example << exampleValue(c);
    }
    writer.beginSheet(kind.title, columns);
    writer.addRow(example);
    QList<QStringList> sheet{{kind.description}, {}};
    sheet << notes(kind);
    sheet << QStringList{}
          << QStringList{tr("第一行是列名，从第二行起每行一条；示例行请改写或删除。“无”和空白都当作未填写。")}
          << QStringList{
                 tr("已有的数据按“%1”识别：再次导入同一文件不会重复，内容有变化的行会更新。").arg([&] {
                     QStringList keys;
                     for (const QString &key : kind.naturalKey)
                         keys << kind.column(key).header;
                     return keys.join(tr("、"));
                 }())};
    writer.addTextSheet(tr("填写说明"), sheet);
    writer.close();
}

void ImportWorkbooks::writeRejects(const ImportKind &kind, const ImportSummary &summary,
                                   const QString &sourceName, const QString &path)
{
    XlsxTableWriter writer(path);
    const QStringList above{
        tr("导入错误报告：%1").arg(kind.title),
        tr("文件：%1").arg(sourceName),
        tr("共读取 %1 行，%2 行未导入。").arg(summary.rows).arg(summary.rejectedRows),
    };
    // The first sheet lists the refused rows (none: an empty table); flagged rows follow on their own.
    writer.beginSheet(
        tr("错误"),
        {TableColumn{tr("行号"), zz::ColumnType::Integer}, TableColumn{tr("列"), zz::ColumnType::Text},
         TableColumn{tr("内容"), zz::ColumnType::Code}, TableColumn{tr("原因"), zz::ColumnType::Text}},
        above);
    for (const ImportReject &r : summary.rejects)
        writer.addRow({qint64(r.row), r.column, r.value, r.reason});
    if (!summary.flags.isEmpty()) {
        // Rows stored but worth a look: the 12345 caller's open case or petition on the same matter.
        writer.beginSheet(tr("需核对"),
                          {TableColumn{tr("行号"), zz::ColumnType::Integer},
                           TableColumn{tr("工单编号"), zz::ColumnType::Code},
                           TableColumn{tr("案件编号"), zz::ColumnType::Text},
                           TableColumn{tr("来电人"), zz::ColumnType::Text},
                           TableColumn{tr("已有案件或信访件"), zz::ColumnType::Text},
                           TableColumn{tr("原因"), zz::ColumnType::Text}},
                          {tr("导入时标出的工单：%1").arg(kind.title),
                           tr("共 %n 条：来电人已有同类别或同地点的在办案件或信访件，请核对是否重复。",
                              nullptr, int(summary.flags.size()))});
        for (const ImportFlag &f : summary.flags)
            writer.addRow({qint64(f.row), f.key, f.caseNo, f.caller, f.matchedNo, f.reason});
    }
    writer.close();
}

} // namespace zz
