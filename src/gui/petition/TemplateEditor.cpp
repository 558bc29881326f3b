#include "TemplateEditor.h"

#include "Error.h"
#include "PetitionDocuments.h"
#include "petition/DocumentTemplate.h"
#include "petition/PetitionRepository.h"
#include "petition/PetitionService.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

namespace {
constexpr int kindRole = Qt::UserRole;
} // namespace

TemplateEditor::TemplateEditor(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(u"templateEditor"_s);
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    m_kindList = new QListWidget(this);
    m_kindList->setObjectName(u"templateKindList"_s);
    for (const DocumentKind kind : allValues<DocumentKind>()) {
        auto *item = new QListWidgetItem(label(kind), m_kindList);
        item->setData(kindRole, code(kind));
    }
    m_kindList->setMaximumWidth(200);
    left->addWidget(m_kindList, 2);
    left->addWidget(new QLabel(tr("历史版本"), this));
    m_versionList = new QListWidget(this);
    m_versionList->setObjectName(u"templateVersionList"_s);
    m_versionList->setMaximumWidth(200);
    left->addWidget(m_versionList, 1);
    layout->addLayout(left);

    auto *middle = new QVBoxLayout;
    auto *form = new QFormLayout;
    m_titleEdit = new QLineEdit(this);
    m_titleEdit->setObjectName(u"templateTitleLineEdit"_s);
    m_numberEdit = new QLineEdit(this);
    m_numberEdit->setObjectName(u"numberPatternLineEdit"_s);
    m_numberEdit->setToolTip(tr("文号格式：{机关代字}、{年}、{序号}"));
    form->addRow(tr("标题"), m_titleEdit);
    form->addRow(tr("文号格式"), m_numberEdit);
    middle->addLayout(form);
    m_bodyEdit = new QPlainTextEdit(this);
    m_bodyEdit->setObjectName(u"templateBodyTextEdit"_s);
    m_bodyEdit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    middle->addWidget(m_bodyEdit, 1);
    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(u"templateProblemLabel"_s);
    m_problemLabel->setStyleSheet(u"color:#c0392b"_s);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->hide();
    middle->addWidget(m_problemLabel);
    m_versionLabel = new QLabel(this);
    m_versionLabel->setObjectName(u"templateVersionLabel"_s);
    middle->addWidget(m_versionLabel);
    auto *buttons = new QHBoxLayout;
    m_defaultButton = new QPushButton(tr("载入默认文本"), this);
    m_defaultButton->setObjectName(u"defaultTemplateButton"_s);
    m_saveButton = new QPushButton(tr("保存为新版本"), this);
    m_saveButton->setObjectName(u"saveTemplateButton"_s);
    buttons->addWidget(m_defaultButton);
    buttons->addStretch();
    buttons->addWidget(m_saveButton);
    middle->addLayout(buttons);
    layout->addLayout(middle, 3);

    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("占位符（双击插入）"), this));
    m_placeholderList = new QListWidget(this);
    m_placeholderList->setObjectName(u"placeholderList"_s);
    for (const DocumentPlaceholder &p : DocumentTemplate::knownPlaceholders()) {
        // The list is built once per process in the language of that moment: look the description up
        // again in the language shown now (a description already translated is left as it is).
        const QString description =
            QCoreApplication::translate("zz::DocumentTemplate", p.description.toUtf8().constData());
        auto *item = new QListWidgetItem(tr("{{%1}}　%2").arg(p.name, description), m_placeholderList);
        item->setData(kindRole, p.name);
        item->setToolTip(description);
    }
    right->addWidget(m_placeholderList, 1);
    right->addWidget(new QLabel(tr("预览（示例信访件）"), this));
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(u"templatePreview"_s);
    right->addWidget(m_preview, 2);
    layout->addLayout(right, 3);

    connect(m_kindList, &QListWidget::currentRowChanged, this, &TemplateEditor::load);
    connect(m_placeholderList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_bodyEdit->insertPlainText(u"{{"_s + item->data(kindRole).toString() + u"}}"_s);
        m_bodyEdit->setFocus();
    });
    connect(m_bodyEdit, &QPlainTextEdit::textChanged, this, &TemplateEditor::updatePreview);
    connect(m_titleEdit, &QLineEdit::textChanged, this, &TemplateEditor::updatePreview);
    connect(m_numberEdit, &QLineEdit::textChanged, this, &TemplateEditor::updatePreview);
    connect(m_saveButton, &QPushButton::clicked, this, &TemplateEditor::save);
    connect(m_defaultButton, &QPushButton::clicked, this, [this] {
        const DocumentTemplate bundled = DocumentTemplate::bundled(currentKind());
        m_titleEdit->setText(bundled.title());
        m_numberEdit->setText(bundled.numberPattern());
        m_bodyEdit->setPlainText(bundled.body());
    });
    m_kindList->setCurrentRow(0);
}

DocumentKind TemplateEditor::currentKind() const
{
    const QListWidgetItem *item = m_kindList->currentItem();
    return item ? fromCode<DocumentKind>(item->data(kindRole).toString())
                      .value_or(DocumentKind::AcceptanceNotice)
                : DocumentKind::AcceptanceNotice;
}

void TemplateEditor::selectKind(DocumentKind kind)
{
    for (int i = 0; i < m_kindList->count(); ++i)
        if (m_kindList->item(i)->data(kindRole).toString() == code(kind))
            m_kindList->setCurrentRow(i);
}

void TemplateEditor::load()
{
    m_versionList->clear();
    try {
        const PetitionRepository repository(m_context.db, m_context.actor());
        const auto [tmpl, stored] = repository.currentTemplate(currentKind());
        m_titleEdit->setText(tmpl.title());
        m_numberEdit->setText(tmpl.numberPattern());
        m_bodyEdit->setPlainText(tmpl.body());
        m_versionLabel->setText(stored.id
                                    ? tr("当前：第 %1 版（%2）")
                                          .arg(stored.version)
                                          .arg(QLocale().toString(stored.createdAt, u"yyyy-MM-dd HH:mm"_s))
                                    : tr("当前：默认文本"));
        for (const PetitionRepository::StoredTemplate &v : repository.templateVersions(currentKind()))
            new QListWidgetItem(tr("第 %1 版 · %2")
                                    .arg(v.version)
                                    .arg(QLocale().toString(v.createdAt, u"yyyy-MM-dd HH:mm"_s)),
                                m_versionList);
    } catch (const Error &e) {
        m_problemLabel->setText(e.message());
        m_problemLabel->show();
    }
}

QString TemplateEditor::problem() const
{
    const DocumentTemplate tmpl(currentKind(), m_titleEdit->text().trimmed(), m_bodyEdit->toPlainText(),
                                m_numberEdit->text().trimmed());
    return tmpl.validate();
}

void TemplateEditor::updatePreview()
{
    const DocumentTemplate tmpl(currentKind(), m_titleEdit->text().trimmed(), m_bodyEdit->toPlainText(),
                                m_numberEdit->text().trimmed());
    const QString p = tmpl.validate();
    m_problemLabel->setText(p);
    m_problemLabel->setVisible(!p.isEmpty());
    m_saveButton->setEnabled(p.isEmpty());
    // The sample's facts are document text (Chinese, like the templates).
    PetitionActionInput sample;
    sample.decision = PetitionDecision::Support;
    sample.result = u"经调查核实，村道排水沟设计不足，已责成村委会于30日内增设排水设施。"_s;
    sample.basis = u"《中华人民共和国公路法》第四十三条"_s;
    sample.note = u"需进一步调查核实，经负责人批准延长办理期限。"_s;
    sample.days = 30;
    QHash<QString, QString> values =
        PetitionDocuments(m_context).values(PetitionDocuments::samplePetition(), currentKind(), sample);
    values.insert(u"文号"_s, tmpl.formatNumber(u"上溪"_s, m_context.clock.now().date().year(), 12));
    m_preview->setHtml(tmpl.fill(values));
}

bool TemplateEditor::save()
{
    if (const QString p = problem(); !p.isEmpty()) {
        m_problemLabel->setText(p);
        m_problemLabel->show();
        return false;
    }
    const DocumentTemplate tmpl(currentKind(), m_titleEdit->text().trimmed(), m_bodyEdit->toPlainText(),
                                m_numberEdit->text().trimmed());
    try {
        PetitionService(m_context.db, m_context.clock, m_context.calendar)
            .saveTemplate(tmpl, m_context.user.orgUnitId, m_context.actor());
    } catch (const Error &e) {
        m_problemLabel->setText(e.message());
        m_problemLabel->show();
        return false;
    }
    load();
    return true;
}

} // namespace zz
