#pragma once

#include "core/common/Result.h"
#include "core/model/RunConfig.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace grove {

// One parameter a sweep searches: a list of choices, or a range.
struct SearchDimension
{
    enum class Kind { Choice, Uniform, LogUniform, Int };
    QString name; // XGBoost's name (parameterCatalogue())
    Kind kind = Kind::Choice;
    QList<QJsonValue> choices; // Choice: numbers or strings, in the order given
    double low = 0, high = 0;  // ranges: inclusive bounds

    // How many values a grid takes of it: the choices, or every whole number of an int range;
    // empty for a continuous range.
    std::optional<std::uint64_t> gridCount() const;
    // The parameter's value at a point of the search space: for a choice the index of the
    // choice, for a range the value itself (rounded for Int).
    QJsonValue valueAt(double point) const;
    // As the sweep's JSON writes it: a list, or {"uniform"|"log_uniform"|"int": [low, high]}.
    QJsonValue toJson() const;
};

enum class SweepStrategy { Grid, Random, Halving, Tpe };
QString sweepStrategyKey(SweepStrategy strategy); // "grid", "random", "halving", "tpe"

// What a sweep searches and how: the sweep definition that `grove-cli sweep --config` reads and
// the New Sweep dialog saves and loads. Its fields are in the README ("Sweeps").
struct SweepDefinition
{
    QString name;
    RunConfig base; // data, target, validation, rounds, early stopping and the fixed parameters
    QJsonObject fixed; // the fixed parameters as given
    QString objectiveSplit = QStringLiteral("valid"); // "valid" or "train"
    QString objectiveMetric;                          // e.g. "auc"
    bool maximize = true;
    SweepStrategy strategy = SweepStrategy::Random;
    int trials = 0;              // not used by grid (every combination)
    quint64 seed = 1;
    int repeats = 1;             // each configuration trained with this many seeds
    int parallel = 0;            // trials at once; 0: as many as fit the cores
    double timeLimitSeconds = 0; // 0: none
    int startupTrials = 10;      // tpe: random trials before the model takes over
    int halvingEta = 3;          // halving: keep the best 1/eta at each rung
    int halvingMinRounds = 0;    // halving: rounds at the first rung; 0: rounds / eta^(rungs - 1)
    std::vector<SearchDimension> space; // in the order of the parameters' names

    // "valid.auc"
    QString objective() const { return objectiveSplit + u'.' + objectiveMetric; }
    // Every combination of a grid, when the space can be enumerated (saturates at UINT64_MAX).
    std::optional<std::uint64_t> gridSize() const;

    QJsonObject toJson() const;
    // Reads a definition. Every problem is refused with the field named: an empty space, a log
    // range with a bound <= 0, a grid of more than kMaxGrid combinations (with the count), a
    // parameter Grove does not know (with the ones it does), a budget of 0, parallel beyond
    // `cores` × 4.
    static Result<SweepDefinition> fromJson(const QJsonObject& json, int cores);

    static constexpr std::uint64_t kMaxGrid = 100000;
    // For reading a stored definition again, whatever machine wrote it: the cores do not limit it.
    static constexpr int kAnyCores = 1 << 20;
};

// A split seed as the definition writes it: a number while a double holds it exactly, else text
// (as run configurations take it).
QJsonValue splitSeedJson(quint64 seed);

} // namespace grove
