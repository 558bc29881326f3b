#pragma once

#include "AssessmentService.h"
#include "WorkerActivityRepository.h"
#include "shell/AppContext.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace zz {

// 活动录入: a month's 走访, patrols, base-data records and meetings, typed in one row after another
// (the worker, date and kind stay for the next row; Enter adds it) and listed below with the month's
// sums for the worker chosen.
class ActivityEntryPanel : public QWidget
{
    Q_OBJECT

public:
    ActivityEntryPanel(const AppContext &context, QWidget *parent = nullptr);

    void setMonth(qint64 townshipId, const ScorePeriod &period, const QList<ScoreResultRow> &workers,
                  bool writable);
    void reload();

signals:
    void changed();
    void failed(const QString &message);

private:
    void add();
    void removeSelected();
    void updateFields();
    void showSums();

    const AppContext &m_context;
    qint64 m_townshipId = 0;
    ScorePeriod m_period;
    bool m_writable = false;
    QList<WorkerActivity> m_rows;
    QHash<qint64, QString> m_names; // worker id → name, for the list
    QComboBox *m_worker = nullptr;
    QDateEdit *m_day = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_household = nullptr;
    QDoubleSpinBox *m_quantity = nullptr;
    QSpinBox *m_keyPersons = nullptr;
    QCheckBox *m_night = nullptr;
    QCheckBox *m_attended = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QCheckBox *m_onlyWorker = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_sums = nullptr;
};

} // namespace zz
