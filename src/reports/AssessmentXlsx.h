#pragma once

#include "AssessmentService.h"

#include <QCoreApplication>
#include <QString>

namespace zz {

// The monthly assessment table as an Excel workbook (libxlsxwriter): title, the same columns as the
// printed table with numbers stored as numbers, the grading note and the signature line; A4
// landscape when printed from Excel. Text is always written as text (a name starting with "=" is
// never a formula).
class AssessmentXlsx
{
    Q_DECLARE_TR_FUNCTIONS(zz::AssessmentXlsx)

public:
    // False (and a translated reason in *error) when the file cannot be written.
    static bool write(const QString &path, const QString &townshipName, const ScoreRun &run,
                      const QList<ScoreResultRow> &rows, QString *error = nullptr);
};

} // namespace zz
