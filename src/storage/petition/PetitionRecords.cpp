#include "PetitionRecords.h"

#include <array>

namespace zz {

namespace {

template <typename E> struct Text
{
    E value;
    const char *code;
    const char *label; // translation source, context "zz::PetitionRecords"
};

#define ZZ_T(text) QT_TRANSLATE_NOOP("zz::PetitionRecords", text)

constexpr std::array personRoleTexts{
    Text<PetitionPersonRole>{PetitionPersonRole::Petitioner, "petitioner", ZZ_T("信访人")},
    Text<PetitionPersonRole>{PetitionPersonRole::Representative, "representative", ZZ_T("代表")},
    Text<PetitionPersonRole>{PetitionPersonRole::Reporter, "reporter", ZZ_T("检举人")},
};

constexpr std::array linkKindTexts{
    Text<PetitionLinkKind>{PetitionLinkKind::MultiSend, "multi_send", ZZ_T("一信多投")},
    Text<PetitionLinkKind>{PetitionLinkKind::Joint, "joint", ZZ_T("并处")},
    Text<PetitionLinkKind>{PetitionLinkKind::Repeat, "repeat", ZZ_T("重复")},
    Text<PetitionLinkKind>{PetitionLinkKind::Merge, "merge", ZZ_T("合并")},
};

#undef ZZ_T

template <typename E, std::size_t N> QString codeIn(const std::array<Text<E>, N> &table, E v)
{
    for (const auto &t : table)
        if (t.value == v)
            return QString::fromLatin1(t.code);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> fromCodeIn(const std::array<Text<E>, N> &table, QStringView c)
{
    for (const auto &t : table)
        if (c == QLatin1String(t.code))
            return t.value;
    return std::nullopt;
}

template <typename E, std::size_t N> QString labelIn(const std::array<Text<E>, N> &table, E v)
{
    for (const auto &t : table)
        if (t.value == v)
            return QCoreApplication::translate("zz::PetitionRecords", t.label);
    return {};
}

template <typename E, std::size_t N> QList<E> valuesIn(const std::array<Text<E>, N> &table)
{
    QList<E> out;
    for (const auto &t : table)
        out.append(t.value);
    return out;
}

} // namespace

template <> QString code<PetitionPersonRole>(PetitionPersonRole v)
{
    return codeIn(personRoleTexts, v);
}
template <> std::optional<PetitionPersonRole> fromCode<PetitionPersonRole>(QStringView c)
{
    return fromCodeIn(personRoleTexts, c);
}
template <> QString label<PetitionPersonRole>(PetitionPersonRole v)
{
    return labelIn(personRoleTexts, v);
}
template <> QList<PetitionPersonRole> allValues<PetitionPersonRole>()
{
    return valuesIn(personRoleTexts);
}

template <> QString code<PetitionLinkKind>(PetitionLinkKind v)
{
    return codeIn(linkKindTexts, v);
}
template <> std::optional<PetitionLinkKind> fromCode<PetitionLinkKind>(QStringView c)
{
    return fromCodeIn(linkKindTexts, c);
}
template <> QString label<PetitionLinkKind>(PetitionLinkKind v)
{
    return labelIn(linkKindTexts, v);
}
template <> QList<PetitionLinkKind> allValues<PetitionLinkKind>()
{
    return valuesIn(linkKindTexts);
}

} // namespace zz
