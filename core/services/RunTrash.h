#pragma once

#include "core/common/Result.h"

#include <QList>

namespace grove {

class Workspace;

// Moves a run to the trash (`inTrash`) or back out of it, as the window's Move to Trash and Undo
// and `grove-cli trash` / `restore` do, and rewrites the run's own record (runs/<id>/run.json)
// so that a workspace rebuilt by `grove-cli recover` has it in the same place. A run in the trash
// keeps its files until the trash is emptied (emptyRunTrash). A run that is training cannot be
// moved; one already where it is asked to go is left alone. The run's record follows the
// database on a best-effort basis: the database is the reference, and the file is rewritten at
// the run's next change.
Status setRunInTrash(Workspace& workspace, qint64 runId, bool inTrash);

} // namespace grove
