#include "PartyTable.h"

#include "Validators.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

enum Column { RoleColumn, NameColumn, ResidentIdColumn, PhoneColumn, AnonymousColumn, ColumnCount };

QLabel *problemLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setStyleSheet(u"color:#c0392b"_s);
    label->setWordWrap(true);
    label->hide();
    return label;
}

} // namespace

PartyTable::PartyTable(const QList<QPair<QString, QString>> &roles, const QString &addText, QWidget *parent)
    : QWidget(parent), m_roles(roles)
{
    setObjectName(u"partyTable"_s);
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"partiesTableWidget"_s);
    m_table->setHorizontalHeaderLabels({tr("身份"), tr("姓名"), tr("身份证号"), tr("联系电话"), tr("匿名")});
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(RoleColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AnonymousColumn, QHeaderView::ResizeToContents);
    // A resident ID is read back digit by digit: show all 18 characters.
    header->setSectionResizeMode(ResidentIdColumn, QHeaderView::Fixed);
    m_table->setColumnWidth(ResidentIdColumn,
                            m_table->fontMetrics().horizontalAdvance(u"330681198001011232"_s) + 24);
    m_table->verticalHeader()->hide();
    m_table->setFocusPolicy(Qt::NoFocus);
    // Tab follows the form's chain, not the cells: from the last cell on to the next field.
    m_table->setTabKeyNavigation(false);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFixedHeight(m_table->fontMetrics().lineSpacing() * 8);
    box->addWidget(m_table);

    auto *buttons = new QHBoxLayout;
    m_addButton = new QPushButton(addText, this);
    m_addButton->setObjectName(u"addPartyButton"_s);
    m_addButton->setFocusPolicy(Qt::NoFocus);
    m_removeButton = new QPushButton(tr("删除当前行 (Ctrl+Del)"), this);
    m_removeButton->setObjectName(u"removePartyButton"_s);
    m_removeButton->setFocusPolicy(Qt::NoFocus);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    box->addLayout(buttons);
    m_limitLabel = problemLabel(u"partyLimitLabel"_s, this);
    box->addWidget(m_limitLabel);
    m_errorLabel = problemLabel(u"partiesErrorLabel"_s, this);
    box->addWidget(m_errorLabel);
    connect(m_addButton, &QPushButton::clicked, this, [this] { addRow(); });
    connect(m_removeButton, &QPushButton::clicked, this, [this] { removeCurrentRow(); });
}

void PartyTable::setRowLimit(int rows, const QString &refusal)
{
    m_limit = rows;
    m_refusal = refusal;
}

void PartyTable::setRoleChoices(const QList<QPair<QString, QString>> &roles)
{
    m_roles = roles;
    for (const Row &row : std::as_const(m_rows)) {
        const QString current = row.role->currentData().toString();
        const QSignalBlocker blocker(row.role);
        row.role->clear();
        for (const auto &[code, text] : roles)
            row.role->addItem(text, code);
        row.role->setCurrentIndex(std::max(0, row.role->findData(current)));
    }
    emit changed();
}

bool PartyTable::addRow()
{
    if (m_limit > 0 && m_rows.size() >= m_limit) {
        m_limitLabel->setText(m_refusal);
        m_limitLabel->show();
        return false;
    }
    m_limitLabel->hide();
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    Row party;
    party.role = new QComboBox;
    party.role->setObjectName(u"partyRoleComboBox"_s);
    for (const auto &[code, text] : std::as_const(m_roles))
        party.role->addItem(text, code);
    party.role->setCurrentIndex(row == 0 || m_roles.size() < 2 ? 0 : 1);
    party.name = new QLineEdit;
    party.name->setObjectName(u"partyNameLineEdit"_s);
    party.residentId = new QLineEdit;
    party.residentId->setObjectName(u"partyResidentIdLineEdit"_s);
    party.residentId->setMaxLength(18);
    party.phone = new QLineEdit;
    party.phone->setObjectName(u"partyPhoneLineEdit"_s);
    party.phone->setMaxLength(20);
    party.anonymous = new QCheckBox;
    party.anonymous->setObjectName(u"partyAnonymousCheckBox"_s);
    m_table->setCellWidget(row, RoleColumn, party.role);
    m_table->setCellWidget(row, NameColumn, party.name);
    m_table->setCellWidget(row, ResidentIdColumn, party.residentId);
    m_table->setCellWidget(row, PhoneColumn, party.phone);
    m_table->setCellWidget(row, AnonymousColumn, party.anonymous);
    for (QLineEdit *edit : {party.name, party.residentId, party.phone}) {
        connect(edit, &QLineEdit::textChanged, this, &PartyTable::changed);
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            for (int i = 0; i < m_rows.size(); ++i) {
                const Row &r = m_rows.at(i);
                if (r.name == edit || r.residentId == edit || r.phone == edit)
                    emit rowEdited(i);
            }
        });
    }
    connect(party.role, &QComboBox::currentIndexChanged, this, &PartyTable::changed);
    connect(party.anonymous, &QCheckBox::toggled, this, &PartyTable::changed);
    m_rows.append(party);
    emit rowsChanged();
    emit changed();
    if (isVisible() && row > 0)
        party.name->setFocus();
    return true;
}

bool PartyTable::removeCurrentRow()
{
    const QWidget *focus = focusWidget();
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row &p = m_rows.at(row);
        if (focus != p.role && focus != p.name && focus != p.residentId && focus != p.phone &&
            focus != p.anonymous)
            continue;
        m_rows.removeAt(row);
        m_table->removeRow(row);
        m_limitLabel->hide();
        emit rowsChanged();
        emit changed();
        if (!m_rows.isEmpty())
            m_rows.at(std::min<int>(row, int(m_rows.size()) - 1)).name->setFocus();
        return true;
    }
    return false;
}

void PartyTable::reset()
{
    m_rows.clear();
    m_table->setRowCount(0);
    m_limitLabel->hide();
    addRow();
}

QList<PartyTable::Entry> PartyTable::entries() const
{
    QList<Entry> result;
    for (const Row &p : m_rows) {
        Entry e;
        e.role = p.role->currentData().toString();
        e.name = p.name->text().trimmed();
        e.residentId = p.residentId->text().trimmed().toUpper();
        e.phone = p.phone->text().trimmed();
        e.anonymous = p.anonymous->isChecked();
        if (e.name.isEmpty() && e.residentId.isEmpty() && e.phone.isEmpty())
            continue;
        result.append(e);
    }
    return result;
}

void PartyTable::setRole(const Row &row, const QString &code) const
{
    if (const int index = row.role->findData(code); index >= 0)
        row.role->setCurrentIndex(index);
}

void PartyTable::setEntries(const QList<Entry> &entries)
{
    m_rows.clear();
    m_table->setRowCount(0);
    for (const Entry &e : entries) {
        if (!addRow())
            break;
        const Row &row = m_rows.last();
        setRole(row, e.role);
        row.name->setText(e.name);
        row.residentId->setText(e.residentId);
        row.phone->setText(e.phone);
        row.anonymous->setChecked(e.anonymous);
    }
    if (m_rows.isEmpty())
        addRow();
}

bool PartyTable::isBlank() const
{
    for (const Row &p : m_rows)
        if (!p.name->text().isEmpty() || !p.residentId->text().isEmpty() || !p.phone->text().isEmpty())
            return false;
    return true;
}

QString PartyTable::problem(const QDate &today) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row &p = m_rows.at(row);
        const QString name = p.name->text().trimmed();
        const QString id = p.residentId->text().trimmed();
        const QString phone = p.phone->text().trimmed();
        if (name.isEmpty() && id.isEmpty() && phone.isEmpty())
            continue; // an empty row is ignored
        Validation v = Validation::pass();
        if (!p.anonymous->isChecked() && name.isEmpty())
            v = Validators::required(tr("姓名"), name);
        if (v && !id.isEmpty())
            v = Validators::residentId(id, today);
        if (v && !phone.isEmpty())
            v = Validators::phone(phone);
        if (!v)
            return tr("第 %1 行：%2").arg(row + 1).arg(v.message);
    }
    return {};
}

void PartyTable::showProblem(const QDate &today)
{
    const QString message = problem(today);
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

QStringList PartyTable::validResidentIds(const QDate &today) const
{
    QStringList ids;
    for (const Row &p : m_rows) {
        const QString id = p.residentId->text().trimmed().toUpper();
        if (!id.isEmpty() && Validators::residentId(id, today))
            ids << id;
    }
    return ids;
}

QStringList PartyTable::validPhones() const
{
    QStringList phones;
    for (const Row &p : m_rows) {
        const QString phone = p.phone->text().trimmed();
        if (!phone.isEmpty() && Validators::phone(phone))
            phones << phone;
    }
    return phones;
}

QJsonArray PartyTable::toJson() const
{
    QJsonArray rows;
    for (const Row &p : m_rows)
        rows.append(QJsonObject{{u"role"_s, p.role->currentData().toString()},
                                {u"name"_s, p.name->text()},
                                {u"residentId"_s, p.residentId->text()},
                                {u"phone"_s, p.phone->text()},
                                {u"anonymous"_s, p.anonymous->isChecked()}});
    return rows;
}

void PartyTable::fromJson(const QJsonArray &rows)
{
    m_rows.clear();
    m_table->setRowCount(0);
    for (const QJsonValue &value : rows) {
        const QJsonObject party = value.toObject();
        if (!addRow())
            break;
        const Row &row = m_rows.last();
        setRole(row, party.value(u"role"_s).toString());
        row.name->setText(party.value(u"name"_s).toString());
        row.residentId->setText(party.value(u"residentId"_s).toString());
        row.phone->setText(party.value(u"phone"_s).toString());
        row.anonymous->setChecked(party.value(u"anonymous"_s).toBool());
    }
    if (m_rows.isEmpty())
        addRow();
}

QList<QWidget *> PartyTable::tabOrder() const
{
    QList<QWidget *> order;
    for (const Row &p : m_rows)
        order << p.role << p.name << p.residentId << p.phone << p.anonymous;
    return order;
}

QLineEdit *PartyTable::nameEdit(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).name : nullptr;
}

} // namespace zz
