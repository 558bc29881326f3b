#include "PetitionLedgerWalk.h"

#include "AuditLog.h"
#include "Database.h"
#include "Error.h"
#include "Permissions.h"
#include "PetitionRepository.h"
#include "PetitionService.h"
#include "PetitionWrites.h"
#include "Query.h"

#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace zz {

using namespace petitionwrites;

namespace {

// The documents a ledger's dates stand for: the answers the petitioner received.
std::optional<DocumentKind> recordedDocument(PetitionAction action)
{
    switch (action) {
    case PetitionAction::Decline:
    case PetitionAction::RefuseRepeat:
    case PetitionAction::Reply:
    case PetitionAction::ReviewOpinion:
    case PetitionAction::RecheckOpinion:
        return PetitionWorkflow::documentFor(action);
    default:
        return std::nullopt;
    }
}

// The text of a document the ledger only mentions: what the ledger says of it, never a made-up
// decision. Stored in Chinese like every issued document, whatever the interface language.
QString ledgerDocumentBody(const PetitionHistoryStep &step)
{
    QStringList lines{u"本文书据信访台账导入，原文未录入本系统。"_s,
                      u"台账记载的日期：%1。"_s.arg(PetitionClock::formatDate(step.at.date()))};
    if (step.input.decision)
        lines << u"台账记载的处理意见：%1。"_s.arg(documentText(*step.input.decision));
    const QString words =
        step.input.result.trimmed().isEmpty() ? step.input.note.trimmed() : step.input.result.trimmed();
    if (!words.isEmpty())
        lines << u"台账摘录：%1"_s.arg(words);
    return lines.join(u'\n');
}

} // namespace

PetitionLedgerWalk::PetitionLedgerWalk(const Database &db, const Clock &clock, const PetitionService &service)
    : m_db(db), m_clock(clock), m_service(service)
{}

bool PetitionLedgerWalk::isCounterNumber(const QString &number)
{
    static const QRegularExpression counterForm(u"^[0-9]+-X-[0-9]{4}-[0-9]+$"_s);
    return counterForm.match(number).hasMatch();
}

void PetitionLedgerWalk::keepNumber(qint64 petitionId, const QString &ledgerNo, const Actor &actor)
{
    const QString number = ledgerNo.trimmed();
    static const QRegularExpression control(u"[\\x00-\\x1f\\x7f]"_s);
    if (number.isEmpty() || number.size() > 64 || number.contains(control))
        throw Error(Error::Kind::Validation, tr("信访编号应为 1 至 64 个字符。"));
    if (isCounterNumber(number))
        throw Error(
            Error::Kind::Validation,
            tr("信访编号“%1”与本系统自动编号的格式相同，请留空由系统编号，或使用台账原编号。").arg(number));
    if (!Permissions::allows(actor.roles, Permission::RegisterPetition))
        throw Error(Error::Kind::Forbidden, PetitionService::tr("当前账号不能登记信访件。"));
    const QString taken = tr("信访编号“%1”已被另一件信访使用。").arg(number);
    Transaction tx(m_db);
    if (m_db.isPostgres()) {
        // The server checks account, scope, registration and number (zz_petition_keep_number()).
        try {
            Query(m_db, u"SELECT zz_petition_keep_number(?, ?)"_s).bind(petitionId).bind(number).scalar();
        } catch (const Error &e) {
            if (e.kind() == Error::Kind::Validation)
                throw Error(Error::Kind::Validation, taken);
            throw;
        }
        tx.commit();
        return;
    }
    // SQLite: the rules of zz_petition_keep_number() in the program.
    const auto p = PetitionRepository(m_db, actor).get(petitionId);
    if (!p)
        throw Error(Error::Kind::NotFound, PetitionService::tr("信访件不存在或不在本账号的范围内。"));
    if (p->petitionNo == number) {
        tx.commit();
        return;
    }
    if (Query(m_db, u"SELECT COUNT(*) FROM petitions WHERE township_id = ? AND petition_no = ?"_s)
            .bind(p->townshipId)
            .bind(number)
            .scalar()
            .toInt() > 0)
        throw Error(Error::Kind::Validation, taken);
    if (p->createdBy != actor.userId || p->status != PetitionStatus::Registered)
        throw Error(Error::Kind::Forbidden, tr("只有刚登记的信访件可以沿用台账编号。"));
    const QDateTime now = m_clock.now();
    Query(m_db,
          u"INSERT INTO petition_kept_numbers (petition_id, township_id, ledger_no, system_no, kept_by, "
          "kept_at) VALUES (?, ?, ?, ?, ?, ?)"_s)
        .bind(petitionId)
        .bind(p->townshipId)
        .bind(number)
        .bind(p->petitionNo)
        .bindId(actor.userId)
        .bindTime(now)
        .exec();
    Query upd(m_db,
              u"UPDATE petitions SET petition_no = ?, version = version + 1 WHERE id = ? AND version = ?"_s);
    upd.bind(number).bind(petitionId).bind(p->version).exec();
    if (upd.rowsAffected() != 1)
        throw Error(Error::Kind::Conflict, PetitionService::tr("这件信访已被他人修改，请重新打开后再办理。"));
    recordAudit(m_db, m_clock, actor, QString(AuditAction::PetitionChange), u"petitions"_s, petitionId,
                u"update petitions %1 changed=petition_no,version"_s.arg(petitionId));
    tx.commit();
}

QString PetitionLedgerWalk::correctionAction()
{
    return u"correct"_s;
}

QString PetitionLedgerWalk::storedLedgerRow(qint64 petitionId) const
{
    return Query(m_db, u"SELECT ledger_row FROM petitions WHERE id = ?"_s)
        .bind(petitionId)
        .scalar()
        .toString();
}

void PetitionLedgerWalk::rememberLedgerRow(qint64 petitionId, const QString &ledgerRow, const Actor &actor)
{
    Transaction tx(m_db);
    const auto p = PetitionRepository(m_db, actor).get(petitionId);
    if (!p)
        throw Error(Error::Kind::NotFound, PetitionService::tr("信访件不存在或不在本账号的范围内。"));
    Query upd(m_db,
              u"UPDATE petitions SET ledger_row = ?, version = version + 1 WHERE id = ? AND version = ?"_s);
    upd.bind(ledgerRow).bind(petitionId).bind(p->version).exec();
    if (upd.rowsAffected() != 1)
        throw Error(Error::Kind::Conflict, PetitionService::tr("这件信访已被他人修改，请重新打开后再办理。"));
    tx.commit();
}

PetitionRecord PetitionLedgerWalk::correct(qint64 petitionId, int expectedVersion,
                                           const PetitionLedgerCorrection &c, const Actor &actor)
{
    if (!Permissions::allows(actor.roles, Permission::RegisterPetition))
        throw Error(Error::Kind::Forbidden, PetitionService::tr("当前账号不能登记信访件。"));
    Transaction tx(m_db);
    PetitionRepository repo(m_db, actor);
    auto found = repo.get(petitionId);
    if (!found)
        throw Error(Error::Kind::NotFound, PetitionService::tr("信访件不存在或不在本账号的范围内。"));
    PetitionRecord p = *found;
    if (p.version != expectedVersion)
        throw Error(Error::Kind::Conflict, PetitionService::tr("这件信访已被他人修改，请重新打开后再办理。"));
    const QDateTime now = m_clock.now();
    if (c.request)
        p.request = *c.request;
    if (c.facts)
        p.facts = *c.facts;
    if (c.headCount) {
        p.headCount = *c.headCount;
        p.visitForm = p.headCount >= 5 ? VisitForm::Group : VisitForm::Individual;
        // As at registration: a group visit names its representatives (Art. 20).
        const auto representatives =
            std::count_if(p.persons.cbegin(), p.persons.cend(), [](const PetitionPerson &person) {
                return person.role == PetitionPersonRole::Representative;
            });
        if (const auto refusal = PetitionWorkflow::representativeRefusal(
                m_service.ruleSetFor(p.receivedAt.date()), p.visitForm, p.headCount, int(representatives)))
            throw Error(Error::Kind::Validation, refusal->message);
    }
    if (c.channel)
        p.channel = *c.channel;
    if (c.type)
        p.type = *c.type;

    // The petition first (its write transaction admits the rows that follow, on PostgreSQL).
    Query upd(m_db,
              u"UPDATE petitions SET request = ?, facts = ?, head_count = ?, visit_form = ?, channel = ?, "
              "petition_type = ?, ledger_row = ?, updated_at = ?, version = version + 1 "
              "WHERE id = ? AND version = ?"_s);
    upd.bind(p.request)
        .bind(p.facts)
        .bind(p.headCount)
        .bind(code(p.visitForm))
        .bind(code(p.channel))
        .bind(code(p.type))
        .bind(c.ledgerRow)
        .bindTime(now)
        .bind(petitionId)
        .bind(p.version)
        .exec();
    if (upd.rowsAffected() != 1)
        throw Error(Error::Kind::Conflict, PetitionService::tr("这件信访已被他人修改，请重新打开后再办理。"));
    ++p.version;

    if (c.personId > 0 && (c.name || c.phone || c.address)) {
        Query person(m_db, u"UPDATE persons SET name = COALESCE(?, name), phone = COALESCE(?, phone), "
                           "address = COALESCE(?, address), updated_at = ?, version = version + 1 "
                           "WHERE id = ? AND version = ?"_s);
        const auto text = [](const std::optional<QString> &v) {
            return v ? QVariant(*v) : QVariant(QMetaType::fromType<QString>());
        };
        person.bind(text(c.name)).bind(text(c.phone)).bind(text(c.address));
        person.bindTime(now).bind(c.personId).bind(c.personVersion).exec();
        if (person.rowsAffected() != 1)
            throw Error(Error::Kind::Conflict, tr("信访人的信息已被他人修改，请重新导入这一行。"));
        if (m_db.isSqlite()) // on PostgreSQL the server's trigger audits persons
            recordAudit(m_db, m_clock, actor, QString(AuditAction::PetitionChange), u"persons"_s, c.personId,
                        u"update persons %1 changed=ledger"_s.arg(c.personId));
    }

    QString note = tr("据信访台账更正：%1").arg(c.changed.join(tr("、")));
    if (!c.result.trimmed().isEmpty())
        note += u'\n' + tr("台账更正的办理结果：%1").arg(c.result.trimmed());
    insertFlow(m_db, m_clock, petitionId, correctionAction(), code(p.status), code(p.status), actor,
               note.left(2000), now);
    tx.commit();
    return p;
}

PetitionRecord PetitionLedgerWalk::walk(qint64 petitionId, const QList<PetitionHistoryStep> &steps,
                                        const Actor &actor)
{
    const QDateTime now = m_clock.now();
    const QDate today = now.date();
    Transaction tx(m_db);
    PetitionRepository repo(m_db, actor);
    auto found = repo.get(petitionId);
    if (!found)
        throw Error(Error::Kind::NotFound, PetitionService::tr("信访件不存在或不在本账号的范围内。"));
    PetitionRecord p = *found;
    QList<PetitionClockRecord> clocks = repo.clocks(petitionId);
    const PetitionRuleSet rules = m_service.ruleSetFor(p.receivedAt.date());
    const PetitionClock &engine = m_service.clockEngine();

    for (qsizetype stepIndex = 0; stepIndex < steps.size(); ++stepIndex) {
        const PetitionHistoryStep &step = steps.at(stepIndex);
        const PetitionAction action = step.action;
        const PetitionStatus from = p.status;
        const QDate day = step.at.date();
        const auto to = PetitionWorkflow::target(action, from);
        if (!to || action == PetitionAction::Register || action == PetitionAction::ConvertToCase ||
            action == PetitionAction::StartHearing || action == PetitionAction::EndHearing)
            throw Error(Error::Kind::InvalidState,
                        tr("办理流程不允许信访件在“%1”时“%2”。").arg(label(from), label(action)));
        if (!(PetitionWorkflow::allowedRoles(action, from) & actor.roles))
            throw Error(Error::Kind::Forbidden,
                        tr("本账号的角色不能对处于“%1”的信访件“%2”。").arg(label(from), label(action)));
        if (!day.isValid() || day > today)
            throw Error(Error::Kind::Validation, tr("“%1”的日期不能晚于今天。").arg(label(action)));
        if (action == PetitionAction::Transfer && step.input.departmentId <= 0 && step.input.orgUnitId <= 0)
            throw Error(Error::Kind::Validation, tr("请填写转送、交办的单位。"));

        QList<qsizetype> changed;
        const auto touch = [&](qsizetype i) {
            if (!changed.contains(i))
                changed << i;
        };
        if (const auto stopped = PetitionWorkflow::clockStopped(action, from)) {
            for (qsizetype i = 0; i < clocks.size(); ++i) {
                PetitionClockRecord &c = clocks[i];
                if (c.value.kind == *stopped && (c.storedState == u"running" || c.storedState == u"paused")) {
                    c.storedState = u"met"_s;
                    c.value.metOn = day;
                    touch(i);
                }
            }
        }
        if (isFinal(*to)) {
            for (qsizetype i = 0; i < clocks.size(); ++i) {
                if (clocks[i].storedState == u"running" || clocks[i].storedState == u"paused") {
                    clocks[i].storedState = u"stopped"_s;
                    touch(i);
                }
            }
        }
        switch (action) {
        case PetitionAction::Extend: {
            bool extended = false;
            for (qsizetype i = 0; i < clocks.size(); ++i) {
                PetitionClockRecord &c = clocks[i];
                if (c.value.kind != ClockKind::Handling || c.storedState == u"met" ||
                    c.storedState == u"stopped")
                    continue;
                const int total = c.value.extensionDays + step.input.days;
                if (step.input.days < 1 || total > c.value.maxExtensionDays)
                    throw Error(Error::Kind::Validation,
                                tr("延期天数应在 1 至 %1 天之间（%2）。")
                                    .arg(c.value.maxExtensionDays - c.value.extensionDays)
                                    .arg(rules.regulation()));
                c.value =
                    engine.recompute(c.value, c.pauses, {ClockExtension{total, step.input.note, day}}, today);
                c.value.extensionDays = total;
                touch(i);
                extended = true;
            }
            if (!extended)
                throw Error(Error::Kind::InvalidState, PetitionService::tr("没有可以延期的办理期限。"));
            break;
        }
        case PetitionAction::Reply:
        case PetitionAction::ReviewOpinion:
        case PetitionAction::RecheckOpinion:
            p.decision = step.input.decision;
            p.decisionBasis = step.input.basis.trimmed();
            break;
        case PetitionAction::Transfer:
            if (step.input.departmentId > 0)
                p.departmentId = step.input.departmentId;
            break;
        case PetitionAction::Reopen:
            p.closedAt = {};
            break;
        default:
            break;
        }
        std::optional<PetitionClockValue> started;
        // A period the rules set for other types only (national 2022: handling for 申诉求决) does not run.
        if (const auto kind = PetitionWorkflow::clockStarted(action, from);
            kind && rules.rule(*kind).appliesTo(p.type))
            started = engine.start(rules, *kind, day, {}, {}, today);
        if (isFinal(*to) && !p.closedAt.isValid())
            p.closedAt = step.at;
        if (action == PetitionAction::Accept && p.handlerUserId == 0)
            p.handlerUserId = actor.userId;

        qint64 deliveredDocument = 0;
        if (action == PetitionAction::Deliver) {
            deliveredDocument =
                Query(m_db, u"SELECT id FROM petition_documents WHERE petition_id = ? AND delivered_on IS "
                            "NULL ORDER BY id DESC LIMIT 1"_s)
                    .bind(petitionId)
                    .scalar()
                    .toLongLong();
        }
        // The petitioner's window to ask for 复查/复核 (Art. 35/36) that the ledger leaves open but that ran
        // out before the import day: nobody asked in time, so it is settled (stopped), not a task overdue.
        // The center may still conclude the matter or take a late request as in the app.
        const bool lapsedWindow =
            started && stepIndex == steps.size() - 1 && started->due < today &&
            (started->kind == ClockKind::ReviewRequest || started->kind == ClockKind::RecheckRequest);
        const QString startedState = lapsedWindow ? u"stopped"_s : u"running"_s;
        QList<PetitionClockRecord> after = clocks;
        if (started) {
            PetitionClockRecord r;
            r.value = *started;
            r.storedState = startedState;
            after << r;
        }
        setNextDue(p, after);
        p.status = *to;

        // The petition first (its write transaction admits the rows that follow, on PostgreSQL).
        Query upd(
            m_db,
            u"UPDATE petitions SET status = ?, decision = ?, decision_basis = ?, department_id = ?, "
            "handler_user_id = ?, next_due_date = ?, next_clock_kind = ?, closed_at = ?, updated_at = ?, "
            "version = version + 1 WHERE id = ? AND version = ?"_s);
        upd.bind(code(p.status));
        upd.bind(p.decision ? QVariant(code(*p.decision)) : QVariant(QMetaType::fromType<QString>()));
        upd.bind(p.decisionBasis)
            .bindId(p.departmentId)
            .bindId(p.handlerUserId)
            .bind(dateValue(p.nextDueDate));
        upd.bind(p.nextClockKind ? QVariant(code(*p.nextClockKind))
                                 : QVariant(QMetaType::fromType<QString>()));
        upd.bindTime(p.closedAt).bindTime(now).bind(petitionId).bind(p.version).exec();
        if (upd.rowsAffected() != 1)
            throw Error(Error::Kind::Conflict,
                        PetitionService::tr("这件信访已被他人修改，请重新打开后再办理。"));
        ++p.version;

        QString note = tr("据信访台账补录");
        const QString detail =
            step.input.note.trimmed().isEmpty() ? step.input.result.trimmed() : step.input.note.trimmed();
        if (!detail.isEmpty())
            note += u'\n' + detail;
        if (lapsedWindow)
            note += u'\n' + tr("%1期限已于%2届满，台账未载明申请，导入时不再计时")
                                .arg(label(started->kind), started->due.toString(Qt::ISODate));
        insertFlow(m_db, m_clock, petitionId, code(action), code(from), code(p.status), actor,
                   note.left(2000), step.at);
        for (qsizetype i : std::as_const(changed))
            updateClock(m_db, clocks[i]);
        if (started) {
            PetitionClockRecord r;
            r.id = insertClock(m_db, petitionId, *started, rules.id(), now);
            r.petitionId = petitionId;
            r.value = *started;
            r.baseDue = started->due;
            r.ruleSet = rules.id();
            r.storedState = startedState;
            if (lapsedWindow)
                updateClock(m_db, r);
            clocks << r;
        }
        if (deliveredDocument > 0) {
            Query(m_db,
                  u"UPDATE petition_documents SET delivered_on = ?, delivery_method = ?, delivered_by = ?, "
                  "version = version + 1 WHERE id = ?"_s)
                .bind(dateText(day))
                .bind(step.input.delivery ? QVariant(code(*step.input.delivery))
                                          : QVariant(QMetaType::fromType<QString>()))
                .bindId(actor.userId)
                .bind(deliveredDocument)
                .exec();
        }
        if (const auto kind = recordedDocument(action)) {
            DocumentIssue doc;
            doc.kind = *kind;
            doc.body = ledgerDocumentBody(step);
            doc.numberPattern = p.petitionNo + u"-台账-{序号}"_s;
            insertDocument(m_db, p, doc, actor, step.at);
        }
    }
    tx.commit();
    return p;
}

} // namespace zz
