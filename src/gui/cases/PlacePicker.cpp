#include "PlacePicker.h"

#include "ReferenceRepositories.h"

#include <QCompleter>
#include <QMultiMap>
#include <QStringListModel>
#include <algorithm>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace zz {

PlacePicker::PlacePicker(const Database &db, qint64 scopeUnitId, QWidget *parent) : QLineEdit(parent)
{
    load(db, scopeUnitId);
    connect(this, &QLineEdit::editingFinished, this, [this] {
        const qint64 id = placeId();
        if (!id)
            return;
        const QString full = m_places.key(id);
        if (text() != full)
            setText(full);
    });
}

void PlacePicker::load(const Database &db, qint64 scopeUnitId)
{
    // The account's scope: its unit and everything below, named from the township down.
    QMultiMap<qint64, OrgUnit> byParent;
    std::optional<OrgUnit> root;
    for (const OrgUnit &u : OrgUnitRepository(db).all()) {
        byParent.insert(u.parentId, u);
        if (u.id == scopeUnitId)
            root = u;
    }
    QStringList placeNames;
    const std::function<void(const OrgUnit &, const QString &)> add = [&](const OrgUnit &unit,
                                                                          const QString &prefix) {
        if (!unit.active)
            return; // a deactivated unit and everything below it take no new matters
        const QString name = unit.level == OrgLevel::County
                                 ? QString()
                                 : (prefix.isEmpty() ? unit.name : prefix + u" / "_s + unit.name);
        if (!name.isEmpty()) {
            m_places.insert(name, unit.id);
            placeNames.append(name);
        }
        QList<OrgUnit> children = byParent.values(unit.id);
        std::sort(children.begin(), children.end(),
                  [](const OrgUnit &a, const OrgUnit &b) { return a.code < b.code; });
        for (const OrgUnit &child : std::as_const(children))
            add(child, name);
    };
    if (root) {
        // A village account still sees its township's name in front.
        QString prefix;
        if (root->level == OrgLevel::Village || root->level == OrgLevel::Grid) {
            QStringList chain;
            for (const OrgUnit &a : OrgUnitRepository(db).ancestors(root->parentId))
                if (a.level != OrgLevel::County)
                    chain.append(a.name);
            prefix = chain.join(u" / "_s);
        }
        add(*root, prefix);
    }
    auto *completer = new QCompleter(new QStringListModel(placeNames, this), this);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(12);
    setCompleter(completer);
}

qint64 PlacePicker::placeId() const
{
    return resolve(text(), m_places);
}

void PlacePicker::setPlaceId(qint64 id)
{
    setText(placeName(id));
}

QString PlacePicker::placeName(qint64 id) const
{
    return id ? m_places.key(id) : QString();
}

qint64 PlacePicker::resolve(const QString &text, const QHash<QString, qint64> &choices)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return 0;
    if (const auto it = choices.constFind(wanted); it != choices.cend())
        return it.value();
    // A fragment that names exactly one choice is as good as picking it from the list.
    qint64 found = 0;
    for (auto it = choices.cbegin(); it != choices.cend(); ++it) {
        if (!it.key().contains(wanted, Qt::CaseInsensitive))
            continue;
        if (found)
            return 0;
        found = it.value();
    }
    return found;
}

} // namespace zz
