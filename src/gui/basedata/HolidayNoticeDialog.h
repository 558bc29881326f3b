#pragma once

#include "HolidayNotice.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace zz {

// Typing a year's holiday arrangement from the State Council's notice: one row per holiday with its
// name, first and last day off and the make-up working days (调休上班). It starts from what the year
// holds (the notice entered before, or for a provisional year the law's holidays) and stays open,
// listing the problems, until the notice can be stored.
class HolidayNoticeDialog : public QDialog
{
    Q_OBJECT

public:
    HolidayNoticeDialog(const HolidayNotice &draft, QWidget *parent = nullptr);

    // The notice as typed; `problems` gets what cannot be read (a make-up day that is no date).
    HolidayNotice notice(QStringList *problems = nullptr) const;

    QTableWidget *table() const { return m_table; }
    // Adds a row (for the 添加节日 button and for tests).
    void addRow(const HolidayNotice::Holiday &holiday);

    void accept() override;

private:
    int m_year = 0;
    QTableWidget *m_table = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace zz
