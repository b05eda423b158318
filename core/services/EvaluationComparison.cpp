#include "core/services/EvaluationComparison.h"

#include "core/services/RunEvaluation.h"
#include "core/store/Workspace.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace grove {

Result<EvaluationComparison> compareEvaluations(Workspace& workspace, const QList<RunRecord>& runs,
                                                const QString& sliceColumn, int bins, JobControl& control)
{
    EvaluationComparison comparison;
    bool firstColumns = true;
    for (const RunRecord& run : runs) {
        if (control.isInterruptionRequested())
            return Error::cancelled();
        EvaluatedRun evaluated;
        evaluated.run = run;
        if (run.status != RunStatus::Finished) {
            evaluated.problem = runStatusDisplayName(run.status);
            comparison.runs.push_back(std::move(evaluated));
            continue;
        }
        auto predictions = loadHeldOutPredictions(workspace, run, control);
        if (!predictions) {
            evaluated.problem = predictions.error().message;
            comparison.runs.push_back(std::move(evaluated));
            continue;
        }
        // Which rows of which data: the same fingerprint, the same rows.
        QCryptographicHash hash(QCryptographicHash::Sha1);
        const DatasetLineage& scored = run.setup.data.validDataset ? *run.setup.data.validDataset : run.setup.data.dataset;
        hash.addData(scored.contentHash.toUtf8());
        hash.addData(QByteArrayView(reinterpret_cast<const char*>(predictions->rows.data()),
                                    qsizetype(predictions->rows.size() * sizeof(std::uint32_t))));
        evaluated.rowsFingerprint = qFromLittleEndian<quint64>(hash.result().constData());
        evaluated.heldOutRows = predictions->size();
        if (auto evaluation = evaluateRun(run, *predictions, run.decision))
            evaluated.evaluation = std::move(*evaluation);
        else
            evaluated.problem = evaluation.error().message;
        if (auto columns = sliceColumns(workspace, run)) {
            if (firstColumns)
                comparison.columns = *columns;
            else
                comparison.columns.removeIf([&](const QString& c) { return !columns->contains(c); });
            firstColumns = false;
        }
        if (!sliceColumn.isEmpty() && evaluated.evaluation) {
            auto keys = sliceKeys(workspace, run, *predictions, sliceColumn, bins);
            if (keys) {
                SliceOptions options;
                options.decisions = run.decision;
                evaluated.slices = evaluateSlices(*predictions, *keys, options);
            } else {
                evaluated.problem = keys.error().message;
            }
        }
        comparison.runs.push_back(std::move(evaluated));
    }
    const EvaluatedRun* first = nullptr;
    for (const EvaluatedRun& r : comparison.runs) {
        if (!r.evaluation)
            continue;
        if (first && r.rowsFingerprint != first->rowsFingerprint)
            comparison.sameRows = false;
        first = first ? first : &r;
    }
    return comparison;
}

} // namespace grove
