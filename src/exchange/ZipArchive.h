#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>
#include <memory>
#include <stdexcept>

namespace zz {

// Why a zip archive or one of its entries cannot be read. The reader of the file turns the kind into a
// sentence for the user; `what()` is technical detail for logs.
class ArchiveError : public std::runtime_error
{
public:
    enum class Kind {
        Damaged,     // not a zip, cut short, a bad header, a CRC or size that does not match
        Encrypted,   // a password-protected entry
        Unsupported, // a compression method other than stored and deflate, or a multi-disk archive
        Bomb,        // an entry that inflates past its declared size or at an impossible ratio
    };
    ArchiveError(Kind kind, const std::string &detail, QString entry = {})
        : std::runtime_error(detail), m_kind(kind), m_entry(std::move(entry))
    {}
    Kind kind() const noexcept { return m_kind; }
    // The entry being read, when there was one.
    const QString &entry() const noexcept { return m_entry; }

private:
    Kind m_kind;
    QString m_entry;
};

// One file inside a zip archive, from the central directory (zip64 sizes and offsets applied).
struct ZipEntry
{
    QString name;
    quint16 flags = 0;
    quint16 method = 0; // 0 stored, 8 deflate
    quint32 crc = 0;
    quint64 compressedSize = 0;
    quint64 size = 0;
    quint64 localHeaderOffset = 0;
};

// A zip archive read from a random-access device (a file, or bytes in a QBuffer) without loading it:
// the central directory (zip64 when the archive needs it) is read at construction, and each entry is
// inflated in chunks by the device open() returns, so reading an entry of any size takes constant memory.
// Damaged archives throw ArchiveError; nothing is trusted without a bounds check.
class ZipArchive
{
public:
    // `device` must be open for reading and outlive the archive and the devices it opens.
    explicit ZipArchive(QIODevice *device);

    const QList<ZipEntry> &entries() const { return m_entries; }
    // The entry by name; failing an exact match, ignoring case and with '\' read as '/'. Null when absent.
    const ZipEntry *find(const QString &name) const;

    // A sequential device giving the entry's bytes as it inflates them (stored and deflate entries).
    // It checks the CRC and size at the end and refuses to inflate past the declared size; a failure
    // makes read() return -1, and throwIfFailed() raises it as an ArchiveError.
    std::unique_ptr<QIODevice> open(const ZipEntry &entry) const;
    // After an XML or read error on a device from open(): throws the archive error behind it, if any.
    static void throwIfFailed(const QIODevice *entryDevice);
    // The whole entry in memory, for small parts; entries declaring more than `limit` bytes are refused.
    QByteArray read(const ZipEntry &entry, qint64 limit) const;

private:
    QIODevice *m_device;
    qint64 m_size = 0;
    QList<ZipEntry> m_entries;
};

} // namespace zz
