#include "PetitionDocuments.h"

#include "Error.h"
#include "PetitionDocumentPrinter.h"
#include "ReferenceRepositories.h"
#include "dispatch/ReferenceNames.h"
#include "petition/DocumentTemplate.h"
#include "petition/PetitionClock.h"
#include "shell/AppSettings.h"

#include <QFileInfo>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

const PetitionClockRecord *clockOf(const QList<PetitionClockRecord> &clocks, ClockKind kind)
{
    const PetitionClockRecord *found = nullptr;
    for (const PetitionClockRecord &c : clocks)
        if (c.value.kind == kind)
            found = &c; // the newest of its kind (a reopened petition runs a clock again)
    return found;
}

} // namespace

PetitionDocuments::PetitionDocuments(const AppContext &context) : m_context(context) {}

QString PetitionDocuments::numberMarker()
{
    return DocumentTemplate::numberMarker();
}

QString PetitionDocuments::agencyName(qint64 townshipId) const
{
    const auto unit = OrgUnitRepository(m_context.db).get(townshipId);
    if (!unit)
        return {};
    // Document text, Chinese whatever the interface language: 街道 is run by an office (办事处), 镇 and 乡
    // by a people's government.
    return unit->name.endsWith(u"街道"_s) ? unit->name + u"办事处"_s : unit->name + u"人民政府"_s;
}

QString PetitionDocuments::agencyCode(qint64 townshipId) const
{
    const auto unit = OrgUnitRepository(m_context.db).get(townshipId);
    if (!unit)
        return {};
    QString name = unit->name;
    for (const QString &suffix : {u"街道"_s, u"镇"_s, u"乡"_s})
        if (name.size() > suffix.size() && name.endsWith(suffix)) {
            name.chop(suffix.size());
            break;
        }
    return name;
}

PetitionRuleSet PetitionDocuments::rulesOf(const PetitionRecord &petition) const
{
    if (auto bundled = PetitionRuleSet::bundled(petition.ruleSet))
        return *bundled;
    const PetitionService service(m_context.db, m_context.clock, m_context.calendar);
    return service.ruleSetFor(petition.receivedAt.date());
}

QHash<QString, QString> PetitionDocuments::values(const PetitionRecord &p, DocumentKind kind,
                                                  const PetitionActionInput &input) const
{
    const QDate today = m_context.clock.now().date();
    const PetitionRuleSet rules = rulesOf(p);
    const PetitionRepository repository(m_context.db, m_context.actor());
    const QList<PetitionClockRecord> clocks = p.id ? repository.clocks(p.id) : QList<PetitionClockRecord>{};
    const QList<PetitionDocumentRecord> documents =
        p.id ? repository.documents(p.id) : QList<PetitionDocumentRecord>{};
    const PetitionService service(m_context.db, m_context.clock, m_context.calendar);
    DocumentFacts f;
    f.agency = p.townshipId ? agencyName(p.townshipId) : u"××镇人民政府"_s;
    f.number = numberMarker(); // the service gives the number and writes it in
    f.issuedOn = today;
    QStringList names;
    for (const PetitionPerson &person : p.persons) {
        if (!person.person.name.isEmpty())
            names << person.person.name;
        if (f.petitionerAddress.isEmpty())
            f.petitionerAddress = person.person.address;
    }
    f.petitioner = names.join(u'、');
    f.petitionNumber = p.petitionNo;
    f.channel = p.channel;
    f.type = p.type;
    f.receivedOn = p.receivedAt.date();
    f.request = p.request;
    f.facts = p.facts;
    const PetitionClockRecord *handling = clockOf(clocks, ClockKind::Handling);
    f.handlingDays = rules.rule(ClockKind::Handling).days;
    if (handling) {
        f.acceptedOn = handling->value.start;
        f.handlingDue = handling->value.due;
    } else if (!rules.rule(ClockKind::Handling).appliesTo(p.type)) {
        // No handling period for this type under the rules in force (2022: 建议意见, 检举控告).
        f.handlingDays = 0;
        f.acceptedOn = input.date.isValid() ? input.date : (p.id ? today : p.receivedAt.date().addDays(2));
    } else if (kind == DocumentKind::AcceptanceNotice || !p.id) {
        // Issued with 受理 (or the template editor's sample): the handling clock starts today.
        f.acceptedOn = input.date.isValid() ? input.date : (p.id ? today : p.receivedAt.date().addDays(2));
        f.handlingDue = service.clockEngine().start(rules, ClockKind::Handling, f.acceptedOn).due;
    }
    if (kind == DocumentKind::ExtensionNotice && handling) {
        PetitionClockValue extended = handling->value;
        const QList<ClockExtension> extensions{{extended.extensionDays + input.days, input.note, today}};
        extended.extensionDays = 0;
        try {
            f.handlingDue =
                service.clockEngine().recompute(extended, handling->pauses, extensions, today).due;
        } catch (const Error &) {
            // More days than the rule allows: the service refuses the action and says why.
        }
    }
    const QString department =
        p.departmentId ? ReferenceNames(m_context.db).departmentName(p.departmentId) : QString();
    f.handlingUnit = department.isEmpty() ? f.agency : department;
    f.extensionDays = input.days;
    f.extensionReason = input.note;
    f.reason = input.note;
    f.decision = input.decision;
    f.opinion = input.result;
    f.basis = input.basis;
    f.regulation = rules.regulation();
    switch (kind) {
    case DocumentKind::AcceptanceNotice:
        f.article = rules.rule(ClockKind::AcceptanceNotice).article;
        break;
    case DocumentKind::NonAcceptanceNotice:
        f.article = rules.pendingArticle();
        break;
    case DocumentKind::NoReacceptNotice:
        f.article = rules.finalityArticle();
        break;
    case DocumentKind::ExtensionNotice:
        f.article = rules.rule(ClockKind::Handling).article;
        break;
    case DocumentKind::HandlingOpinion:
        f.article = rules.rule(ClockKind::ReviewRequest).article;
        break;
    case DocumentKind::ReviewOpinion:
        f.article = rules.rule(ClockKind::RecheckRequest).article;
        break;
    case DocumentKind::RecheckOpinion:
        f.article = rules.finalityArticle();
        break;
    }
    f.reviewDays = rules.rule(ClockKind::ReviewRequest).days;
    f.reviewAgency = u"本机关的上一级行政机关"_s;
    f.recheckDays = rules.rule(ClockKind::RecheckRequest).days;
    f.recheckAgency = u"复查机关的上一级行政机关"_s;
    // The opinion a 复查 or 复核 answers.
    const DocumentKind answered =
        kind == DocumentKind::RecheckOpinion ? DocumentKind::ReviewOpinion : DocumentKind::HandlingOpinion;
    for (const PetitionDocumentRecord &d : documents)
        if (d.kind == answered)
            f.previousNumber = d.docNo;
    const ClockKind requestClock =
        kind == DocumentKind::RecheckOpinion ? ClockKind::RecheckAnswer : ClockKind::ReviewAnswer;
    if (const PetitionClockRecord *answer = clockOf(clocks, requestClock))
        f.requestedOn = answer->value.start;
    return DocumentTemplate::values(f);
}

DocumentIssue PetitionDocuments::issue(const PetitionRecord &petition, DocumentKind kind,
                                       const PetitionActionInput &input) const
{
    const PetitionRepository repository(m_context.db, m_context.actor());
    const auto [tmpl, stored] = repository.currentTemplate(kind);
    DocumentIssue doc;
    doc.kind = kind;
    doc.body = tmpl.fill(values(petition, kind, input));
    doc.numberPattern = tmpl.numberPattern();
    doc.agencyCode = agencyCode(petition.townshipId);
    doc.templateId = stored.id;
    return doc;
}

PetitionRecord PetitionDocuments::samplePetition()
{
    // What the template editor's preview fills a document with: document text, so Chinese.
    PetitionRecord p;
    p.petitionNo = u"330782100-2026-00012"_s;
    p.channel = PetitionChannel::Visit;
    p.type = PetitionType::Claim;
    p.request = u"要求解决村道硬化后排水不畅、雨天积水进屋的问题。"_s;
    p.facts = u"2026年5月村道硬化后路面抬高，雨水倒灌入户，多次向村委会反映未果。"_s;
    p.receivedAt = QDateTime(QDate(2026, 6, 1), QTime(9, 30));
    PetitionPerson person;
    person.person.name = u"王大伯"_s;
    person.person.address = u"上溪村3组18号"_s;
    p.persons = {person};
    p.ruleSet = u"national-2022"_s;
    return p;
}

QString PetitionDocuments::printable(const PetitionDocumentRecord &document)
{
    // Stored as issued, with the 文号 in place (migration 0043 wrote it into older documents too): what
    // was printed the first time is printed again.
    return document.body;
}

QString PetitionDocuments::title(const PetitionDocumentRecord &document)
{
    return tr("%1 %2").arg(label(document.kind), document.docNo);
}

void PetitionDocuments::preview(const PetitionDocumentRecord &document, QWidget *parent) const
{
    auto *dialog = new QPrintPreviewDialog(parent);
    dialog->setObjectName(u"documentPreviewDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("文书预览 — %1").arg(title(document)));
    PetitionDocumentPrinter::setUpPage(*dialog->printer());
    if (m_context.settings && !m_context.settings->printerName.get().isEmpty())
        dialog->printer()->setPrinterName(m_context.settings->printerName.get());
    const PetitionDocumentPrinter printer(printable(document), label(document.kind));
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
                     [printer](QPrinter *device) { printer.print(*device); });
    dialog->resize(800, 1000);
    dialog->open();
}

void PetitionDocuments::print(const PetitionDocumentRecord &document, QWidget *parent) const
{
    QPrinter device(QPrinter::HighResolution);
    PetitionDocumentPrinter::setUpPage(device);
    if (m_context.settings && !m_context.settings->printerName.get().isEmpty())
        device.setPrinterName(m_context.settings->printerName.get());
    QPrintDialog dialog(&device, parent);
    dialog.setWindowTitle(tr("打印 %1").arg(title(document)));
    if (dialog.exec() == QDialog::Accepted)
        PetitionDocumentPrinter(printable(document), label(document.kind)).print(device);
}

void PetitionDocuments::writePdf(const PetitionDocumentRecord &document, const QString &path)
{
    if (!PetitionDocumentPrinter(printable(document), label(document.kind)).writePdf(path) ||
        !QFileInfo(path).exists() || QFileInfo(path).size() == 0)
        throw Error(Error::Kind::Storage, tr("无法写入文件 %1。").arg(path));
}

} // namespace zz
