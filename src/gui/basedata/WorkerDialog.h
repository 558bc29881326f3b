#pragma once

#include "Entities.h"
#include "Error.h"

#include <QDialog>
#include <QSet>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace zz {

struct AppContext;

// 新增/编辑网格员: name, number (generated when left empty), 专职/兼职, phone, ID number, in-post
// date; a new worker also gets his township and, optionally, his first grid. An existing ID number
// is never shown here: the field stays empty (keeping it) unless a new one is typed. Problems are
// said under the fields as they are typed; the service's refusals likewise, except a stale version,
// which closes the dialog and is handed to the caller (failure()).
class WorkerDialog : public QDialog
{
    Q_OBJECT

public:
    WorkerDialog(const AppContext &context, std::optional<Worker> existing, QWidget *parent = nullptr);

    const Worker &worker() const { return m_worker; }
    // Set when the save failed for a reason the list must handle (a stale version, a lost row).
    const std::optional<Error> &failure() const { return m_failure; }

    void accept() override;

private:
    enum Field { NameField, CodeField, PhoneField, IdField, DateField };

    void pickGrid();
    void updateState();
    QList<QPair<int, QString>> problems() const;

    const AppContext &m_context;
    const bool m_editing;
    Worker m_worker;
    qint64 m_gridId = 0;
    std::optional<Error> m_failure;
    QSet<int> m_touched;
    QLineEdit *m_name;
    QLineEdit *m_code;
    QComboBox *m_employment;
    QLineEdit *m_phone;
    QLineEdit *m_residentId;
    QDateEdit *m_inPost;
    QComboBox *m_township = nullptr;
    QPushButton *m_gridButton = nullptr;
    QCheckBox *m_head = nullptr;
    QLabel *m_problem;
    QPushButton *m_ok;
};

} // namespace zz
