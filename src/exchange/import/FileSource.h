#pragma once

#include "ImportRunner.h"

namespace zz {

// A sheet of an .xlsx, .ods or .csv file, streamed by SheetReader each time it is read. Reading
// errors throw zz::Error with the reader's translated sentence.
class FileSource : public ImportSource
{
public:
    explicit FileSource(QString path, QString sheetName = {});

    void rows(const std::function<bool(const SourceRow &)> &visit) const override;
    // Known after one complete read (-1 before).
    qint64 rowCount() const override { return m_rowCount; }
    QString baseFolder() const override;
    const QString &path() const { return m_path; }

private:
    QString m_path;
    QString m_sheetName;
    mutable qint64 m_rowCount = -1;
};

} // namespace zz
