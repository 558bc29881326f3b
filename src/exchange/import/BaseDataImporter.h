#pragma once

#include "Clock.h"
#include "Entities.h"
#include "RowImporter.h"

#include <QHash>
#include <optional>

namespace zz {

// What the base-data importers share: the account and clock the services need, and a per-run cache
// of org units looked up by code.
class BaseDataImporter : public RowImporter
{
public:
    BaseDataImporter(const Database &db, const Clock &clock, const Actor &actor)
        : RowImporter(db), m_clock(clock), m_actor(actor)
    {}

    void begin() override
    {
        m_units.clear();
        m_updates.clear();
    }
    void end() override { m_units.clear(); }
    // The rows a run changed, with the headers of the columns that changed.
    QList<ImportUpdate> updates() const override { return m_updates; }

    // The 状态 column the base-data kinds share: 启用 or 停用, the words of the base-data pages and of
    // the exports (其它 accepted: 在用/正常/在岗, 已停用/离岗); `note` says what 停用 means for the kind.
    static ImportColumn statusColumn(const QString &note);
    // The row's 状态 (a statusColumn() at `column`): true for 启用, false for 停用, empty when blank.
    static std::optional<bool> activeIn(const ImportRow &row, int column);

protected:
    const Clock &clock() const { return m_clock; }
    const Actor &actor() const { return m_actor; }
    // The unit with this code (cached for the run; a unit created during the run is found too).
    std::optional<OrgUnit> unitByCode(const QString &code);
    void forgetUnit(const QString &code) { m_units.remove(code); }
    // Notes a stored row that changed (for the summary); `changed` holds column keys of kind().
    void noteUpdate(int row, const QString &key, const QStringList &changed)
    {
        QStringList headers;
        for (const QString &column : changed)
            if (const int i = kind().indexOf(column); i >= 0)
                headers << kind().columns.at(i).header;
        m_updates << ImportUpdate{row, key, headers};
    }

private:
    const Clock &m_clock;
    Actor m_actor;
    QHash<QString, std::optional<OrgUnit>> m_units;
    QList<ImportUpdate> m_updates;
};

} // namespace zz
