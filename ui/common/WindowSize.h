#pragma once

#include <QRect>
#include <QSize>

class QWidget;

namespace grove {

// The share of a screen's free area (without panels and docks) a window may take at most when it
// opens: the rest keeps the window's frame and other windows in reach.
inline constexpr double kLargestScreenShare = 0.9;

// The size a window opens at on a screen whose free area is `available`: `preferred`, made
// smaller where the screen has less room, but never below `minimum` (what its layout needs).
QSize fittedWindowSize(QSize preferred, QSize minimum, const QRect& available);

// Resizes `window` (a top-level window or dialog, before it is shown) to `preferred`, or less on
// a screen too small for it, so that a laptop's screen shows the whole window.
void resizeForScreen(QWidget* window, QSize preferred);

// For a window of its own beside the main window (the drift view, the history), before it is
// first shown: sized as resizeForScreen() does, centred on the window of its parent (without a
// window manager it would open at the screen's corner), and closed by Esc or Ctrl+W as dialogs are.
void setUpToolWindow(QWidget* window, QSize preferred);

// For a window opened for the first time: its size grows with a large screen, from `smallest` up
// to `share` of the screen's free area, and it is centred on that screen.
void placeOnScreen(QWidget* window, QSize smallest, double share);

} // namespace grove
