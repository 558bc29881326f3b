#include "ZipArchive.h"

#include <QtEndian>
#include <optional>
#include <zlib.h>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

constexpr quint32 kEndOfCentralDirectory = 0x06054b50;
constexpr quint32 kZip64Locator = 0x07064b50;
constexpr quint32 kZip64EndOfCentralDirectory = 0x06064b50;
constexpr quint32 kCentralHeader = 0x02014b50;
constexpr quint32 kLocalHeader = 0x04034b50;
constexpr qint64 kChunk = 64 * 1024;
// A central directory larger than this is not a spreadsheet's (a workbook has tens of entries).
constexpr qint64 kMaxCentralDirectory = 64 * 1024 * 1024;
// Deflate cannot do better than about 1:1032; real sheet XML inflates 5 to 50 times. An entry declaring
// more than this ratio and more than kBombFloor bytes is a bomb, whatever else it claims.
constexpr quint64 kMaxRatio = 1100;
constexpr quint64 kBombFloor = 64ull * 1024 * 1024;

quint16 u16(const char *p)
{
    return qFromLittleEndian<quint16>(p);
}
quint32 u32(const char *p)
{
    return qFromLittleEndian<quint32>(p);
}
quint64 u64(const char *p)
{
    return qFromLittleEndian<quint64>(p);
}

[[noreturn]] void damaged(const std::string &why, const QString &entry = {})
{
    throw ArchiveError(ArchiveError::Kind::Damaged, why, entry);
}

QByteArray readAt(QIODevice *device, qint64 offset, qint64 length)
{
    if (offset < 0 || length < 0 || !device->seek(offset))
        damaged("seek past the end of the file");
    QByteArray bytes = device->read(length);
    if (bytes.size() != length)
        damaged("the file ends early");
    return bytes;
}

// The entry's bytes, inflated in chunks as they are read.
class ZipEntryDevice : public QIODevice
{
public:
    ZipEntryDevice(QIODevice *file, qint64 fileSize, const ZipEntry &entry) : m_file(file), m_entry(entry)
    {
        if (entry.flags & 0x1)
            throw ArchiveError(ArchiveError::Kind::Encrypted, "encrypted entry", entry.name);
        if (entry.method != 0 && entry.method != 8)
            throw ArchiveError(ArchiveError::Kind::Unsupported,
                               "compression method " + std::to_string(entry.method), entry.name);
        if (entry.size > kBombFloor && entry.size / qMax<quint64>(entry.compressedSize, 1) > kMaxRatio)
            throw ArchiveError(ArchiveError::Kind::Bomb, "declared size beyond deflate's ratio", entry.name);
        if (entry.localHeaderOffset > quint64(fileSize) - 30 || fileSize < 30)
            damaged("local header past the end", entry.name);
        const QByteArray local = readAt(file, qint64(entry.localHeaderOffset), 30);
        if (u32(local.constData()) != kLocalHeader)
            damaged("no local header", entry.name);
        m_in =
            qint64(entry.localHeaderOffset) + 30 + u16(local.constData() + 26) + u16(local.constData() + 28);
        if (entry.compressedSize > quint64(fileSize) ||
            quint64(m_in) > quint64(fileSize) - entry.compressedSize)
            damaged("entry data past the end of the file (cut short?)", entry.name);
        m_inLeft = entry.compressedSize;
        if (entry.method == 8) {
            if (inflateInit2(&m_z, -MAX_WBITS) != Z_OK)
                damaged("inflateInit2 failed", entry.name);
            m_zOpen = true;
            m_buffer.resize(kChunk);
        }
        QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    ~ZipEntryDevice() override
    {
        if (m_zOpen)
            inflateEnd(&m_z);
    }

    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_done || m_failed; }
    qint64 bytesAvailable() const override { return atEnd() ? 0 : kChunk; }

    std::optional<ArchiveError> failure;

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_failed)
            return -1;
        if (m_done || maxSize <= 0)
            return 0;
        try {
            const qint64 n = m_entry.method == 8 ? inflateSome(data, maxSize) : copySome(data, maxSize);
            m_out += quint64(n);
            if (m_out > m_entry.size)
                throw ArchiveError(ArchiveError::Kind::Bomb, "inflates past its declared size", m_entry.name);
            m_crc = crc32_z(m_crc, reinterpret_cast<const Bytef *>(data), size_t(n));
            if (m_done && (m_out != m_entry.size || m_crc != m_entry.crc))
                damaged(m_out != m_entry.size ? "size does not match" : "CRC does not match", m_entry.name);
            return n;
        } catch (const ArchiveError &e) {
            failure = e;
            m_failed = true;
            setErrorString(QString::fromStdString(e.what()));
            return -1;
        }
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 copySome(char *data, qint64 maxSize)
    {
        const qint64 n = qMin<quint64>(quint64(maxSize), m_inLeft);
        if (!m_file->seek(m_in) || m_file->read(data, n) != n)
            damaged("the file ends early", m_entry.name);
        m_in += n;
        m_inLeft -= quint64(n);
        m_done = m_inLeft == 0;
        return n;
    }

    qint64 inflateSome(char *data, qint64 maxSize)
    {
        m_z.next_out = reinterpret_cast<Bytef *>(data);
        m_z.avail_out = uInt(qMin<qint64>(maxSize, 1 << 30));
        while (m_z.avail_out > 0 && !m_done) {
            if (m_z.avail_in == 0 && m_inLeft > 0) {
                const qint64 n = qMin<quint64>(quint64(m_buffer.size()), m_inLeft);
                if (!m_file->seek(m_in) || m_file->read(m_buffer.data(), n) != n)
                    damaged("the file ends early", m_entry.name);
                m_in += n;
                m_inLeft -= quint64(n);
                m_z.next_in = reinterpret_cast<Bytef *>(m_buffer.data());
                m_z.avail_in = uInt(n);
            }
            const uInt before = m_z.avail_out;
            const int rc = inflate(&m_z, Z_NO_FLUSH);
            if (rc == Z_STREAM_END) {
                m_done = true;
            } else if (rc == Z_BUF_ERROR ||
                       (rc == Z_OK && m_z.avail_in == 0 && m_inLeft == 0 && m_z.avail_out == before)) {
                damaged("the compressed data ends early", m_entry.name);
            } else if (rc != Z_OK) {
                damaged(std::string("inflate: ") + (m_z.msg ? m_z.msg : "error"), m_entry.name);
            }
        }
        return maxSize - qint64(m_z.avail_out);
    }

    QIODevice *m_file;
    ZipEntry m_entry;
    qint64 m_in = 0;      // file offset of the next compressed byte
    quint64 m_inLeft = 0; // compressed bytes not yet read
    quint64 m_out = 0;    // bytes handed out
    uLong m_crc = crc32_z(0, nullptr, 0);
    bool m_done = false;
    bool m_failed = false;
    z_stream m_z{};
    bool m_zOpen = false;
    QByteArray m_buffer;
};

} // namespace

ZipArchive::ZipArchive(QIODevice *device) : m_device(device), m_size(device->size())
{
    if (m_size < 22)
        damaged("too short for a zip");
    // The end of central directory record: the last 22 bytes, or earlier behind a comment.
    const qint64 tailLength = qMin<qint64>(m_size, 22 + 0xFFFF);
    const QByteArray tail = readAt(device, m_size - tailLength, tailLength);
    qint64 at = -1;
    for (qint64 i = tailLength - 22; i >= 0; --i) {
        if (u32(tail.constData() + i) == kEndOfCentralDirectory) {
            at = i;
            break;
        }
    }
    if (at < 0)
        damaged("no end of central directory (not a zip, or cut short)");
    const char *eocd = tail.constData() + at;
    const qint64 eocdOffset = m_size - tailLength + at;
    quint64 count = u16(eocd + 10);
    quint64 cdSize = u32(eocd + 12);
    quint64 cdOffset = u32(eocd + 16);
    const auto disk = [](quint16 n) { return n != 0 && n != 0xFFFF; };
    if (disk(u16(eocd + 4)) || disk(u16(eocd + 6)))
        throw ArchiveError(ArchiveError::Kind::Unsupported, "multi-disk archive");
    if (count == 0xFFFF || cdSize == 0xFFFFFFFF || cdOffset == 0xFFFFFFFF) {
        if (eocdOffset < 20)
            damaged("zip64 locator missing");
        const QByteArray locator = readAt(device, eocdOffset - 20, 20);
        if (u32(locator.constData()) != kZip64Locator)
            damaged("zip64 locator missing");
        const quint64 recordOffset = u64(locator.constData() + 8);
        if (recordOffset > quint64(eocdOffset) - 56 || eocdOffset < 76)
            damaged("zip64 end of central directory out of place");
        const QByteArray record = readAt(device, qint64(recordOffset), 56);
        if (u32(record.constData()) != kZip64EndOfCentralDirectory)
            damaged("no zip64 end of central directory");
        count = u64(record.constData() + 32);
        cdSize = u64(record.constData() + 40);
        cdOffset = u64(record.constData() + 48);
    }
    if (cdSize > quint64(kMaxCentralDirectory) || cdOffset > quint64(m_size) ||
        cdSize > quint64(m_size) - cdOffset)
        damaged("central directory out of place");
    const QByteArray cd = readAt(device, qint64(cdOffset), qint64(cdSize));
    const char *p = cd.constData();
    const char *end = p + cd.size();
    for (quint64 i = 0; i < count; ++i) {
        if (end - p < 46 || u32(p) != kCentralHeader)
            damaged("bad central directory entry");
        ZipEntry e;
        e.flags = u16(p + 8);
        e.method = u16(p + 10);
        e.crc = u32(p + 16);
        e.compressedSize = u32(p + 20);
        e.size = u32(p + 24);
        const int nameLength = u16(p + 28);
        const int extraLength = u16(p + 30);
        const int commentLength = u16(p + 32);
        e.localHeaderOffset = u32(p + 42);
        if (end - p < 46 + nameLength + extraLength + commentLength)
            damaged("bad central directory entry");
        const QByteArray rawName(p + 46, nameLength);
        // Bit 11: the name is UTF-8. Without it, spreadsheet writers still use ASCII part names.
        e.name = QString::fromUtf8(rawName);
        // The zip64 extra field holds, in this order, whichever of the three values are saturated.
        const char *x = p + 46 + nameLength;
        const char *xEnd = x + extraLength;
        while (xEnd - x >= 4) {
            const quint16 id = u16(x);
            const quint16 length = u16(x + 2);
            if (xEnd - x - 4 < length)
                break;
            if (id == 0x0001) {
                const char *v = x + 4;
                const char *vEnd = v + length;
                const auto take = [&](quint64 *field) {
                    if (*field != 0xFFFFFFFF)
                        return;
                    if (vEnd - v < 8)
                        damaged("short zip64 extra field");
                    *field = u64(v);
                    v += 8;
                };
                take(&e.size);
                take(&e.compressedSize);
                take(&e.localHeaderOffset);
            }
            x += 4 + length;
        }
        m_entries << e;
        p += 46 + nameLength + extraLength + commentLength;
    }
}

const ZipEntry *ZipArchive::find(const QString &name) const
{
    for (const ZipEntry &e : m_entries)
        if (e.name == name)
            return &e;
    for (const ZipEntry &e : m_entries) {
        QString n = e.name;
        n.replace(u'\\', u'/');
        if (n.startsWith(u'/'))
            n.remove(0, 1);
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return &e;
    }
    return nullptr;
}

std::unique_ptr<QIODevice> ZipArchive::open(const ZipEntry &entry) const
{
    return std::make_unique<ZipEntryDevice>(m_device, m_size, entry);
}

void ZipArchive::throwIfFailed(const QIODevice *entryDevice)
{
    if (const auto *d = dynamic_cast<const ZipEntryDevice *>(entryDevice); d && d->failure)
        throw *d->failure;
}

QByteArray ZipArchive::read(const ZipEntry &entry, qint64 limit) const
{
    if (entry.size > quint64(limit))
        throw ArchiveError(ArchiveError::Kind::Bomb, "part larger than " + std::to_string(limit), entry.name);
    const auto device = open(entry);
    QByteArray bytes;
    bytes.reserve(qsizetype(qMin<quint64>(entry.size, 1 << 20))); // grows as it inflates
    char chunk[16384];
    for (;;) {
        const qint64 n = device->read(chunk, sizeof chunk);
        if (n < 0) {
            throwIfFailed(device.get());
            damaged("read failed", entry.name);
        }
        if (n == 0)
            break;
        bytes.append(chunk, n);
    }
    return bytes;
}

} // namespace zz
