#pragma once

#include "petition/PetitionRepository.h"
#include "petition/PetitionService.h"
#include "shell/AppContext.h"

#include <QCoreApplication>
#include <QHash>

class QWidget;

namespace zz {

// The documents of a petition as the window makes them: the template in force for the account's
// township filled with the petition's facts, the action's input and the clocks (受理告知书 with its
// 办结期限, 信访处理意见书 with the decision and the 复查 period …), issued through the service (which
// gives the 文号); and a stored document on paper — print preview, printer or PDF — with its 文号.
class PetitionDocuments
{
    Q_DECLARE_TR_FUNCTIONS(zz::PetitionDocuments)

public:
    explicit PetitionDocuments(const AppContext &context);

    // The placeholder values for a document of `kind` about `petition`, issued today with `input`.
    QHash<QString, QString> values(const PetitionRecord &petition, DocumentKind kind,
                                   const PetitionActionInput &input) const;
    // The document to issue with an action (the filled template; the service numbers it).
    DocumentIssue issue(const PetitionRecord &petition, DocumentKind kind,
                        const PetitionActionInput &input) const;
    // The sample petition the template editor previews with.
    static PetitionRecord samplePetition();

    // A stored document's HTML as printed: its text as issued with its 文号 in place.
    static QString printable(const PetitionDocumentRecord &document);
    static QString title(const PetitionDocumentRecord &document);
    void preview(const PetitionDocumentRecord &document, QWidget *parent) const;
    void print(const PetitionDocumentRecord &document, QWidget *parent) const;
    // Throws zz::Error when the file cannot be written.
    static void writePdf(const PetitionDocumentRecord &document, const QString &path);

    // What stands for the 文号 in a body filled before the service gives the number.
    static QString numberMarker();
    // The issuing body's name ("上溪镇人民政府") and its short code for 文号 ("上溪").
    QString agencyName(qint64 townshipId) const;
    QString agencyCode(qint64 townshipId) const;

private:
    PetitionRuleSet rulesOf(const PetitionRecord &petition) const;

    const AppContext &m_context;
};

} // namespace zz
