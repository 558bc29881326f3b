#include "FileSource.h"

#include "SheetReader.h"

#include <QFileInfo>

namespace zz {

FileSource::FileSource(QString path, QString sheetName)
    : m_path(std::move(path)), m_sheetName(std::move(sheetName))
{}

QString FileSource::baseFolder() const
{
    return QFileInfo(m_path).absolutePath();
}

void FileSource::rows(const std::function<bool(const SourceRow &)> &visit) const
{
    qint64 seen = 0;
    bool stopped = false;
    SheetReader::stream(
        m_path,
        [&](int row, const CellRow &cells) {
            seen = row + 1;
            if (!visit(SourceRow{row + 1, cells})) {
                stopped = true;
                return false;
            }
            return true;
        },
        m_sheetName);
    if (!stopped)
        m_rowCount = seen;
}

} // namespace zz
