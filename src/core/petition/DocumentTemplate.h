#pragma once

#include "PetitionTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace zz {

// A placeholder the template editor offers: {{信访人}} and what it is filled with.
struct DocumentPlaceholder
{
    QString name;        // 信访人 (written {{信访人}} in a template)
    QString description; // translated: "信访人姓名（集体访为代表姓名）"
};

// The facts a petition document is filled with; values() turns them into the placeholders' text
// (dates written 2026年3月2日, the decision and channel as labels). Storage collects them, the GUI may
// change any value before printing.
struct DocumentFacts
{
    QString agency;     // 受理机关: "青石镇人民政府"
    QString number;     // 文号, from formatNumber()
    QDate issuedOn;     // 文书日期
    QString petitioner; // 信访人 (a group visit: the representatives' names)
    QString petitionerAddress;
    QString petitionNumber; // 登记编号
    std::optional<PetitionChannel> channel;
    std::optional<PetitionType> type; // what the acceptance notice promises (办理承诺)
    QDate receivedOn;
    QString request; // 投诉请求
    QString facts;   // 事实和理由
    QDate acceptedOn;
    QString handlingUnit;
    int handlingDays = 0; // the handling period, for the acceptance notice; 0: the type has none
    QDate handlingDue;    // after any extension
    int extensionDays = 0;
    QString extensionReason;
    QString reason; // 不予受理 / 不再受理 reason
    std::optional<PetitionDecision> decision;
    QString opinion;    // 处理意见 text
    QString basis;      // 法律法规依据
    QString regulation; // "《信访工作条例》"
    QString article;    // "第三十四条"
    int reviewDays = 30;
    QString reviewAgency;
    int recheckDays = 30;
    QString recheckAgency;
    QString previousNumber; // the 文号 of the opinion asked to be reviewed or rechecked
    QDate requestedOn;      // 复查/复核 request received
};

// An editable document template (受理告知书, 信访处理意见书 …): HTML with {{placeholders}}, its title
// and its 文号 pattern. The defaults are resources/templates/petition/*.html; a center's edited copies
// are kept by storage. Filling escapes the values, so a petitioner's text never becomes markup.
class DocumentTemplate
{
    Q_DECLARE_TR_FUNCTIONS(zz::DocumentTemplate)

public:
    DocumentTemplate() = default;
    DocumentTemplate(DocumentKind kind, QString title, QString body, QString numberPattern);

    // The bundled default for a kind (Chinese, formal layout).
    static DocumentTemplate bundled(DocumentKind kind);

    // Every placeholder a template may use, with its description, in the editor's order.
    static const QList<DocumentPlaceholder> &knownPlaceholders();
    static bool isKnownPlaceholder(const QString &name);

    DocumentKind kind() const { return m_kind; }
    QString title() const { return m_title; }
    QString body() const { return m_body; }
    // 文号 pattern: {机关代字}, {年}, {序号}, e.g. "{机关代字}信受告〔{年}〕{序号}号".
    QString numberPattern() const { return m_numberPattern; }
    void setTitle(const QString &title) { m_title = title; }
    void setBody(const QString &body) { m_body = body; }
    void setNumberPattern(const QString &pattern) { m_numberPattern = pattern; }

    // The placeholders the body uses, in order of first use, each once.
    QStringList placeholders() const;
    // Those not in knownPlaceholders(): the editor reports them and saving refuses them.
    QStringList unknownPlaceholders() const;
    // Empty when the template may be saved; else the translated reason (unknown placeholders,
    // an unbalanced "{{", an empty body, a 文号 pattern without {序号}).
    QString validate() const;

    // The body with each {{name}} replaced by its HTML-escaped value (line breaks kept); a placeholder
    // without a value is left as a visible blank line (＿＿＿＿) so a missing fact shows on paper.
    QString fill(const QHash<QString, QString> &values) const;
    // The placeholders the body uses that `values` leaves empty.
    QStringList missingValues(const QHash<QString, QString> &values) const;

    // The placeholders' values from the facts (empty facts give no value, so fill() shows a blank).
    static QHash<QString, QString> values(const DocumentFacts &facts);

    // What stands for the 文号 in a body filled before the number is given ("{{文号}}"); storage puts the
    // number in its place when it issues the document, so the text is stored as printed.
    static QString numberMarker();

    // The 文号 from the pattern: formatNumber("X", 2026, 12) → "X信告〔2026〕12号".
    QString formatNumber(const QString &agencyCode, int year, int sequence) const;
    static QString formatNumber(const QString &pattern, const QString &agencyCode, int year, int sequence);

private:
    DocumentKind m_kind = DocumentKind::AcceptanceNotice;
    QString m_title;
    QString m_body;
    QString m_numberPattern;
};

} // namespace zz
