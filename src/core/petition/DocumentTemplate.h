#pragma once

#include "PetitionTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace zz {

// A placeholder the template editor offers: {{信访人}} and what it is filled with.
struct DocumentPlaceholder
{
    QString name;        // 信访人 (written {{信访人}} in a template)
    QString description; // translated: "信访人姓名（集体访为代表姓名）"
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
