#pragma once

#include "Validators.h"

#include <QCoreApplication>
#include <QString>

namespace zz {

struct ActionInput;
struct CaseRecord;
struct Category;
struct Department;
struct OrgUnit;
struct User;
struct Worker;

// What a stored text a person typed may hold: the longest length of each field (in characters,
// that is Unicode code points after trimming) and the characters refused everywhere (NUL and the
// other control characters but tab, line feed and carriage return; unpaired UTF-16 surrogates).
// One table and one check for both engines: every service entry point that stores user text calls
// a check below before any SQL runs, so SQLite and PostgreSQL accept and refuse the same input.
class InputLimits
{
    Q_DECLARE_TR_FUNCTIONS(zz::InputLimits)

public:
    static constexpr int caseTitle = 100;
    static constexpr int caseDescription = 4000;
    static constexpr int address = 200;
    static constexpr int partyName = 50;
    static constexpr int residentId = 18;
    static constexpr int phone = 30;
    static constexpr int actionNote = 2000;   // reasons, instructions, remarks of workflow actions
    static constexpr int actionResult = 4000; // handling results
    static constexpr int displayName = 50;    // account holders' names
    static constexpr int login = 32;
    static constexpr int orgUnitName = 100;
    static constexpr int departmentName = 100;
    static constexpr int categoryName = 100;
    static constexpr int workerName = 50;
    static constexpr int code = 32; // org unit and category codes
    static constexpr int holidayName = 50;
    static constexpr int savedFilterName = 50;
    static constexpr int searchText = 200;
    static constexpr int fileName = 255;

    // Pass, or a translated reason naming the field: a refused character or more than `max`
    // characters ("事件描述不能超过 4000 个字"). Emptiness is not checked here (see Validators::required).
    static Validation validate(const QString &fieldLabel, QStringView value, int max);
    // Only the characters (for texts whose length is bounded elsewhere, or not at all).
    static Validation validateCharacters(const QString &fieldLabel, QStringView value);
    // validate(), throwing zz::Error(Validation) with its message.
    static void check(const QString &fieldLabel, QStringView value, int max);

    // The whole record, field by field; throw zz::Error(Validation) at the first problem.
    static void check(const CaseRecord &draft); // title, description, address, parties
    static void check(const ActionInput &input);
    static void check(const User &user); // login and display name
    static void check(const OrgUnit &unit);
    static void check(const Department &department);
    static void check(const Category &category);
    static void check(const Worker &worker);

    // Characters after trimming; the unit of every limit above.
    static qsizetype length(QStringView value);
};

} // namespace zz
