#include "SettingsDialog.h"

#include "AppSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPrinterInfo>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

namespace {
constexpr int maxIdleMinutes = 240;
}

SettingsDialog::SettingsDialog(AppSettings &settings, QWidget *parent) : QDialog(parent), m_settings(settings)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("设置"));

    auto *form = new QFormLayout;
    m_form = form;
    m_languageBox = new QComboBox(this);
    m_languageBox->setObjectName(u"languageComboBox"_s);
    // Each language named in itself, so that someone who cannot read the current one finds his own.
    m_languageBox->addItem(u"中文（简体）"_s, u"zh_CN"_s);
    m_languageBox->addItem(u"English"_s, u"en"_s);
    form->addRow(tr("界面语言(&L)："), m_languageBox);
    m_languageNote = new QLabel(this);
    m_languageNote->setObjectName(u"languageNoteLabel"_s);
    m_languageNote->setWordWrap(true);
    form->addRow(QString(), m_languageNote);

    m_idleSpinBox = new QSpinBox(this);
    m_idleSpinBox->setObjectName(u"idleLockSpinBox"_s);
    m_idleSpinBox->setRange(0, maxIdleMinutes);
    m_idleSpinBox->setSuffix(tr(" 分钟"));
    m_idleSpinBox->setSpecialValueText(tr("从不锁定"));
    m_idleSpinBox->setToolTip(tr("这么久没有键盘和鼠标操作时锁定屏幕，须重新输入密码。"
                                 "受理窗口面向群众，建议不超过 15 分钟。"));
    form->addRow(tr("无操作锁屏(&I)："), m_idleSpinBox);

    m_printerBox = new QComboBox(this);
    m_printerBox->setObjectName(u"printerComboBox"_s);
    m_printerBox->addItem(tr("系统默认打印机"), QString());
    for (const QString &name : QPrinterInfo::availablePrinterNames())
        m_printerBox->addItem(name, name);
    m_printerBox->setToolTip(tr("打印回执、交办单和列表时先选中的打印机。"));
    form->addRow(tr("默认打印机(&P)："), m_printerBox);

    m_receiptPaperBox = new QComboBox(this);
    m_receiptPaperBox->setObjectName(u"receiptPaperComboBox"_s);
    m_receiptPaperBox->addItem(tr("按中心设置"), QString());
    m_receiptPaperBox->addItem(tr("A5"), u"a5"_s);
    m_receiptPaperBox->addItem(tr("A4 对半裁"), u"a4-half"_s);
    m_receiptPaperBox->setToolTip(
        tr("本窗口的打印机用另一种纸时在此改变；全中心的纸张在 基础数据 › 中心设置 中设置。"));
    form->addRow(tr("回执纸张(&R)："), m_receiptPaperBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"buttonBox"_s);
    QPushButton *defaults = buttons->addButton(tr("恢复默认值(&D)"), QDialogButtonBox::ResetRole);
    defaults->setObjectName(u"restoreDefaultsButton"_s);
    connect(defaults, &QPushButton::clicked, this, &SettingsDialog::restoreDefaults);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_languageBox, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateLanguageNote);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    load();
    setMinimumWidth(460); // the longest printer names and the language note fit on their lines
}

void SettingsDialog::load()
{
    const auto select = [](QComboBox *box, const QString &value) {
        const int index = box->findData(value);
        box->setCurrentIndex(index >= 0 ? index : 0);
    };
    select(m_languageBox, m_settings.language.get());
    m_idleSpinBox->setValue(qBound(0, m_settings.idleLockMinutes.get(), maxIdleMinutes));
    // A printer saved earlier but not connected now stays chosen, marked as missing.
    const QString printer = m_settings.printerName.get();
    if (!printer.isEmpty() && m_printerBox->findData(printer) < 0)
        m_printerBox->addItem(tr("%1（未连接）").arg(printer), printer);
    select(m_printerBox, printer);
    select(m_receiptPaperBox, m_settings.receiptPaper.get());
    updateLanguageNote();
}

void SettingsDialog::save()
{
    const QString language = m_languageBox->currentData().toString();
    m_languageChanged = language != m_settings.language.get();
    m_settings.language.set(language);
    m_settings.idleLockMinutes.set(m_idleSpinBox->value());
    m_settings.printerName.set(m_printerBox->currentData().toString());
    m_settings.receiptPaper.set(m_receiptPaperBox->currentData().toString());
    m_settings.sync();
}

void SettingsDialog::restoreDefaults()
{
    m_languageBox->setCurrentIndex(m_languageBox->findData(m_settings.language.defaultValue()));
    m_idleSpinBox->setValue(m_settings.idleLockMinutes.defaultValue());
    m_printerBox->setCurrentIndex(0);
    m_receiptPaperBox->setCurrentIndex(0);
}

void SettingsDialog::updateLanguageNote()
{
    const bool changed = m_languageBox->currentData().toString() != m_settings.language.get();
    // Said in the language chosen, which is the one the user reads.
    m_languageNote->setText(changed ? (m_languageBox->currentData().toString() == u"en"_s
                                           ? u"The program will be in English the next time it starts."_s
                                           : u"下次启动程序时界面改为中文。"_s)
                                    : QString());
    m_form->setRowVisible(m_languageNote, changed); // no empty line under the language
}

} // namespace zz
