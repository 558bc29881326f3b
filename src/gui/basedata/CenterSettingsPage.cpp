#include "CenterSettingsPage.h"

#include "BaseDataAccess.h"
#include "CenterSettings.h"
#include "Error.h"
#include "InputLimits.h"
#include "ReferenceRepositories.h"
#include "Validators.h"
#include "shell/AppContext.h"

#include <QBuffer>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

CenterSettingsPage::CenterSettingsPage(const AppContext &context, bool editable, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(u"centerSettingsPage"_s);
    const BaseDataAccess access(context.db, context.clock, context.actor());
    m_editable = editable && access.mayManage();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    auto *intro =
        new QLabel(tr("登记回执和交办单上印的中心信息。县级中心和各乡镇（街道）中心各有一份；"
                      "乡镇未填写中心名称时，其回执使用县级中心的信息，未设标志或页脚时使用县级的。"),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_center = new QComboBox(this);
    m_center->setObjectName(u"centerUnitComboBox"_s);
    // The county center (for county accounts, and to read for everyone) and the township centers
    // within the account's scope.
    OrgUnitRepository units(context.db);
    for (const OrgUnit &county : units.children(0)) {
        if (access.isCounty() || !m_editable)
            m_center->addItem(tr("%1（县级中心）").arg(county.name), county.id);
        for (const OrgUnit &township : units.children(county.id))
            if (township.level == OrgLevel::Township && access.inScope(township.id))
                m_center->addItem(township.name, township.id);
    }
    // An account starts on its own center.
    if (const auto township = OrgUnitRepository(context.db).township(context.user.orgUnitId))
        m_center->setCurrentIndex(qMax(0, m_center->findData(township->id)));
    form->addRow(tr("中心："), m_center);

    const auto line = [this](const QString &name, int max, const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setMaxLength(max);
        edit->setPlaceholderText(placeholder);
        edit->setReadOnly(!m_editable);
        connect(edit, &QLineEdit::textEdited, this, [this] { setDirty(true); });
        return edit;
    };
    m_name = line(u"centerNameLineEdit"_s, InputLimits::orgUnitName, tr("如 青石镇社会治理综合服务中心"));
    form->addRow(tr("中心名称："), m_name);
    m_address = line(u"centerAddressLineEdit"_s, InputLimits::address, tr("来访群众可以找到的地址"));
    form->addRow(tr("地址："), m_address);
    m_phone = line(u"centerPhoneLineEdit"_s, InputLimits::phone, tr("如 0571-63001234"));
    form->addRow(tr("联系电话："), m_phone);
    m_footer = line(u"centerFooterLineEdit"_s, CenterSettings::maxFooterLength,
                    tr("印在回执底部的一行，如 工作时间：周一至周五 8:30-17:00"));
    form->addRow(tr("回执页脚："), m_footer);

    auto *logoRow = new QHBoxLayout;
    m_logoPreview = new QLabel(this);
    m_logoPreview->setObjectName(u"centerLogoPreview"_s);
    m_logoPreview->setFixedSize(96, 96);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    m_logoPreview->setStyleSheet(u"QLabel { border: 1px solid palette(mid); background: palette(base); }"_s);
    logoRow->addWidget(m_logoPreview);
    m_chooseLogo = new QPushButton(tr("选择图片…"), this);
    m_chooseLogo->setObjectName(u"centerChooseLogoButton"_s);
    m_clearLogo = new QPushButton(tr("去掉标志"), this);
    m_clearLogo->setObjectName(u"centerClearLogoButton"_s);
    auto *logoButtons = new QVBoxLayout;
    logoButtons->addWidget(m_chooseLogo);
    logoButtons->addWidget(m_clearLogo);
    logoButtons->addStretch(1);
    logoRow->addLayout(logoButtons);
    logoRow->addStretch(1);
    m_chooseLogo->setVisible(m_editable);
    m_clearLogo->setVisible(m_editable);
    form->addRow(tr("标志："), logoRow);
    layout->addLayout(form);

    m_fallbackNote = new QLabel(this);
    m_fallbackNote->setObjectName(u"centerFallbackNote"_s);
    m_fallbackNote->setWordWrap(true);
    m_fallbackNote->setEnabled(false);
    layout->addWidget(m_fallbackNote);

    auto *bottom = new QHBoxLayout;
    m_save = new QPushButton(tr("保存"), this);
    m_save->setObjectName(u"centerSaveButton"_s);
    m_save->setVisible(m_editable);
    m_status = new QLabel(this);
    m_status->setObjectName(u"centerStatusLabel"_s);
    m_status->setWordWrap(true);
    bottom->addWidget(m_save);
    bottom->addWidget(m_status, 1);
    layout->addLayout(bottom);
    if (!m_editable) {
        auto *readOnly = new QLabel(tr("只读：修改中心信息需要管理员账号。"), this);
        readOnly->setObjectName(u"centerReadOnlyLabel"_s);
        readOnly->setEnabled(false);
        layout->addWidget(readOnly);
    }
    layout->addStretch(1);

    connect(m_center, &QComboBox::currentIndexChanged, this, &CenterSettingsPage::loadCenter);
    connect(m_save, &QPushButton::clicked, this, &CenterSettingsPage::save);
    connect(m_chooseLogo, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("选择标志图片"), QString(),
                                                          tr("图片 (*.png *.jpg *.jpeg *.bmp *.gif)"));
        if (!path.isEmpty())
            setLogoFromFile(path);
    });
    connect(m_clearLogo, &QPushButton::clicked, this, [this] {
        m_logo.clear();
        showLogo();
        setDirty(true);
    });
    loadCenter();
}

void CenterSettingsPage::loadCenter()
{
    const qint64 unitId = m_center->currentData().toLongLong();
    CenterSettings own;
    try {
        own = CenterSettings::own(m_context.db, unitId);
    } catch (const Error &error) {
        m_status->setText(tr("读取失败：%1").arg(error.message()));
        return;
    }
    m_name->setText(own.name);
    m_address->setText(own.address);
    m_phone->setText(own.phone);
    m_footer->setText(own.footer);
    m_logo = own.logoPng;
    showLogo();
    const auto unit = OrgUnitRepository(m_context.db).get(unitId);
    const bool township = unit && unit->level == OrgLevel::Township;
    m_fallbackNote->setText(township && own.name.isEmpty()
                                ? tr("本乡镇尚未填写中心名称：回执目前印县级中心的信息。")
                                : QString());
    m_fallbackNote->setVisible(!m_fallbackNote->text().isEmpty());
    m_status->clear();
    setDirty(false);
}

bool CenterSettingsPage::setLogoFromFile(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull()) {
        m_status->setStyleSheet(u"color: #c62828;"_s);
        m_status->setText(tr("无法读取这个图片文件。"));
        return false;
    }
    const QImage scaled =
        image.width() > CenterSettings::logoPixels || image.height() > CenterSettings::logoPixels
            ? image.scaled(CenterSettings::logoPixels, CenterSettings::logoPixels, Qt::KeepAspectRatio,
                           Qt::SmoothTransformation)
            : image;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    scaled.save(&buffer, "PNG");
    m_logo = png;
    showLogo();
    setDirty(true);
    return true;
}

void CenterSettingsPage::showLogo()
{
    QPixmap pixmap;
    if (!m_logo.isEmpty() && pixmap.loadFromData(m_logo, "PNG"))
        m_logoPreview->setPixmap(pixmap.scaled(m_logoPreview->size() - QSize(8, 8), Qt::KeepAspectRatio,
                                               Qt::SmoothTransformation));
    else
        m_logoPreview->setText(tr("无"));
    m_clearLogo->setEnabled(!m_logo.isEmpty());
}

void CenterSettingsPage::setDirty(bool dirty)
{
    m_save->setEnabled(m_editable && dirty);
    if (dirty)
        m_status->clear();
}

void CenterSettingsPage::save()
{
    CenterSettings s;
    s.name = m_name->text().trimmed();
    s.address = m_address->text().trimmed();
    s.phone = m_phone->text().trimmed();
    s.footer = m_footer->text().trimmed();
    s.logoPng = m_logo;
    try {
        CenterSettings::save(m_context.db, m_context.clock, m_context.actor(),
                             m_center->currentData().toLongLong(), s);
    } catch (const Error &error) {
        m_status->setStyleSheet(u"color: #c62828;"_s);
        m_status->setText(error.message());
        return;
    }
    loadCenter();
    m_status->setStyleSheet(QString());
    m_status->setText(tr("已保存。此后打印的回执和交办单使用新的信息。"));
}

} // namespace zz
