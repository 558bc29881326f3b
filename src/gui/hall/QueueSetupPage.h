#pragma once

#include "Entities.h"
#include "queue/QueueTypes.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QComboBox;
class QSpinBox;
class QTableWidget;

namespace zz {

struct AppContext;

// 大厅设置 (admins of the township): the business types (letter, name, daily cap, in use), the windows
// (number, name, resident department, the types each calls), the weekly rota of resident departments
// by half-day, and the ratio of normal to priority calls.
class QueueSetupPage : public QWidget
{
    Q_OBJECT

public:
    explicit QueueSetupPage(const AppContext &context, QWidget *parent = nullptr);

    void reload();

private:
    QWidget *typesTab();
    QWidget *windowsTab();
    QWidget *rotaTab();
    void showType(int row);
    void showWindow(int row);
    void saveType();
    void saveWindow();
    void saveRota();
    void report(const QString &message, bool error = false);

    const AppContext &m_context;
    QList<QueueServiceType> m_types;
    QList<QueueWindow> m_windows;
    QList<Department> m_departments;
    qint64 m_typeId = 0;
    int m_typeVersion = 0;
    qint64 m_windowId = 0;
    int m_windowVersion = 0;

    QTableWidget *m_typesTable = nullptr;
    QLineEdit *m_typeName = nullptr;
    QLineEdit *m_typePrefix = nullptr;
    QSpinBox *m_typeCap = nullptr;
    QCheckBox *m_typeActive = nullptr;
    QSpinBox *m_ratio = nullptr;

    QTableWidget *m_windowsTable = nullptr;
    QSpinBox *m_windowNumber = nullptr;
    QLineEdit *m_windowName = nullptr;
    QComboBox *m_windowDepartment = nullptr;
    QListWidget *m_windowTypes = nullptr;
    QCheckBox *m_windowActive = nullptr;

    QTableWidget *m_rotaTable = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace zz
