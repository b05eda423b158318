#pragma once

// Uses an opened snapshot the way Grove does: every value, category and the profile, the task
// guess of the New Run dialog, and the training plan and row batches that feed XGBoost (with the
// snapshot as its own validation dataset, so that categories are remapped too). Shared by the
// snapshot fuzz target and the byte-flipping test: whatever Snapshot::open accepts must be safe
// to read, however damaged.

#include "core/data/Snapshot.h"
#include "core/train/TrainingPlan.h"
#include "core/train/Xgboost.h"

#include <cstdint>
#include <cstdlib>

namespace grove::test {

// A sum over what was read, so that nothing is optimised away.
inline double readEverything(const Snapshot& snapshot)
{
    double sum = 0;
    for (qsizetype c = 0; c < snapshot.columnCount(); ++c) {
        const Snapshot::Column& column = snapshot.column(c);
        const auto numbers = snapshot.numbers(c);
        const auto codes = snapshot.codes(c);
        // One of the two spans holds a value per row.
        if (numbers.size() + codes.size() != std::size_t(snapshot.rows()))
            std::abort();
        for (float value : numbers)
            sum += value == value ? 1 : 0;
        for (std::uint32_t code : codes)
            sum += double(snapshot.category(c, code).size());
        for (std::uint32_t code = 0; code < column.dictionaryCount; ++code)
            sum += double(snapshot.category(c, code).size());
        sum += double(guessTask(snapshot, c));
    }
    if (auto profile = snapshot.profile())
        sum += double(profile->rows);
    sum += snapshot.verify() ? 1 : 0;

    // Planning a run on each of the first columns as the target, and reading its rows in batches.
    for (qsizetype target = 0; target < std::min<qsizetype>(snapshot.columnCount(), 4); ++target) {
        RunConfig config;
        config.target = snapshot.column(target).name;
        config.threads = 1;
        config.rounds = 1;
        config.validation.kind = ValidationKind::Dataset;
        DatasetRecord record;
        record.name = QStringLiteral("fuzzed");
        auto plan = planTraining(config, record, snapshot, std::make_pair(record, snapshot));
        if (!plan)
            continue;
        for (const DataSide* side : {&plan->train, &*plan->validation}) {
            xgb::RowBatches batches(*side, side == &plan->train ? plan->trainRows : plan->validRows, 7);
            while (batches.next()) {
                for (std::size_t i = 0; i < batches.rows() * batches.columns(); ++i)
                    sum += batches.values()[i] == batches.values()[i] ? 1 : 0;
            }
        }
    }
    return sum;
}

} // namespace grove::test
