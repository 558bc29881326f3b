#include "PetitionDialog.h"

#include "CaseRepository.h"
#include "Error.h"
#include "Permissions.h"
#include "PetitionActionDialog.h"
#include "PetitionDocuments.h"
#include "ReferenceRepositories.h"
#include "Validators.h"
#include "dispatch/ReferenceNames.h"
#include "petition/PetitionLedgerWalk.h"
#include "petition/PetitionRepository.h"
#include "petition/PetitionService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

constexpr int idRole = Qt::UserRole;

QTableWidget *table(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(objectName);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

QString day(QDate d)
{
    return d.isValid() ? QLocale().toString(d, u"yyyy-MM-dd"_s) : QString();
}

QString moment(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t, u"yyyy-MM-dd HH:mm"_s) : QString();
}

QString pausesText(const QList<ClockPause> &pauses)
{
    QStringList parts;
    for (const ClockPause &p : pauses)
        parts << PetitionDialog::tr("%1 至 %2（%3）")
                     .arg(day(p.from), p.to.isValid() ? day(p.to) : PetitionDialog::tr("今"), p.reason);
    return parts.join(u"；"_s);
}

} // namespace

PetitionDialog::PetitionDialog(const AppContext &context, qint64 petitionId, QWidget *parent)
    : QDialog(parent), m_context(context), m_petitionId(petitionId)
{
    setObjectName(u"petitionDialog"_s);
    buildUi();
    reload();
    resize(1000, 720);
}

void PetitionDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_headerLabel = new QLabel(this);
    m_headerLabel->setObjectName(u"headerLabel"_s);
    m_headerLabel->setTextFormat(Qt::RichText);
    layout->addWidget(m_headerLabel);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setStyleSheet(u"color:#c0392b"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"petitionTabs"_s);
    layout->addWidget(m_tabs, 1);

    auto *infoPage = new QWidget(m_tabs);
    auto *infoLayout = new QVBoxLayout(infoPage);
    m_infoLabel = new QLabel(infoPage);
    m_infoLabel->setObjectName(u"infoLabel"_s);
    m_infoLabel->setWordWrap(true);
    m_infoLabel->setTextFormat(Qt::RichText);
    m_infoLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_infoLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    infoLayout->addWidget(m_infoLabel);
    m_personsTable = table(u"personsTable"_s,
                           {tr("身份"), tr("姓名"), tr("身份证号"), tr("联系电话"), tr("住址")}, infoPage);
    infoLayout->addWidget(m_personsTable);
    auto *personButtons = new QHBoxLayout;
    auto *revealButton = new QPushButton(tr("查看完整号码（留痕）"), infoPage);
    revealButton->setObjectName(u"revealButton"_s);
    revealButton->setVisible(Permissions::allows(m_context.user.roles, Permission::RevealPersonalData));
    personButtons->addWidget(revealButton);
    m_openCaseButton = new QPushButton(tr("打开事件"), infoPage);
    m_openCaseButton->setObjectName(u"openCaseButton"_s);
    m_openCaseButton->hide();
    personButtons->addWidget(m_openCaseButton);
    personButtons->addStretch();
    infoLayout->addLayout(personButtons);
    connect(revealButton, &QPushButton::clicked, this,
            [this] { revealPerson(m_personsTable->currentRow()); });
    connect(m_openCaseButton, &QPushButton::clicked, this, [this] {
        if (m_record && m_record->caseId)
            emit openCaseRequested(m_record->caseId);
    });
    m_tabs->addTab(infoPage, tr("概况"));

    m_clocksTable = table(u"clocksTable"_s,
                          {tr("时限"), tr("起算日"), tr("到期日"), tr("期间"), tr("规则版本"), tr("条款"),
                           tr("状态"), tr("暂停")},
                          m_tabs);
    m_tabs->addTab(m_clocksTable, tr("法定时限"));

    m_flowTree = new QTreeWidget(m_tabs);
    m_flowTree->setObjectName(u"flowTree"_s);
    m_flowTree->setHeaderLabels({tr("时间"), tr("操作"), tr("状态"), tr("经办人"), tr("说明")});
    m_flowTree->setRootIsDecorated(false);
    m_flowTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tabs->addTab(m_flowTree, tr("办理过程"));

    auto *docPage = new QWidget(m_tabs);
    auto *docLayout = new QVBoxLayout(docPage);
    m_documentsTable =
        table(u"documentsTable"_s, {tr("文书"), tr("文号"), tr("出具时间"), tr("送达日期"), tr("送达方式")},
              docPage);
    docLayout->addWidget(m_documentsTable);
    auto *docButtons = new QHBoxLayout;
    auto *previewButton = new QPushButton(tr("预览"), docPage);
    previewButton->setObjectName(u"previewDocumentButton"_s);
    auto *printButton = new QPushButton(tr("打印…"), docPage);
    printButton->setObjectName(u"printDocumentButton"_s);
    auto *pdfButton = new QPushButton(tr("导出 PDF…"), docPage);
    pdfButton->setObjectName(u"documentPdfButton"_s);
    for (QPushButton *b : {previewButton, printButton, pdfButton})
        docButtons->addWidget(b);
    docButtons->addStretch();
    docLayout->addLayout(docButtons);
    connect(previewButton, &QPushButton::clicked, this, [this] {
        if (const PetitionDocumentRecord *d = currentDocument())
            PetitionDocuments(m_context).preview(*d, this);
    });
    connect(printButton, &QPushButton::clicked, this, [this] {
        if (const PetitionDocumentRecord *d = currentDocument())
            PetitionDocuments(m_context).print(*d, this);
    });
    connect(pdfButton, &QPushButton::clicked, this, [this] {
        const PetitionDocumentRecord *d = currentDocument();
        if (!d)
            return;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("保存文书"), tr("%1.pdf").arg(label(d->kind)), tr("PDF 文件 (*.pdf)"));
        if (path.isEmpty())
            return;
        try {
            PetitionDocuments::writePdf(*d, path);
        } catch (const Error &e) {
            QMessageBox::warning(this, tr("导出 PDF"), e.message());
        }
    });
    connect(m_documentsTable, &QTableWidget::cellDoubleClicked, this, [this] {
        if (const PetitionDocumentRecord *d = currentDocument())
            PetitionDocuments(m_context).preview(*d, this);
    });
    m_tabs->addTab(docPage, tr("文书"));

    m_linksTable = table(u"linksTable"_s,
                         {tr("关联"), tr("信访编号"), tr("原因"), tr("关联时间"), tr("取消关联")}, m_tabs);
    m_tabs->addTab(m_linksTable, tr("关联"));

    m_actionBar = new QWidget(this);
    m_actionBar->setObjectName(u"actionBar"_s);
    auto *actionLayout = new QHBoxLayout(m_actionBar);
    actionLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_actionBar);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("关闭"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);
}

const PetitionDocumentRecord *PetitionDialog::currentDocument() const
{
    const int row = m_documentsTable->currentRow();
    return row >= 0 && row < m_documents.size() ? &m_documents.at(row) : nullptr;
}

void PetitionDialog::reload()
{
    m_errorLabel->hide();
    try {
        const PetitionRepository repository(m_context.db, m_context.actor());
        m_record = repository.get(m_petitionId);
        if (!m_record) {
            m_headerLabel->setText(tr("此信访件不存在，或不在本账号的辖区内。"));
            m_actionBar->hide();
            return;
        }
        const QList<PetitionClockRecord> clocks = repository.clocks(m_petitionId);
        m_documents = repository.documents(m_petitionId);
        fillInfo(*m_record);
        fillPersons(*m_record);
        fillClocks(clocks);
        fillFlow(repository.flow(m_petitionId));
        fillDocuments();
        const QList<PetitionLinkRecord> links = repository.links(m_petitionId);
        m_linksTable->setRowCount(int(links.size()));
        for (int i = 0; i < links.size(); ++i) {
            const PetitionLinkRecord &l = links.at(i);
            setRow(m_linksTable, i,
                   {label(l.kind), l.otherPetitionNo, l.reason, moment(l.createdAt),
                    l.unlinkedAt.isValid() ? tr("%1：%2").arg(moment(l.unlinkedAt), l.unlinkReason)
                                           : QString()});
        }
        fillActions(*m_record, clocks);
    } catch (const Error &e) {
        m_errorLabel->setText(e.message());
        m_errorLabel->show();
    }
}

void PetitionDialog::fillInfo(const PetitionRecord &p)
{
    setWindowTitle(tr("信访件 %1").arg(p.petitionNo));
    QStringList flags;
    for (const PetitionFlag f : allValues<PetitionFlag>())
        if (p.flags.testFlag(f))
            flags << label(f);
    m_headerLabel->setText(tr("<b>%1</b>　%2　<b>%3</b>%4")
                               .arg(p.petitionNo.toHtmlEscaped(), label(p.status).toHtmlEscaped(),
                                    (p.repeat ? tr("重复信访") : tr("首次信访")).toHtmlEscaped(),
                                    flags.isEmpty() ? QString()
                                                    : u"　<span style=\"color:#c0392b\">"_s +
                                                          flags.join(enumerationSeparator()).toHtmlEscaped() +
                                                          u"</span>"_s));
    const ReferenceNames names(m_context.db);
    const auto line = [](const QString &caption, const QString &value) {
        return u"<p><b>%1</b>　%2</p>"_s.arg(caption.toHtmlEscaped(),
                                             value.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    };
    QString html;
    html += line(tr("信访形式"), tr("%1，%2").arg(label(p.channel), label(p.type)));
    html += line(tr("来访方式"), p.visitForm == VisitForm::Group ? tr("集体访，%n 人", nullptr, p.headCount)
                                                                 : label(p.visitForm));
    html += line(tr("登记时间"), moment(p.receivedAt));
    html += line(tr("问题发生地"), names.orgUnitChain(p.orgUnitId) +
                                       (p.placeAddress.isEmpty() ? QString() : u" "_s + p.placeAddress));
    html += line(tr("信访诉求"), p.request);
    if (!p.facts.isEmpty())
        html += line(tr("事实与理由"), p.facts);
    html += line(tr("接待人"), p.receivingOfficer);
    if (!p.interviewRecord.isEmpty())
        html += line(tr("接谈记录"), p.interviewRecord);
    if (p.departmentId)
        html += line(tr("办理单位"), names.departmentName(p.departmentId));
    if (p.decision)
        html += line(tr("处理结论"),
                     label(*p.decision) +
                         (p.decisionBasis.isEmpty() ? QString() : tr("（依据：%1）").arg(p.decisionBasis)));
    if (p.caseId) {
        const auto c = CaseRepository(m_context.db).get(p.caseId);
        html += line(tr("已转为事件"), c ? c->caseNo : QString::number(p.caseId));
    }
    html += line(tr("适用规则"), p.ruleVersion);
    m_infoLabel->setText(html);
    m_openCaseButton->setVisible(p.caseId != 0);
}

void PetitionDialog::fillPersons(const PetitionRecord &p)
{
    m_personsTable->setRowCount(int(p.persons.size()));
    for (int i = 0; i < p.persons.size(); ++i) {
        const PetitionPerson &pp = p.persons.at(i);
        setRow(m_personsTable, i,
               {label(pp.role), pp.person.name, Masking::residentId(pp.person.residentId),
                Masking::phone(pp.person.phone), pp.person.address});
        m_personsTable->item(i, 0)->setData(idRole, pp.person.id);
    }
    if (p.reporterProtected && !PetitionRepository::isInsider(p, m_context.actor()))
        m_personsTable->setToolTip(tr("检举控告件的检举人只对承办人和领导可见。"));
}

void PetitionDialog::revealPerson(int row)
{
    if (!m_record || row < 0 || row >= m_personsTable->rowCount())
        return;
    const qint64 personId = m_personsTable->item(row, 0)->data(idRole).toLongLong();
    try {
        const Person full = PetitionService(m_context.db, m_context.clock, m_context.calendar)
                                .revealPerson(m_petitionId, personId, m_context.actor());
        m_personsTable->item(row, 2)->setText(full.residentId);
        m_personsTable->item(row, 3)->setText(full.phone);
    } catch (const Error &e) {
        m_errorLabel->setText(e.message());
        m_errorLabel->show();
    }
}

void PetitionDialog::fillClocks(const QList<PetitionClockRecord> &clocks)
{
    const PetitionService service(m_context.db, m_context.clock, m_context.calendar);
    const QDateTime now = m_context.clock.now();
    m_clocksTable->setRowCount(int(clocks.size()));
    for (int i = 0; i < clocks.size(); ++i) {
        const PetitionClockRecord &c = clocks.at(i);
        QString state;
        // A petitioner's request window stopped while the petition still stands at that delivery: it ran
        // out with no request (a ledger import settles it so), not stopped by a later step.
        const bool lapsed =
            c.storedState == u"stopped" && m_record &&
            ((c.value.kind == ClockKind::ReviewRequest && m_record->status == PetitionStatus::Delivered) ||
             (c.value.kind == ClockKind::RecheckRequest &&
              m_record->status == PetitionStatus::ReviewDelivered));
        if (lapsed)
            state = tr("期满未申请");
        else if (c.storedState == u"stopped")
            state = tr("已停止");
        else
            state = label(service.clockEngine().state(c.value, now, c.pauses));
        QString period =
            tr("%1 个%2").arg(c.value.days).arg(c.value.workingDays ? tr("工作日") : tr("自然日"));
        if (c.value.extensionDays > 0)
            period += tr("，延长 %1 日").arg(c.value.extensionDays);
        QString due = day(c.value.due);
        if (c.baseDue.isValid() && c.baseDue != c.value.due)
            due += tr("（原 %1）").arg(day(c.baseDue));
        setRow(m_clocksTable, i,
               {label(c.value.kind), day(c.value.start), due, period, c.value.ruleVersion, c.value.article,
                state, pausesText(c.pauses)});
        const ClockState s = service.clockEngine().state(c.value, now, c.pauses);
        if (c.storedState != u"stopped" && (s == ClockState::Overdue || s == ClockState::MetLate))
            m_clocksTable->item(i, 6)->setForeground(QColor(0xc0, 0x39, 0x2b));
        else if (c.storedState != u"stopped" && s == ClockState::DueSoon)
            m_clocksTable->item(i, 6)->setForeground(QColor(0xa1, 0x5c, 0x00));
    }
}

void PetitionDialog::fillFlow(const QList<PetitionFlowEntry> &flow)
{
    m_flowTree->clear();
    for (const PetitionFlowEntry &f : flow) {
        QString action = f.actionCode;
        if (const auto a = fromCode<PetitionAction>(f.actionCode))
            action = label(*a);
        else if (f.actionCode == PetitionLedgerWalk::correctionAction())
            action = tr("据台账更正");
        auto *item = new QTreeWidgetItem(
            m_flowTree,
            {moment(f.at), action,
             f.fromStatus ? tr("%1 → %2").arg(label(*f.fromStatus), label(f.toStatus)) : label(f.toStatus),
             f.actorName, f.note});
        item->setToolTip(4, f.note);
    }
}

void PetitionDialog::fillDocuments()
{
    m_documentsTable->setRowCount(int(m_documents.size()));
    for (int i = 0; i < m_documents.size(); ++i) {
        const PetitionDocumentRecord &d = m_documents.at(i);
        setRow(m_documentsTable, i,
               {label(d.kind), d.docNo, moment(d.issuedAt), day(d.deliveredOn),
                d.deliveryMethod ? label(*d.deliveryMethod) : QString()});
    }
    if (!m_documents.isEmpty())
        m_documentsTable->selectRow(int(m_documents.size()) - 1);
}

void PetitionDialog::fillActions(const PetitionRecord &p, const QList<PetitionClockRecord> &clocks)
{
    qDeleteAll(m_actionBar->findChildren<QPushButton *>(Qt::FindDirectChildrenOnly));
    m_actionButtons.clear();
    PetitionState state;
    state.status = p.status;
    for (const PetitionClockRecord &c : clocks) {
        if (c.value.kind == ClockKind::Handling) {
            state.extensionDays = c.value.extensionDays;
            state.maxExtensionDays = c.value.maxExtensionDays;
        }
        for (const ClockPause &pause : c.pauses)
            if (!pause.to.isValid() && c.storedState != u"stopped")
                state.hearingOpen = true;
    }
    auto *layout = static_cast<QHBoxLayout *>(m_actionBar->layout());
    while (layout->count() > 0)
        delete layout->takeAt(0);
    for (const PetitionAction action : PetitionWorkflow::availableActions(state, m_context.user.roles)) {
        if (action == PetitionAction::Register)
            continue;
        auto *button = new QPushButton(label(action), m_actionBar);
        button->setObjectName(code(action) + u"ActionButton"_s);
        const QString waiting = PetitionWorkflow::waitingFor(action, state);
        button->setEnabled(waiting.isEmpty());
        button->setToolTip(waiting);
        layout->addWidget(button);
        m_actionButtons.insert(action, button);
        if (action == PetitionAction::ConvertToCase)
            connect(button, &QPushButton::clicked, this, &PetitionDialog::convertToCaseDialog);
        else
            connect(button, &QPushButton::clicked, this, [this, action] { startAction(action); });
    }
    layout->addStretch();
}

PetitionActionDialog *PetitionDialog::startAction(PetitionAction action)
{
    if (!m_record)
        return nullptr;
    auto *dialog = new PetitionActionDialog(m_context, *m_record, action, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        emit petitionChanged(m_petitionId);
    });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    return dialog;
}

bool PetitionDialog::convertToCase(qint64 categoryId, qint64 departmentId, int days)
{
    if (!m_record)
        return false;
    CaseRecord draft;
    draft.categoryId = categoryId;
    try {
        PetitionService(m_context.db, m_context.clock, m_context.calendar)
            .convertToCase(m_petitionId, m_record->version, draft, departmentId, days, m_context.actor());
    } catch (const Error &e) {
        m_errorLabel->setText(e.message());
        m_errorLabel->show();
        return false;
    }
    reload();
    emit petitionChanged(m_petitionId);
    return true;
}

void PetitionDialog::convertToCaseDialog()
{
    if (!m_record)
        return;
    QDialog dialog(this);
    dialog.setObjectName(u"convertToCaseDialog"_s);
    dialog.setWindowTitle(tr("转为事件 — %1").arg(m_record->petitionNo));
    auto *form = new QFormLayout(&dialog);
    auto *category = new QComboBox(&dialog);
    category->setObjectName(u"categoryComboBox"_s);
    const QList<Category> categories = CategoryRepository(m_context.db).all();
    for (const Category &top : categories)
        for (const Category &c : categories)
            if (top.parentId == 0 && c.parentId == top.id)
                category->addItem(top.name + u" / "_s + c.name, c.id);
    auto *department = new QComboBox(&dialog);
    department->setObjectName(u"departmentComboBox"_s);
    for (const Department &d : DepartmentRepository(m_context.db).list(m_record->townshipId))
        department->addItem(d.name, d.id);
    auto *days = new QSpinBox(&dialog);
    days->setObjectName(u"daysSpinBox"_s);
    days->setRange(1, 90);
    days->setValue(15);
    days->setSuffix(tr(" 日"));
    form->addRow(tr("事件类别"), category);
    form->addRow(tr("派遣部门"), department);
    form->addRow(tr("办理时限"), days);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("转为事件"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        convertToCase(category->currentData().toLongLong(), department->currentData().toLongLong(),
                      days->value());
}

} // namespace zz
