#pragma once

#include "core/common/Result.h"
#include "core/model/SweepDefinition.h"
#include "core/store/Database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace grove {

// A sweep as the workspace keeps it: its definition and how far it got.
struct SweepRecord
{
    qint64 id = 0;
    QString name;
    QJsonObject definition; // SweepDefinition::toJson()
    QString status;         // "running", "stopped" or "finished"
    QDateTime createdAt, updatedAt; // UTC
};

// One trial of a sweep: a configuration (with its repeat and, for halving, its rung) and the run
// that trains it once it is queued.
struct SweepTrial
{
    int trial = 0;
    int repeat = 0;
    int rung = 0;
    std::vector<double> point; // where it is in the search space (see grove::sweep::SearchPoint)
    QJsonObject params;        // the searched parameters' values, by name
    std::optional<qint64> runId;
    QString status;            // "planned", "running", "finished", "failed" or "stopped"
    std::optional<double> value; // the objective, once finished
    std::optional<double> trainSeconds; // its rounds alone (the booster's updates and evaluations)

    // Planned or being trained: not settled yet (a resumed sweep trains it, again if need be).
    bool inProgress() const { return status == QLatin1String("planned") || status == QLatin1String("running"); }

    bool operator==(const SweepTrial&) const = default;
};

// The sweeps and sweep_trials tables. Sweep names are unique without regard to case.
class SweepStore
{
public:
    explicit SweepStore(Database& database) : m_database(database) {}

    // Records a new sweep, "running"; a name that is taken is refused. `claimId` is called inside
    // the transaction with the next free id of the table and returns the id to use (see
    // claimSweepFiles()), or an error.
    Result<qint64> create(const SweepDefinition& definition, const std::function<Result<qint64>(qint64)>& claimId = {});
    // Deletes a sweep and its trials (a sweep whose creation could not be completed).
    Status remove(qint64 id);
    // A sweep by its id or its name.
    Result<SweepRecord> find(const QString& reference);
    // Every sweep, in id order.
    Result<QList<SweepRecord>> list();
    Status setStatus(qint64 id, const QString& status);
    // Records a trial, or replaces the one with its trial, repeat and rung.
    Status saveTrial(qint64 sweepId, const SweepTrial& trial);
    // The sweep's trials by trial, repeat and rung.
    Result<std::vector<SweepTrial>> trials(qint64 sweepId);
    // Records a sweep as it was, with its id, times and trials (what grove-cli recover rebuilds
    // from the sweep's files).
    Status restore(const SweepRecord& sweep, const std::vector<SweepTrial>& trials);

private:
    Database& m_database;
};

} // namespace grove
