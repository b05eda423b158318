#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace grove {

// One running job in the status bar: what it does, how far it is, and a button to cancel it.
class TaskProgress : public QWidget
{
    Q_OBJECT
public:
    explicit TaskProgress(const QString& title, QWidget* parent = nullptr);

    void setProgress(double fraction, const QString& phase);
    void setCancelling();

signals:
    void cancelRequested();

private:
    QString m_title;
    QLabel* m_label;
    QProgressBar* m_bar;
    QToolButton* m_cancel;
};

} // namespace grove
