#pragma once

#include "shell/Module.h"

#include <QPointer>

namespace zz {

class Database;
class OverviewPage;

// 概览: case counts per status.
class OverviewModule : public Module
{
    Q_OBJECT

public:
    explicit OverviewModule(const Database &db, QObject *parent = nullptr);

    QString id() const override;
    QString title() const override;
    QIcon icon() const override;
    QWidget *widget() override;
    void activate() override;

private:
    const Database &m_db;
    QPointer<OverviewPage> m_page;
};

} // namespace zz
