#include "ui/common/MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace grove {
namespace {
constexpr int kAutoHideMs = 8000;
}

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_action(new QToolButton(this)),
      m_close(new QToolButton(this)), m_autoHide(new QTimer(this)), m_autoHideMs(kAutoHideMs)
{
    setObjectName(u"messageBar"_s);
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(8);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(u"messageText"_s);
    m_action->setVisible(false);
    m_action->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close this message"));
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    m_autoHide->setSingleShot(true);
    connect(m_autoHide, &QTimer::timeout, this, [this] {
        // From the enter and leave events Qt keeps (not QCursor::pos(), which on Wayland is the
        // last position seen over this program's windows).
        if (window()->isActiveWindow() && window()->underMouse())
            m_autoHide->start(m_autoHideMs / 4); // the user is at work in this window: later
        else
            clear();
    });
    connect(m_close, &QToolButton::clicked, this, &MessageBar::clear);
    connect(m_action, &QToolButton::clicked, this, [this] {
        auto callback = m_actionCallback;
        clear();
        if (callback)
            callback();
    });
    hide();
}

void MessageBar::showMessage(Kind kind, const QString& text)
{
    showMessage(kind, text, {}, {});
}

void MessageBar::showMessage(Kind kind, const QString& text, const QString& actionText,
                             std::function<void()> action)
{
    m_kind = kind;
    m_text->setText(text);
    m_actionCallback = std::move(action);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QString background = u"#e8f1fb"_s, border = u"#7aa7d9"_s;
    switch (kind) {
    case Kind::Information:
        break;
    case Kind::Success:
        icon = QStyle::SP_DialogApplyButton;
        background = u"#e7f5ea"_s;
        border = u"#6fb37f"_s;
        break;
    case Kind::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        background = u"#fdf4e0"_s;
        border = u"#d9a93a"_s;
        break;
    case Kind::Error:
        icon = QStyle::SP_MessageBoxCritical;
        background = u"#fbe9e9"_s;
        border = u"#d46a6a"_s;
        break;
    }
    setStyleSheet(u"QFrame#messageBar { background: %1; border: 1px solid %2; border-radius: 4px; }"
                  "QLabel { color: #1d1d1d; background: transparent; }"_s.arg(background, border));
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(18, 18));
    show();
    if (kind == Kind::Information || kind == Kind::Success)
        m_autoHide->start(m_autoHideMs);
    else
        m_autoHide->stop();
}

void MessageBar::clear()
{
    m_autoHide->stop();
    m_actionCallback = {};
    hide();
}

void MessageBar::setAutoHideDelay(int milliseconds) { m_autoHideMs = std::max(milliseconds, 4); }

QString MessageBar::text() const { return isVisible() ? m_text->text() : QString(); }

} // namespace grove
