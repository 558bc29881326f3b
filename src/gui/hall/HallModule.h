#pragma once

#include "shell/Module.h"

#include <QPointer>

class QScreen;
class QTabWidget;

namespace zz {

struct AppContext;
class EvaluatorWindow;
class QueueDisplayWindow;
class QueueSetupPage;
class QueueStatsPage;
class TakeNumberPage;
class WindowConsole;

// 排队叫号 (信访超市): the township hall's take-number page, the window console, the statistics and,
// for admins, the hall's set-up; its toolbar opens the public display and the evaluator on a screen
// of their own. Shown to accounts of a township (or of its villages).
class HallModule : public Module
{
    Q_OBJECT

public:
    explicit HallModule(const AppContext &context, QObject *parent = nullptr);
    ~HallModule() override;

    static bool isAvailableTo(const AppContext &context);

    QString id() const override;
    QString title() const override;
    QIcon icon() const override;
    QWidget *widget() override;
    QList<QAction *> toolBarActions() const override;
    void activate() override;

    // Opens (or raises) the public display / the evaluator bound to the console's window on `screen`
    // (nullptr: ask when there are several screens, else this one).
    QueueDisplayWindow *openDisplay(QScreen *screen = nullptr);
    EvaluatorWindow *openEvaluator(QScreen *screen = nullptr);

    TakeNumberPage *takeNumberPage() const;
    WindowConsole *console() const;

private:
    QScreen *chooseScreen(const QString &title);

    const AppContext &m_context;
    QPointer<QTabWidget> m_page;
    QPointer<TakeNumberPage> m_take;
    QPointer<WindowConsole> m_console;
    QPointer<QueueStatsPage> m_stats;
    QPointer<QueueSetupPage> m_setup;
    QPointer<QueueDisplayWindow> m_display;
    QPointer<EvaluatorWindow> m_evaluator;
    QAction *m_displayAction = nullptr;
    QAction *m_evaluatorAction = nullptr;
    QAction *m_reloadAction = nullptr;
};

} // namespace zz
