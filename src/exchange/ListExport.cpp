#include "ListExport.h"

#include "AuditLog.h"
#include "Clock.h"
#include "CsvTableWriter.h"
#include "Database.h"
#include "Error.h"
#include "Permissions.h"
#include "ReferenceRepositories.h"
#include "Validators.h"
#include "XlsxTableWriter.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace zz {

QString ExportContext::maskId(const QString &id) const
{
    return fullPersonalData || id.isEmpty() ? id : Masking::residentId(id);
}

QString ExportContext::maskPhone(const QString &phone) const
{
    return fullPersonalData || phone.isEmpty() ? phone : Masking::phone(phone);
}

QString ExportContext::maskName(const QString &name) const
{
    return fullPersonalData || name.isEmpty() ? name : Masking::name(name);
}

ListExport::ListExport(const Database &db, const Clock &clock, const Actor &actor, const QString &login)
    : m_db(db), m_clock(clock), m_actor(actor), m_login(login)
{}

QList<ExportKind> ListExport::kinds()
{
    return {
        {u"cases"_s, tr("案件"), &ListExport::cases},
        {u"case-ledger"_s, tr("案件台账"), &ListExport::caseLedger},
        {u"workers"_s, tr("网格员"), &ListExport::workers},
        {u"org-units"_s, tr("组织机构"), &ListExport::orgUnits},
        {u"grids"_s, tr("网格"), &ListExport::grids},
        {u"departments"_s, tr("职能部门"), &ListExport::departments},
        {u"categories"_s, tr("事项分类"), &ListExport::categories},
        {u"callbacks"_s, tr("回访记录"), &ListExport::callbacks},
        {u"callbacks-due"_s, tr("待回访案件"), &ListExport::callbacksDue},
        {u"audit-log"_s, tr("审计日志"), &ListExport::auditLog},
        {u"petitions"_s, tr("信访台账"), &ListExport::petitions},
    };
}

std::optional<ExportKind> ListExport::kind(const QString &code)
{
    for (const ExportKind &k : kinds())
        if (k.code == code)
            return k;
    return std::nullopt;
}

QStringList ListExport::kindCodes()
{
    QStringList codes;
    for (const ExportKind &k : kinds())
        codes << k.code;
    return codes;
}

bool ListExport::unmasked() const
{
    return Permissions::allows(m_actor.roles, Permission::ExportPersonalData);
}

QStringList ListExport::filterLines(const ExportContext &cx, const QStringList &extra)
{
    QStringList parts;
    parts << tr("范围：%1").arg(cx.scopeName.isEmpty() ? tr("全部") : cx.scopeName);
    if (cx.filter.from.isValid() || cx.filter.to.isValid())
        parts << tr("期间：%1 至 %2")
                     .arg(cx.filter.from.isValid() ? cx.filter.from.toString(u"yyyy-MM-dd"_s) : tr("不限"),
                          cx.filter.to.isValid() ? cx.filter.to.toString(u"yyyy-MM-dd"_s) : tr("不限"));
    if (!cx.filter.search.trimmed().isEmpty())
        parts << tr("检索：%1").arg(cx.filter.search.trimmed());
    parts << extra;
    QStringList lines{tr("筛选条件：%1").arg(parts.join(tr("；")))};
    lines << tr("导出：%1，%2；%3")
                 .arg(cx.actor.name.isEmpty() ? cx.login : cx.actor.name,
                      cx.clock.now().toString(u"yyyy-MM-dd HH:mm"_s),
                      cx.fullPersonalData ? tr("含完整身份证号码和电话，注意保密")
                                          : tr("身份证号码和电话已隐去部分数字"));
    return lines;
}

qint64 ListExport::write(const QString &code, const ExportFilter &filter, const QString &path) const
{
    const std::optional<ExportKind> k = kind(code);
    if (!k)
        throw Error(Error::Kind::Validation,
                    tr("没有“%1”这种清单可导出（可选：%2）。").arg(code, kindCodes().join(u", "_s)));
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"xlsx"_s && suffix != u"csv"_s)
        throw Error(Error::Kind::Validation, tr("导出文件须以 .xlsx 或 .csv 结尾。"));
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        throw Error(Error::Kind::Validation, tr("起始日期晚于截止日期。"));

    ExportContext cx{m_db,    m_clock,    m_actor,
                     m_login, filter,     m_actor.orgUnitId,
                     {},      unmasked(), QFileInfo(path).absolutePath()};
    OrgUnitRepository units(m_db);
    if (!filter.townshipCode.trimmed().isEmpty()) {
        const std::optional<OrgUnit> township = units.byCode(filter.townshipCode.trimmed());
        if (!township)
            throw Error(Error::Kind::Validation,
                        tr("没有代码为“%1”的乡镇（街道）。").arg(filter.townshipCode.trimmed()));
        if (m_actor.orgUnitId > 0) {
            const QString mine = units.path(m_actor.orgUnitId);
            if (!units.path(township->id).startsWith(mine))
                throw Error(Error::Kind::Forbidden, tr("当前账号不能导出其他乡镇的数据。"));
        }
        cx.scopeOrgUnitId = township->id;
    }
    if (filter.orgUnitId > 0 && filter.orgUnitId != cx.scopeOrgUnitId) {
        if (m_actor.orgUnitId > 0 && !units.path(filter.orgUnitId).startsWith(units.path(m_actor.orgUnitId)))
            throw Error(Error::Kind::Forbidden, tr("当前账号不能导出其他乡镇的数据。"));
        cx.scopeOrgUnitId = filter.orgUnitId;
    }
    if (cx.scopeOrgUnitId > 0) {
        if (const std::optional<OrgUnit> unit = units.get(cx.scopeOrgUnitId))
            cx.scopeName = unit->name;
    }

    const ExportTable table = k->build(cx);
    qint64 written = 0;
    if (suffix == u"xlsx"_s) {
        XlsxTableWriter writer(path);
        QStringList above{table.title};
        above << table.filterLines;
        writer.beginSheet(table.sheetName, table.columns, above);
        table.rows([&](const QVariantList &row) {
            writer.addRow(row);
            ++written;
        });
        if (!table.notes.isEmpty())
            writer.addTextSheet(tr("说明"), table.notes);
        writer.close();
    } else {
        CsvTableWriter writer(path);
        QStringList above{table.title};
        above << table.filterLines;
        writer.writeLines(above);
        writer.setColumns(table.columns);
        table.rows([&](const QVariantList &row) {
            writer.addRow(row);
            ++written;
        });
        writer.close();
    }
    AuditLog(m_db, m_clock)
        .record(m_actor, m_login, u"export"_s, code, 0,
                u"%1 rows=%2 personal_data=%3"_s.arg(suffix).arg(written).arg(
                    cx.fullPersonalData ? u"full"_s : u"masked"_s));
    return written;
}

} // namespace zz
