#include "AssessmentXlsx.h"

#include "AssessmentPrinter.h"

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace zz {

bool AssessmentXlsx::write(const QString &path, const QString &townshipName, const ScoreRun &run,
                           const QList<ScoreResultRow> &rows, QString *error)
{
    const QByteArray file = path.toUtf8();
    lxw_workbook *workbook = workbook_new(file.constData());
    if (!workbook) {
        if (error)
            *error = tr("无法写入文件 %1。").arg(path);
        return false;
    }
    // libxlsxwriter keeps the char pointers until workbook_close(): every text lives in `keep`.
    QList<QByteArray> keep;
    const auto text = [&keep](const QString &s) {
        keep << s.toUtf8();
        return keep.last().constData();
    };
    const AssessmentPrinter printer(townshipName, run, {});
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, text(tr("考评表")));
    lxw_format *title = workbook_add_format(workbook);
    format_set_bold(title);
    format_set_font_size(title, 16);
    format_set_align(title, LXW_ALIGN_CENTER);
    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_align(header, LXW_ALIGN_CENTER);
    format_set_text_wrap(header);
    format_set_bg_color(header, 0xECEFF1);
    lxw_format *cell = workbook_add_format(workbook);
    format_set_border(cell, LXW_BORDER_THIN);
    lxw_format *number = workbook_add_format(workbook);
    format_set_border(number, LXW_BORDER_THIN);
    format_set_num_format(number, "0.##");
    lxw_format *money = workbook_add_format(workbook);
    format_set_border(money, LXW_BORDER_THIN);
    format_set_num_format(money, "#,##0");

    const QList<const ScoreSection *> sections = run.scheme.mainSections();
    const ScoreSection *bonus = run.scheme.bonusSection();
    QStringList headers{tr("排名"), tr("编号"), tr("姓名"), tr("村(社区)"), tr("网格")};
    for (const ScoreSection *s : sections)
        headers << tr("%1(%2)").arg(s->name, AssessmentPrinter::points(s->maximum));
    headers << (bonus ? tr("%1(%2)").arg(bonus->name, AssessmentPrinter::points(bonus->maximum)) : tr("加分"))
            << tr("总分") << tr("等次") << tr("补贴(元)");
    const auto last = lxw_col_t(headers.size() - 1);

    worksheet_merge_range(sheet, 0, 0, 0, last, text(printer.tableTitle()), title);
    worksheet_merge_range(
        sheet, 1, 0, 1, last,
        text(tr("状态：%1　　计算：%2")
                 .arg(runStatusLabel(run.status), run.computedAt.toString(u"yyyy-MM-dd HH:mm"_s))),
        nullptr);
    for (int c = 0; c < headers.size(); ++c)
        worksheet_write_string(sheet, 2, lxw_col_t(c), text(headers.at(c)), header);
    lxw_row_t r = 3;
    for (const ScoreResultRow &row : rows) {
        lxw_col_t c = 0;
        if (row.rank > 0)
            worksheet_write_number(sheet, r, c++, row.rank, cell);
        else
            worksheet_write_string(sheet, r, c++, "—", cell);
        worksheet_write_string(sheet, r, c++, text(row.code), cell);
        worksheet_write_string(sheet, r, c++, text(row.name), cell);
        worksheet_write_string(sheet, r, c++, text(row.village), cell);
        worksheet_write_string(sheet, r, c++, text(row.grids), cell);
        for (const SectionScore &s : row.sections)
            worksheet_write_number(sheet, r, c++, s.points, number);
        worksheet_write_number(sheet, r, c++, row.bonus, number);
        worksheet_write_number(sheet, r, c++, row.total, number);
        worksheet_write_string(sheet, r, c++, text(gradeLabel(row.grade)), cell);
        if (row.stipend)
            worksheet_write_number(sheet, r, c++, *row.stipend, money);
        else
            worksheet_write_string(sheet, r, c++, "—", cell);
        ++r;
    }
    worksheet_write_string(sheet, r + 1, 0,
                           text(tr("制表人：＿＿＿＿＿＿　　审核人：＿＿＿＿＿＿　　分管领导：＿＿＿＿＿＿")),
                           nullptr);
    worksheet_set_column(sheet, 0, 0, 6, nullptr);
    worksheet_set_column(sheet, 1, 2, 10, nullptr);
    worksheet_set_column(sheet, 3, 4, 16, nullptr);
    worksheet_set_column(sheet, 5, last, 11, nullptr);
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9); // A4
    worksheet_repeat_rows(sheet, 2, 2);
    worksheet_fit_to_pages(sheet, 1, 0);
    const lxw_error result = workbook_close(workbook);
    if (result != LXW_NO_ERROR) {
        if (error)
            *error = tr("无法写入文件 %1。").arg(path);
        return false;
    }
    return true;
}

} // namespace zz
