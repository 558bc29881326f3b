#pragma once

#include "PetitionTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace zz {

// One statutory period: how long, counted in natural or working days, and the article that sets it.
struct ClockRule
{
    ClockKind kind = ClockKind::AcceptanceNotice;
    int days = 0;
    bool workingDays = false;
    int maxExtensionDays = 0;   // with the head's approval and a notice (办理 only); 0 = none
    bool hearingPauses = false; // hearing time is not counted in this period (Art. 36)
    QString article;            // "第二十三条第二款", as the regulation writes it
    QString note;               // what the period is for, in the regulation's words (optional)
    // The petition types the period runs for; empty: every type. National 2022 Art. 34 sets the 60-day
    // handling period for the 申诉求决 matters of Art. 31(6) only: 建议意见 (Art. 29) and 检举控告 (Art. 30)
    // are handled as their own rules say, without it.
    QList<PetitionType> types;

    bool appliesTo(PetitionType type) const { return types.isEmpty() || types.contains(type); }
};

// The most representatives a group visit may send: `max` for groups of at most `upToHeadCount`
// people (0 = any size). Zhejiang 2016 Art. 15: up to ten people, three; more, five.
struct RepresentativeLimit
{
    int upToHeadCount = 0;
    int max = 5;
};

// The statutory limits of one regulation, versioned: national 2022 (信访工作条例), Zhejiang 2016 (浙江省
// 信访条例) … Read from JSON (resources/data/petition-rules/*.json or an edited copy kept by storage);
// a petition's clocks store the versionId() that gave them, so a later version never rewrites them.
class PetitionRuleSet
{
    Q_DECLARE_TR_FUNCTIONS(zz::PetitionRuleSet)

public:
    // Where a pending matter raised again is refused (Art. 19 national: only at a higher level, 不予受理;
    // Zhejiang Art. 20(5): anywhere, 不再受理), and when a matter is final (national Art. 36: after 复核;
    // Zhejiang Art. 25: once 处理终结, also when no 复查 was asked in time).
    enum class Finality { AfterRecheck, AfterConclusion };

    PetitionRuleSet() = default;

    // Parses and validates; on failure returns nullopt and sets `error` to a translated sentence
    // naming what is wrong (e.g. "规则“办理”的天数应在1至365之间").
    static std::optional<PetitionRuleSet> fromJson(const QByteArray &json, QString *error = nullptr);
    QByteArray toJson() const;

    // The bundled sets: "national-2022", "national-2005", "zhejiang-2016".
    static QStringList bundledIds();
    static std::optional<PetitionRuleSet> bundled(const QString &id);
    // The national set in force on `received` (2005 regulation before 2022-05-01, 2022 from then).
    static PetitionRuleSet nationalFor(QDate received);

    QString id() const { return m_id; }                 // "national-2022", ASCII
    int version() const { return m_version; }           // 1, 2 … raised on each edit
    QString versionId() const;                          // "national-2022@1", what a clock stores
    QString name() const { return m_name; }             // "信访工作条例（2022）"
    QString regulation() const { return m_regulation; } // the regulation's title, cited in documents
    QString region() const { return m_region; }         // "全国", "浙江省"
    QDate effectiveFrom() const { return m_effectiveFrom; }

    const QList<ClockRule> &clocks() const { return m_clocks; }
    // Every rule set has a rule for each ClockKind (validation makes sure).
    ClockRule rule(ClockKind kind) const;

    QList<RepresentativeLimit> representativeLimits() const { return m_representatives; }
    QString representativeArticle() const { return m_representativeArticle; }
    // The most representatives for a group of `headCount` people.
    int maxRepresentatives(int headCount) const;

    bool pendingRefusedAtHigherLevelOnly() const { return m_pendingHigherOnly; }
    PetitionAction pendingRefusal() const { return m_pendingRefusal; } // Decline or RefuseRepeat
    QString pendingArticle() const { return m_pendingArticle; }
    Finality finality() const { return m_finality; }
    QString finalityArticle() const { return m_finalityArticle; }

    // Editing (the admin's rule editor): changes raise nothing by themselves; save with version + 1.
    void setVersion(int version) { m_version = version; }
    void setRule(const ClockRule &rule);

    // Empty when the set is complete and sensible; else the translated reason.
    QString validate() const;

private:
    QString m_id;
    int m_version = 1;
    QString m_name;
    QString m_regulation;
    QString m_region;
    QDate m_effectiveFrom;
    QList<ClockRule> m_clocks;
    QList<RepresentativeLimit> m_representatives;
    QString m_representativeArticle;
    bool m_pendingHigherOnly = true;
    PetitionAction m_pendingRefusal = PetitionAction::Decline;
    QString m_pendingArticle;
    Finality m_finality = Finality::AfterRecheck;
    QString m_finalityArticle;
};

} // namespace zz
