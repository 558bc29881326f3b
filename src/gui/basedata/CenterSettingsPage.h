#pragma once

#include <QByteArray>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace zz {

struct AppContext;

// 中心信息: what a center prints on its receipts and 交办单 — name, address, phone, a footer line and
// a logo — for the county center and each township center. An admin edits the centers in his scope
// (a township admin his own township's); a township without a name of its own prints the county's.
class CenterSettingsPage : public QWidget
{
    Q_OBJECT

public:
    CenterSettingsPage(const AppContext &context, bool editable, QWidget *parent = nullptr);

    // Loads an image file as the logo, scaled to fit CenterSettings::logoPixels (PNG); false and a
    // message when it is no image.
    bool setLogoFromFile(const QString &path);

private:
    void loadCenter();
    void save();
    void showLogo();
    void setDirty(bool dirty);

    const AppContext &m_context;
    bool m_editable = false;
    QByteArray m_logo;
    QComboBox *m_center;
    QLineEdit *m_name;
    QLineEdit *m_address;
    QLineEdit *m_phone;
    QLineEdit *m_footer;
    QLabel *m_logoPreview;
    QPushButton *m_chooseLogo;
    QPushButton *m_clearLogo;
    QPushButton *m_save;
    QLabel *m_status;
    QLabel *m_fallbackNote;
};

} // namespace zz
