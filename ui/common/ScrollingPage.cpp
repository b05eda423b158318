#include "ui/common/ScrollingPage.h"

#include <QScrollArea>
#include <QVBoxLayout>

namespace grove {

QVBoxLayout* scrollingPage(QWidget* page)
{
    auto* content = new QWidget(page);
    auto* scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    return new QVBoxLayout(content);
}

} // namespace grove
