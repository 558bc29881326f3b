#include "ReceptionRegistration.h"

#include "PetitionDocuments.h"

namespace zz {

ReceptionRegistration::ReceptionRegistration(const AppContext &context) : m_context(context) {}

PetitionPersonRole ReceptionRegistration::roleFor(PetitionType type, VisitForm form)
{
    if (form == VisitForm::Group)
        return PetitionPersonRole::Representative;
    if (type == PetitionType::Accusation)
        return PetitionPersonRole::Reporter; // protected: for the handlers and leaders only
    return PetitionPersonRole::Petitioner;
}

PetitionRecord ReceptionRegistration::run(const PetitionRecord &draft, const QList<Person> &persons,
                                          const std::optional<PetitionLinkInput> &link,
                                          const QString &idempotencyKey,
                                          const std::optional<PetitionRefusal> &refusal) const
{
    QList<PetitionPersonInput> inputs;
    for (const Person &p : persons)
        inputs.append(PetitionPersonInput{roleFor(draft.type, draft.visitForm), p});
    const Actor actor = m_context.actor();
    PetitionService service(m_context.db, m_context.clock, m_context.calendar);
    PetitionRecord saved = service.registerPetition(draft, inputs, actor, link, idempotencyKey);
    // A retry finds the petition already stored; refuse it only if that has not happened yet.
    if (refusal && refusal->action && saved.status == PetitionStatus::Registered) {
        PetitionActionInput input;
        input.note = refusal->message;
        input.basis = refusal->article;
        std::optional<DocumentIssue> notice;
        if (const auto kind = PetitionWorkflow::documentFor(*refusal->action))
            notice = PetitionDocuments(m_context).issue(saved, *kind, input);
        saved = service.apply(saved.id, saved.version, *refusal->action, input, actor, notice);
    }
    return saved;
}

} // namespace zz
