#include "BulkActionDialog.h"

#include "ActionForm.h"
#include "CaseRepository.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

namespace {
constexpr int listedCases = 12; // case numbers named in the header; the rest are counted
}

BulkActionDialog::BulkActionDialog(const AppContext &context, CaseAction action,
                                   const QList<QPair<qint64, int>> &idsAndVersions, QWidget *parent)
    : QDialog(parent), m_context(context), m_action(action), m_cases(idsAndVersions)
{
    setObjectName(u"bulkActionDialog"_s);
    setWindowTitle(tr("批量%1").arg(label(action)));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    // Page 1: the input.
    auto *inputPage = new QWidget(m_pages);
    auto *inputLayout = new QVBoxLayout(inputPage);
    inputLayout->setContentsMargins(0, 0, 0, 0);
    QStringList numbers;
    CaseRepository cases(context.db);
    for (const auto &[id, version] : idsAndVersions) {
        Q_UNUSED(version);
        if (numbers.size() == listedCases)
            break;
        try {
            const auto c = cases.get(id);
            numbers << (c ? c->caseNo : u"#%1"_s.arg(id));
        } catch (const Error &) {
            numbers << u"#%1"_s.arg(id);
        }
    }
    if (idsAndVersions.size() > listedCases)
        numbers << tr("等");
    auto *header = new QLabel(inputPage);
    header->setObjectName(u"bulkHeaderLabel"_s);
    header->setWordWrap(true);
    header->setText(
        tr("<p style=\"font-size:large\"><b>批量%1</b>：已选 %2 件案件</p><p style=\"color:#666\">%3</p>")
            .arg(label(action).toHtmlEscaped())
            .arg(idsAndVersions.size())
            .arg(numbers.join(enumerationSeparator()).toHtmlEscaped()));
    inputLayout->addWidget(header);
    m_form = new ActionForm(context, action, nullptr, inputPage);
    inputLayout->addWidget(m_form);
    m_hintLabel = new QLabel(inputPage);
    m_hintLabel->setObjectName(u"hintLabel"_s);
    m_hintLabel->setStyleSheet(u"color: #888;"_s);
    inputLayout->addWidget(m_hintLabel);
    auto *note = new QLabel(
        tr("每件案件分别校验并办理；状态不符、已被他人修改或无权办理的案件不会执行，完成后逐件列出。"),
        inputPage);
    note->setWordWrap(true);
    note->setStyleSheet(u"color: #666;"_s);
    inputLayout->addWidget(note);
    auto *inputButtons = new QDialogButtonBox(inputPage);
    m_okButton = inputButtons->addButton(tr("批量%1").arg(label(action)), QDialogButtonBox::AcceptRole);
    m_okButton->setObjectName(u"okButton"_s);
    QPushButton *cancel = inputButtons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    cancel->setText(tr("取消"));
    inputLayout->addWidget(inputButtons);
    m_pages->addWidget(inputPage);
    connect(m_okButton, &QPushButton::clicked, this, &BulkActionDialog::apply);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_form, &ActionForm::changed, this, &BulkActionDialog::updateOk);

    // Page 2: the summary.
    auto *summaryPage = new QWidget(m_pages);
    auto *summaryLayout = new QVBoxLayout(summaryPage);
    summaryLayout->setContentsMargins(0, 0, 0, 0);
    m_summaryLabel = new QLabel(summaryPage);
    m_summaryLabel->setObjectName(u"summaryLabel"_s);
    m_summaryLabel->setWordWrap(true);
    summaryLayout->addWidget(m_summaryLabel);
    m_resultTable = new QTableWidget(0, 4, summaryPage);
    m_resultTable->setObjectName(u"resultTable"_s);
    m_resultTable->setHorizontalHeaderLabels({tr("案件编号"), tr("标题"), tr("结果"), tr("说明")});
    m_resultTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultTable->verticalHeader()->hide();
    m_resultTable->horizontalHeader()->setStretchLastSection(true);
    summaryLayout->addWidget(m_resultTable);
    auto *summaryButtons = new QDialogButtonBox(summaryPage);
    QPushButton *close = summaryButtons->addButton(QDialogButtonBox::Close);
    close->setObjectName(u"closeButton"_s);
    close->setText(tr("关闭"));
    summaryLayout->addWidget(summaryButtons);
    m_pages->addWidget(summaryPage);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);

    // Ctrl+Enter runs the action from any field, as in the intake form; on the summary it closes.
    m_okButton->setToolTip(tr("Ctrl+Enter"));
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_pages->currentIndex() == 0)
                apply();
            else
                accept();
        });
    }
    updateOk();
}

void BulkActionDialog::updateOk()
{
    const QString missing = m_cases.isEmpty() ? tr("没有选中的案件") : m_form->missing();
    m_hintLabel->setText(missing);
    m_hintLabel->setVisible(!missing.isEmpty());
    m_okButton->setEnabled(missing.isEmpty());
}

void BulkActionDialog::apply()
{
    if (!m_okButton->isEnabled() || m_pages->currentIndex() != 0)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_result = BulkActions::run(m_context, m_action, m_form->input(), m_cases);
    QApplication::restoreOverrideCursor();
    showSummary();
    QList<qint64> changed;
    for (const BulkOutcome &o : std::as_const(m_result.succeeded))
        changed << o.caseId;
    if (!changed.isEmpty())
        emit casesChanged(changed);
}

void BulkActionDialog::showSummary()
{
    setWindowTitle(tr("批量%1结果").arg(label(m_action)));
    QString text = tr("<b>批量%1完成</b>：成功 %2 件").arg(label(m_action)).arg(m_result.succeeded.size());
    if (!m_result.failed.isEmpty())
        text += tr("，<span style=\"color:#c0392b\">未执行 %1 件</span>").arg(m_result.failed.size());
    m_summaryLabel->setText(text);
    const QList<BulkOutcome> all = m_result.failed + m_result.succeeded; // refusals first
    m_resultTable->setRowCount(int(all.size()));
    for (int row = 0; row < all.size(); ++row) {
        const BulkOutcome &o = all.at(row);
        const QStringList cells{o.caseNo, o.title, o.ok ? tr("成功") : tr("未执行"),
                                o.ok ? QString() : o.message};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            if (!o.ok)
                item->setForeground(QColor(0xc0, 0x39, 0x2b));
            m_resultTable->setItem(row, column, item);
        }
    }
    m_resultTable->resizeColumnsToContents();
    m_resultTable->horizontalHeader()->setStretchLastSection(true);
    m_pages->setCurrentIndex(1);
    resize(qMax(width(), 720), qMax(height(), 420));
}

QList<qint64> BulkActionDialog::run(const AppContext &context, CaseAction action,
                                    const QList<QPair<qint64, int>> &idsAndVersions, QWidget *parent)
{
    BulkActionDialog dialog(context, action, idsAndVersions, parent);
    dialog.exec();
    QList<qint64> changed;
    for (const BulkOutcome &o : dialog.result().succeeded)
        changed << o.caseId;
    return changed;
}

} // namespace zz
