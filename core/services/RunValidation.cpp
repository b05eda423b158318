#include "core/services/RunValidation.h"

#include "core/registry/ModelExport.h"
#include "core/registry/Registry.h"
#include "core/services/HeldOutFigures.h"
#include "core/store/RunStore.h"
#include "core/store/Workspace.h"
#include "core/validate/Validation.h"
#include "core/validate/ValidationStore.h"

#include <QCoreApplication>

#include <algorithm>

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::RunValidation)
};

bool anyAgainstProduction(const QList<ValidationRule>& rules)
{
    return std::any_of(rules.begin(), rules.end(), [](const ValidationRule& rule) { return rule.relativeToProduction; });
}

} // namespace

bool rulesNeedProduction(const QStringList& rules)
{
    const auto parsed = parseRules(rules);
    return parsed && anyAgainstProduction(*parsed);
}

Result<ValidationOutcome> validateAndSave(Workspace& workspace, const ValidationRequest& request, JobControl& control)
{
    auto run = RunStore(workspace.database()).byId(request.runId);
    if (!run)
        return run.error();
    if (!run->has_value())
        return Error::badInput(Text::tr("There is no run %1 in this workspace.").arg(request.runId));
    const QString experiment = (*run)->experiment;
    ValidationStore store(workspace.database());
    QStringList texts;
    if (request.rules) {
        texts = *request.rules;
    } else {
        auto remembered = store.experimentRules(experiment);
        if (!remembered)
            return remembered.error();
        texts = *remembered;
    }
    auto rules = parseRules(texts);
    if (!rules)
        return rules.error();
    const bool relative = anyAgainstProduction(*rules);
    const QString model = request.productionModel.trimmed();
    if (relative && model.isEmpty())
        return Error::badInput(Text::tr("A rule compares with Production: name the registry model whose Production "
                                        "version it uses."));
    if (request.remember) {
        if (auto status = store.setExperimentRules(experiment, texts); !status)
            return status.error();
    }
    std::optional<ProductionModel> production;
    if (relative) {
        Registry registry(request.registryRoot);
        auto found = productionModel(registry, model);
        if (!found) {
            Error error = found.error();
            error.message = Text::tr("The Production version of %1 cannot be used: %2").arg(model, error.message);
            return error;
        }
        production = *found;
    }
    HeldOutFigures figures(workspace, control);
    auto report = validateRun(workspace, request.runId, *rules, production, control, figures.measurer());
    if (!report)
        return report.error();
    if (auto saved = store.save(*report); !saved)
        return saved.error();
    return ValidationOutcome{*report, !relative && !model.isEmpty()};
}

} // namespace grove
