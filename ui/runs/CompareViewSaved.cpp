// The Compare page's saved comparisons: the Saved menu, and saving, opening, renaming and
// deleting a comparison through SavedComparisons. The rest of the view is in CompareView.cpp.
#include "ui/runs/CompareView.h"

#include "ui/common/Dialogs.h"
#include "ui/runs/SavedComparisons.h"

#include <QMenu>

using namespace Qt::StringLiterals;

namespace grove {

QStringList CompareView::savedNames() const { return m_saved->names(); }
QString CompareView::savedName() const { return m_saved->current(); }

void CompareView::fillSavedMenu()
{
    m_savedMenu->clear();
    const QStringList names = savedNames();
    for (const QString& name : names) {
        QAction* open = m_savedMenu->addAction(name, this, [this, name] { openSaved(name); });
        open->setCheckable(true);
        open->setChecked(name.compare(savedName(), Qt::CaseInsensitive) == 0);
    }
    if (names.isEmpty())
        m_savedMenu->addAction(tr("No saved comparisons yet"))->setEnabled(false);
    if (savedName().isEmpty())
        return;
    m_savedMenu->addSeparator();
    m_savedMenu->addAction(tr("Rename “%1”…").arg(savedName()), this, [this] {
        const QString name = Dialogs::text(this, tr("Rename Comparison"), tr("New name:"), savedName());
        if (!name.isEmpty())
            renameSaved(name);
    });
    m_savedMenu->addAction(tr("Delete “%1”…").arg(savedName()), this, [this] {
        if (Dialogs::confirm(this, tr("Delete Comparison"),
                             tr("Delete the saved comparison “%1”? Its runs stay as they are.").arg(savedName()),
                             tr("Delete")))
            deleteSaved();
    });
}

bool CompareView::saveAs(const QString& name)
{
    auto saved = m_saved->save(name, m_runs->comparison.runs, viewSettings(), [this](const QString& other) {
        return Dialogs::confirm(this, tr("Replace Comparison"),
                                tr("A comparison named “%1” exists. Replace it with this one?").arg(other), tr("Replace"));
    });
    if (!saved) {
        emit errorOccurred(saved.error().toString());
        return false;
    }
    if (!*saved)
        return false;
    updateTitle();
    emit message(tr("Saved the comparison as “%1”.").arg(savedName()));
    return true;
}

bool CompareView::openSaved(const QString& name)
{
    auto resolved = m_saved->open(name);
    if (!resolved) {
        emit errorOccurred(resolved.error().toString());
        return false;
    }
    QList<qint64> ids;
    for (const RunRecord& run : resolved->runs)
        ids << run.id;
    const SavedComparison saved = resolved->saved;
    const QList<qint64> missingIds = resolved->missingRunIds;
    load(ids, [this, saved, missingIds] {
        m_saved->setCurrent(saved.name); // showCompared() forgot which comparison is shown
        applyViewSettings(saved.view);
        updateTitle();
        if (!missingIds.isEmpty()) {
            QStringList missing;
            for (qint64 id : missingIds)
                missing << QString::number(id);
            emit errorOccurred(tr("“%1” showed %n run(s) that were deleted for good since: %2.", nullptr,
                                  int(missing.size()))
                                   .arg(savedName(), missing.join(u", "_s)));
        }
    });
    return true;
}

bool CompareView::renameSaved(const QString& newName)
{
    if (savedName().isEmpty())
        return false;
    if (auto status = m_saved->renameCurrent(newName); !status) {
        emit errorOccurred(status.error().toString());
        return false;
    }
    updateTitle();
    return true;
}

bool CompareView::deleteSaved()
{
    const QString name = savedName();
    if (name.isEmpty())
        return false;
    if (auto status = m_saved->removeCurrent(); !status) {
        emit errorOccurred(status.error().toString());
        return false;
    }
    emit message(tr("Deleted the saved comparison “%1”; its runs are unchanged.").arg(name));
    updateTitle();
    return true;
}

} // namespace grove
