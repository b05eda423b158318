#pragma once

#include "core/common/JobControl.h"
#include "core/common/Result.h"
#include "core/validate/ValidationRules.h"

#include <QStringList>

#include <optional>

namespace grove {

class Workspace;

// What to validate, as `grove-cli validate` and the window's Validate button both ask for it.
struct ValidationRequest
{
    qint64 runId = 0;
    std::optional<QStringList> rules; // none: the rules the run's experiment remembers
    bool remember = false;            // keep these rules for the run's experiment
    QString productionModel;          // the registry model whose Production version relative rules use
    QString registryRoot;             // the registry that holds it
};

struct ValidationOutcome
{
    ValidationReport report; // saved with the run
    bool productionModelUnused = false; // a model was named, but no rule compares with production
};

// Whether any of these rules compares with production. Rules that do not parse compare with
// nothing (parseRules() says what is wrong with them).
bool rulesNeedProduction(const QStringList& rules);

// The whole validation of a run: the rules (given, or remembered for its experiment) are parsed,
// remembered if asked, the Production version is looked up when a rule needs it, the run is
// validated (validateRun(), with HeldOutFigures for the rules on the held-out predictions) and the
// report saved. A rule against production without a model named is refused before anything runs.
Result<ValidationOutcome> validateAndSave(Workspace& workspace, const ValidationRequest& request, JobControl& control);

} // namespace grove
