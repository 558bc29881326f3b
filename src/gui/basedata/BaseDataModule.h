#pragma once

#include "shell/Module.h"

#include <QPointer>
#include <QStringList>
#include <functional>
#include <vector>

class QListWidget;
class QStackedWidget;
class QWidget;

namespace zz {

struct AppContext;

// 基础数据: one page per kind of reference data (org tree, departments, categories …) in a list on
// the left. Admins (Permission::ManageReferenceData) edit; accounts that work on cases see the
// lists read-only. Pages are registered in one place (registerPages) and built on first view.
class BaseDataModule : public Module
{
    Q_OBJECT

public:
    // Builds a page the first time it is shown; the module takes ownership of the widget.
    using PageFactory = std::function<QWidget *()>;

    explicit BaseDataModule(const AppContext &context, QObject *parent = nullptr);

    // Whether the account may see the module at all (admins, and the roles that work on cases).
    static bool isAvailableTo(const AppContext &context);

    QString id() const override;
    QString title() const override;
    QIcon icon() const override;
    QWidget *widget() override;

    // Whether the pages offer editing (Permission::ManageReferenceData); else they are read-only.
    bool isEditable() const { return m_editable; }
    QStringList pageIds() const;
    // Shows the page (building it if needed) and returns its widget; nullptr for an unknown id.
    QWidget *showPage(const QString &id);
    QWidget *page(const QString &id) const; // nullptr while not yet built

private:
    struct Page
    {
        QString id;
        QString title;
        PageFactory factory;
        QPointer<QWidget> widget;
    };

    void registerPages();
    // Adds a page to the list: `id` is stable and untranslated ("orgtree"), `title` translated.
    void addPage(const QString &id, const QString &title, PageFactory factory);
    void showRow(int row);
    void openImport();

    const AppContext &m_context;
    const bool m_editable;
    std::vector<Page> m_pages;
    QPointer<QWidget> m_widget;
    QListWidget *m_list = nullptr;
    QStackedWidget *m_stack = nullptr;
};

} // namespace zz
