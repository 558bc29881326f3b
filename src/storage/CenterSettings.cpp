#include "CenterSettings.h"

#include "BaseDataAccess.h"
#include "Database.h"
#include "Error.h"
#include "InputLimits.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "Validators.h"

using namespace Qt::StringLiterals;

namespace zz {

namespace {

// The township a key belongs to; 0 for the county (and for anything that is not a township).
qint64 townshipOf(const Database &db, qint64 orgUnitId)
{
    if (orgUnitId <= 0)
        return 0;
    const auto unit = OrgUnitRepository(db).get(orgUnitId);
    return unit && unit->level == OrgLevel::Township ? unit->id : 0;
}

QString keyFor(qint64 townshipId, const QString &sharedKey)
{
    if (townshipId <= 0)
        return sharedKey;
    // "center.name" -> "center.12.name"
    return u"center.%1.%2"_s.arg(townshipId).arg(sharedKey.mid(sharedKey.indexOf(u'.') + 1));
}

CenterSettings read(const Database &db, qint64 townshipId)
{
    const SettingsRepository settings(db);
    CenterSettings s;
    s.name = settings.value(keyFor(townshipId, CenterSettings::nameKey)).trimmed();
    s.address = settings.value(keyFor(townshipId, CenterSettings::addressKey)).trimmed();
    s.phone = settings.value(keyFor(townshipId, CenterSettings::phoneKey)).trimmed();
    s.footer = settings.value(keyFor(townshipId, CenterSettings::footerKey)).trimmed();
    s.logoPng =
        QByteArray::fromBase64(settings.value(keyFor(townshipId, CenterSettings::logoKey)).toLatin1());
    s.receiptPaper = CenterSettings::paperFromString(settings.value(CenterSettings::receiptPaperKey));
    return s;
}

} // namespace

QString CenterSettings::key(const Database &db, qint64 orgUnitId, const QString &sharedKey)
{
    return keyFor(townshipOf(db, orgUnitId), sharedKey);
}

CenterSettings CenterSettings::own(const Database &db, qint64 orgUnitId)
{
    return read(db, townshipOf(db, orgUnitId));
}

CenterSettings CenterSettings::load(const Database &db, qint64 townshipId)
{
    CenterSettings county = read(db, 0);
    const qint64 township = townshipOf(db, townshipId);
    if (township == 0)
        return county;
    CenterSettings own = read(db, township);
    if (own.name.isEmpty())
        return county;
    if (own.footer.isEmpty())
        own.footer = county.footer;
    if (own.logoPng.isEmpty())
        own.logoPng = county.logoPng;
    return own;
}

void CenterSettings::save(const Database &db, const Clock &clock, const Actor &actor, qint64 orgUnitId,
                          const CenterSettings &settings)
{
    BaseDataAccess access(db, clock, actor);
    const qint64 township = townshipOf(db, orgUnitId);
    if (township == 0) {
        const auto unit = orgUnitId > 0 ? OrgUnitRepository(db).get(orgUnitId) : std::nullopt;
        if (orgUnitId > 0 && (!unit || unit->parentId != 0))
            throw Error(Error::Kind::Validation, tr("只有县（区）和乡镇（街道）综治中心有自己的中心信息。"));
        access.requireCountyManager();
    } else {
        access.requireInScope(township);
    }
    InputLimits::check(tr("中心名称"), settings.name, InputLimits::orgUnitName);
    InputLimits::check(tr("地址"), settings.address, InputLimits::address);
    InputLimits::check(tr("电话号码"), settings.phone, InputLimits::phone);
    InputLimits::check(tr("回执页脚"), settings.footer, maxFooterLength);
    if (const QString phone = settings.phone.trimmed(); !phone.isEmpty())
        if (const Validation v = Validators::phone(phone); !v)
            throw Error(Error::Kind::Validation, v.message);
    if (settings.logoPng.size() > maxLogoBytes)
        throw Error(Error::Kind::Validation, tr("标志图片过大（不能超过%1 KB）。").arg(maxLogoBytes / 1024));
    if (!settings.logoPng.isEmpty() && !settings.logoPng.startsWith("\x89PNG"))
        throw Error(Error::Kind::Validation, tr("标志图片须为PNG格式。"));

    const CenterSettings before = read(db, township);
    SettingsRepository repository(db);
    Transaction tx(db);
    QStringList changed;
    const auto put = [&](const QString &sharedKey, const QString &old, const QString &value) {
        if (old == value)
            return;
        repository.setValue(keyFor(township, sharedKey), value);
        changed << keyFor(township, sharedKey);
    };
    put(nameKey, before.name, settings.name.trimmed());
    put(addressKey, before.address, settings.address.trimmed());
    put(phoneKey, before.phone, settings.phone.trimmed());
    put(footerKey, before.footer, settings.footer.trimmed());
    put(logoKey, QString::fromLatin1(before.logoPng.toBase64()),
        QString::fromLatin1(settings.logoPng.toBase64()));
    if (!changed.isEmpty())
        access.audit(u"settings"_s, township, u"update"_s, changed);
    tx.commit();
}

} // namespace zz
