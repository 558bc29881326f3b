#include "PersonDirectory.h"

#include "CaseScope.h"
#include "Database.h"
#include "Query.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

// Matches while typing come in the order of the index that found them (no sort: a phone prefix may match
// thousands, and each row carries subqueries). Other sort keys are written +column: SQLite then never
// walks a whole table in that order to fill a small LIMIT; PostgreSQL plans by statistics alike. An ID or
// phone test always comes with "<> ''": the indexes on them are partial, and neither engine can tell from a
// bound value alone that they apply.

// The upper bound of a prefix range: IDs and phones are ASCII digits (and X), all below '~'.
QString prefixEnd(const QString &prefix)
{
    return prefix + u'~';
}

QString digitsOnly(const QString &text)
{
    QString out;
    for (QChar c : text)
        if (c.isDigit())
            out.append(c);
    return out;
}

} // namespace

PersonDirectory::PersonDirectory(const Database &db, const Actor &actor)
    : m_db(db), m_actor(actor), m_path(CaseScope(db, actor).path())
{}

// A person known only as a protected reporter is for leaders and for the registrar, receiving
// officer or handler of a petition naming him, and for whoever registered him (binds: leader flag,
// user id, user id). Alias s = persons.
QString PersonDirectory::visiblePersonClause() const
{
    return u"(s.protected = FALSE OR ? OR s.created_by = ? OR EXISTS (SELECT 1 FROM petition_persons vp JOIN "
           "petitions vq ON vq.id = vp.petition_id WHERE vp.person_id = s.id AND ? IN (vq.created_by, "
           "vq.received_by, vq.handler_user_id)))"_s;
}

QList<PersonMatch> PersonDirectory::match(const PersonQuery &query, int limit) const
{
    if (m_path.isEmpty())
        return {};
    limit = qBound(1, limit, 200);
    const QString id = query.residentId.trimmed().toUpper();
    const QString phone = digitsOnly(query.phone);
    const QString name = query.name.trimmed();
    const QString address = query.address.trimmed();
    const bool leader = m_actor.roles.testFlag(Role::Leader);

    QList<PersonMatch> out;
    QHash<qint64, qsizetype> personRow; // persons.id -> index in out
    const auto addPersons = [&](const QString &where, const QVariantList &values, PersonMatch::MatchedBy by) {
        Query q(m_db,
                u"SELECT s.id, s.township_id, s.name, s.resident_id, s.phone, s.address, s.protected, "
                "s.version, (SELECT COUNT(*) FROM petition_persons c WHERE c.person_id = s.id), "
                "(SELECT MAX(p.received_at) FROM petition_persons c JOIN petitions p ON p.id = c.petition_id "
                "WHERE c.person_id = s.id) FROM persons s WHERE "_s +
                    where + u" AND s.org_path >= ? AND s.org_path < ? AND "_s + visiblePersonClause() +
                    u" LIMIT ?"_s);
        for (const QVariant &v : values)
            q.bind(v);
        q.bind(m_path)
            .bind(prefixEnd(m_path))
            .bind(leader)
            .bind(m_actor.userId)
            .bind(m_actor.userId)
            .bind(limit)
            .exec();
        while (q.next()) {
            const qint64 personId = q.int64(0);
            if (const auto it = personRow.constFind(personId); it != personRow.cend()) {
                out[*it].matchedBy |= by;
                continue;
            }
            PersonMatch m;
            m.source = PersonMatch::Source::Person;
            m.id = personId;
            m.person.id = personId;
            m.person.townshipId = q.int64(1);
            m.person.name = q.text(2);
            m.person.residentId = q.text(3);
            m.person.phone = q.text(4);
            m.person.address = q.text(5);
            m.person.protectedReporter = q.boolean(6);
            m.person.version = q.integer(7);
            m.petitionCount = q.integer(8);
            m.lastSeen = q.time(9);
            m.matchedBy = by;
            personRow.insert(personId, out.size());
            out.append(m);
        }
    };

    if (id.size() >= 18)
        addPersons(u"s.resident_id <> '' AND s.resident_id = ?"_s, {id}, PersonMatch::MatchedBy::ResidentId);
    else if (id.size() >= minResidentIdPrefix)
        addPersons(u"s.resident_id <> '' AND s.resident_id >= ? AND s.resident_id < ?"_s, {id, prefixEnd(id)},
                   PersonMatch::MatchedBy::ResidentId);
    if (phone.size() >= 11)
        addPersons(u"s.phone <> '' AND s.phone = ?"_s, {phone}, PersonMatch::MatchedBy::Phone);
    else if (phone.size() >= minPhonePrefix)
        addPersons(u"s.phone <> '' AND s.phone >= ? AND s.phone < ?"_s, {phone, prefixEnd(phone)},
                   PersonMatch::MatchedBy::Phone);
    if (name.size() >= minNameLength && address.size() >= minAddressLength)
        addPersons(u"s.name = ? AND s.address LIKE ? ESCAPE '\\'"_s, {name, containsPattern(address)},
                   PersonMatch::MatchedBy::NameAddress);

    // Parties of the cases the account may see (confidential ones as the case list shows them).
    QHash<qint64, qsizetype> partyRow;
    const auto addParties = [&](const QString &where, const QVariantList &values, PersonMatch::MatchedBy by) {
        Query q(m_db,
                u"SELECT cp.id, cp.name, cp.resident_id, cp.phone, c.id, c.case_no, c.received_at, "
                "c.township_id, (SELECT MIN(h.order_no) FROM hotline_orders h WHERE h.case_id = c.id) "
                "FROM case_parties cp JOIN cases c ON c.id = cp.case_id WHERE "_s +
                    where +
                    u" AND cp.anonymous = FALSE AND c.org_path >= ? AND c.org_path < ? AND (c.confidential "
                    "= FALSE OR c.created_by = ? OR c.id IN (SELECT a.case_id FROM case_access a WHERE "
                    "a.user_id = ?)) LIMIT ?"_s);
        for (const QVariant &v : values)
            q.bind(v);
        q.bind(m_path).bind(prefixEnd(m_path)).bind(m_actor.userId).bind(m_actor.userId).bind(limit).exec();
        while (q.next()) {
            const qint64 partyId = q.int64(0);
            if (const auto it = partyRow.constFind(partyId); it != partyRow.cend()) {
                out[*it].matchedBy |= by;
                continue;
            }
            PersonMatch m;
            m.source = PersonMatch::Source::CaseParty;
            m.id = partyId;
            m.person.name = q.text(1);
            m.person.residentId = q.text(2);
            m.person.phone = q.text(3);
            m.person.townshipId = q.int64(7);
            m.caseId = q.int64(4);
            m.caseNo = q.text(5);
            m.lastSeen = q.time(6);
            m.hotlineOrderNo = q.text(8);
            m.matchedBy = by;
            partyRow.insert(partyId, out.size());
            out.append(m);
        }
    };
    if (id.size() >= 18)
        addParties(u"cp.resident_id <> '' AND cp.resident_id = ?"_s, {id},
                   PersonMatch::MatchedBy::ResidentId);
    else if (id.size() >= minResidentIdPrefix)
        addParties(u"cp.resident_id <> '' AND cp.resident_id >= ? AND cp.resident_id < ?"_s,
                   {id, prefixEnd(id)}, PersonMatch::MatchedBy::ResidentId);
    if (phone.size() >= 11)
        addParties(u"cp.phone <> '' AND cp.phone = ?"_s, {phone}, PersonMatch::MatchedBy::Phone);
    else if (phone.size() >= minPhonePrefix)
        addParties(u"cp.phone <> '' AND cp.phone >= ? AND cp.phone < ?"_s, {phone, prefixEnd(phone)},
                   PersonMatch::MatchedBy::Phone);
    return out;
}

std::optional<Person> PersonDirectory::person(qint64 personId) const
{
    if (m_path.isEmpty())
        return std::nullopt;
    Query q(m_db,
            u"SELECT s.id, s.township_id, s.name, s.resident_id, s.phone, s.address, s.protected, s.version "
            "FROM persons s WHERE s.id = ? AND s.org_path >= ? AND s.org_path < ? AND "_s +
                visiblePersonClause());
    q.bind(personId).bind(m_path).bind(prefixEnd(m_path)).bind(m_actor.roles.testFlag(Role::Leader));
    q.bind(m_actor.userId).bind(m_actor.userId).exec();
    if (!q.next())
        return std::nullopt;
    Person p;
    p.id = q.int64(0);
    p.townshipId = q.int64(1);
    p.name = q.text(2);
    p.residentId = q.text(3);
    p.phone = q.text(4);
    p.address = q.text(5);
    p.protectedReporter = q.boolean(6);
    p.version = q.integer(7);
    q.raw().finish();
    return p;
}

QList<PersonHistoryEntry> PersonDirectory::history(const Person &person, int limit) const
{
    if (m_path.isEmpty())
        return {};
    limit = qBound(1, limit, 1000);
    const bool leader = m_actor.roles.testFlag(Role::Leader);
    QList<PersonHistoryEntry> out;

    // Petitions: through this person row and every other one with the same ID number (their ids first,
    // so both engines go through petition_persons' person index).
    QList<qint64> personIds;
    if (person.id > 0)
        personIds << person.id;
    if (!person.residentId.isEmpty()) {
        Query ids(m_db, u"SELECT s.id FROM persons s WHERE s.resident_id <> '' AND s.resident_id = ? AND "
                        "s.org_path >= ? AND s.org_path < ? LIMIT 100"_s);
        ids.bind(person.residentId).bind(m_path).bind(prefixEnd(m_path)).exec();
        while (ids.next())
            if (!personIds.contains(ids.int64(0)))
                personIds << ids.int64(0);
    }
    if (!personIds.isEmpty()) {
        Query q(
            m_db,
            u"SELECT p.id, p.petition_no, p.request, p.status, pp.role, p.repeat_kind, p.received_at "
            "FROM petition_persons pp JOIN petitions p ON p.id = pp.petition_id WHERE pp.person_id IN (%1) "
            "AND p.org_path >= ? AND p.org_path < ? AND (pp.role <> 'reporter' OR "
            "p.reporter_protected = FALSE OR ? OR ? IN (p.created_by, p.received_by, "
            "p.handler_user_id)) ORDER BY +p.received_at DESC, p.id DESC LIMIT ?"_s.arg(
                inListMarkers(personIds.size())));
        for (qint64 id : std::as_const(personIds))
            q.bind(id);
        q.bind(m_path).bind(prefixEnd(m_path)).bind(leader).bind(m_actor.userId).bind(limit).exec();
        QSet<qint64> seen;
        while (q.next()) {
            const qint64 id = q.int64(0);
            if (seen.contains(id))
                continue;
            seen.insert(id);
            PersonHistoryEntry e;
            e.kind = PersonHistoryEntry::Kind::Petition;
            e.id = id;
            e.number = q.text(1);
            e.summary = q.text(2);
            e.status = q.text(3);
            e.role = q.text(4);
            e.repeat = q.text(5) == u"repeat";
            e.at = q.time(6);
            out.append(e);
        }
    }

    // Cases naming the same ID number or phone.
    QStringList partyWho;
    QVariantList partyValues;
    if (!person.residentId.isEmpty()) {
        partyWho << u"(cp.resident_id <> '' AND cp.resident_id = ?)"_s;
        partyValues << person.residentId;
    }
    if (!person.phone.isEmpty()) {
        partyWho << u"(cp.phone <> '' AND cp.phone = ?)"_s;
        partyValues << person.phone;
    }
    if (!partyWho.isEmpty()) {
        Query q(
            m_db,
            u"SELECT c.id, c.case_no, c.title, c.status, cp.role, c.received_at, (SELECT "
            "MIN(h.order_no) FROM hotline_orders h WHERE h.case_id = c.id) FROM case_parties cp JOIN cases c ON c.id = cp.case_id WHERE ("_s +
                partyWho.join(u" OR "_s) +
                u") AND cp.anonymous = FALSE AND c.org_path >= ? AND c.org_path < ? AND (c.confidential "
                "= FALSE OR c.created_by = ? OR c.id IN (SELECT a.case_id FROM case_access a WHERE "
                "a.user_id = ?)) ORDER BY +c.received_at DESC, c.id DESC LIMIT ?"_s);
        for (const QVariant &v : std::as_const(partyValues))
            q.bind(v);
        q.bind(m_path).bind(prefixEnd(m_path)).bind(m_actor.userId).bind(m_actor.userId).bind(limit).exec();
        QSet<qint64> seen;
        while (q.next()) {
            const qint64 id = q.int64(0);
            if (seen.contains(id))
                continue;
            seen.insert(id);
            PersonHistoryEntry e;
            e.kind = PersonHistoryEntry::Kind::Case;
            e.id = id;
            e.number = q.text(1);
            e.summary = q.text(2);
            e.status = q.text(3);
            e.role = q.text(4);
            e.at = q.time(5);
            e.hotlineOrderNo = q.text(6);
            out.append(e);
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const PersonHistoryEntry &a, const PersonHistoryEntry &b) { return a.at > b.at; });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

RepeatAssessment PersonDirectory::assessRepeat(const QList<Person> &persons, const QList<qint64> &apartFrom,
                                               qint64 selfId, const QDateTime &receivedAt) const
{
    RepeatAssessment out;
    if (m_path.isEmpty())
        return out;
    QStringList who;
    QVariantList values;
    for (const Person &p : persons) {
        if (p.id > 0) {
            who << u"s.id = ?"_s;
            values << p.id;
        }
        if (!p.residentId.trimmed().isEmpty()) {
            who << u"(s.resident_id <> '' AND s.resident_id = ?)"_s;
            values << p.residentId.trimmed().toUpper();
        }
        if (const QString phone = digitsOnly(p.phone); !phone.isEmpty()) {
            who << u"(s.phone <> '' AND s.phone = ?)"_s;
            values << phone;
        }
        if (!p.name.trimmed().isEmpty() && !p.address.trimmed().isEmpty()) {
            who << u"(s.name = ? AND s.address = ?)"_s;
            values << p.name.trimmed() << p.address.trimmed();
        }
    }
    if (who.isEmpty())
        return out;

    // 一信多投 and 并处: the petitions named and those linked to them that way stand apart.
    QList<qint64> apart = apartFrom;
    if (selfId > 0)
        apart << selfId;
    if (!apartFrom.isEmpty()) {
        Query links(
            m_db,
            u"SELECT petition_id, other_petition_id FROM petition_links WHERE kind IN ('multi_send', "
            "'joint') AND unlinked_at IS NULL AND (petition_id IN (%1) OR other_petition_id IN (%1))"_s.arg(
                inListMarkers(apartFrom.size())));
        for (qint64 id : apartFrom)
            links.bind(id);
        for (qint64 id : apartFrom)
            links.bind(id);
        links.exec();
        while (links.next())
            apart << links.int64(0) << links.int64(1);
    }

    // First the petitions naming these persons (through the persons' and petition_persons' indexes, at
    // most 5,000); then the newest of those in scope: never a walk through all petitions.
    QList<qint64> candidates;
    {
        // persons first (CROSS JOIN keeps SQLite from walking petition_persons in petition order)
        Query c(m_db,
                u"SELECT pp.petition_id FROM persons s CROSS JOIN petition_persons pp WHERE pp.person_id = "
                "s.id AND pp.role <> 'reporter' AND ("_s +
                    who.join(u" OR "_s) + u") LIMIT 5000"_s);
        for (const QVariant &v : std::as_const(values))
            c.bind(v);
        c.exec();
        while (c.next())
            if (!apart.contains(c.int64(0)) && (selfId <= 0 || c.int64(0) < selfId) &&
                !candidates.contains(c.int64(0)))
                candidates << c.int64(0);
    }
    if (candidates.isEmpty())
        return out;
    Query q(m_db,
            u"SELECT p.id, p.petition_no, p.status, p.received_at, p.chain_first_id FROM petitions p WHERE "
            "p.id IN (%1) AND p.org_path >= ? AND p.org_path < ? AND (CAST(? AS BIGINT) IS NULL OR "
            "p.received_at <= ?) AND NOT EXISTS (SELECT 1 FROM petition_links l WHERE l.petition_id = p.id "
            "AND l.kind IN ('multi_send', 'joint') AND l.unlinked_at IS NULL) "
            "ORDER BY +p.received_at DESC, p.id DESC LIMIT 1"_s.arg(inListMarkers(candidates.size())));
    for (qint64 id : std::as_const(candidates))
        q.bind(id);
    q.bind(m_path).bind(prefixEnd(m_path)).bindTime(receivedAt).bindTime(receivedAt);
    q.exec();
    if (!q.next())
        return out;
    out.repeat = true;
    out.predecessorId = q.int64(0);
    out.predecessorNo = q.text(1);
    out.predecessorStatus = q.text(2);
    out.predecessorReceivedAt = q.time(3);
    out.chainFirstId = q.isNull(4) ? out.predecessorId : q.int64(4);
    q.raw().finish();
    if (out.chainFirstId == out.predecessorId) {
        out.chainFirstNo = out.predecessorNo;
    } else {
        out.chainFirstNo = Query(m_db, u"SELECT petition_no FROM petitions WHERE id = ?"_s)
                               .bind(out.chainFirstId)
                               .scalar()
                               .toString();
    }
    return out;
}

} // namespace zz
