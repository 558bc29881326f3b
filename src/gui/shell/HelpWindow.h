#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QWidget>

class QLineEdit;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace zz {

// 帮助: the user guide (HTML compiled in from resources/help/<language>/) with its table of contents
// on the left, a search over every page's text above it, and the page on the right. F1 in the main
// window opens it on the current module's page.
class HelpWindow : public QWidget
{
    Q_OBJECT

public:
    struct Topic
    {
        QString id;    // the page's file name without .html: a module's id ("board") or a chapter
        QString title; // from the page's <title>
    };

    // `language` "zh_CN" or "en": the guide's language (the interface language by default).
    explicit HelpWindow(const QString &language = currentLanguage(), QWidget *parent = nullptr);

    // The interface language as the guide's folder names it: "en" or "zh_CN".
    static QString currentLanguage();
    // The pages in reading order, as the table of contents lists them.
    static QStringList topicIds();
    // The page's resource path (":/help/en/board.html"); a module without a page of its own gets
    // the guide's start page.
    static QString pagePath(const QString &language, const QString &topic);

    // Shows the page of a module or chapter (the start page for an unknown one).
    void showTopic(const QString &topic);
    QString currentTopic() const { return m_currentTopic; }
    QList<Topic> topics() const { return m_topics; }

    // The pages whose text holds every word of `query` (case-insensitive), best first.
    QStringList search(const QString &query) const;

private:
    void runSearch();
    void openItem(QTreeWidgetItem *item);

    QString m_language;
    QList<Topic> m_topics;
    QHash<QString, QString> m_plainText; // topic -> the page's text, for searching
    QString m_currentTopic;
    QLineEdit *m_searchEdit = nullptr;
    QTreeWidget *m_contents = nullptr;
    QTextBrowser *m_browser = nullptr;
};

} // namespace zz
