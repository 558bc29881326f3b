#pragma once

#include "petition/PetitionService.h"
#include "shell/AppContext.h"

#include <QCoreApplication>
#include <optional>

namespace zz {

// What the reception form hands over to be stored: the petition and its persons in their roles (a
// group visit's representatives, an accusation's protected reporter, else petitioners), with the
// 一信多投/并处 link chosen and, when the officer took it, the legal refusal offered — applied at once
// with its notice. The same idempotency key on a retry stores nothing twice and refuses only once.
class ReceptionRegistration
{
    Q_DECLARE_TR_FUNCTIONS(zz::ReceptionRegistration)

public:
    explicit ReceptionRegistration(const AppContext &context);

    // The role each person takes on a petition of this type and visit form.
    static PetitionPersonRole roleFor(PetitionType type, VisitForm form);

    // Stores the petition; throws zz::Error as PetitionService does.
    PetitionRecord run(const PetitionRecord &draft, const QList<Person> &persons,
                       const std::optional<PetitionLinkInput> &link, const QString &idempotencyKey,
                       const std::optional<PetitionRefusal> &refusal) const;

private:
    const AppContext &m_context;
};

} // namespace zz
