#pragma once

#include "queue/QueueTypes.h"

#include <QWidget>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;

namespace zz {

struct AppContext;
class TicketSlip;

// 取号: one large button per business type of the hall (with how many wait), a priority choice
// (老年人, 残疾人, 退役军人, 孕妇 …), the number taken shown large and its slip printed; a type whose
// numbers are all given today says so in a sentence.
class TakeNumberPage : public QWidget
{
    Q_OBJECT

public:
    explicit TakeNumberPage(const AppContext &context, QWidget *parent = nullptr);
    ~TakeNumberPage() override;

    void reload();
    // The slip of the last number taken (nullptr before the first).
    const TicketSlip *lastSlip() const { return m_slip.get(); }

private:
    void take(qint64 serviceId);
    void showError(const QString &message);

    const AppContext &m_context;
    QList<QueueServiceType> m_types;
    QGridLayout *m_buttons = nullptr;
    QComboBox *m_priority = nullptr;
    QLabel *m_code = nullptr;
    QLabel *m_info = nullptr;
    QCheckBox *m_autoPrint = nullptr;
    QPushButton *m_printPreview = nullptr;
    QLabel *m_empty = nullptr;
    std::unique_ptr<TicketSlip> m_slip;
};

} // namespace zz
