#include "ConnectionWidget.h"

#include "ConnectionFailure.h"
#include "Error.h"
#include "ui_ConnectionWidget.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace zz {

ConnectionWidget::ConnectionWidget(const QString &initialUrl, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ConnectionWidget>())
{
    m_ui->setupUi(this);
    m_ui->messageLabel->setProperty("messageKind", u"none"_s);

    connect(m_ui->sqliteRadioButton, &QRadioButton::toggled, this, &ConnectionWidget::backendToggled);
    for (QLineEdit *edit : {m_ui->pathLineEdit, m_ui->hostLineEdit, m_ui->databaseLineEdit,
                            m_ui->userLineEdit, m_ui->passwordLineEdit})
        connect(edit, &QLineEdit::textEdited, this, &ConnectionWidget::fieldsEdited);
    connect(m_ui->portSpinBox, &QSpinBox::valueChanged, this, &ConnectionWidget::fieldsEdited);
    connect(m_ui->urlLineEdit, &QLineEdit::textEdited, this, &ConnectionWidget::urlEdited);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ConnectionWidget::browse);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, &ConnectionWidget::testConnection);
    // The driver's own words stay one click away, for whoever looks after the server.
    m_ui->detailsToggleButton->hide();
    m_ui->detailsTextEdit->hide();
    connect(m_ui->detailsToggleButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->detailsToggleButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        m_ui->detailsTextEdit->setVisible(shown);
    });

    const QString url = initialUrl.trimmed().isEmpty() ? Database::defaultUrl() : initialUrl.trimmed();
    m_ui->urlLineEdit->setText(url);
    urlEdited(url);
    if (m_urlValid) { // show it as composed, without a password
        m_updating = true;
        m_ui->urlLineEdit->setText(displayText(m_url));
        m_updating = false;
    }
}

QString ConnectionWidget::displayText(const ConnectionUrl &url)
{
    if (url.backend == ConnectionUrl::Backend::SQLite)
        return u"sqlite://"_s + QString(url.path).replace(u'%', u"%25"_s);
    ConnectionUrl shown = url;
    shown.password.clear();
    return shown.toString();
}

ConnectionWidget::~ConnectionWidget() = default;

QString ConnectionWidget::url() const
{
    return m_urlValid ? m_url.toString() : QString();
}

void ConnectionWidget::backendToggled()
{
    const bool sqlite = m_ui->sqliteRadioButton->isChecked();
    m_ui->backendStackedWidget->setCurrentWidget(sqlite ? m_ui->sqlitePage : m_ui->postgresPage);
    if (!m_updating)
        fieldsEdited();
}

void ConnectionWidget::fieldsEdited()
{
    if (m_updating)
        return;
    ConnectionUrl candidate;
    if (m_ui->sqliteRadioButton->isChecked()) {
        candidate.backend = ConnectionUrl::Backend::SQLite;
        candidate.path = m_ui->pathLineEdit->text().trimmed();
    } else {
        candidate.backend = ConnectionUrl::Backend::PostgreSQL;
        candidate.host = m_ui->hostLineEdit->text().trimmed();
        candidate.port = m_ui->portSpinBox->value();
        candidate.databaseName = m_ui->databaseLineEdit->text().trimmed();
        candidate.user = m_ui->userLineEdit->text().trimmed();
        candidate.password = m_ui->passwordLineEdit->text();
        candidate.options = m_url.backend == ConnectionUrl::Backend::PostgreSQL ? m_url.options : QString();
    }
    const QString text = displayText(candidate);
    m_updating = true;
    m_ui->urlLineEdit->setText(text);
    m_updating = false;

    // One validator for typed and composed URLs: the storage layer's parser.
    try {
        ConnectionUrl parsed = ConnectionUrl::parse(
            candidate.backend == ConnectionUrl::Backend::SQLite ? text : candidate.toString());
        m_url = parsed;
        setUrlValid(true);
        showMessage({}, MessageKind::None);
    } catch (const Error &error) {
        // Fields still being filled in: a hint, not an alarm (a typed URL that fails is an error).
        m_url = candidate;
        setUrlValid(false);
        showMessage(error.message(), MessageKind::Info);
    }
}

void ConnectionWidget::urlEdited(const QString &text)
{
    if (m_updating)
        return;
    try {
        ConnectionUrl parsed = ConnectionUrl::parse(text);
        // A URL without a password keeps the one typed in the password field.
        if (parsed.backend == ConnectionUrl::Backend::PostgreSQL && parsed.password.isEmpty())
            parsed.password = m_ui->passwordLineEdit->text();
        m_url = parsed;
        setFields(parsed);
        setUrlValid(true);
        showMessage({}, MessageKind::None);
    } catch (const Error &error) {
        setUrlValid(false);
        showMessage(error.message(), MessageKind::Error);
    }
}

void ConnectionWidget::setFields(const ConnectionUrl &url)
{
    m_updating = true;
    const bool sqlite = url.backend == ConnectionUrl::Backend::SQLite;
    m_ui->sqliteRadioButton->setChecked(sqlite);
    m_ui->postgresRadioButton->setChecked(!sqlite);
    m_ui->backendStackedWidget->setCurrentWidget(sqlite ? m_ui->sqlitePage : m_ui->postgresPage);
    if (sqlite) {
        m_ui->pathLineEdit->setText(url.path);
    } else {
        m_ui->hostLineEdit->setText(url.host);
        m_ui->portSpinBox->setValue(url.port);
        m_ui->databaseLineEdit->setText(url.databaseName);
        m_ui->userLineEdit->setText(url.user);
        m_ui->passwordLineEdit->setText(url.password);
    }
    m_updating = false;
}

void ConnectionWidget::browse()
{
    QString start = m_ui->pathLineEdit->text().trimmed();
    if (start.isEmpty())
        start = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    // A save dialog lets the user pick an existing file or name a new one.
    const QString file = QFileDialog::getSaveFileName(this, tr("选择数据库文件"), start,
                                                      tr("数据库文件 (*.db *.sqlite);;所有文件 (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (file.isEmpty())
        return;
    m_ui->sqliteRadioButton->setChecked(true);
    m_ui->pathLineEdit->setText(QDir::toNativeSeparators(file));
    fieldsEdited();
}

void ConnectionWidget::setUrlValid(bool valid)
{
    const bool changed = valid != m_urlValid;
    m_urlValid = valid;
    m_ui->testConnectionButton->setEnabled(valid);
    if (changed)
        emit validityChanged(valid);
}

void ConnectionWidget::showMessage(const QString &text, MessageKind kind, const QString &detail)
{
    m_ui->detailsTextEdit->setPlainText(detail);
    m_ui->detailsToggleButton->setChecked(false);
    m_ui->detailsToggleButton->setVisible(!detail.isEmpty());
    static const char *const kinds[] = {"none", "info", "success", "error"};
    static const char *const colors[] = {"", "", "color: #2e7d32;", "color: #c62828;"};
    const auto index = static_cast<int>(kind);
    // Driver messages come indented over several lines; keep the breaks, drop the indentation.
    QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    for (QString &line : lines)
        line = line.trimmed();
    m_ui->messageLabel->setText(lines.join(u'\n'));
    m_ui->messageLabel->setProperty("messageKind", QString::fromLatin1(kinds[index]));
    m_ui->messageLabel->setStyleSheet(QString::fromLatin1(colors[index]));
}

QString ConnectionWidget::testSqliteFile(const QString &path) const
{
    // Testing must not leave a new empty file behind, so a missing file is only checked for a
    // writable folder; the database is created when the dialog's choice is opened.
    QFileInfo info(path);
    QDir dir = info.absoluteDir();
    while (!dir.exists() && !dir.isRoot()) {
        if (!dir.cdUp())
            break;
    }
    if (!QFileInfo(dir.absolutePath()).isWritable())
        return tr("无法在文件夹“%1”中新建数据库文件：没有写权限。")
            .arg(QDir::toNativeSeparators(dir.absolutePath()));
    return {};
}

bool ConnectionWidget::testConnection()
{
    if (!m_urlValid)
        return false;
    if (m_url.backend == ConnectionUrl::Backend::SQLite && m_url.path != u":memory:"_s &&
        !QFileInfo::exists(m_url.path)) {
        const QString problem = testSqliteFile(m_url.path);
        if (problem.isEmpty())
            showMessage(tr("文件尚不存在，确定后将在此新建一个数据库。"), MessageKind::Success);
        else
            showMessage(problem, MessageKind::Error);
        return problem.isEmpty();
    }

    showMessage(tr("正在连接…"), MessageKind::Info);
    m_ui->testConnectionButton->setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // Let the "connecting" text paint before the (at most connect_timeout long) blocking open.
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    bool ok = false;
    try {
        Database db(m_url);
        const int version = db.schemaVersion();
        const int latest = Database::latestSchemaVersion();
        const QString backend = db.isSqlite() ? u"SQLite"_s : u"PostgreSQL"_s;
        // Opening refused a newer schema or another program's file already (caught below).
        if (version == 0) {
            showMessage(tr("连接成功（%1）。数据库是空的，打开时会自动建立表结构。").arg(backend),
                        MessageKind::Success);
            ok = true;
        } else {
            showMessage(tr("连接成功（%1）。数据库结构版本 %2（本程序支持到 %3）。")
                            .arg(backend)
                            .arg(version)
                            .arg(latest),
                        MessageKind::Success);
            ok = true;
        }
    } catch (const Error &error) {
        if (error.kind() == Error::Kind::Connection && !error.detail().isEmpty() &&
            m_url.backend == ConnectionUrl::Backend::PostgreSQL)
            showMessage(tr("连接失败：%1")
                            .arg(ConnectionFailure::sentence(ConnectionFailure::classify(error.detail()))),
                        MessageKind::Error, ConnectionFailure::detail(error.detail(), m_url.password));
        else
            showMessage(tr("连接失败：%1").arg(error.message()), MessageKind::Error,
                        ConnectionFailure::detail(error.detail(), m_url.password));
    } catch (const std::exception &error) {
        showMessage(tr("连接失败：%1").arg(QString::fromLocal8Bit(error.what())), MessageKind::Error);
    }
    QApplication::restoreOverrideCursor();
    m_ui->testConnectionButton->setEnabled(m_urlValid);
    return ok;
}

} // namespace zz
