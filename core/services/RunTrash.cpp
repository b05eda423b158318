#include "core/services/RunTrash.h"

#include "core/store/RunFile.h"
#include "core/store/RunStore.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::RunTrash)
};

} // namespace

Result<TrashMove> setRunsInTrash(Workspace& workspace, const QList<qint64>& runIds, bool inTrash)
{
    RunStore store(workspace.database());
    TrashMove result;
    QList<qint64> toMove;
    for (qint64 id : runIds) {
        if (toMove.contains(id) || result.unchanged.contains(id))
            continue;
        auto run = store.byId(id);
        if (!run)
            return run.error();
        if (!run->has_value())
            return Error::notFound(Text::tr("There is no run %1.").arg(id));
        const RunRecord& record = **run;
        if (record.deletedAt.isValid() == inTrash) {
            result.unchanged << id;
            continue;
        }
        if (inTrash && isActive(record.status))
            return Error::conflict(Text::tr("Run %1 is still training; cancel it before moving it to the trash. "
                                            "Nothing was moved.")
                                       .arg(id));
        toMove << id;
    }
    for (qint64 id : toMove) {
        // Each run was checked above; a run cannot start training once it has ended, so these
        // moves only fail when the workspace cannot be written at all.
        if (const Status status = inTrash ? store.moveToTrash(id) : store.restoreFromTrash(id); !status) {
            if (result.moved.isEmpty())
                return status.error();
            Error error = status.error();
            error.message += u' ' + Text::tr("Runs moved before the failure: %1.").arg([&] {
                QStringList ids;
                for (qint64 moved : result.moved)
                    ids << QString::number(moved);
                return ids.join(QStringLiteral(", "));
            }());
            return error;
        }
        result.moved << id;
        if (const Status written = writeRunFile(workspace, id); !written)
            result.warnings << written.error().toString();
    }
    return result;
}

} // namespace grove
