#include "PersonPanel.h"

#include "Error.h"
#include "Validators.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

constexpr int indexRole = Qt::UserRole;

QString maskedLine(const Person &p)
{
    QStringList parts{p.name.isEmpty() ? PersonPanel::tr("（无姓名）") : p.name};
    if (!p.residentId.isEmpty())
        parts << PersonPanel::tr("身份证 %1").arg(Masking::residentId(p.residentId));
    if (!p.phone.isEmpty())
        parts << PersonPanel::tr("电话 %1").arg(Masking::phone(p.phone));
    if (!p.address.isEmpty())
        parts << p.address;
    return parts.join(u" · "_s);
}

QString day(const QDateTime &at)
{
    return QLocale().toString(at.date(), u"yyyy-MM-dd"_s);
}

} // namespace

PersonPanel::PersonPanel(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(u"personPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("<b>信访人识别</b>"), this));
    m_repeatLabel = new QLabel(this);
    m_repeatLabel->setObjectName(u"repeatLabel"_s);
    m_repeatLabel->setWordWrap(true);
    m_repeatLabel->setTextFormat(Qt::RichText);
    layout->addWidget(m_repeatLabel);

    auto *linkRow = new QHBoxLayout;
    m_multiSendButton = new QPushButton(tr("一信多投"), this);
    m_multiSendButton->setObjectName(u"multiSendButton"_s);
    m_multiSendButton->setToolTip(tr("同一封信也投给了其他机关：与上一件关联，不计为重复信访"));
    m_jointButton = new QPushButton(tr("并处"), this);
    m_jointButton->setObjectName(u"jointButton"_s);
    m_jointButton->setToolTip(tr("与上一件合并处理：关联，不计为重复信访"));
    m_unlinkButton = new QPushButton(tr("取消关联"), this);
    m_unlinkButton->setObjectName(u"unlinkButton"_s);
    for (QPushButton *b : {m_multiSendButton, m_jointButton, m_unlinkButton}) {
        b->setFocusPolicy(Qt::ClickFocus);
        b->hide();
        linkRow->addWidget(b);
    }
    linkRow->addStretch();
    layout->addLayout(linkRow);
    m_linkLabel = new QLabel(this);
    m_linkLabel->setObjectName(u"linkLabel"_s);
    m_linkLabel->setWordWrap(true);
    layout->addWidget(m_linkLabel);

    m_sameFactsCheck = new QCheckBox(tr("与上一件事实和理由相同"), this);
    m_sameFactsCheck->setObjectName(u"sameFactsCheckBox"_s);
    m_sameFactsCheck->setFocusPolicy(Qt::ClickFocus);
    m_sameFactsCheck->hide();
    layout->addWidget(m_sameFactsCheck);
    m_refusalLabel = new QLabel(this);
    m_refusalLabel->setObjectName(u"refusalLabel"_s);
    m_refusalLabel->setWordWrap(true);
    m_refusalLabel->setStyleSheet(u"background:#fdf2e9; color:#a15c00; padding:4px"_s);
    m_refusalLabel->hide();
    layout->addWidget(m_refusalLabel);
    m_refusalButton = new QPushButton(this);
    m_refusalButton->setObjectName(u"refusalButton"_s);
    m_refusalButton->setFocusPolicy(Qt::ClickFocus);
    m_refusalButton->hide();
    layout->addWidget(m_refusalButton);

    layout->addWidget(new QLabel(tr("<b>匹配到的人员</b>（身份证号、电话、姓名加住址）"), this));
    m_matchList = new QListWidget(this);
    m_matchList->setObjectName(u"personMatchList"_s);
    m_matchList->setFocusPolicy(Qt::ClickFocus);
    layout->addWidget(m_matchList, 1);
    auto *hint = new QLabel(tr("双击一人填入信访人。"), this);
    hint->setStyleSheet(u"color:gray"_s);
    layout->addWidget(hint);
    layout->addWidget(new QLabel(tr("<b>此人的信访、案件记录</b>"), this));
    m_historyList = new QListWidget(this);
    m_historyList->setObjectName(u"personHistoryList"_s);
    m_historyList->setFocusPolicy(Qt::ClickFocus);
    layout->addWidget(m_historyList, 1);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"personErrorLabel"_s);
    m_errorLabel->setStyleSheet(u"color:#c0392b"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    connect(m_matchList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_matches.size())
            showHistory(m_matches.at(row).person);
    });
    connect(m_matchList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int row = item->data(indexRole).toInt();
        if (row >= 0 && row < m_matches.size() && m_matches.at(row).source == PersonMatch::Source::Person)
            emit personChosen(m_matches.at(row).person);
    });
    const auto chooseLink = [this](PetitionLinkKind kind) {
        if (!m_assessment.predecessorId)
            return;
        m_link = PetitionLinkInput{m_assessment.predecessorId, kind,
                                   kind == PetitionLinkKind::MultiSend ? tr("同一信访事项同时投向多个机关")
                                                                       : tr("与上一件合并处理")};
        refresh(m_persons);
    };
    connect(m_multiSendButton, &QPushButton::clicked, this,
            [chooseLink] { chooseLink(PetitionLinkKind::MultiSend); });
    connect(m_jointButton, &QPushButton::clicked, this,
            [chooseLink] { chooseLink(PetitionLinkKind::Joint); });
    connect(m_unlinkButton, &QPushButton::clicked, this, [this] {
        m_link.reset();
        refresh(m_persons);
    });
    connect(m_sameFactsCheck, &QCheckBox::toggled, this, [this] { refresh(m_persons); });
    connect(m_refusalButton, &QPushButton::clicked, this, &PersonPanel::refusalChosen);
    updateRepeat();
}

void PersonPanel::clear()
{
    m_link.reset();
    m_sameFactsCheck->setChecked(false);
    refresh({});
}

void PersonPanel::refresh(const QList<Person> &persons)
{
    m_persons = persons;
    m_matches.clear();
    m_matchList->clear();
    m_historyList->clear();
    m_assessment = {};
    m_refusal.reset();
    m_errorLabel->hide();
    try {
        const PersonDirectory directory(m_context.db, m_context.actor());
        for (const Person &p : persons) {
            PersonQuery query;
            query.residentId = p.residentId;
            query.phone = p.phone;
            query.name = p.name;
            query.address = p.address;
            for (const PersonMatch &m : directory.match(query, 10)) {
                const bool known =
                    std::any_of(m_matches.cbegin(), m_matches.cend(),
                                [&](const PersonMatch &o) { return o.source == m.source && o.id == m.id; });
                if (!known)
                    m_matches.append(m);
            }
        }
        for (int i = 0; i < m_matches.size(); ++i) {
            const PersonMatch &m = m_matches.at(i);
            QStringList by;
            if (m.matchedBy.testFlag(PersonMatch::MatchedBy::ResidentId))
                by << tr("身份证号");
            if (m.matchedBy.testFlag(PersonMatch::MatchedBy::Phone))
                by << tr("电话");
            if (m.matchedBy.testFlag(PersonMatch::MatchedBy::NameAddress))
                by << tr("姓名和住址");
            const QString where = m.source == PersonMatch::Source::Person
                                      ? tr("信访 %n 件", nullptr, m.petitionCount)
                                      : tr("案件 %1").arg(m.caseNo);
            auto *item = new QListWidgetItem(
                tr("%1\n%2；按%3匹配").arg(maskedLine(m.person), where, by.join(enumerationSeparator())),
                m_matchList);
            item->setData(indexRole, i);
        }
        const QList<qint64> apart = m_link ? QList<qint64>{m_link->otherPetitionId} : QList<qint64>{};
        const bool anyone = std::any_of(persons.cbegin(), persons.cend(), [](const Person &p) {
            return !p.residentId.isEmpty() || !p.phone.isEmpty() || !p.name.isEmpty();
        });
        if (anyone) {
            m_assessment = directory.assessRepeat(persons, apart);
            const PetitionService service(m_context.db, m_context.clock, m_context.calendar);
            m_refusal = service.refusalFor(persons, m_sameFactsCheck->isChecked(), m_context.actor(), apart);
        }
        if (!m_matches.isEmpty()) {
            m_matchList->setCurrentRow(0);
        }
    } catch (const Error &e) {
        m_errorLabel->setText(e.message());
        m_errorLabel->show();
    }
    updateRepeat();
}

void PersonPanel::showHistory(const Person &person)
{
    m_historyList->clear();
    try {
        const PersonDirectory directory(m_context.db, m_context.actor());
        for (const PersonHistoryEntry &h : directory.history(person, 50)) {
            QString status = h.status;
            if (h.kind == PersonHistoryEntry::Kind::Petition) {
                if (const auto s = fromCode<PetitionStatus>(h.status))
                    status = label(*s);
            } else if (const auto s = fromCode<CaseStatus>(h.status)) {
                status = label(*s);
            }
            const QString kind = h.kind == PersonHistoryEntry::Kind::Petition
                                     ? (h.repeat ? tr("信访（重复）") : tr("信访（首次）"))
                                     : tr("案件");
            new QListWidgetItem(tr("%1 %2 %3 · %4\n%5").arg(day(h.at), kind, h.number, status, h.summary),
                                m_historyList);
        }
    } catch (const Error &e) {
        m_errorLabel->setText(e.message());
        m_errorLabel->show();
    }
}

void PersonPanel::updateRepeat()
{
    if (m_link) {
        m_linkLabel->setText(m_link->kind == PetitionLinkKind::MultiSend
                                 ? tr("登记后与上一件关联为“一信多投”，不计为重复信访。")
                                 : tr("登记后与上一件关联为“并处”，不计为重复信访。"));
    } else {
        m_linkLabel->clear();
    }
    if (m_assessment.repeat) {
        const auto status = fromCode<PetitionStatus>(m_assessment.predecessorStatus);
        QString text =
            tr("<b style=\"color:#a15c00\">重复信访</b>：上一件 %1（%2，%3）")
                .arg(m_assessment.predecessorNo.toHtmlEscaped(), day(m_assessment.predecessorReceivedAt),
                     status ? label(*status) : m_assessment.predecessorStatus);
        if (m_assessment.chainFirstId && m_assessment.chainFirstId != m_assessment.predecessorId)
            text += tr("；首件 %1").arg(m_assessment.chainFirstNo.toHtmlEscaped());
        m_repeatLabel->setText(text);
    } else {
        m_repeatLabel->setText(m_persons.isEmpty() ? tr("输入信访人后显示是否重复信访。")
                                                   : tr("<b>首次信访</b>：未找到此人此前的信访件。"));
    }
    m_multiSendButton->setVisible(m_assessment.repeat && !m_link);
    m_jointButton->setVisible(m_assessment.repeat && !m_link);
    m_unlinkButton->setVisible(bool(m_link));
    m_sameFactsCheck->setVisible(m_assessment.repeat || m_sameFactsCheck->isChecked());
    // The refusal is the duty officer's or the leader's decision: others see it offered, and whom to ask.
    const bool mayRefuse = m_refusal && m_refusal->action &&
                           (m_context.user.roles &
                            PetitionWorkflow::allowedRoles(*m_refusal->action, PetitionStatus::Registered));
    if (m_refusal && m_refusal->action) {
        QString text = m_refusal->message.contains(m_refusal->article)
                           ? m_refusal->message
                           : tr("%1（%2）").arg(m_refusal->message, m_refusal->article);
        if (!mayRefuse)
            text += tr(" 登记后请值班员或领导在信访台账中作出“%1”决定。").arg(label(*m_refusal->action));
        m_refusalLabel->setText(text);
        m_refusalButton->setText(tr("登记并%1").arg(label(*m_refusal->action)));
    }
    m_refusalLabel->setVisible(m_refusal && m_refusal->action);
    m_refusalButton->setVisible(mayRefuse);
}

} // namespace zz
