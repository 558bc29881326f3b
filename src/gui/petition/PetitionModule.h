#pragma once

#include "shell/Module.h"

#include <QPointer>

class QTabWidget;

namespace zz {

class PetitionBoardPage;
class ReceptionForm;
class TemplateEditor;
struct AppContext;

// 信访超市: the petition window's reception form, the 信访台账 board with its clocks and the leader's
// overdue overview, and (for leaders and admins) the document templates.
class PetitionModule : public Module
{
    Q_OBJECT

public:
    explicit PetitionModule(const AppContext &context, QObject *parent = nullptr);
    ~PetitionModule() override;

    static bool isAvailableTo(const AppContext &context);
    static bool mayRegister(const AppContext &context);
    static bool mayEditTemplates(const AppContext &context);
    QString id() const override;
    QString title() const override;
    QIcon icon() const override;
    QWidget *widget() override;
    QList<QAction *> toolBarActions() const override;
    void activate() override;
    QString unsavedWork() const override;
    void discardUnsavedWork() override;

    ReceptionForm *reception() const;
    PetitionBoardPage *board() const;
    TemplateEditor *templates() const;

private:
    const AppContext &m_context;
    QPointer<QTabWidget> m_tabs;
    QPointer<ReceptionForm> m_reception;
    QPointer<PetitionBoardPage> m_board;
    QPointer<TemplateEditor> m_templates;
    QAction *m_reloadAction = nullptr;
    QAction *m_exportAction = nullptr;
};

} // namespace zz
