#pragma once

#include "Types.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QString>
#include <algorithm>

// Small widget makers the intake and petition reception forms share: a hidden red problem line, a
// fixed-height text box that Tab leaves, an enum's combo box (labels shown, codes as data) and the
// red asterisk of a required field.
namespace zz::form {

inline const QString errorColour = QStringLiteral("#c0392b");

// A red line under a field, hidden while it has nothing to say.
inline QLabel *problemLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setStyleSheet(QStringLiteral("color:") + errorColour);
    label->setWordWrap(true);
    label->hide();
    return label;
}

inline void setProblem(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

// `lines` lines high; Tab moves on instead of typing a tab.
inline QPlainTextEdit *textEdit(const QString &objectName, const QString &placeholder, int lines,
                                QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

// Every value of E, shown by label() with code() as the item's data; `current` selected.
template <typename E> QComboBox *enumCombo(const QString &objectName, E current, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    for (const E value : allValues<E>())
        combo->addItem(label(value), code(value));
    combo->setCurrentIndex(std::max(0, combo->findData(code(current))));
    return combo;
}

template <typename E> E comboValue(const QComboBox *combo, E fallback)
{
    return fromCode<E>(combo->currentData().toString()).value_or(fallback);
}

// Selects the item whose code is `codeText` (a draft read back); leaves the combo alone when none is.
inline void setComboCode(QComboBox *combo, const QString &codeText)
{
    if (const int index = combo->findData(codeText); index >= 0)
        combo->setCurrentIndex(index);
}

// A field's name, with a red asterisk when it must be filled (rich text).
inline QString fieldLabel(const QString &text, bool required)
{
    return required ? text + QStringLiteral(" <span style=\"color:%1\">*</span>").arg(errorColour) : text;
}

} // namespace zz::form
