#include "ConnectionDialog.h"

#include "ConnectionWidget.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

ConnectionDialog::ConnectionDialog(const QString &initialUrl, QWidget *parent) : QDialog(parent)
{
    setObjectName(u"ConnectionDialog"_s);
    setWindowTitle(tr("连接数据库"));
    resize(560, 420);
    auto *layout = new QVBoxLayout(this);
    m_connection = new ConnectionWidget(initialUrl, this);
    layout->addWidget(m_connection, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"buttonBox"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("确定"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_connection->isUrlValid());
    layout->addWidget(m_buttons);
    connect(m_connection, &ConnectionWidget::validityChanged, m_buttons->button(QDialogButtonBox::Ok),
            &QPushButton::setEnabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString ConnectionDialog::url() const
{
    return m_connection->url();
}

bool ConnectionDialog::isUrlValid() const
{
    return m_connection->isUrlValid();
}

bool ConnectionDialog::testConnection()
{
    return m_connection->testConnection();
}

} // namespace zz
