#include "ColumnWidths.h"

#include "Error.h"
#include "ReferenceRepositories.h"

#include <QHeaderView>
#include <QScopedValueRollback>
#include <QStringList>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace zz {

namespace {
constexpr int saveDelayMs = 800;
constexpr int minimumWidth = 24;
} // namespace

ColumnWidths::ColumnWidths(const Database &db, qint64 userId, const QString &name, QHeaderView *header)
    : QObject(header), m_db(db), m_userId(userId), m_name(name), m_header(header)
{
    setObjectName(u"columnWidths_"_s + name);
    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(saveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &ColumnWidths::save);
    restore();
    connect(m_header, &QHeaderView::sectionResized, this, [this] {
        // Only what the user drags: a stretched section follows the window, not the user.
        if (!m_restoring && m_userId > 0)
            m_saveTimer->start();
    });
}

QString ColumnWidths::key() const
{
    return u"user.%1.columns.%2"_s.arg(m_userId).arg(m_name);
}

bool ColumnWidths::restore()
{
    if (m_userId <= 0)
        return false;
    QString stored;
    try {
        stored = SettingsRepository(m_db).value(key());
    } catch (const Error &) {
        return false; // the page's own widths are a fine fallback
    }
    const QStringList parts = stored.split(u',', Qt::SkipEmptyParts);
    if (parts.isEmpty() || parts.size() != m_header->count())
        return false;
    const QScopedValueRollback guard(m_restoring, true);
    for (int i = 0; i < parts.size(); ++i) {
        bool ok = false;
        const int width = parts.at(i).toInt(&ok);
        if (ok && width >= minimumWidth && m_header->sectionResizeMode(i) == QHeaderView::Interactive)
            m_header->resizeSection(i, width);
    }
    return true;
}

void ColumnWidths::save()
{
    m_saveTimer->stop();
    if (m_userId <= 0)
        return;
    QStringList parts;
    for (int i = 0; i < m_header->count(); ++i)
        parts.append(QString::number(m_header->sectionSize(i)));
    try {
        SettingsRepository(m_db).setValue(key(), parts.join(u','));
    } catch (const Error &) {
        // a lost connection must not disturb the user's work: the widths are a convenience
    }
}

} // namespace zz
