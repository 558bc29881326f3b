#include "CaseCsvExport.h"

#include "AuditLog.h"
#include "Clock.h"
#include "Database.h"
#include "Error.h"
#include "PartyDirectory.h"
#include "Permissions.h"
#include "Validators.h"

#include <QSaveFile>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

// RFC 4180 quoting; a leading =, +, - or @ is neutralised so a spreadsheet does not run it.
QString csvField(QString value)
{
    if (!value.isEmpty() && QStringView(u"=+-@").contains(value.front()))
        value.prepend(u'\'');
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r'))
        return u'"' + value.replace(u'"', u"\"\""_s) + u'"';
    return value;
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

} // namespace

CaseCsvExport::CaseCsvExport(const Database &db, const Clock &clock, const Actor &actor,
                             const QString &actorLogin)
    : m_db(db), m_clock(clock), m_actor(actor), m_actorLogin(actorLogin)
{}

bool CaseCsvExport::unmasked() const
{
    return Permissions::allows(m_actor.roles, Permission::ExportPersonalData);
}

qint64 CaseCsvExport::write(CaseQuery query, const QString &path) const
{
    if (!Permissions::allows(m_actor.roles, Permission::ViewCases))
        throw Error(Error::Kind::Forbidden, tr("当前账号不能导出案件。"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(Error::Kind::Validation, tr("无法写入文件“%1”:%2").arg(path, file.errorString()));

    const bool full = unmasked();
    const QStringList header{tr("案件编号"), tr("标题"),     tr("状态"),   tr("来源"),       tr("紧急程度"),
                             tr("受理时间"), tr("办理期限"), tr("反映人"), tr("身份证号码"), tr("联系电话")};
    QByteArray out("\xEF\xBB\xBF");
    out += header.join(u',').toUtf8() + "\r\n";
    file.write(out);

    CaseRepository cases(m_db);
    query.limit = 500;
    query.afterId = 0;
    qint64 written = 0;
    while (written < maxRows) {
        const QList<CaseListRow> rows = cases.list(query);
        if (rows.isEmpty())
            break;
        QList<qint64> ids;
        for (const CaseListRow &r : rows)
            ids << r.id;
        const QHash<qint64, CaseParty> reporters = PartyDirectory::firstReporters(m_db, ids);
        QByteArray chunk;
        for (const CaseListRow &r : rows) {
            const CaseParty p = reporters.value(r.id);
            const QString name = p.anonymous ? tr("匿名") : (full ? p.name : Masking::name(p.name));
            const QStringList fields{r.caseNo,
                                     r.title,
                                     label(r.status),
                                     label(r.source),
                                     label(r.urgency),
                                     timeText(r.receivedAt),
                                     timeText(r.deadline),
                                     name,
                                     full ? p.residentId : Masking::residentId(p.residentId),
                                     full ? p.phone : Masking::phone(p.phone)};
            QStringList quoted;
            for (const QString &f : fields)
                quoted << csvField(f);
            chunk += quoted.join(u',').toUtf8() + "\r\n";
        }
        file.write(chunk);
        written += rows.size();
        CaseRepository::seekAfter(query, rows.constLast());
        if (rows.size() < query.limit)
            break;
    }
    if (!file.commit())
        throw Error(Error::Kind::Validation, tr("无法写入文件“%1”:%2").arg(path, file.errorString()));
    AuditLog(m_db, m_clock)
        .record(m_actor, m_actorLogin, u"export"_s, u"cases"_s, 0,
                u"csv rows=%1 personal_data=%2"_s.arg(written).arg(full ? u"full"_s : u"masked"_s));
    return written;
}

} // namespace zz
