#pragma once

#include "SetupPlan.h"

#include <QPointer>
#include <QStringList>
#include <QWizard>
#include <functional>
#include <memory>

class QMessageBox;

namespace zz {

class Clock;
class Database;
class SetupRunner;
struct AppContext;

// 首次设置: what a new center answers before its first login — the database (a local file or a
// PostgreSQL server), how to start (standard categories, empty, or clearly labelled demo data), its
// county and townships from the national division tables, the center's name, address and phone,
// and the first admin — then a summary, and the steps carried out with progress and plain errors
// (nothing typed is lost on a failure; 重试 resumes where it stopped). Later, an admin runs it again
// from the menu to add townships: the division step alone, as the logged-in account.
class FirstRunWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { DatabasePage, StartPage, DivisionPage, CenterPage, AdminPage, SummaryPage, ProgressPage };
    enum class Outcome {
        None,         // not finished
        SetUp,        // the plan was carried out: the center's county, admin and details
        Demo,         // demo data was generated
        AlreadySetUp, // the database chosen on the first page had been set up already
        TownshipsAdded,
    };
    // Opens and migrates the database at a URL (throws zz::Error with a sentence to show).
    using Opener = std::function<std::unique_ptr<Database>(const QString &url)>;

    // First run on `db`, an open database without org units. With `askDatabase`, the first page
    // lets the user choose another one, opened through `opener`.
    FirstRunWizard(std::unique_ptr<Database> db, const Clock &clock, Opener opener, bool askDatabase,
                   QWidget *parent = nullptr);
    // 添加乡镇: more townships' villages for the county of the logged-in admin.
    FirstRunWizard(const AppContext &context, QWidget *parent = nullptr);
    ~FirstRunWizard() override;

    Outcome outcome() const { return m_outcome; }
    // The database the wizard worked on (first run); the caller logs in to it.
    std::unique_ptr<Database> takeDatabase();
    QString url() const;
    // After SetUp: the first admin's login. After Demo: what the login dialog should say.
    QString createdLogin() const;
    QStringList demoNotes() const;

    // For the pages.
    const Database &database() const;
    const Clock &clock() const { return m_clock; }
    bool isAddingTownships() const { return m_addingTownships; }
    // Who acts: the logged-in account when adding townships, else empty (the database owner).
    const Actor &actor() const { return m_actor; }
    SetupPlan &plan() { return m_plan; }
    SetupRunner &runner();
    // Switches to the database at `url` (first page). Empty on success, else what went wrong.
    QString useDatabase(const QString &url);
    // Why the database cannot be set up here (a PostgreSQL account without CREATEROLE), or empty.
    QString databaseProblem() const;
    // The database turned out to be set up already: close the wizard so the user can log in.
    void finishAlreadySetUp();
    void setOutcome(Outcome outcome) { m_outcome = outcome; }

    // 取消, Esc or the window's close button before the steps are carried out: asks first
    // ("退出首次设置？已填写的内容不会保存。"); the wizard closes only on 退出.
    void reject() override;
    // That question while it is open (nullptr otherwise).
    QMessageBox *leavePrompt() const;

private:
    void setUpButtons();

    const Clock &m_clock;
    Opener m_opener;
    std::unique_ptr<Database> m_ownedDb;
    const Database *m_db = nullptr;
    bool m_addingTownships = false;
    Actor m_actor;
    SetupPlan m_plan;
    std::unique_ptr<SetupRunner> m_runner;
    Outcome m_outcome = Outcome::None;
    QPointer<QMessageBox> m_leavePrompt;
};

} // namespace zz
