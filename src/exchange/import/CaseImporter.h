#pragma once

#include "BaseDataImporter.h"
#include "CaseImportService.h"

#include <QCoreApplication>
#include <QHash>
#include <QMultiHash>

namespace zz {

// Historical cases from a ledger (台账, kind "cases"): case number (kept when given), received date,
// source, category, place, a party (name, ID, phone), description, status with the dates of its steps,
// handling department and satisfaction; stored set-wise by CaseImportService, so a closed case enters
// closed with its dates and counts in the indicators of its period. Places, categories and departments
// are found by name (or code) within the account's scope.
class CaseImporter : public BaseDataImporter
{
    Q_DECLARE_TR_FUNCTIONS(zz::CaseImporter)

public:
    CaseImporter(const Database &db, const Clock &clock, const Actor &actor);

    static ImportKind describe();

    const ImportKind &kind() const override { return m_kind; }
    std::any convert(const ImportRow &row, RowErrors &errors) override;
    UpsertOutcome upsert(const std::any &record) override;
    void upsertBatch(QList<PendingRow> &rows) override;
    QStringList tables() const override;
    void begin() override;
    void end() override;

    // A date and time from a cell read as text: the readers' text dates, or a spreadsheet serial number.
    static QDateTime dateTime(const QString &text);

protected:
    CaseImporter(const Database &db, const Clock &clock, const Actor &actor, ImportKind kind,
                 CaseImportService::Kind storeKind);

    // Looked up once per run: the scope's places by name and code, categories, departments by name.
    void loadLookups();
    // The place a name or code names within the scope; 0 with a reason when none or several.
    qint64 placeFor(const QString &text, QString *reason) const;
    // The category a name names (a sub-category first), 0 when none.
    qint64 categoryFor(const QString &name) const;
    qint64 departmentFor(const QString &name, qint64 placeId) const;
    // The township a unit's name (承办单位 “某某镇人民政府”) mentions, 0 when none or several.
    qint64 townshipMentionedIn(const QString &text) const;
    qint64 townshipOf(qint64 placeId) const { return m_townshipOf.value(placeId); }

    // Called with what the store reported for each row of a batch (the 12345 cross-check).
    virtual void stored(const PendingRow &, const ImportRowResult &) {}

private:
    ImportKind m_kind;
    CaseImportService::Kind m_storeKind;
    QMultiHash<QString, qint64> m_placesByName; // within the scope
    QHash<QString, qint64> m_placesByCode;
    QHash<qint64, qint64> m_townshipOf;
    QHash<qint64, int> m_levelOf;
    QMultiHash<QString, qint64> m_townshipsByName;
    QHash<QString, qint64> m_childCategories, m_topCategories;
    QMultiHash<QString, std::pair<qint64, qint64>> m_departments; // name → (id, org unit)
};

} // namespace zz
