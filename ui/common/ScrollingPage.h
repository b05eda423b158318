#pragma once

class QVBoxLayout;
class QWidget;

namespace grove {

// Makes `page` a scroll area around a content widget and returns the content's layout: a page
// with many charts scrolls instead of making the window larger than the screen.
QVBoxLayout* scrollingPage(QWidget* page);

} // namespace grove
