#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QStringList>

namespace grove {

class Workspace;

// What setRunsInTrash() did.
struct TrashMove
{
    QList<qint64> moved;     // in the order asked
    QList<qint64> unchanged; // already where they were asked to go
    // Runs whose own record (runs/<id>/run.json) could not be rewritten: the database has the
    // move, but `grove-cli recover` would not know of it until the run's next change.
    QStringList warnings;
};

// Moves runs to the trash (`inTrash`) or back out of it, as the window's Move to Trash, Restore
// and Undo and `grove-cli trash` / `restore` do: all of them or none. Every run is checked first:
// one that does not exist, or (going to the trash) that is queued or training, refuses the whole
// move, and nothing changes. A run in the trash keeps its files until the trash is emptied
// (emptyRunTrash). Each moved run's own record is rewritten so that a workspace rebuilt by
// `grove-cli recover` has it in the same place.
Result<TrashMove> setRunsInTrash(Workspace& workspace, const QList<qint64>& runIds, bool inTrash);

} // namespace grove
