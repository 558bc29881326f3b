#pragma once

#include "AssessmentService.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QPlainTextEdit;

namespace zz {

// 人工调整: a worker, the section, points (加分 or a correction), money deducted and the reason; a
// leader other than the author approves it before it counts.
class AdjustmentDialog : public QDialog
{
    Q_OBJECT

public:
    AdjustmentDialog(const ScoreScheme &scheme, const QList<ScoreResultRow> &workers,
                     QWidget *parent = nullptr);
    // The draft as entered (township and period are the caller's).
    ScoreAdjustment adjustment() const;

private:
    QComboBox *m_worker = nullptr;
    QComboBox *m_section = nullptr;
    QDoubleSpinBox *m_points = nullptr;
    QDoubleSpinBox *m_money = nullptr;
    QPlainTextEdit *m_reason = nullptr;
};

// A reason or an answer in words (解锁理由, 申诉理由, 答复意见), for one worker when a list is given.
class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    ReasonDialog(const QString &title, const QString &prompt, const QList<ScoreResultRow> &workers = {},
                 QWidget *parent = nullptr);
    QString text() const;
    qint64 workerId() const;

private:
    QComboBox *m_worker = nullptr;
    QPlainTextEdit *m_text = nullptr;
};

} // namespace zz
