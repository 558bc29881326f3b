#pragma once

#include "Entities.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <optional>

namespace zz {

class Database;

// A stored file of a case, without its content: what the case view lists.
struct AttachmentInfo
{
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 flowId = 0;                // 0: handed in with the report
    std::optional<CaseAction> action; // the action it came with; nullopt with the report
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString sha256;
    QDateTime at;
    QString uploaderName;
    QByteArray thumbnail;
};

// Reads the files of a case within the actor's scope (CaseScope; on PostgreSQL row-level security
// says the same). Files are written only by CaseService, with the report or an action.
class AttachmentRepository
{
public:
    AttachmentRepository(const Database &db, const Actor &actor);

    // Oldest first. Throws zz::Error(Forbidden) for a case out of scope.
    QList<AttachmentInfo> list(qint64 caseId) const;
    // The file's bytes; empty when there is no such file in scope.
    QByteArray content(qint64 attachmentId) const;

private:
    const Database &m_db;
    Actor m_actor;
};

} // namespace zz
