#pragma once

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace zz {

class AppSettings;

// 文件 → 设置: this user's settings on this computer (AppSettings) — the interface language (after a
// restart), the minutes before the screen locks, the printer the print dialogs start with and this
// counter's receipt paper. Shared settings of the center are in 基础数据 › 中心设置, not here.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(AppSettings &settings, QWidget *parent = nullptr);

    // After Accepted: whether the language changed (it applies when the program starts again).
    bool languageChanged() const { return m_languageChanged; }

private:
    void load();
    void save();
    void restoreDefaults();
    void updateLanguageNote();

    AppSettings &m_settings;
    QFormLayout *m_form = nullptr;
    QComboBox *m_languageBox = nullptr;
    QLabel *m_languageNote = nullptr;
    QSpinBox *m_idleSpinBox = nullptr;
    QComboBox *m_printerBox = nullptr;
    QComboBox *m_receiptPaperBox = nullptr;
    bool m_languageChanged = false;
};

} // namespace zz
