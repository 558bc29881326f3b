#pragma once

#include <QHash>
#include <QLineEdit>

namespace zz {

class Database;

// The place of a matter (村（社区） or 网格 within the account's scope), typed with search-as-you-type
// over "镇 / 村 / 网格" names: any part of a name matches, a fragment naming one place completes to it.
// Shared by the case intake form and the petition reception form.
class PlacePicker : public QLineEdit
{
    Q_OBJECT

public:
    // The places below `scopeUnitId` (the account's unit), deactivated ones left out.
    PlacePicker(const Database &db, qint64 scopeUnitId, QWidget *parent = nullptr);

    // The place typed or picked; 0 when the text names none or several.
    qint64 placeId() const;
    // Shows the place with this id (empty text for an unknown one).
    void setPlaceId(qint64 id);
    // The full name of a place in the scope ("上溪镇 / 上溪村 / 第1网格"), empty when unknown.
    QString placeName(qint64 id) const;
    bool hasChoices() const { return !m_places.isEmpty(); }

    // The id `text` names among `choices`: the exact name, or a fragment contained in exactly one.
    static qint64 resolve(const QString &text, const QHash<QString, qint64> &choices);

private:
    void load(const Database &db, qint64 scopeUnitId);

    QHash<QString, qint64> m_places; // "镇 / 村 / 网格" -> id
};

} // namespace zz
