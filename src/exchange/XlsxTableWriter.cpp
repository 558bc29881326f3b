#include "XlsxTableWriter.h"

#include "Error.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

constexpr qint64 maxSheetRows = 1048576;
constexpr int maxCellChars = 32767;

bool isWide(char32_t u)
{
    return (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3) ||
           (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) ||
           (u >= 0xFFE0 && u <= 0xFFE6) || (u >= 0x20000 && u <= 0x3FFFD) || u == 0x2014 || u == 0x2026;
}

} // namespace

struct XlsxTableWriter::Private
{
    QString path;
    QString partPath;
    lxw_workbook *workbook = nullptr;
    lxw_worksheet *sheet = nullptr;
    QList<QByteArray> keep; // sheet names and format codes live until workbook_close()
    QList<TableColumn> columns;
    QList<double> widths;
    lxw_row_t headerRow = 0;
    lxw_row_t nextRow = 0;
    qint64 rows = 0;
    bool closed = false;

    lxw_format *header = nullptr;
    lxw_format *note = nullptr;
    lxw_format *text = nullptr;
    lxw_format *date = nullptr;
    lxw_format *dateTime = nullptr;
    lxw_format *integer = nullptr;
    lxw_format *decimal = nullptr;
    lxw_format *percent = nullptr;

    const char *keepText(const QString &s)
    {
        keep << s.toUtf8();
        return keep.constLast().constData();
    }

    void check(lxw_error e) const
    {
        if (e == LXW_NO_ERROR)
            return;
        if (e == LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE)
            throw Error(
                Error::Kind::Validation,
                XlsxTableWriter::tr("行数超过了 Excel 一个工作表的上限（1,048,576 行），请缩小导出范围。"));
        throw Error(Error::Kind::Validation,
                    XlsxTableWriter::tr("写入 Excel 文件“%1”时出错。").arg(QFileInfo(path).fileName()),
                    QString::fromUtf8(lxw_strerror(e)));
    }

    void finishSheet()
    {
        if (!sheet)
            return;
        for (int c = 0; c < widths.size(); ++c)
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::clamp(widths.at(c) + 2.0, 6.0, 60.0),
                                 nullptr);
        if (!columns.isEmpty()) {
            worksheet_freeze_panes(sheet, headerRow + 1, 0);
            worksheet_autofilter(sheet, headerRow, 0, std::max(headerRow, nextRow - 1),
                                 lxw_col_t(columns.size() - 1));
        }
        sheet = nullptr;
    }

    void newSheet(const QString &name)
    {
        finishSheet();
        sheet = workbook_add_worksheet(workbook, keepText(XlsxTableWriter::safeSheetName(name)));
        if (!sheet) // a duplicate name
            sheet = workbook_add_worksheet(workbook, nullptr);
        columns.clear();
        widths.clear();
        headerRow = 0;
        nextRow = 0;
        rows = 0;
    }

    void fit(int column, const QString &s)
    {
        if (column >= widths.size())
            widths.resize(column + 1, 0);
        double w = 0;
        for (const QString &line : s.split(u'\n'))
            w = std::max(w, XlsxTableWriter::displayWidth(line));
        widths[column] = std::max(widths.at(column), w);
    }

    void writeText(lxw_row_t r, lxw_col_t c, QString s, lxw_format *f)
    {
        if (s.size() > maxCellChars)
            s.truncate(maxCellChars);
        fit(int(c), s);
        check(worksheet_write_string(sheet, r, c, s.toUtf8().constData(), f));
    }
};

XlsxTableWriter::XlsxTableWriter(QString path) : d(std::make_unique<Private>())
{
    d->path = std::move(path);
    const QFileInfo info(d->path);
    if (!info.absoluteDir().exists())
        throw Error(Error::Kind::Validation, tr("无法写入文件“%1”：文件夹不存在。").arg(info.fileName()));
    d->partPath = info.absoluteDir().filePath(u".~"_s + info.fileName() + u".part"_s);
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    const QByteArray tmp = QFile::encodeName(QDir::tempPath());
    options.tmpdir = const_cast<char *>(tmp.constData());
    options.use_zip64 = LXW_TRUE;
    const QByteArray file = QFile::encodeName(d->partPath);
    d->workbook = workbook_new_opt(file.constData(), &options);
    if (!d->workbook)
        throw Error(Error::Kind::Validation, tr("无法创建 Excel 文件“%1”。").arg(info.fileName()));

    d->header = workbook_add_format(d->workbook);
    format_set_bold(d->header);
    format_set_bg_color(d->header, 0xDDEBF7);
    format_set_border(d->header, LXW_BORDER_THIN);
    format_set_align(d->header, LXW_ALIGN_CENTER);
    format_set_align(d->header, LXW_ALIGN_VERTICAL_CENTER);
    d->note = workbook_add_format(d->workbook);
    format_set_font_color(d->note, 0x404040);
    d->text = workbook_add_format(d->workbook);
    format_set_num_format(d->text, "@");
    d->date = workbook_add_format(d->workbook);
    format_set_num_format(d->date, "yyyy\"年\"m\"月\"d\"日\"");
    format_set_align(d->date, LXW_ALIGN_LEFT);
    d->dateTime = workbook_add_format(d->workbook);
    format_set_num_format(d->dateTime, "yyyy\"年\"m\"月\"d\"日\" hh:mm");
    format_set_align(d->dateTime, LXW_ALIGN_LEFT);
    d->integer = workbook_add_format(d->workbook);
    format_set_num_format(d->integer, "0");
    d->decimal = workbook_add_format(d->workbook);
    format_set_num_format(d->decimal, "#,##0.00");
    d->percent = workbook_add_format(d->workbook);
    format_set_num_format(d->percent, "0.0%");
}

XlsxTableWriter::~XlsxTableWriter()
{
    if (d->closed)
        return;
    // Abandoned: libxlsxwriter has no discard, so let it write the part file and remove it.
    if (d->workbook)
        workbook_close(d->workbook);
    QFile::remove(d->partPath);
}

void XlsxTableWriter::beginSheet(const QString &name, const QList<TableColumn> &columns,
                                 const QStringList &aboveTable)
{
    d->newSheet(name);
    d->columns = columns;
    lxw_row_t r = 0;
    for (const QString &line : aboveTable) {
        d->check(worksheet_write_string(d->sheet, r++, 0, line.toUtf8().constData(), d->note));
    }
    if (!aboveTable.isEmpty())
        ++r; // a blank line between the filter and the table
    d->headerRow = r;
    for (int c = 0; c < columns.size(); ++c)
        d->writeText(r, lxw_col_t(c), columns.at(c).title, d->header);
    worksheet_set_row(d->sheet, r, 20, nullptr);
    d->nextRow = r + 1;
}

void XlsxTableWriter::addRow(const QVariantList &values)
{
    if (!d->sheet)
        beginSheet(tr("数据"), {});
    if (qint64(d->nextRow) >= maxSheetRows)
        d->check(LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE);
    const lxw_row_t r = d->nextRow++;
    for (int c = 0; c < values.size(); ++c) {
        const QVariant &v = values.at(c);
        if (v.isNull() || !v.isValid())
            continue;
        const ColumnType type = c < d->columns.size() ? d->columns.at(c).type : ColumnType::Text;
        const auto col = lxw_col_t(c);
        switch (type) {
        case ColumnType::Date:
        case ColumnType::DateTime: {
            QDateTime t =
                v.typeId() == QMetaType::QDate ? QDateTime(v.toDate(), QTime(0, 0)) : v.toDateTime();
            if (!t.isValid() || t.date().year() < 1900) {
                d->writeText(r, col, v.toString(), nullptr);
                break;
            }
            if (type == ColumnType::Date)
                t.setTime(QTime(0, 0));
            lxw_datetime dt{t.date().year(), t.date().month(),  t.date().day(),
                            t.time().hour(), t.time().minute(), double(t.time().second())};
            d->check(worksheet_write_datetime(d->sheet, r, col, &dt,
                                              type == ColumnType::Date ? d->date : d->dateTime));
            d->fit(c, type == ColumnType::Date ? u"2026年12月30日"_s : u"2026年12月30日 08:30"_s);
            break;
        }
        case ColumnType::Integer:
        case ColumnType::Decimal:
        case ColumnType::Percent: {
            bool ok = false;
            const double n = v.toDouble(&ok);
            if (!ok || v.typeId() == QMetaType::QString) {
                d->writeText(r, col, v.toString(), nullptr);
                break;
            }
            lxw_format *f = type == ColumnType::Integer   ? d->integer
                            : type == ColumnType::Decimal ? d->decimal
                                                          : d->percent;
            d->check(worksheet_write_number(d->sheet, r, col, n, f));
            d->fit(c, type == ColumnType::Percent
                          ? QString::number(n * 100, 'f', 1) + u'%'
                          : QString::number(n, 'f', type == ColumnType::Decimal ? 2 : 0));
            break;
        }
        case ColumnType::Code:
            d->writeText(r, col, v.toString(), d->text);
            break;
        case ColumnType::Text:
            d->writeText(r, col, v.toString(), nullptr);
            break;
        }
    }
    ++d->rows;
}

void XlsxTableWriter::addTextSheet(const QString &name, const QList<QStringList> &rows)
{
    d->newSheet(name);
    lxw_row_t r = 0;
    for (const QStringList &row : rows) {
        for (int c = 0; c < row.size(); ++c)
            d->writeText(r, lxw_col_t(c), row.at(c), r == 0 && rows.size() > 1 ? d->header : nullptr);
        ++r;
    }
    d->nextRow = r;
    d->rows = rows.size();
    // the notes sheet has no table: no filter, no frozen header
    for (int c = 0; c < d->widths.size(); ++c)
        worksheet_set_column(d->sheet, lxw_col_t(c), lxw_col_t(c),
                             std::clamp(d->widths.at(c) + 2.0, 6.0, 100.0), nullptr);
    d->sheet = nullptr;
}

qint64 XlsxTableWriter::rowCount() const
{
    return d->rows;
}

void XlsxTableWriter::close()
{
    if (d->closed)
        return;
    d->finishSheet();
    if (workbook_get_worksheet_by_name(d->workbook, nullptr) == nullptr && d->keep.isEmpty())
        workbook_add_worksheet(d->workbook, nullptr);
    const lxw_error e = workbook_close(d->workbook);
    d->workbook = nullptr;
    d->closed = true;
    const QString name = QFileInfo(d->path).fileName();
    if (e != LXW_NO_ERROR) {
        QFile::remove(d->partPath);
        throw Error(Error::Kind::Validation,
                    tr("无法写入文件“%1”：文件夹没有写权限、磁盘已满，或文件正被其他程序占用。").arg(name),
                    QString::fromUtf8(lxw_strerror(e)));
    }
    QFile::remove(d->path);
    if (!QFile::rename(d->partPath, d->path)) {
        QFile::remove(d->partPath);
        throw Error(
            Error::Kind::Validation,
            tr("无法写入文件“%1”：文件正被其他程序（如 Excel 或 WPS）打开，请关闭后重试。").arg(name));
    }
}

double XlsxTableWriter::displayWidth(QStringView text)
{
    double w = 0;
    for (char32_t u : text.toUcs4())
        w += isWide(u) ? 2.0 : 1.0;
    return w;
}

QString XlsxTableWriter::safeSheetName(const QString &name)
{
    QString s = name;
    for (QChar c : u"[]:*?/\\"_s)
        s.replace(c, u'_');
    s = s.trimmed();
    if (s.isEmpty())
        s = u"Sheet"_s;
    return s.left(31);
}

} // namespace zz
