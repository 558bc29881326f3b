#pragma once

#include "Entities.h"

#include <QString>
#include <QStringList>

namespace zz {

// What the first-run wizard was told: how to start, the county and townships, the center's
// details and the first admin. The setup runner carries it out.
struct SetupPlan
{
    enum class Start {
        StandardCategories, // the real county, with the standard category set
        Empty,              // the real county, categories entered later in 基础数据
        Demo,               // a fictional demo county with its own accounts and cases
        AddTownships,       // later, from the admin menu: more townships' villages, nothing else
    };

    Start start = Start::StandardCategories;
    QString countyCode;        // 6 digits
    QStringList townshipCodes; // 9 digits: the townships whose villages are loaded
    QString centerName;
    QString centerAddress;
    QString centerPhone;
    User admin; // login and name; the unit is the county, known once it is loaded
    QString adminPassword;
};

} // namespace zz
