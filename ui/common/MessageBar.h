#pragma once

#include <QFrame>
#include <QPointer>

class QLabel;
class QToolButton;
class QTimer;

namespace grove {

// An inline message above the work area, instead of a modal dialog: errors stay until closed,
// information fades after a few seconds. At most one message shows; a new one replaces it.
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
    QString text() const;

private:
    QLabel* m_icon;
    QLabel* m_text;
    QToolButton* m_action;
    QToolButton* m_close;
    QTimer* m_autoHide;
    Kind m_kind = Kind::Information;
    std::function<void()> m_actionCallback;
};

} // namespace grove
