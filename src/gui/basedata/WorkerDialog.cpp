#include "WorkerDialog.h"

#include "GridAssignDialog.h"
#include "InputLimits.h"
#include "ReferenceRepositories.h"
#include "Validators.h"
#include "WorkerRepository.h"
#include "WorkerService.h"
#include "shell/AppContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

namespace {
// The in-post date's "not recorded": the date edit's minimum, shown as special text.
const QDate kNoDate(2000, 1, 1);
} // namespace

WorkerDialog::WorkerDialog(const AppContext &context, std::optional<Worker> existing, QWidget *parent)
    : QDialog(parent), m_context(context), m_editing(existing.has_value()),
      m_worker(existing.value_or(Worker{}))
{
    setObjectName(u"workerDialog"_s);
    setWindowTitle(m_editing ? tr("编辑网格员 - %1").arg(m_worker.name) : tr("新增网格员"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    const auto addRow = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };

    m_name = new QLineEdit(m_worker.name, this);
    m_name->setObjectName(u"workerNameLineEdit"_s);
    m_name->setMaxLength(InputLimits::workerName);
    addRow(tr("姓名(&N)："), m_name);

    m_code = new QLineEdit(m_worker.code, this);
    m_code->setObjectName(u"workerCodeLineEdit"_s);
    m_code->setMaxLength(InputLimits::code);
    m_code->setPlaceholderText(tr("留空则自动编号"));
    addRow(tr("编号(&C)："), m_code);

    m_employment = new QComboBox(this);
    m_employment->setObjectName(u"employmentComboBox"_s);
    for (Employment e : allValues<Employment>())
        m_employment->addItem(label(e), code(e));
    m_employment->setCurrentIndex(m_employment->findData(code(m_worker.employment)));
    addRow(tr("用工方式(&E)："), m_employment);

    m_phone = new QLineEdit(m_worker.phone, this);
    m_phone->setObjectName(u"workerPhoneLineEdit"_s);
    m_phone->setMaxLength(InputLimits::phone);
    m_phone->setPlaceholderText(tr("手机或座机"));
    addRow(tr("联系电话(&P)："), m_phone);

    m_residentId = new QLineEdit(this);
    m_residentId->setObjectName(u"workerResidentIdLineEdit"_s);
    m_residentId->setMaxLength(InputLimits::residentId);
    if (m_editing && !m_worker.residentIdMasked.isEmpty()) {
        m_residentId->setPlaceholderText(tr("%1（留空则不变）").arg(m_worker.residentIdMasked));
        m_residentId->setToolTip(tr("已登记的身份证号不在此显示；输入新的号码即替换。"));
    } else {
        m_residentId->setPlaceholderText(tr("18位，可不填"));
    }
    addRow(tr("身份证号(&I)："), m_residentId);

    m_inPost = new QDateEdit(this);
    m_inPost->setObjectName(u"inPostDateEdit"_s);
    m_inPost->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_inPost->setCalendarPopup(true);
    m_inPost->setMinimumDate(kNoDate);
    m_inPost->setSpecialValueText(tr("未记录"));
    m_inPost->setDate(m_worker.inPostDate.isValid() ? m_worker.inPostDate
                      : m_editing                   ? kNoDate
                                                    : context.clock.now().date());
    addRow(tr("到岗日期(&D)："), m_inPost);

    if (m_editing) {
        auto *place = new QLabel(WorkerRepository(context.db).gridLabel(m_worker.orgUnitId), this);
        place->setObjectName(u"workerPlaceLabel"_s);
        place->setToolTip(tr("所在网格随网格分配变化，请在右侧“网格分配”中调整。"));
        form->addRow(tr("所在网格："), place);
    } else {
        // The townships the account may add workers to; the grid (optional) is searched for.
        m_township = new QComboBox(this);
        m_township->setObjectName(u"townshipComboBox"_s);
        OrgUnitRepository units(context.db);
        const auto own = units.get(context.user.orgUnitId);
        if (own && own->level == OrgLevel::County) {
            for (const OrgUnit &unit : units.children(own->id))
                if (unit.level == OrgLevel::Township)
                    m_township->addItem(unit.name, unit.id);
        } else if (own) {
            m_township->addItem(own->name, own->id);
        }
        addRow(tr("所属乡镇(&T)："), m_township);

        auto *gridRow = new QWidget(this);
        auto *gridLayout = new QHBoxLayout(gridRow);
        gridLayout->setContentsMargins(0, 0, 0, 0);
        m_gridButton = new QPushButton(tr("选择网格…"), gridRow);
        m_gridButton->setObjectName(u"workerGridButton"_s);
        m_gridButton->setAutoDefault(false);
        gridLayout->addWidget(m_gridButton, 1);
        m_head = new QCheckBox(tr("网格长"), gridRow);
        m_head->setObjectName(u"workerHeadCheckBox"_s);
        m_head->setEnabled(false);
        gridLayout->addWidget(m_head);
        addRow(tr("首个网格(&G)："), gridRow);
        connect(m_gridButton, &QPushButton::clicked, this, &WorkerDialog::pickGrid);
        // A grid is chosen within the township: another township drops it.
        connect(m_township, &QComboBox::currentIndexChanged, this, [this] {
            m_gridId = 0;
            m_gridButton->setText(tr("选择网格…"));
            m_head->setChecked(false);
            m_head->setEnabled(false);
        });
    }
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problemLabel"_s);
    m_problem->setStyleSheet(u"color: #c62828;"_s);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"buttonBox"_s);
    m_ok = buttons->button(QDialogButtonBox::Save);
    m_ok->setObjectName(u"saveButton"_s);
    m_ok->setText(tr("保存"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(buttons, &QDialogButtonBox::accepted, this, &WorkerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    const auto touch = [this](int field) {
        m_touched.insert(field);
        updateState();
    };
    connect(m_name, &QLineEdit::textEdited, this, [touch] { touch(NameField); });
    connect(m_code, &QLineEdit::textEdited, this, [touch] { touch(CodeField); });
    connect(m_phone, &QLineEdit::textEdited, this, [touch] { touch(PhoneField); });
    connect(m_residentId, &QLineEdit::textEdited, this, [touch] { touch(IdField); });
    connect(m_inPost, &QDateEdit::dateChanged, this, [touch] { touch(DateField); });
    m_name->setFocus();
    resize(fontMetrics().horizontalAdvance(u"M"_s) * 44, sizeHint().height());
    updateState();
}

QList<QPair<int, QString>> WorkerDialog::problems() const
{
    QList<QPair<int, QString>> out;
    if (m_name->text().trimmed().isEmpty())
        out.append({NameField, tr("请填写姓名。")});
    static const QRegularExpression codeShape(u"^[A-Za-z0-9][A-Za-z0-9-]*$"_s);
    if (const QString c = m_code->text().trimmed(); !c.isEmpty() && !codeShape.match(c).hasMatch())
        out.append({CodeField, tr("编号只能由字母、数字和连字符组成。")});
    if (m_editing && m_code->text().trimmed().isEmpty())
        out.append({CodeField, tr("请填写编号。")});
    if (const QString phone = m_phone->text().trimmed(); !phone.isEmpty())
        if (const Validation v = Validators::phone(phone); !v)
            out.append({PhoneField, v.message});
    if (const QString id = m_residentId->text().trimmed(); !id.isEmpty())
        if (const Validation v = Validators::residentId(id, m_context.clock.now().date()); !v)
            out.append({IdField, v.message});
    return out;
}

void WorkerDialog::updateState()
{
    const auto found = problems();
    QString text;
    for (const auto &problem : found)
        if (m_touched.contains(problem.first)) {
            text = problem.second;
            break;
        }
    m_problem->setText(text);
    m_ok->setEnabled(found.isEmpty());
}

void WorkerDialog::pickGrid()
{
    const qint64 scope = m_township ? m_township->currentData().toLongLong() : m_context.user.orgUnitId;
    GridAssignDialog dialog(m_context.db, GridAssignDialog::Mode::Pick, m_name->text(), scope, {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_gridId = dialog.gridId();
    m_gridButton->setText(WorkerRepository(m_context.db).gridLabel(m_gridId));
    m_head->setEnabled(true);
    m_head->setChecked(dialog.isHead());
}

void WorkerDialog::accept()
{
    if (!problems().isEmpty())
        return;
    Worker w = m_worker;
    w.name = m_name->text().trimmed();
    w.code = m_code->text().trimmed();
    w.employment =
        fromCode<Employment>(m_employment->currentData().toString()).value_or(Employment::FullTime);
    w.phone = m_phone->text().trimmed();
    if (!m_residentId->text().trimmed().isEmpty())
        w.residentId = m_residentId->text().trimmed();
    w.inPostDate = m_inPost->date() == kNoDate ? QDate() : m_inPost->date();
    if (!m_editing && m_township)
        w.orgUnitId = m_township->currentData().toLongLong();
    WorkerService service(m_context.db, m_context.clock, m_context.actor());
    try {
        if (m_editing)
            service.update(w);
        else
            service.create(w, m_gridId, m_head && m_head->isChecked());
    } catch (const Error &error) {
        if (error.kind() == Error::Kind::Validation || error.kind() == Error::Kind::Forbidden) {
            m_problem->setText(error.message()); // the user can put it right here
            return;
        }
        m_failure = error;
        reject();
        return;
    }
    m_worker = w;
    QDialog::accept();
}

} // namespace zz
