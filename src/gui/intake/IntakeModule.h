#pragma once

#include "shell/Module.h"

#include <QPointer>

namespace zz {

class IntakeForm;
struct AppContext;

// 受理登记: registering a new case at the reception desk.
class IntakeModule : public Module
{
    Q_OBJECT

public:
    explicit IntakeModule(const AppContext &context, QObject *parent = nullptr);

    QString id() const override;
    QString title() const override;
    QIcon icon() const override;
    QWidget *widget() override;
    QString unsavedWork() const override;
    void keepUnsavedWork() override;
    void discardUnsavedWork() override;
    void calendarReloaded() override;

private:
    const AppContext &m_context;
    QPointer<IntakeForm> m_form;
};

} // namespace zz
