#pragma once

#include <QSet>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace zz {

class DivisionCatalog;

// Picks the county of a center and the townships whose villages to load, from the bundled national
// division tables: a search field (name, code or pinyin initials) with a results list, cascading
// province → city → county combos, and the county's townships as a checkable list. Development
// zones, farms and similar units (codes 400–599) are marked and not checked by default.
class DivisionPicker : public QWidget
{
    Q_OBJECT

public:
    explicit DivisionPicker(QWidget *parent = nullptr);
    DivisionPicker(const DivisionCatalog &catalog, QWidget *parent = nullptr);

    // The chosen county's 6-digit code; empty until one is chosen.
    QString countyCode() const;
    // The checked townships' 9-digit codes, in code order.
    QStringList townshipCodes() const;
    // A county is chosen and at least one township is checked.
    bool isComplete() const;

    // Chooses a county (and checks its ordinary townships); `locked` keeps the user from choosing
    // another one (re-running setup on a database that already holds its county).
    void setCounty(const QString &countyCode, bool locked = false);
    // Chooses the township's county and checks that township alone.
    void setTownship(const QString &townshipCode);
    // Townships whose villages the database holds already: marked 已载入 and not checked by default.
    void setLoadedTownships(const QStringList &townshipCodes);

signals:
    void selectionChanged();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void build();
    void retranslate();
    void search(const QString &text);
    void pickResult(QListWidgetItem *item);
    void fillProvinces();
    void provinceChosen();
    void cityChosen();
    void countyChosen();
    void fillTownships(const QString &countyCode);
    void checkAll(bool checked);
    void updateSummary();
    QString townshipText(const QString &code) const;
    void selectInCombo(QComboBox *combo, const QString &code);

    const DivisionCatalog &m_catalog;
    QLineEdit *m_search = nullptr;
    QListWidget *m_results = nullptr;
    QLabel *m_placeLabel = nullptr;
    QComboBox *m_province = nullptr;
    QComboBox *m_city = nullptr;
    QComboBox *m_county = nullptr;
    QLabel *m_townshipsLabel = nullptr;
    QListWidget *m_townships = nullptr;
    QPushButton *m_selectAll = nullptr;
    QPushButton *m_selectNone = nullptr;
    QLabel *m_summary = nullptr;
    QSet<QString> m_loaded;
    bool m_locked = false;
    bool m_filling = false; // the combos are being filled by code: no cascading
};

} // namespace zz
