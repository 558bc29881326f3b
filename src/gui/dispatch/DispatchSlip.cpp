#include "DispatchSlip.h"

#include "AuditLog.h"
#include "CaseRepository.h"
#include "CaseScope.h"
#include "CenterSettings.h"
#include "Error.h"
#include "Permissions.h"
#include "ReferenceNames.h"
#include "Validators.h"
#include "cases/PrintFont.h"
#include "shell/AppSettings.h"

#include <QFileInfo>
#include <QFont>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStringList>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

QString headCell(const QString &text)
{
    return u"<td width=\"15%\" bgcolor=\"#f2f2f2\" align=\"center\">%1</td>"_s.arg(text.toHtmlEscaped());
}

QString cell(const QString &html, int span = 1)
{
    return span > 1 ? u"<td colspan=\"%1\">%2</td>"_s.arg(span).arg(html)
                    : u"<td width=\"35%\">%1</td>"_s.arg(html);
}

QString dateText(const QDateTime &at)
{
    return at.isValid() ? DispatchSlip::tr("%1年%2月%3日")
                              .arg(at.date().year())
                              .arg(at.date().month())
                              .arg(at.date().day())
                        : QString();
}

} // namespace

DispatchSlip::DispatchSlip(const AppContext &context, qint64 caseId, Contact contact)
    : m_context(context), m_contact(contact)
{
    const auto record = CaseScope(context.db, context.actor()).get(caseId);
    if (!record)
        throw Error(Error::Kind::NotFound, tr("案件不存在或已被删除。"));
    m_record = *record;
    CaseRepository cases(context.db);
    m_flow = cases.flow(caseId);
    m_copies = cases.copiedOrgUnits(caseId);
    if (m_contact == Contact::ReporterPhone) {
        if (!mayShowContact(context, m_record))
            throw Error(Error::Kind::Forbidden,
                        tr("只有承办部门的处置人员和值班员可以打印含联系电话的交办单。"));
        // One reveal row per slip made with the phone (a preview or a PDF).
        AuditLog(context.db, context.clock)
            .record(context.actor(), context.user.login, AuditAction::Reveal, u"case"_s, caseId,
                    u"slip fields=phone parties=reporter"_s);
    }
}

bool DispatchSlip::mayShowContact(const AppContext &context, const CaseRecord &record)
{
    return Permissions::mayPrintContactOnSlip(context.user.roles, context.user.departmentId,
                                              record.departmentId);
}

QString DispatchSlip::centerName() const
{
    const auto unit = ReferenceNames(m_context.db).orgUnit(m_record.levelOrgUnitId);
    if (!unit)
        return tr("综治中心");
    switch (unit->level) {
    case OrgLevel::County:
    case OrgLevel::Township:
        // The name the center set for its printouts (a township's own, else the county's), as on receipts.
        if (const CenterSettings center =
                CenterSettings::load(m_context.db, unit->level == OrgLevel::Township ? unit->id : 0);
            !center.name.isEmpty())
            return center.name;
        return tr("%1综治中心").arg(unit->name);
    case OrgLevel::Village:
        return tr("%1综治工作站").arg(unit->name);
    case OrgLevel::Grid:
        break;
    }
    return unit->name;
}

QString DispatchSlip::html() const
{
    const CaseRecord &c = m_record;
    ReferenceNames names(m_context.db);
    // The dispatch (or the transfer after it) this slip goes with.
    const FlowEntry *dispatch = nullptr;
    for (const FlowEntry &e : m_flow)
        if (e.action == CaseAction::Dispatch || e.action == CaseAction::Transfer)
            dispatch = &e;

    QStringList parties;
    for (const CaseParty &p : c.parties) {
        if (p.anonymous) {
            parties << tr("%1：匿名").arg(label(p.role));
            continue;
        }
        QString line = tr("%1：%2").arg(label(p.role), p.name);
        if (!p.residentId.isEmpty())
            line += tr("，身份证号 %1").arg(Masking::residentId(p.residentId));
        if (!p.phone.isEmpty())
            line += tr("，联系电话 %1")
                        .arg(m_contact == Contact::ReporterPhone && p.role == PartyRole::Reporter
                                 ? p.phone
                                 : Masking::phone(p.phone));
        parties << line.toHtmlEscaped();
    }
    QStringList copies;
    for (const qint64 unit : m_copies)
        copies << names.orgUnitName(unit);

    QString deadline = c.deadline.isValid() ? c.deadline.toString(u"yyyy-MM-dd"_s) : tr("（未设定）");
    if (dispatch && dispatch->days > 0)
        deadline += c.deadlineWorkingDays ? tr("（%1个工作日）").arg(dispatch->days)
                                          : tr("（%1天）").arg(dispatch->days);

    QString html = u"<html><body>"_s;
    html +=
        u"<p align=\"center\" style=\"font-size:18pt; font-weight:bold; margin-bottom:2px;\">%1</p>"_s.arg(
            centerName().toHtmlEscaped());
    html += u"<p align=\"center\" style=\"font-size:22pt; font-weight:bold; margin-top:0px;\">%1</p>"_s.arg(
        tr("案 件 交 办 单"));
    html +=
        u"<table width=\"100%\" cellpadding=\"2\"><tr><td>%1</td><td align=\"right\">%2</td></tr></table>"_s
            .arg(tr("编号：%1").arg(c.caseNo).toHtmlEscaped(),
                 tr("交办日期：%1")
                     .arg(dateText(dispatch ? dispatch->at : m_context.clock.now()))
                     .toHtmlEscaped());
    html += u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"6\" "
            "style=\"border-collapse:collapse; border-color:#000000;\">"_s;
    const auto row = [&html](const QString &content) { html += u"<tr>"_s + content + u"</tr>"_s; };
    row(headCell(tr("事件标题")) + cell(escaped(c.title), 3));
    row(headCell(tr("事件类别")) + cell(escaped(names.categoryPath(c.categoryId))) +
        headCell(tr("紧急程度")) + cell(escaped(label(c.urgency))));
    row(headCell(tr("来源")) + cell(escaped(label(c.source))) + headCell(tr("受理时间")) +
        cell(escaped(c.receivedAt.toString(u"yyyy-MM-dd HH:mm"_s))));
    QString place = escaped(names.orgUnitChain(c.orgUnitId));
    if (!c.address.isEmpty())
        place += u"<br>"_s + escaped(c.address);
    row(headCell(tr("事发地点")) + cell(place, 3));
    row(headCell(tr("事件描述")) + cell(escaped(c.description), 3));
    row(headCell(tr("当事人")) + cell(parties.isEmpty() ? tr("（无）") : parties.join(u"<br>"_s), 3));
    row(headCell(tr("交办意见")) +
        cell(dispatch && !dispatch->note.isEmpty() ? escaped(dispatch->note) : tr("请依职责调查处理。"), 3));
    row(headCell(tr("承办单位")) + cell(escaped(names.handler(c.departmentId, c.workerId))) +
        headCell(tr("办理期限")) + cell(escaped(deadline)));
    row(headCell(tr("抄告单位")) +
        cell(copies.isEmpty() ? tr("无") : escaped(copies.join(enumerationSeparator())), 3));
    row(headCell(tr("办理结果")) + cell(u"<br><br><br><br><br>"_s, 3));
    html += u"</table>"_s;
    html += u"<p><br></p><table width=\"100%\" cellpadding=\"4\"><tr>"_s;
    for (const QString &who : {tr("交办人（签字）："), tr("接收人（签字）："), tr("日期：    年   月   日")})
        html += u"<td>%1</td>"_s.arg(who.toHtmlEscaped().replace(u' ', u"&nbsp;"_s));
    html += u"</tr></table>"_s;
    html += u"<p style=\"font-size:9pt; color:#555555;\">%1</p>"_s.arg(
        tr("请承办单位在办理期限内办结并反馈结果；不能按期办结的，应在期限届满前申请延期。打印时间：%1")
            .arg(m_context.clock.now().toString(u"yyyy-MM-dd HH:mm"_s))
            .toHtmlEscaped());
    // The audit chain's head when printed: a later rewrite of the log no longer matches the paper.
    if (const QString mark = AuditLog(m_context.db, m_context.clock).headMark(); !mark.isEmpty())
        html +=
            u"<p align=\"right\" style=\"font-size:8pt; color:#555555;\">%1</p>"_s.arg(mark.toHtmlEscaped());
    html += u"</body></html>"_s;
    return html;
}

std::unique_ptr<QTextDocument> DispatchSlip::document() const
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(PrintFont::font(11)); // extracts as typed (see PrintFont)
    doc->setDocumentMargin(0);
    doc->setMetaInformation(QTextDocument::DocumentTitle, tr("案件交办单 %1").arg(m_record.caseNo));
    doc->setHtml(html());
    return doc;
}

void DispatchSlip::print(QPrinter *printer) const
{
    document()->print(printer);
}

// The printer gets no margins of its own: QTextDocument::print() keeps 2 cm around the text.
void DispatchSlip::writePdf(const QString &path) const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    printer.setDocName(tr("案件交办单 %1").arg(m_record.caseNo));
    printer.setCreator(tr("综治中心工作台"));
    print(&printer);
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
        throw Error(Error::Kind::Storage, tr("无法写入文件 %1。").arg(path));
}

void DispatchSlip::preview(const AppContext &context, qint64 caseId, QWidget *parent, Contact contact)
{
    const DispatchSlip slip(context, caseId, contact);
    std::shared_ptr<QTextDocument> doc = slip.document();
    auto *dialog = new QPrintPreviewDialog(parent);
    dialog->setObjectName(u"slipPreviewDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("交办单预览 — %1").arg(slip.record().caseNo));
    dialog->printer()->setPageSize(QPageSize(QPageSize::A4));
    dialog->printer()->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    if (context.settings && !context.settings->printerName.get().isEmpty())
        dialog->printer()->setPrinterName(context.settings->printerName.get());
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
                     [doc](QPrinter *printer) { doc->print(printer); });
    dialog->resize(900, 1000);
    dialog->open();
}

} // namespace zz
