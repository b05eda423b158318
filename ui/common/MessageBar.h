#pragma once

#include <QFrame>
#include <QPointer>

class QLabel;
class QToolButton;
class QTimer;

namespace grove {

// An inline message above the work area, instead of a modal dialog: errors stay until closed,
// information goes after a few seconds, but never while the pointer is over its window (the work
// area would move up under it, and a click meant for one control would land on another). At most
// one message shows; a new one replaces it.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Success, Warning, Error };
    Q_ENUM(Kind)

    explicit MessageBar(QWidget* parent = nullptr);

    void showMessage(Kind kind, const QString& text);
    void showMessage(Kind kind, const QString& text, const QString& actionText, std::function<void()> action);
    void clear();

    Kind kind() const { return m_kind; }
    void setAutoHideDelay(int milliseconds); // 8 seconds unless changed
    QString text() const;

private:
    QLabel* m_icon;
    QLabel* m_text;
    QToolButton* m_action;
    QToolButton* m_close;
    QTimer* m_autoHide;
    int m_autoHideMs;
    Kind m_kind = Kind::Information;
    std::function<void()> m_actionCallback;
};

} // namespace grove
