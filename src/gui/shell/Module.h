#pragma once

#include <QAction>
#include <QIcon>
#include <QList>
#include <QObject>
#include <QString>

class QWidget;

namespace zz {

// One page of the workbench (概览， 案件查询 …). The shell only hosts it: it lists the module in the
// navigation, puts its widget into the page stack and shows its toolbar actions while it is current.
class Module : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~Module() override = default;

    // Stable, untranslated identifier ("overview", "cases"): for settings and tests.
    virtual QString id() const = 0;
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    // The page; the shell takes ownership (it reparents the widget into its page stack).
    virtual QWidget *widget() = 0;
    // Shown in the module toolbar while the module is current.
    virtual QList<QAction *> toolBarActions() const { return {}; }
    // Called each time the page becomes the current one.
    virtual void activate() {}
    // What would be left unfinished if the session ended now (a half-filled form), in a sentence,
    // or empty. The shell asks before logging out, quitting or switching the database.
    virtual QString unsavedWork() const { return {}; }
    // The user's answer: keep it for the account's next session, or throw it away.
    virtual void keepUnsavedWork() {}
    virtual void discardUnsavedWork() {}
    // The window reloaded the holiday calendar (AppContext::calendar) after a module changed it:
    // recount what shows deadlines or the calendar's coverage.
    virtual void calendarReloaded() {}

signals:
    // This module stored holiday years in the database; the window reloads its calendar and tells
    // every module (calendarReloaded).
    void calendarChanged();
};

} // namespace zz
