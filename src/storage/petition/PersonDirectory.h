#pragma once

#include "Entities.h"
#include "PetitionRecords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace zz {

class Database;

// What the reception has typed about a person so far.
struct PersonQuery
{
    QString residentId; // 6+ characters: prefix; 18: exact
    QString phone;      // 7+ digits: prefix; 11: exact
    QString name;       // with address: the same name and an address containing it
    QString address;    // 2+ characters
};

// A person found while typing: a stored petition person, or a party of a case (反映人/当事人).
struct PersonMatch
{
    enum class Source { Person, CaseParty };
    enum class MatchedBy { ResidentId = 0x1, Phone = 0x2, NameAddress = 0x4 };
    Q_DECLARE_FLAGS(MatchedByFlags, MatchedBy)

    Source source = Source::Person;
    qint64 id = 0; // persons.id or case_parties.id
    Person person; // for a case party: name, ID and phone (the case has no petitioner address)
    MatchedByFlags matchedBy;
    int petitionCount = 0; // petitions naming this person (Source::Person)
    qint64 caseId = 0;     // Source::CaseParty
    QString caseNo;
    QString hotlineOrderNo; // the 12345 work order the case came from, if any
    QDateTime lastSeen;     // the newest petition or the case's receipt
};

// One entry of a person's history across petitions, cases and 12345 work orders (an imported order is
// a case with its order number), newest first.
struct PersonHistoryEntry
{
    enum class Kind { Petition, Case };
    Kind kind = Kind::Petition;
    qint64 id = 0;
    QString number;  // petition or case number
    QString summary; // the request or the case title
    QString status;  // the petition's or the case's status code
    QString role;    // petitioner/representative/reporter, or the case party role code
    bool repeat = false;
    QDateTime at;
    QString hotlineOrderNo; // Kind::Case: the 12345 work order the case came from, if any
};

// Whether a new petition repeats an earlier one (重复) or is the first (首次): the newest earlier
// petition in scope naming one of its persons by ID, phone, or name + address, petitions it is sent
// or handled together with (一信多投, 并处) left out.
struct RepeatAssessment
{
    bool repeat = false;
    qint64 predecessorId = 0;
    QString predecessorNo;
    QString predecessorStatus;
    QDateTime predecessorReceivedAt;
    qint64 chainFirstId = 0;
    QString chainFirstNo;
};

// Finds petitioners while the reception types, shows a person's history and tells repeats, within
// the account's scope: the persons of the account's townships and the parties of cases it may see;
// a protected 检举控告 reporter only for the petition's insiders and leaders (on PostgreSQL the
// server's row-level security says the same, migration 0026). A 12345 work order's caller is the
// party of the case the order became (migration 0030): matches and history name the order number.
class PersonDirectory
{
    Q_DECLARE_TR_FUNCTIONS(zz::PersonDirectory)

public:
    PersonDirectory(const Database &db, const Actor &actor);

    static constexpr int minResidentIdPrefix = 6;
    static constexpr int minPhonePrefix = 7;
    static constexpr int minNameLength = 2;
    static constexpr int minAddressLength = 2;

    // Persons first, then case parties; each source at most `limit` rows per kind of match.
    QList<PersonMatch> match(const PersonQuery &query, int limit = 20) const;
    // The person's petitions (through every stored person with the same ID number) and the cases
    // naming the same ID number or phone, newest first.
    QList<PersonHistoryEntry> history(const Person &person, int limit = 200) const;
    // A new (or stored, `selfId`) petition with these persons: 首次 or 重复 and its predecessor and
    // chain. `apartFrom`: petitions this one is 一信多投 or 并处 with (their own such links count too).
    // `receivedAt`, when given, leaves out petitions received later (a ledger imported out of order).
    RepeatAssessment assessRepeat(const QList<Person> &persons, const QList<qint64> &apartFrom = {},
                                  qint64 selfId = 0, const QDateTime &receivedAt = {}) const;
    // A stored person in scope (protected reporters only for insiders); nullopt otherwise.
    std::optional<Person> person(qint64 personId) const;

private:
    QString visiblePersonClause() const;

    const Database &m_db;
    Actor m_actor;
    QString m_path;
};

} // namespace zz

Q_DECLARE_OPERATORS_FOR_FLAGS(zz::PersonMatch::MatchedByFlags)
