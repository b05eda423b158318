#include "ui/common/TaskProgress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace grove {

TaskProgress::TaskProgress(const QString& title, QWidget* parent)
    : QWidget(parent), m_title(title), m_label(new QLabel(title, this)), m_bar(new QProgressBar(this)),
      m_cancel(new QToolButton(this))
{
    setObjectName(u"taskProgress"_s);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar->setRange(0, 1000);
    m_bar->setFixedWidth(160);
    m_bar->setTextVisible(false);
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_cancel->setAutoRaise(true);
    m_cancel->setToolTip(tr("Cancel"));
    m_cancel->setObjectName(u"cancelTask"_s);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &TaskProgress::cancelRequested);
}

void TaskProgress::setProgress(double fraction, const QString& phase)
{
    m_bar->setValue(int(fraction * 1000));
    m_label->setText(phase.isEmpty() ? m_title : tr("%1: %2").arg(m_title, phase));
}

void TaskProgress::setCancelling()
{
    m_cancel->setEnabled(false);
    m_label->setText(tr("%1: cancelling…").arg(m_title));
}

} // namespace grove
