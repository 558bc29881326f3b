#include "DivisionCatalog.h"

#include "Error.h"

#include <QFile>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QResource>
#include <QtEndian>
#include <algorithm>
#include <lzma.h>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

constexpr quint64 allLetters = (quint64(1) << 36) - 1;

quint64 letterBit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'a' && u <= u'z')
        return quint64(1) << (u - u'a');
    if (u >= u'A' && u <= u'Z')
        return quint64(1) << (u - u'A');
    if (u >= u'0' && u <= u'9')
        return quint64(1) << (26 + (u - u'0'));
    return 0;
}

bool allDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

bool allLatin(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
    });
}

// Calls f(line) for each line of the text, without its '\n'.
template <typename F> void forEachLine(QByteArrayView text, F f)
{
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype end = text.indexOf('\n', pos);
        if (end < 0)
            end = text.size();
        f(text.sliced(pos, end - pos));
        pos = end + 1;
    }
}

// City names that stand for no real city (municipalities, directly administered counties): left
// out of a unit's path as people write it.
bool isPlaceholderCity(QStringView name)
{
    return name == u"市辖区" || name == u"县" || name == u"省直辖县级行政区划" ||
           name == u"自治区直辖县级行政区划";
}

} // namespace

// A province's villages, decompressed: the text and where each township's lines are.
struct DivisionCatalog::VillageCache
{
    QByteArray province;
    QByteArray text;
    QHash<QByteArray, QPair<qsizetype, qsizetype>> townships; // code -> first line, end
};

const DivisionCatalog &DivisionCatalog::bundled()
{
    static const std::unique_ptr<DivisionCatalog> catalog = [] {
        QFile units(u":/zongzhi/data/divisions.txt"_s);
        if (!units.open(QIODevice::ReadOnly))
            throw Error(Error::Kind::Storage, tr("程序内置的行政区划数据缺失。"));
        const QResource villages(u":/zongzhi/data/divisions-villages.bin"_s);
        if (!villages.isValid())
            throw Error(Error::Kind::Storage, tr("程序内置的行政区划数据缺失。"));
        // The xz streams are stored as they are (rcc does not compress them again): used in place.
        const QByteArray villageData =
            villages.compressionAlgorithm() == QResource::NoCompression
                ? QByteArray::fromRawData(reinterpret_cast<const char *>(villages.data()), villages.size())
                : villages.uncompressedData();
        return std::make_unique<DivisionCatalog>(units.readAll(), villageData);
    }();
    return *catalog;
}

DivisionCatalog::DivisionCatalog(const QByteArray &units, const QByteArray &villages) : m_villages(villages)
{
    parseUnits(units);
    parseVillageIndex();
}

DivisionCatalog::~DivisionCatalog() = default;

Division::Level DivisionCatalog::levelOfCode(QStringView code, bool *ok)
{
    const bool digits = allDigits(code);
    Division::Level level = Division::Level::Province;
    bool known = digits;
    switch (code.size()) {
    case 2:
        level = Division::Level::Province;
        break;
    case 4:
        level = Division::Level::City;
        break;
    case 6:
        level = Division::Level::County;
        break;
    case 9:
        level = Division::Level::Township;
        break;
    case 12:
        level = Division::Level::Village;
        break;
    default:
        known = false;
    }
    if (ok)
        *ok = known;
    return level;
}

bool DivisionCatalog::isSpecialCode(QStringView code)
{
    if (code.size() != 9 || !allDigits(code))
        return false;
    const int n = code.mid(6, 3).toInt();
    return n >= 400 && n <= 599;
}

void DivisionCatalog::parseUnits(const QByteArray &units)
{
    const auto malformed = [](int line) {
        return Error(Error::Kind::Validation, tr("行政区划数据第 %1 行格式不正确。").arg(line));
    };
    const qsizetype lines = units.count('\n') + 1;
    m_units.reserve(size_t(lines));
    m_byCode.reserve(lines);
    m_initials.reserve(size_t(lines) * 6);
    int lineNo = 0;
    forEachLine(units, [&](QByteArrayView line) {
        ++lineNo;
        if (line.isEmpty() || line.startsWith('#'))
            return;
        QByteArrayView fields[4];
        int fieldCount = 0;
        for (qsizetype from = 0; fieldCount < 4;) {
            const qsizetype tab = line.indexOf('\t', from);
            fields[fieldCount++] = line.sliced(from, (tab < 0 ? line.size() : tab) - from);
            if (tab < 0)
                break;
            from = tab + 1;
        }
        if (fieldCount < 3)
            throw malformed(lineNo);
        Unit unit;
        unit.code = QString::fromLatin1(fields[0]);
        unit.name = QString::fromUtf8(fields[1]);
        bool ok = false;
        const Division::Level level = levelOfCode(unit.code, &ok);
        if (!ok || level == Division::Level::Village || unit.name.isEmpty())
            throw malformed(lineNo);
        unit.level = quint8(level);
        if (fieldCount > 3)
            unit.villageCount = quint16(fields[3].toUInt());
        // Initials: one mask per character; "{yl}" lists the possible letters, '*' allows any.
        unit.initialsOffset = quint32(m_initials.size());
        quint64 group = 0;
        bool inGroup = false;
        for (const char ch : fields[2]) {
            const QChar c = QLatin1Char(ch);
            if (c == u'{') {
                inGroup = true;
                group = 0;
            } else if (c == u'}') {
                inGroup = false;
                m_initials.push_back(group);
            } else if (inGroup) {
                group |= letterBit(c);
            } else {
                m_initials.push_back(c == u'*' ? allLetters : letterBit(c));
            }
        }
        unit.initialsLength = quint16(m_initials.size() - unit.initialsOffset);
        if (!m_units.empty() && m_units.back().code >= unit.code)
            throw malformed(lineNo);
        const int parentLength = unit.code.size() == 9 ? 6 : int(unit.code.size()) - 2;
        int parent = -1;
        if (level != Division::Level::Province) {
            parent = m_byCode.value(unit.code.left(parentLength), -1);
            if (parent < 0)
                throw malformed(lineNo);
        }
        unit.parent = parent;
        m_byCode.insert(unit.code, int(m_units.size()));
        m_units.push_back(std::move(unit));
    });
    // Children as ranges of one shared list, in code order.
    std::vector<int> counts(m_units.size(), 0);
    for (const Unit &u : m_units)
        if (u.parent >= 0)
            ++counts[size_t(u.parent)];
    int offset = 0;
    for (size_t i = 0; i < m_units.size(); ++i) {
        m_units[i].firstChild = offset;
        offset += counts[i];
    }
    m_children.assign(size_t(offset), -1);
    for (size_t i = 0; i < m_units.size(); ++i) {
        Unit &parent = m_units[size_t(std::max(0, m_units[i].parent))];
        if (m_units[i].parent >= 0)
            m_children[size_t(parent.firstChild + parent.childCount++)] = int(i);
    }
    if (m_units.empty())
        throw Error(Error::Kind::Validation, tr("行政区划数据是空的。"));
}

void DivisionCatalog::parseVillageIndex()
{
    const auto bad = [] { return Error(Error::Kind::Validation, tr("村级行政区划数据格式不正确。")); };
    const QByteArrayView data(m_villages);
    if (data.size() < 12 || data.first(8) != "ZZDIVV1\n")
        throw bad();
    const quint32 count = qFromLittleEndian<quint32>(data.data() + 8);
    if (qsizetype(12 + quint64(count) * 14) > data.size())
        throw bad();
    for (quint32 i = 0; i < count; ++i) {
        const char *entry = data.data() + 12 + i * 14;
        Block block;
        block.province = QByteArray(entry, 2);
        block.offset = qFromLittleEndian<quint32>(entry + 2);
        block.length = qFromLittleEndian<quint32>(entry + 6);
        block.rawLength = qFromLittleEndian<quint32>(entry + 10);
        if (quint64(block.offset) + block.length > quint64(data.size()))
            throw bad();
        m_blocks.push_back(block);
    }
}

Division DivisionCatalog::toDivision(int index) const
{
    const Unit &u = m_units[size_t(index)];
    Division d;
    d.code = u.code;
    d.name = u.name;
    d.level = Division::Level(u.level);
    d.special = isSpecialCode(u.code);
    d.villageCount = u.villageCount;
    return d;
}

int DivisionCatalog::indexOf(QStringView code) const
{
    return m_byCode.value(code.toString(), -1);
}

QList<Division> DivisionCatalog::provinces() const
{
    QList<Division> out;
    for (size_t i = 0; i < m_units.size(); ++i)
        if (m_units[i].parent < 0)
            out.append(toDivision(int(i)));
    return out;
}

QList<Division> DivisionCatalog::children(const QString &code) const
{
    QList<Division> out;
    const int index = indexOf(code);
    if (index < 0)
        return out;
    const Unit &u = m_units[size_t(index)];
    out.reserve(u.childCount);
    for (int k = 0; k < u.childCount; ++k)
        out.append(toDivision(m_children[size_t(u.firstChild + k)]));
    return out;
}

std::optional<Division> DivisionCatalog::find(const QString &code) const
{
    if (code.size() == 12) {
        for (const Division &village : villages(code.left(9)))
            if (village.code == code)
                return village;
        return std::nullopt;
    }
    const int index = indexOf(code);
    if (index < 0)
        return std::nullopt;
    return toDivision(index);
}

QList<Division> DivisionCatalog::path(const QString &code) const
{
    QList<Division> out;
    std::optional<Division> village;
    if (code.size() == 12) {
        village = find(code);
        if (!village)
            return out;
    }
    for (int index = indexOf(village ? code.left(9) : code); index >= 0;
         index = m_units[size_t(index)].parent)
        out.prepend(toDivision(index));
    if (village)
        out.append(*village);
    return out;
}

QString DivisionCatalog::pathText(const QString &code) const
{
    QStringList names;
    for (const Division &d : path(code))
        if (!(d.level == Division::Level::City && isPlaceholderCity(d.name)))
            names << d.name;
    return names.join(u" / "_s);
}

QByteArray DivisionCatalog::decompressProvince(const Block &block) const
{
    QByteArray out(qsizetype(block.rawLength), Qt::Uninitialized);
    uint64_t memlimit = 256ull << 20;
    size_t inPos = 0;
    size_t outPos = 0;
    const lzma_ret ret = lzma_stream_buffer_decode(
        &memlimit, 0, nullptr, reinterpret_cast<const uint8_t *>(m_villages.constData()) + block.offset,
        &inPos, block.length, reinterpret_cast<uint8_t *>(out.data()), &outPos, size_t(out.size()));
    if (ret != LZMA_OK || outPos != size_t(out.size()))
        throw Error(Error::Kind::Storage,
                    tr("村级行政区划数据无法解压（第 %1 段）。").arg(QLatin1StringView(block.province)));
    return out;
}

QList<Division> DivisionCatalog::villages(const QString &townshipCode) const
{
    QList<Division> out;
    if (townshipCode.size() != 9 || indexOf(townshipCode) < 0)
        return out;
    const QByteArray province = townshipCode.left(2).toLatin1();
    std::shared_ptr<VillageCache> cache;
    {
        QMutexLocker lock(&m_cacheMutex);
        if (!m_cache || m_cache->province != province) {
            const auto block = std::find_if(m_blocks.cbegin(), m_blocks.cend(),
                                            [&](const Block &b) { return b.province == province; });
            if (block == m_blocks.cend())
                return out;
            auto fresh = std::make_shared<VillageCache>();
            fresh->province = province;
            fresh->text = decompressProvince(*block);
            const QByteArrayView text(fresh->text);
            qsizetype pos = 0;
            QByteArray current;
            qsizetype start = 0;
            while (pos < text.size()) {
                qsizetype end = text.indexOf('\n', pos);
                if (end < 0)
                    end = text.size();
                if (text[pos] == '#') {
                    if (!current.isEmpty())
                        fresh->townships.insert(current, {start, pos});
                    current = text.sliced(pos + 1, end - pos - 1).toByteArray();
                    start = end + 1;
                }
                pos = end + 1;
            }
            if (!current.isEmpty())
                fresh->townships.insert(current, {start, text.size()});
            m_cache = std::move(fresh);
        }
        cache = m_cache;
    }
    const auto range = cache->townships.value(townshipCode.toLatin1(), {0, 0});
    const QByteArrayView lines = QByteArrayView(cache->text).sliced(range.first, range.second - range.first);
    forEachLine(lines, [&](QByteArrayView line) {
        if (line.size() < 5 || line[3] != ' ')
            return;
        Division d;
        d.code = townshipCode + QString::fromLatin1(line.first(3));
        d.name = QString::fromUtf8(line.sliced(4));
        d.level = Division::Level::Village;
        out.append(d);
    });
    return out;
}

bool DivisionCatalog::initialsStartWith(const Unit &unit, QStringView letters) const
{
    if (letters.size() > unit.initialsLength)
        return false;
    for (qsizetype i = 0; i < letters.size(); ++i)
        if ((m_initials[unit.initialsOffset + size_t(i)] & letterBit(letters[i])) == 0)
            return false;
    return true;
}

QList<Division> DivisionCatalog::search(const QString &text, int limit) const
{
    QList<Division> out;
    static const QRegularExpression separators(u"[\\s/,,、]+"_s);
    QStringList terms = text.split(separators, Qt::SkipEmptyParts);
    if (terms.isEmpty() || limit <= 0)
        return out;
    // How well one term matches one unit: 0 exact, 1 prefix, 2 contained, -1 not at all.
    const auto match = [this](const Unit &u, const QString &term) -> int {
        if (allDigits(term))
            return u.code.startsWith(term) ? (u.code.size() == term.size() ? 0 : 1) : -1;
        if (allLatin(term))
            return initialsStartWith(u, term) ? (u.initialsLength == term.size() ? 0 : 1) : -1;
        if (u.name == term)
            return 0;
        if (u.name.startsWith(term, Qt::CaseInsensitive))
            return 1;
        return u.name.contains(term, Qt::CaseInsensitive) ? 2 : -1;
    };
    const QString last = terms.takeLast();
    struct Hit
    {
        int rank;
        int index;
    };
    std::vector<Hit> hits;
    for (size_t i = 0; i < m_units.size(); ++i) {
        const Unit &u = m_units[i];
        const int quality = match(u, last);
        if (quality < 0)
            continue;
        // Every earlier word must match a unit above this one.
        bool narrowed = true;
        for (const QString &term : std::as_const(terms)) {
            bool found = false;
            for (int p = u.parent; p >= 0 && !found; p = m_units[size_t(p)].parent)
                found = match(m_units[size_t(p)], term) >= 0;
            if (!found) {
                narrowed = false;
                break;
            }
        }
        if (narrowed)
            hits.push_back({quality * 8 + u.level, int(i)});
    }
    const size_t n = std::min(hits.size(), size_t(limit));
    // Units are in code order already: a stable ordering by rank keeps code as the last key.
    std::partial_sort(hits.begin(), hits.begin() + qsizetype(n), hits.end(), [](const Hit &a, const Hit &b) {
        return a.rank != b.rank ? a.rank < b.rank : a.index < b.index;
    });
    out.reserve(qsizetype(n));
    for (size_t k = 0; k < n; ++k)
        out.append(toDivision(hits[k].index));
    return out;
}

} // namespace zz
