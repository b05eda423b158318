#include "ui/common/WindowSize.h"

#include <QGuiApplication>
#include <QKeySequence>
#include <QLayout>
#include <QScreen>
#include <QShortcut>
#include <QWidget>

#include <algorithm>

namespace grove {
namespace {

QRect availableArea(const QWidget* window)
{
    const QScreen* screen = window->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect();
}

QSize minimumOf(const QWidget* window)
{
    const QSize hint = window->layout() ? window->layout()->minimumSize() : window->minimumSizeHint();
    return hint.expandedTo(window->minimumSize()).expandedTo(QSize(0, 0));
}

} // namespace

QSize fittedWindowSize(QSize preferred, QSize minimum, const QRect& available)
{
    if (!available.isValid())
        return preferred.expandedTo(minimum);
    const QSize room(int(available.width() * kLargestScreenShare), int(available.height() * kLargestScreenShare));
    return preferred.boundedTo(room).expandedTo(minimum);
}

void resizeForScreen(QWidget* window, QSize preferred)
{
    window->resize(fittedWindowSize(preferred, minimumOf(window), availableArea(window)));
}

void setUpToolWindow(QWidget* window, QSize preferred)
{
    resizeForScreen(window, preferred);
    if (const QWidget* parent = window->parentWidget()) {
        const QRect available = availableArea(window);
        QRect frame(QPoint(0, 0), window->size());
        frame.moveCenter(parent->window()->frameGeometry().center());
        if (available.isValid())
            frame.moveTopLeft(QPoint(std::clamp(frame.left(), available.left(), std::max(available.left(), available.right() - frame.width())),
                                     std::clamp(frame.top(), available.top(), std::max(available.top(), available.bottom() - frame.height()))));
        window->move(frame.topLeft());
    }
    for (const QKeySequence& keys : {QKeySequence(QKeySequence::Close), QKeySequence(Qt::Key_Escape)}) {
        auto* shortcut = new QShortcut(keys, window);
        shortcut->setContext(Qt::WindowShortcut);
        QObject::connect(shortcut, &QShortcut::activated, window, &QWidget::close);
    }
}

void placeOnScreen(QWidget* window, QSize smallest, double share)
{
    const QRect available = availableArea(window);
    const QSize grown(std::max(smallest.width(), int(available.width() * share)),
                      std::max(smallest.height(), int(available.height() * share)));
    window->resize(fittedWindowSize(grown, minimumOf(window), available));
    if (available.isValid()) {
        QRect frame(QPoint(0, 0), window->size());
        frame.moveCenter(available.center());
        // A window wider or taller than the screen (its layout needs more) keeps its title bar
        // and left edge on the screen.
        window->move(std::max(frame.left(), available.left()), std::max(frame.top(), available.top()));
    }
}

} // namespace grove
