#pragma once

#include "CaseService.h"

#include <QCoreApplication>

namespace zz {

// Reads a file chosen at intake into a CaseAttachment: content, MIME type, SHA-256 and, for
// images, a PNG thumbnail at most 160 pixels on its longer side.
class AttachmentFile
{
    Q_DECLARE_TR_FUNCTIONS(zz::AttachmentFile)

public:
    // Throws zz::Error(Validation) for a file that cannot be read or is larger than 10 MB.
    static CaseAttachment read(const QString &path);
};

} // namespace zz
