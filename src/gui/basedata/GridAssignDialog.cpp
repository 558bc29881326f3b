#include "GridAssignDialog.h"

#include "Error.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

namespace {
constexpr int kShown = 50; // grids listed per search; more words narrow it
}

GridAssignDialog::GridAssignDialog(const Database &db, Mode mode, const QString &workerName,
                                   qint64 scopeOrgUnitId, QDate day, QWidget *parent)
    : QDialog(parent), m_db(db), m_mode(mode), m_scope(scopeOrgUnitId)
{
    setObjectName(u"gridAssignDialog"_s);
    const bool withGrid = mode != Mode::End && mode != Mode::Leave;
    switch (mode) {
    case Mode::Assign:
        setWindowTitle(tr("分配网格 - %1").arg(workerName));
        break;
    case Mode::Move:
        setWindowTitle(tr("调整网格 - %1").arg(workerName));
        break;
    case Mode::End:
        setWindowTitle(tr("结束网格分配 - %1").arg(workerName));
        break;
    case Mode::Leave:
        setWindowTitle(tr("停用网格员 - %1").arg(workerName));
        break;
    case Mode::Pick:
        setWindowTitle(tr("选择网格"));
        break;
    }
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);

    if (withGrid) {
        m_search = new QLineEdit(this);
        m_search->setObjectName(u"gridSearchLineEdit"_s);
        m_search->setPlaceholderText(tr("输入村(社区)、网格名称或编码,如“大塘 2”"));
        m_search->setClearButtonEnabled(true);
        m_search->installEventFilter(this);
        auto *searchLabel = new QLabel(tr("网格(&G)："), this);
        searchLabel->setBuddy(m_search);
        form->addRow(searchLabel, m_search);
        m_results = new QListWidget(this);
        m_results->setObjectName(u"gridResultsList"_s);
        m_results->setMinimumHeight(m_results->fontMetrics().height() * 10);
        form->addRow(QString(), m_results);
        m_resultNote = new QLabel(this);
        m_resultNote->setObjectName(u"gridResultNote"_s);
        m_resultNote->setEnabled(false);
        form->addRow(QString(), m_resultNote);
        m_searchTimer = new QTimer(this);
        m_searchTimer->setSingleShot(true);
        m_searchTimer->setInterval(200);
        connect(m_searchTimer, &QTimer::timeout, this, &GridAssignDialog::search);
        connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
        connect(m_results, &QListWidget::currentRowChanged, this, &GridAssignDialog::pick);
        connect(m_results, &QListWidget::itemActivated, this, [this] {
            if (m_ok->isEnabled())
                accept();
        });
    }

    if (mode != Mode::Pick) {
        m_date = new QDateEdit(day, this);
        m_date->setObjectName(u"assignDateEdit"_s);
        m_date->setCalendarPopup(true);
        m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
        QString dateText = tr("开始日期(&D)：");
        if (mode == Mode::Move) {
            dateText = tr("新网格起始日(&D)：");
            m_date->setToolTip(tr("原网格的分配到前一天结束，考评按各网格的在岗天数计分。"));
        } else if (mode == Mode::End) {
            dateText = tr("最后一天(&D)：");
        } else if (mode == Mode::Leave) {
            dateText = tr("离岗日期(&D)：");
            m_date->setToolTip(tr("当前网格的分配在这一天结束，停用后不再供派遣选用，可随时重新启用。"));
        }
        auto *dateLabel = new QLabel(dateText, this);
        dateLabel->setBuddy(m_date);
        form->addRow(dateLabel, m_date);
    }

    if (withGrid) {
        m_head = new QCheckBox(tr("担任网格长(&H)"), this);
        m_head->setObjectName(u"gridHeadCheckBox"_s);
        form->addRow(QString(), m_head);
    }
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"buttonBox"_s);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(u"okButton"_s);
    m_ok->setText(mode == Mode::Leave ? tr("停用") : tr("确定"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    if (withGrid) {
        search();
        m_search->setFocus();
        resize(fontMetrics().horizontalAdvance(u"M"_s) * 48, sizeHint().height());
    } else {
        m_date->setFocus();
    }
    updateState();
}

QDate GridAssignDialog::date() const
{
    return m_date ? m_date->date() : QDate();
}

bool GridAssignDialog::isHead() const
{
    return m_head && m_head->isChecked();
}

void GridAssignDialog::setHead(bool head)
{
    if (m_head)
        m_head->setChecked(head);
}

void GridAssignDialog::search()
{
    m_searchTimer->stop();
    const qint64 keep = m_gridId;
    m_results->clear();
    QList<GridChoice> grids;
    try {
        grids = WorkerRepository(m_db).searchGrids(m_search->text(), m_scope, kShown);
        m_resultNote->setText(grids.size() >= kShown
                                  ? tr("只列出前 %1 个网格，请输入更多文字缩小范围。").arg(kShown)
                              : grids.isEmpty() ? tr("没有符合的网格。")
                                                : QString());
    } catch (const Error &error) {
        m_resultNote->setText(error.message());
    }
    int current = grids.isEmpty() ? -1 : 0;
    for (int i = 0; i < grids.size(); ++i) {
        auto *item = new QListWidgetItem(grids.at(i).label, m_results);
        item->setData(Qt::UserRole, grids.at(i).id);
        item->setToolTip(grids.at(i).code);
        if (grids.at(i).id == keep)
            current = i;
    }
    m_results->setCurrentRow(current);
    pick();
}

void GridAssignDialog::pick()
{
    const QListWidgetItem *item = m_results->currentItem();
    m_gridId = item ? item->data(Qt::UserRole).toLongLong() : 0;
    updateState();
}

void GridAssignDialog::updateState()
{
    m_ok->setEnabled(m_mode == Mode::End || m_mode == Mode::Leave || m_gridId > 0);
}

// Up and down in the search field walk the results, so the hands stay on the keyboard.
bool GridAssignDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) && m_results->count() > 0) {
            if (m_searchTimer->isActive())
                search();
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            m_results->setCurrentRow(qBound(0, m_results->currentRow() + step, m_results->count() - 1));
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (m_searchTimer->isActive()) {
                search();
                return true;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace zz
