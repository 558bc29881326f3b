#include "HolidayCalendarPage.h"

#include "Error.h"
#include "HolidayCalendarService.h"
#include "HolidayNoticeDialog.h"
#include "HolidayYearView.h"
#include "shell/AppContext.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace zz {
namespace {

QLabel *swatch(const QString &text, const QString &style, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setStyleSheet(u"QLabel { %1 padding: 1px 6px; }"_s.arg(style));
    return label;
}

// The names the notices use, shown translated; other names (a one-off day off) as stored.
const char *const holidayNames[][2] = {
    {"元旦", QT_TRANSLATE_NOOP("zz::HolidayCalendarPage", "元旦")},
    {"春节", QT_TRANSLATE_NOOP("zz::HolidayCalendarPage", "春节")},
    {"清明", QT_TRANSLATE_NOOP("zz::HolidayCalendarPage", "清明")},
    {"劳动节", QT_TRANSLATE_NOOP("zz::HolidayCalendarPage", "劳动节")},
    {"端午", QT_TRANSLATE_NOOP("zz::HolidayCalendarPage", "端午")},
    {"中秋", QT_TRANSLATE_NOOP("zz::HolidayCalendarPage", "中秋")},
    {"国庆节", QT_TRANSLATE_NOOP("zz::HolidayCalendarPage", "国庆节")},
};

QString displayName(const QString &name)
{
    for (const auto &entry : holidayNames) {
        if (name == QString::fromUtf8(entry[0]))
            return QCoreApplication::translate("zz::HolidayCalendarPage", entry[1]);
    }
    return name;
}

QString dayText(QDate day)
{
    return day.toString(QCoreApplication::translate("zz::HolidayCalendarPage", "M月d日", "date format"));
}

QString rangeText(const HolidayNotice::Holiday &h)
{
    return h.first == h.last ? dayText(h.first) : u"%1—%2"_s.arg(dayText(h.first), dayText(h.last));
}

} // namespace

HolidayCalendarPage::HolidayCalendarPage(const AppContext &context, bool editable, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(u"holidayCalendarPage"_s);
    m_editable = editable && HolidayCalendarService(context.db, context.clock, context.actor()).mayEdit();

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("年份"), this));
    m_years = new QComboBox(this);
    m_years->setObjectName(u"yearComboBox"_s);
    top->addWidget(m_years);
    top->addStretch(1);
    m_enter = new QPushButton(tr("录入国务院通知…"), this);
    m_enter->setObjectName(u"enterNoticeButton"_s);
    m_import = new QPushButton(tr("从 JSON 文件导入…"), this);
    m_import->setObjectName(u"importJsonButton"_s);
    m_import->setToolTip(tr("chinese-days 格式（与程序自带的节假日数据相同）"));
    top->addWidget(m_enter);
    top->addWidget(m_import);
    layout->addLayout(top);
    m_status = new QLabel(this);
    m_status->setObjectName(u"yearStatusLabel"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    if (!m_editable) {
        m_enter->hide();
        m_import->hide();
        auto *readOnly = new QLabel(tr("节假日全县通用，由县级管理员录入；此处只能查看。"), this);
        readOnly->setObjectName(u"readOnlyNote"_s);
        readOnly->setStyleSheet(u"color: palette(mid);"_s);
        layout->addWidget(readOnly);
    }

    auto *legend = new QHBoxLayout;
    legend->addWidget(swatch(tr("休 放假"), u"background: #f6c9cc; color: #9b1c1c;"_s, this));
    legend->addWidget(swatch(tr("休 暂定（按法定节日推算）"),
                             u"background: #fde3bf; color: #9a4d00; border: 1px dashed #9a4d00;"_s, this));
    legend->addWidget(swatch(tr("班 调休上班"), u"background: #d6e4f5; color: #1f4e8c;"_s, this));
    legend->addWidget(swatch(tr("周末"), u"color: #8a8a8a;"_s, this));
    legend->addStretch(1);
    layout->addLayout(legend);

    auto *body = new QHBoxLayout;
    m_view = new HolidayYearView(this);
    m_view->setObjectName(u"yearGrid"_s);
    body->addWidget(m_view, 3);
    m_holidays = new QTableWidget(0, 3, this);
    m_holidays->setObjectName(u"holidayTable"_s);
    m_holidays->setHorizontalHeaderLabels({tr("节日"), tr("放假"), tr("调休上班")});
    m_holidays->verticalHeader()->hide();
    m_holidays->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_holidays->setSelectionMode(QAbstractItemView::NoSelection);
    m_holidays->horizontalHeader()->setStretchLastSection(true);
    m_holidays->setMinimumWidth(340);
    body->addWidget(m_holidays, 1);
    layout->addLayout(body, 1);

    m_result = new QLabel(this);
    m_result->setObjectName(u"recomputeResultLabel"_s);
    m_result->setWordWrap(true);
    m_result->setStyleSheet(u"color: #1b5e20;"_s);
    m_result->hide();
    layout->addWidget(m_result);

    connect(m_years, &QComboBox::currentIndexChanged, this, &HolidayCalendarPage::showYear);
    connect(m_enter, &QPushButton::clicked, this, &HolidayCalendarPage::openNoticeDialog);
    connect(m_import, &QPushButton::clicked, this, &HolidayCalendarPage::chooseFile);
    reload();
    selectYear(m_context.clock.now().date().year());
}

int HolidayCalendarPage::currentYear() const
{
    return m_years->currentData().toInt();
}

void HolidayCalendarPage::selectYear(int year)
{
    const int index = m_years->findData(year);
    if (index >= 0)
        m_years->setCurrentIndex(index);
}

void HolidayCalendarPage::reload()
{
    try {
        m_calendar = HolidayCalendarService(m_context.db, m_context.clock, m_context.actor()).load();
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("节假日"), e.message());
    }
    fillYears();
}

void HolidayCalendarPage::fillYears()
{
    const int selected = m_years->count() > 0 ? currentYear() : m_context.clock.now().date().year();
    const int thisYear = m_context.clock.now().date().year();
    const QList<int> official = m_calendar.years();
    // Official years from the last few before this one, and the provisional years up to two ahead
    // (or one past the last official year).
    int first = thisYear - 2;
    int last = thisYear + 2;
    if (!official.isEmpty()) {
        first = std::min(first, official.last());
        last = std::max(last, official.last() + 1);
    }
    QSignalBlocker block(m_years);
    m_years->clear();
    for (int year = last; year >= first; --year) {
        const QString text =
            m_calendar.isOfficialYear(year) ? tr("%1 年").arg(year) : tr("%1 年（暂定）").arg(year);
        m_years->addItem(text, year);
    }
    for (auto it = official.crbegin(); it != official.crend(); ++it) {
        if (*it < first)
            m_years->addItem(tr("%1 年").arg(*it), *it);
    }
    const int index = m_years->findData(selected);
    m_years->setCurrentIndex(index >= 0 ? index : 0);
    block.unblock();
    showYear();
}

void HolidayCalendarPage::showYear()
{
    const int year = currentYear();
    if (year <= 0)
        return;
    m_view->setCalendar(m_calendar, year);
    const bool official = m_calendar.isOfficialYear(year);
    if (official) {
        m_status->setText(tr("已录入国务院通知"));
        m_status->setStyleSheet(u"color: #1b5e20;"_s);
    } else {
        m_status->setText(
            tr("暂定：尚未录入国务院通知，按法定节日推算。期限跨入该年时标为“暂定”，录入通知后自动重算。"));
        m_status->setStyleSheet(u"color: #9a4d00; font-weight: bold;"_s);
    }
    m_enter->setText(official ? tr("修改本年安排…") : tr("录入国务院通知…"));

    const HolidayNotice notice = HolidayNotice::fromCalendar(m_calendar, year);
    m_holidays->setRowCount(0);
    for (const HolidayNotice::Holiday &h : notice.holidays) {
        const int row = m_holidays->rowCount();
        m_holidays->insertRow(row);
        const QString name = displayName(h.name);
        m_holidays->setItem(row, 0, new QTableWidgetItem(official ? name : tr("%1（暂定）").arg(name)));
        m_holidays->setItem(
            row, 1,
            new QTableWidgetItem(tr("%1，%n 天", "", int(h.first.daysTo(h.last)) + 1).arg(rangeText(h))));
        QStringList workdays;
        for (const QDate day : h.workdays)
            workdays.append(dayText(day));
        m_holidays->setItem(row, 2, new QTableWidgetItem(workdays.join(tr("、", "list separator"))));
    }
    m_holidays->resizeColumnsToContents();
}

void HolidayCalendarPage::openNoticeDialog()
{
    if (!m_editable || m_dialog)
        return;
    const int year = currentYear();
    m_dialog = new HolidayNoticeDialog(HolidayNotice::fromCalendar(m_calendar, year), this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        if (m_dialog)
            saveNotice(m_dialog->notice());
    });
    m_dialog->open();
}

bool HolidayCalendarPage::saveNotice(const HolidayNotice &notice)
{
    try {
        HolidayCalendarService service(m_context.db, m_context.clock, m_context.actor());
        const DeadlineRecompute::Result result = service.saveNotice(notice);
        reportStored(result.years, result.daysWritten, result.casesChanged);
        return true;
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("无法保存节假日安排"), e.message());
        return false;
    }
}

void HolidayCalendarPage::chooseFile()
{
    if (!m_editable)
        return;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("选择节假日文件"), {}, tr("JSON 文件 (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    WorkCalendar source;
    try {
        if (!file.open(QIODevice::ReadOnly))
            throw Error(Error::Kind::Validation, tr("无法打开文件“%1”。").arg(path));
        source = HolidayCalendarService::readJson(file.readAll());
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("无法导入节假日"), e.message());
        return;
    }
    QList<int> years = source.years();
    if (years.size() > 1) {
        // Only the years not entered yet are offered first: a file rarely needs to replace them all.
        QStringList items;
        for (const int year : std::as_const(years))
            items.append(m_calendar.isOfficialYear(year) ? tr("%1 年（替换已录入的）").arg(year)
                                                         : tr("%1 年").arg(year));
        items.append(tr("文件中的全部年份"));
        int preselect = 0;
        while (preselect < years.size() && m_calendar.isOfficialYear(years.at(preselect)))
            ++preselect;
        bool ok = false;
        const QString choice = QInputDialog::getItem(
            this, tr("导入哪一年"), tr("文件包含 %1—%2 年的节假日：").arg(years.first()).arg(years.last()),
            items, std::min(preselect, int(items.size()) - 1), false, &ok);
        if (!ok)
            return;
        const int index = int(items.indexOf(choice));
        if (index >= 0 && index < years.size())
            years = {years.at(index)};
    }
    importFile(path, years);
}

bool HolidayCalendarPage::importFile(const QString &path, QList<int> years)
{
    try {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw Error(Error::Kind::Validation, tr("无法打开文件“%1”。").arg(path));
        const WorkCalendar source = HolidayCalendarService::readJson(file.readAll());
        if (years.isEmpty())
            years = source.years();
        HolidayCalendarService service(m_context.db, m_context.clock, m_context.actor());
        const DeadlineRecompute::Result result = service.storeYears(source, years);
        reportStored(result.years, result.daysWritten, result.casesChanged);
        return true;
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("无法导入节假日"), e.message());
        return false;
    }
}

void HolidayCalendarPage::reportStored(const QList<int> &years, int days, int cases)
{
    QStringList names;
    for (const int year : years)
        names.append(QString::number(year));
    m_result->setText(
        tr("已录入 %1 年的节假日安排（%2 天）。%n 件在办案件的办理期限已按新日历重算。", "", cases)
            .arg(names.join(tr("、", "list separator")))
            .arg(days));
    m_result->show();
    reload();
    if (!years.isEmpty())
        selectYear(years.last());
    emit calendarChanged(m_calendar);
}

} // namespace zz
