#pragma once

#include <QDate>
#include <QJsonArray>
#include <QList>
#include <QPair>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace zz {

// The persons a matter concerns, one editable row each (身份, 姓名, 身份证号, 联系电话, 匿名), with
// the add/remove buttons and the first problem below. Shared by the case intake form (反映人/当事人)
// and the petition reception form (信访人/代表). Checks each filled row as it is typed; empty rows
// are ignored. An optional row limit refuses the row past it with the given sentence.
class PartyTable : public QWidget
{
    Q_OBJECT

public:
    struct Entry
    {
        QString role; // the code of the role chosen
        QString name;
        QString residentId; // upper case
        QString phone;
        bool anonymous = false;
    };

    // `roles`: (code, label) of each role offered; the first row takes the first role, later rows the
    // second (when there is one). `addText` is the add button's text.
    PartyTable(const QList<QPair<QString, QString>> &roles, const QString &addText,
               QWidget *parent = nullptr);

    // Adds a row (Ctrl+N in the forms) and focuses its name when the table is shown; false, with
    // the limit's sentence shown, when the table is full.
    bool addRow();
    // Removes the row holding the focus; true when one was removed.
    bool removeCurrentRow();
    // Back to one empty row.
    void reset();
    int rowCount() const { return int(m_rows.size()); }
    // Offers other roles (a petition switching between 个体访 and 集体访): each row keeps its role when
    // it is still offered, else takes the first.
    void setRoleChoices(const QList<QPair<QString, QString>> &roles);
    // At most `rows` rows; a further one is refused with `refusal` (0 = no limit).
    void setRowLimit(int rows, const QString &refusal);

    // The filled rows.
    QList<Entry> entries() const;
    void setEntries(const QList<Entry> &entries);
    bool isBlank() const;
    // The first problem of a filled row ("第 2 行：…"), empty when there is none; also shown.
    QString problem(const QDate &today) const;
    void showProblem(const QDate &today);
    // Valid resident IDs and phones typed so far (for matching people as they are typed).
    QStringList validResidentIds(const QDate &today) const;
    QStringList validPhones() const;

    QJsonArray toJson() const;
    void fromJson(const QJsonArray &rows);

    // The rows' fields in reading order, for the form's tab chain.
    QList<QWidget *> tabOrder() const;
    QLineEdit *nameEdit(int row) const;

signals:
    void changed();
    // A row was added or removed (the form's tab chain changes).
    void rowsChanged();
    // The row's name, ID or phone was edited.
    void rowEdited(int row);

private:
    struct Row
    {
        QComboBox *role = nullptr;
        QLineEdit *name = nullptr;
        QLineEdit *residentId = nullptr;
        QLineEdit *phone = nullptr;
        QCheckBox *anonymous = nullptr;
    };
    void setRole(const Row &row, const QString &code) const;

    QList<QPair<QString, QString>> m_roles;
    QList<Row> m_rows;
    int m_limit = 0;
    QString m_refusal;
    QTableWidget *m_table = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_limitLabel = nullptr;
};

} // namespace zz
