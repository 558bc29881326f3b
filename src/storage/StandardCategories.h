#pragma once

#include "Types.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace zz {

class Database;

// The standard category set a new center starts from (offered by the first-run wizard, used by the
// demo data): nine categories of the usual township work with their sub-categories, each with a
// time limit, the department it usually goes to (by name) and a default urgency.
class StandardCategories
{
    Q_DECLARE_TR_FUNCTIONS(zz::StandardCategories)

public:
    struct Definition
    {
        QString code; // "01", sub-categories "0101"
        QString name;
        QString department; // the usual department's name
        int days = 15;
        bool workingDays = true;
        Urgency urgency = Urgency::Normal;
        QList<Definition> children;
    };

    static const QList<Definition> &definitions();
    // The departments the set names, in the order a township usually lists them.
    static QStringList departmentNames();

    // Inserts every category of the set whose code is not there yet (parents before children,
    // sort_order in the set's order) and returns how many it inserted; 0 when the set is complete.
    // A code or name the center already uses for a category of its own is left alone, and with a
    // top-level one the set's whole branch: the set is never mixed into the center's categories.
    // Each category's default department is the department of that name on the highest unit that
    // has one (the county's, else the first township's by code); a category stored without one
    // gets it when a later call finds the department. Idempotent; runs in one transaction; no
    // rights are checked (the first run and the command line act as the owner).
    static int install(const Database &db);

    // Creates the set's departments a unit (the county or a township) lacks; returns how many.
    static int installDepartments(const Database &db, qint64 orgUnitId);
};

} // namespace zz
