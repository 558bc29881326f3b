#pragma once

#include "WorkerRepository.h"

#include <QDate>
#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace zz {

class Database;

// Asks for what a change of a worker's grid needs: 分配网格 and 调整网格 a grid (searched in the
// database as the user types, never a whole-tree list), the first day and the head flag; 结束 and
// 离岗 only the last day; Pick (a new worker's first grid) the grid and the head flag.
class GridAssignDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Assign, Move, End, Leave, Pick }; // Pick: a grid and the head flag, no date

    // `scopeOrgUnitId`: grids are offered inside this unit (the account's own); `day` the date shown first.
    GridAssignDialog(const Database &db, Mode mode, const QString &workerName, qint64 scopeOrgUnitId,
                     QDate day, QWidget *parent = nullptr);

    qint64 gridId() const { return m_gridId; }
    QDate date() const;
    bool isHead() const;
    // The head flag offered first (a grid head moved stays head unless unticked).
    void setHead(bool head);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void pick();
    void updateState();

    const Database &m_db;
    Mode m_mode;
    qint64 m_scope;
    qint64 m_gridId = 0;
    QLineEdit *m_search = nullptr;
    QListWidget *m_results = nullptr;
    QLabel *m_resultNote = nullptr;
    QCheckBox *m_head = nullptr;
    QTimer *m_searchTimer = nullptr;
    QDateEdit *m_date = nullptr;
    QPushButton *m_ok;
};

} // namespace zz
