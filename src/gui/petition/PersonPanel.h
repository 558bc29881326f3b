#pragma once

#include "petition/PersonDirectory.h"
#include "petition/PetitionService.h"
#include "shell/AppContext.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace zz {

// The right-hand column of the reception form: who this petitioner is. Matches the people typed so
// far (resident ID, phone, name + address) against earlier petitions and case parties, shows the
// chosen person's whole history, says whether the new petition is 首次 or 重复 (its predecessor and
// its chain's first), lets the officer keep 一信多投 and 并处 apart from repeats, and offers the legal
// refusal (Art. 19 / Art. 36) when the facts call for it. Personal data masked.
class PersonPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PersonPanel(const AppContext &context, QWidget *parent = nullptr);

    // Looks again for the persons typed (the form calls it, debounced, as they are typed).
    void refresh(const QList<Person> &persons);
    void clear();

    const RepeatAssessment &assessment() const { return m_assessment; }
    // The 一信多投/并处 link chosen (nullopt: none).
    const std::optional<PetitionLinkInput> &link() const { return m_link; }
    // The refusal the law offers for these persons, if any.
    const std::optional<PetitionRefusal> &refusal() const { return m_refusal; }

signals:
    // The officer picked a stored person from the matches: the form fills its first row with them.
    void personChosen(const zz::Person &person);
    // The officer chose to register the petition with the refusal offered.
    void refusalChosen();

private:
    void showHistory(const Person &person);
    void updateRepeat();

    const AppContext &m_context;
    QList<Person> m_persons;
    QList<PersonMatch> m_matches;
    RepeatAssessment m_assessment;
    std::optional<PetitionLinkInput> m_link;
    std::optional<PetitionRefusal> m_refusal;
    QListWidget *m_matchList = nullptr;
    QListWidget *m_historyList = nullptr;
    QLabel *m_repeatLabel = nullptr;
    QPushButton *m_multiSendButton = nullptr;
    QPushButton *m_jointButton = nullptr;
    QPushButton *m_unlinkButton = nullptr;
    QLabel *m_linkLabel = nullptr;
    QCheckBox *m_sameFactsCheck = nullptr;
    QLabel *m_refusalLabel = nullptr;
    QPushButton *m_refusalButton = nullptr;
    QLabel *m_errorLabel = nullptr;
};

} // namespace zz
