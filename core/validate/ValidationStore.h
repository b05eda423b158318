#pragma once

#include "core/common/Result.h"
#include "core/store/Database.h"
#include "core/validate/ValidationRules.h"

#include <optional>

namespace grove {

// Validation reports (every validation of a run is kept; the latest decides whether its model
// may be exported) and the rules each experiment remembers.
class ValidationStore
{
public:
    explicit ValidationStore(Database& database) : m_database(database) {}

    // Stores a report and records the event. Returns its id.
    Result<qint64> save(const ValidationReport& report);
    Result<std::optional<ValidationReport>> latest(qint64 runId);
    Result<QList<ValidationReport>> all(qint64 runId); // newest first

    // The rules remembered for an experiment (empty for an unknown experiment).
    Result<QStringList> experimentRules(const QString& experiment);
    // Remembers rules for an experiment (created if needed); each must parse.
    Status setExperimentRules(const QString& experiment, const QStringList& rules);

private:
    Database& m_database;
};

} // namespace grove
