#include "HolidayNoticeDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {
namespace {

enum Column { NameColumn, FirstColumn, LastColumn, WorkdaysColumn, ColumnCount };

// "2027-01-31", "1-31", "1/31", "1月31日", "1.31" within the notice's year.
QDate parseDay(const QString &text, int year)
{
    static const QRegularExpression full(u"^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?$"_s);
    static const QRegularExpression short_(u"^(\\d{1,2})[-/.月](\\d{1,2})日?$"_s);
    const QString t = text.trimmed();
    if (const auto m = full.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (const auto m = short_.match(t); m.hasMatch())
        return QDate(year, m.captured(1).toInt(), m.captured(2).toInt());
    return {};
}

QString daysText(const QList<QDate> &days)
{
    QStringList parts;
    for (const QDate day : days)
        parts.append(day.toString(u"yyyy-MM-dd"_s));
    return parts.join(HolidayNoticeDialog::tr("，", "between dates"));
}

} // namespace

HolidayNoticeDialog::HolidayNoticeDialog(const HolidayNotice &draft, QWidget *parent)
    : QDialog(parent), m_year(draft.year)
{
    setObjectName(u"holidayNoticeDialog"_s);
    setWindowTitle(tr("录入 %1 年节假日安排").arg(m_year));
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(
        tr("按国务院办公厅关于 %1 年部分节假日安排的通知填写：每个节日的放假起止日期，以及调休上班的"
           "周六、周日（多个日期用逗号分隔，如 2027-02-20）。保存后，跨入该年的暂定期限将按新日历重算。")
            .arg(m_year),
        this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"noticeTable"_s);
    m_table->setHorizontalHeaderLabels({tr("节日"), tr("放假开始"), tr("放假结束"), tr("调休上班日")});
    m_table->horizontalHeader()->setSectionResizeMode(WorkdaysColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_table, 1);

    auto *rowButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("添加节日"), this);
    add->setObjectName(u"addHolidayButton"_s);
    m_remove = new QPushButton(tr("删除所选节日"), this);
    m_remove->setObjectName(u"removeHolidayButton"_s);
    rowButtons->addWidget(add);
    rowButtons->addWidget(m_remove);
    rowButtons->addStretch(1);
    layout->addLayout(rowButtons);

    m_problems = new QLabel(this);
    m_problems->setObjectName(u"noticeProblemsLabel"_s);
    m_problems->setStyleSheet(u"color: #a4161a;"_s);
    m_problems->setWordWrap(true);
    m_problems->hide();
    layout->addWidget(m_problems);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveNoticeButton"_s);
    buttons->button(QDialogButtonBox::Save)->setText(tr("保存并重算期限"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, [this] {
        addRow({QString(), QDate(m_year, 1, 1), QDate(m_year, 1, 1), {}});
        m_table->setCurrentCell(m_table->rowCount() - 1, NameColumn);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &HolidayNoticeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (const HolidayNotice::Holiday &holiday : draft.holidays)
        addRow(holiday);
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(NameColumn, std::max(m_table->columnWidth(NameColumn), 110));
    resize(760, 460);
}

void HolidayNoticeDialog::addRow(const HolidayNotice::Holiday &holiday)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *name = new QComboBox(m_table);
    name->setEditable(true);
    name->addItems({u"元旦"_s, u"春节"_s, u"清明"_s, u"劳动节"_s, u"端午"_s, u"中秋"_s, u"国庆节"_s});
    name->setEditText(holiday.name);
    m_table->setCellWidget(row, NameColumn, name);
    const auto dateEdit = [this](QDate day) {
        auto *edit = new QDateEdit(day.isValid() ? day : QDate(m_year, 1, 1), m_table);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setCalendarPopup(true);
        return edit;
    };
    auto *first = dateEdit(holiday.first);
    auto *last = dateEdit(holiday.last);
    m_table->setCellWidget(row, FirstColumn, first);
    m_table->setCellWidget(row, LastColumn, last);
    // Moving the first day past the last one carries the last one along.
    connect(first, &QDateEdit::dateChanged, last, [last](QDate day) {
        if (last->date() < day)
            last->setDate(day);
    });
    auto *workdays = new QLineEdit(daysText(holiday.workdays), m_table);
    workdays->setPlaceholderText(tr("无"));
    m_table->setCellWidget(row, WorkdaysColumn, workdays);
}

HolidayNotice HolidayNoticeDialog::notice(QStringList *problems) const
{
    HolidayNotice n;
    n.year = m_year;
    static const QRegularExpression separators(u"[,，、;；\\s]+"_s);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        HolidayNotice::Holiday h;
        h.name = static_cast<QComboBox *>(m_table->cellWidget(row, NameColumn))->currentText().trimmed();
        h.first = static_cast<QDateEdit *>(m_table->cellWidget(row, FirstColumn))->date();
        h.last = static_cast<QDateEdit *>(m_table->cellWidget(row, LastColumn))->date();
        const QString text = static_cast<QLineEdit *>(m_table->cellWidget(row, WorkdaysColumn))->text();
        for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
            const QDate day = parseDay(part, m_year);
            if (day.isValid())
                h.workdays.append(day);
            else if (problems)
                problems->append(tr("调休上班日“%1”不是日期（例如 %2-02-20）。").arg(part).arg(m_year));
        }
        n.holidays.append(h);
    }
    return n;
}

void HolidayNoticeDialog::accept()
{
    QStringList problems;
    const HolidayNotice n = notice(&problems);
    problems += n.problems();
    if (!problems.isEmpty()) {
        m_problems->setText(problems.join(u'\n'));
        m_problems->show();
        return;
    }
    m_problems->hide();
    QDialog::accept();
}

} // namespace zz
