#include "AttachmentFile.h"

#include "Error.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMimeDatabase>

using namespace Qt::StringLiterals;

namespace zz {

CaseAttachment AttachmentFile::read(const QString &path)
{
    const QFileInfo info(path);
    if (info.size() > maxAttachmentSize)
        throw Error(Error::Kind::Validation, tr("附件“%1”超过 10 MB，不能添加。").arg(info.fileName()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Validation, tr("无法读取文件“%1”。").arg(info.fileName()));
    CaseAttachment a;
    a.fileName = info.fileName();
    a.content = file.readAll();
    if (a.content.size() > maxAttachmentSize)
        throw Error(Error::Kind::Validation, tr("附件“%1”超过 10 MB，不能添加。").arg(info.fileName()));
    a.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(path, a.content).name();
    a.sha256 = QString::fromLatin1(QCryptographicHash::hash(a.content, QCryptographicHash::Sha256).toHex());
    if (a.mimeType.startsWith(u"image/"_s)) {
        const QImage image = QImage::fromData(a.content);
        if (!image.isNull()) {
            QBuffer buffer(&a.thumbnail);
            buffer.open(QIODevice::WriteOnly);
            image.scaled(160, 160, Qt::KeepAspectRatio, Qt::SmoothTransformation).save(&buffer, "PNG");
        }
    }
    return a;
}

} // namespace zz
