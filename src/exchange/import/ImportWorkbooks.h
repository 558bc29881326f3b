#pragma once

#include "ImportKind.h"
#include "ImportRunner.h"

#include <QCoreApplication>

namespace zz {

// The workbooks around an import, written with XlsxTableWriter: the template of a kind (Chinese
// headers, one example row, a notes sheet with each column's meaning, whether it is required and its
// format) and the rejects report of a run (row, column, value, reason). Failures throw zz::Error.
class ImportWorkbooks
{
    Q_DECLARE_TR_FUNCTIONS(zz::ImportWorkbooks)

public:
    static void writeTemplate(const ImportKind &kind, const QString &path);
    static void writeRejects(const ImportKind &kind, const ImportSummary &summary, const QString &sourceName,
                             const QString &path);
    // The file name a template is offered under: 导入模板-网格员.xlsx.
    static QString templateFileName(const ImportKind &kind);
    // The notes sheet's rows (header first), also used by the README generator and the wizard.
    static QList<QStringList> notes(const ImportKind &kind);
};

} // namespace zz
