// A sweep's own record and trials (sweeps/<id>.json and <id>.trials.jsonl), as grove-cli
// recover reads them from a workspace folder. The input is the record, a NUL byte, then the
// trials file. Any input must give a sweep or an error, never a crash; and:
// - a sweep that was read has an id, a name, a definition and a known status;
// - each line read has small whole-number coordinates, a known status, finite figures and, with
//   a run, a positive run id, and written back and read again it is the same trial;
// - latestTrials() keeps each trial once.
#include "core/store/SweepFile.h"

#include <QJsonDocument>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <set>
#include <tuple>

using namespace grove;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const qsizetype split = bytes.indexOf('\0');
    const QByteArray record = split < 0 ? bytes : bytes.left(split);
    const QByteArray trials = split < 0 ? QByteArray() : bytes.mid(split + 1);
    const auto contents = parseSweepFiles(record, trials);
    if (!contents) {
        if (contents.error().message.isEmpty())
            std::abort();
        return 0;
    }
    const SweepRecord& sweep = contents->record;
    if (sweep.id <= 0 || sweep.name.trimmed().isEmpty() || sweep.definition.isEmpty() || !sweep.createdAt.isValid() ||
        !sweep.updatedAt.isValid())
        std::abort();
    if (sweep.status != QStringLiteral("running") && sweep.status != QStringLiteral("stopped") &&
        sweep.status != QStringLiteral("finished"))
        std::abort();
    for (const SweepTrial& trial : contents->lines) {
        const auto again = parseTrialRecord(trialRecordJson(trial));
        if (!again || !(*again == trial))
            std::abort();
    }
    std::set<std::tuple<int, int, int>> seen;
    for (const SweepTrial& trial : latestTrials(contents->lines)) {
        if (trial.trial < 0 || trial.repeat < 0 || trial.rung < 0 || (trial.runId && *trial.runId <= 0))
            std::abort();
        if ((trial.value && !std::isfinite(*trial.value)) || (trial.trainSeconds && !std::isfinite(*trial.trainSeconds)))
            std::abort();
        for (double v : trial.point) {
            if (!std::isfinite(v))
                std::abort();
        }
        if (!seen.insert({trial.trial, trial.repeat, trial.rung}).second)
            std::abort();
    }
    return 0;
}
