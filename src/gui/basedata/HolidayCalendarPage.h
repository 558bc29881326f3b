#pragma once

#include "HolidayNotice.h"
#include "HolidayNoticeDialog.h"
#include "WorkCalendar.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace zz {

struct AppContext;
class HolidayYearView;

// 节假日: the holiday calendar a year at a time — twelve months with holidays and make-up working
// days, the year's holidays listed, and whether the year is official (its State Council notice
// entered) or provisional (the holiday law's days, computed). A county admin adds a year by typing
// the notice or loading a chinese-days JSON file; saving recomputes the deadlines counted over the
// year's provisional days and says how many cases moved. Everyone else reads.
class HolidayCalendarPage : public QWidget
{
    Q_OBJECT

public:
    HolidayCalendarPage(const AppContext &context, bool editable, QWidget *parent = nullptr);

    bool isEditable() const { return m_editable; }
    int currentYear() const;
    void selectYear(int year);
    const WorkCalendar &calendar() const { return m_calendar; }
    HolidayYearView *yearView() const { return m_view; }
    // The notice dialog for the selected year, opened (window-modal) by 录入通知; nullptr when closed.
    HolidayNoticeDialog *noticeDialog() const { return m_dialog; }

    // Stores a typed notice / the given years of a chinese-days file (all of its years when empty),
    // tells the result on the page; false (with a message box) when refused.
    bool saveNotice(const HolidayNotice &notice);
    bool importFile(const QString &path, QList<int> years = {});

signals:
    // A year was stored: the calendar as it is now in the database.
    void calendarChanged(const zz::WorkCalendar &calendar);

private:
    void reload();
    void fillYears();
    void showYear();
    void openNoticeDialog();
    void chooseFile();
    void reportStored(const QList<int> &years, int days, int cases);

    const AppContext &m_context;
    bool m_editable = false;
    WorkCalendar m_calendar;
    QComboBox *m_years = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_enter = nullptr;
    QPushButton *m_import = nullptr;
    HolidayYearView *m_view = nullptr;
    QTableWidget *m_holidays = nullptr;
    QPointer<HolidayNoticeDialog> m_dialog;
};

} // namespace zz
