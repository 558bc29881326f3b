#include "AttachmentRepository.h"

#include "CaseScope.h"
#include "Database.h"
#include "Query.h"

using namespace Qt::StringLiterals;

namespace zz {

AttachmentRepository::AttachmentRepository(const Database &db, const Actor &actor) : m_db(db), m_actor(actor)
{}

QList<AttachmentInfo> AttachmentRepository::list(qint64 caseId) const
{
    if (!CaseScope(m_db, m_actor).get(caseId))
        return {};
    Query q(m_db,
            u"SELECT a.id, a.case_id, a.flow_id, f.action, a.file_name, a.mime_type, a.size, a.sha256, a.at, "
            "u.display_name, a.thumbnail FROM attachments a LEFT JOIN case_flow f ON f.id = a.flow_id "
            "LEFT JOIN users u ON u.id = a.created_by WHERE a.case_id = ? ORDER BY a.at, a.id"_s);
    q.bind(caseId).exec();
    QList<AttachmentInfo> out;
    while (q.next()) {
        AttachmentInfo a;
        a.id = q.int64(0);
        a.caseId = q.int64(1);
        a.flowId = q.int64(2);
        if (!q.isNull(3))
            a.action = fromCode<CaseAction>(q.text(3));
        a.fileName = q.text(4);
        a.mimeType = q.text(5);
        a.size = q.int64(6);
        a.sha256 = q.text(7);
        a.at = q.time(8);
        a.uploaderName = q.text(9);
        a.thumbnail = q.value(10).toByteArray();
        out.append(a);
    }
    return out;
}

QByteArray AttachmentRepository::content(qint64 attachmentId) const
{
    const QVariant caseId =
        Query(m_db, u"SELECT case_id FROM attachments WHERE id = ?"_s).bind(attachmentId).scalar();
    if (!caseId.isValid() || caseId.isNull() || !CaseScope(m_db, m_actor).get(caseId.toLongLong()))
        return {};
    return Query(m_db, u"SELECT content FROM attachments WHERE id = ?"_s)
        .bind(attachmentId)
        .scalar()
        .toByteArray();
}

} // namespace zz
