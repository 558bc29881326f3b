#include "HelpWindow.h"

#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

namespace {
constexpr int topicRole = Qt::UserRole;

QString readPage(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString titleOf(const QString &html)
{
    static const QRegularExpression title(u"<title>(.*?)</title>"_s,
                                          QRegularExpression::DotMatchesEverythingOption);
    const auto match = title.match(html);
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

QString plainTextOf(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText();
}
} // namespace

HelpWindow::HelpWindow(const QString &language, QWidget *parent)
    : QWidget(parent, Qt::Window), m_language(language == u"en"_s ? u"en"_s : u"zh_CN"_s)
{
    setObjectName(u"helpWindow"_s);
    setAttribute(Qt::WA_DeleteOnClose, false);

    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(u"helpSearchLineEdit"_s);
    m_searchEdit->setPlaceholderText(tr("搜索帮助"));
    m_searchEdit->setClearButtonEnabled(true);
    m_contents = new QTreeWidget(this);
    m_contents->setObjectName(u"helpContentsTree"_s);
    m_contents->setHeaderHidden(true);
    m_contents->setRootIsDecorated(false);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(u"helpBrowser"_s);
    m_browser->setSearchPaths({u":/help/"_s + m_language});
    m_browser->setOpenExternalLinks(true);

    for (const QString &id : topicIds()) {
        const QString html = readPage(pagePath(m_language, id));
        if (html.isEmpty())
            continue;
        m_topics.append({id, titleOf(html)});
        m_plainText.insert(id, plainTextOf(html));
    }

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_searchEdit);
    leftLayout->addWidget(m_contents);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({270, 730}); // the longest chapter titles fit
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    connect(m_searchEdit, &QLineEdit::textChanged, this, &HelpWindow::runSearch);
    connect(m_contents, &QTreeWidget::itemClicked, this, &HelpWindow::openItem);
    connect(m_contents, &QTreeWidget::itemActivated, this, &HelpWindow::openItem);
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this](const QUrl &url) {
        m_currentTopic = url.fileName().section(u'.', 0, 0);
        setWindowTitle(tr("帮助 — %1").arg(m_browser->documentTitle()));
        // Keep the table of contents on the page shown (links between pages move it too).
        for (int i = 0; i < m_contents->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_contents->topLevelItem(i);
            if (item->data(0, topicRole).toString() == m_currentTopic) {
                const QSignalBlocker blocker(m_contents);
                m_contents->setCurrentItem(item);
            }
        }
    });
    runSearch();
    resize(1000, 700);
}

QString HelpWindow::currentLanguage()
{
    return QLocale().language() == QLocale::English ? u"en"_s : u"zh_CN"_s;
}

QStringList HelpWindow::topicIds()
{
    // The start page and who does what first, then the modules in the navigation's order, then the
    // settings of one's own computer.
    return {u"index"_s,     u"roles"_s,    u"board"_s,    u"intake"_s,  u"overview"_s, u"cases"_s,
            u"callbacks"_s, u"hall"_s,     u"petition"_s, u"reports"_s, u"map"_s,      u"assessment"_s,
            u"auditlog"_s,  u"accounts"_s, u"basedata"_s, u"settings"_s};
}

QString HelpWindow::pagePath(const QString &language, const QString &topic)
{
    const QString lang = language == u"en"_s ? u"en"_s : u"zh_CN"_s;
    const QString id = topicIds().contains(topic) ? topic : u"index"_s;
    return u":/help/%1/%2.html"_s.arg(lang, id);
}

void HelpWindow::showTopic(const QString &topic)
{
    m_browser->setSource(QUrl(u"qrc"_s + pagePath(m_language, topic)));
}

QStringList HelpWindow::search(const QString &query) const
{
    const QStringList words = query.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    QList<std::pair<int, QString>> hits; // (occurrences, topic)
    for (const Topic &topic : m_topics) {
        const QString &text = m_plainText.value(topic.id);
        int score = 0;
        bool all = true;
        for (const QString &word : words) {
            const int n = int(text.count(word, Qt::CaseInsensitive)) +
                          3 * int(topic.title.count(word, Qt::CaseInsensitive));
            all = all && n > 0;
            score += n;
        }
        if (all)
            hits.append({score, topic.id});
    }
    std::stable_sort(hits.begin(), hits.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList result;
    for (const auto &hit : std::as_const(hits))
        result << hit.second;
    return result;
}

void HelpWindow::runSearch()
{
    const QString query = m_searchEdit->text().simplified();
    m_contents->clear();
    const QStringList found = query.isEmpty() ? topicIds() : search(query);
    for (const QString &id : found) {
        for (const Topic &topic : std::as_const(m_topics)) {
            if (topic.id != id)
                continue;
            auto *item = new QTreeWidgetItem(m_contents, {topic.title});
            item->setData(0, topicRole, topic.id);
        }
    }
    if (!query.isEmpty() && found.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_contents, {tr("没有找到“%1”").arg(query)});
        item->setFlags(Qt::NoItemFlags);
    }
}

void HelpWindow::openItem(QTreeWidgetItem *item)
{
    const QString topic = item ? item->data(0, topicRole).toString() : QString();
    if (topic.isEmpty())
        return;
    showTopic(topic);
    // After a search, the first place the words occur is shown.
    const QString query = m_searchEdit->text().simplified();
    if (!query.isEmpty()) {
        m_browser->moveCursor(QTextCursor::Start);
        m_browser->find(query.section(u' ', 0, 0));
    }
}

} // namespace zz
