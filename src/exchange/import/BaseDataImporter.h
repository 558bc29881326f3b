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

    void begin() override { m_units.clear(); }
    void end() override { m_units.clear(); }

protected:
    const Clock &clock() const { return m_clock; }
    const Actor &actor() const { return m_actor; }
    // The unit with this code (cached for the run; a unit created during the run is found too).
    std::optional<OrgUnit> unitByCode(const QString &code);
    void forgetUnit(const QString &code) { m_units.remove(code); }

private:
    const Clock &m_clock;
    Actor m_actor;
    QHash<QString, std::optional<OrgUnit>> m_units;
};

} // namespace zz
