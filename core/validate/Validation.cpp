#include "core/validate/Validation.h"

#include "core/common/Process.h"
#include "core/common/Sha256.h"
#include "core/store/RunStore.h"
#include "core/store/Workspace.h"
#include "core/train/TrainingJob.h"
#include "core/train/Xgboost.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::Validation)
};

ValidationCheck technical(const char* name, bool passed, const QString& detail)
{
    ValidationCheck check;
    check.kind = ValidationCheck::Kind::Technical;
    check.name = QString::fromLatin1(name);
    check.passed = passed;
    check.detail = detail;
    return check;
}

// The run's value of a metric on one split, as its model predicts: at the best iteration when
// early stopping chose it, else after the last round.
double runMetric(const RunRecord& run, const QString& split, const QString& metric)
{
    const QJsonObject metrics = run.predictionRounds() > 0 ? run.bestMetrics : run.finalMetrics;
    const QJsonValue value = metrics.value(split).toObject().value(metric);
    return value.isDouble() ? value.toDouble() : NAN;
}

QString availableMetrics(const RunRecord& run, const QString& split)
{
    return run.finalMetrics.value(split).toObject().keys().join(u", "_s);
}

// Where a production model's schema differs from the run's: empty when it can score the run's rows.
QString schemaDifference(const ModelSchema& production, const ModelSchema& run)
{
    if (production.task != run.task)
        return Text::tr("it is a %1 model and this run is %2").arg(taskKey(production.task), taskKey(run.task));
    if (production.target != run.target)
        return Text::tr("it predicts \"%1\" and this run \"%2\"").arg(production.target, run.target);
    if (production.classes != run.classes)
        return Text::tr("its classes differ from this run's");
    const QList<FeatureColumn>&a = production.features, &b = run.features;
    if (a.size() != b.size())
        return Text::tr("it has %1 features and this run %2").arg(a.size()).arg(b.size());
    auto type = [](const FeatureColumn& feature) { return feature.categorical ? u"categorical"_s : u"numeric"_s; };
    for (qsizetype i = 0; i < a.size(); ++i) {
        const FeatureColumn &x = a[i], &y = b[i];
        if (x.name != y.name)
            return Text::tr("its feature %1 is \"%2\" where this run has \"%3\"").arg(i + 1).arg(x.name, y.name);
        if (x.categorical != y.categorical)
            return Text::tr("its feature \"%1\" is %2 where this run's is %3").arg(x.name, type(x), type(y));
        if (x.categories != y.categories)
            return Text::tr("the categories of its feature \"%1\" differ from this run's (%2 and %3 categories)")
                .arg(x.name)
                .arg(x.categories.size())
                .arg(y.categories.size());
    }
    return {};
}

// The prediction cells of a stored predictions.csv (columns "prediction" and "probability_*"):
// how many there are, and how many are empty (NaN is written as nothing), NaN or infinite.
std::pair<qint64, qint64> storedPredictionValues(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {0, 0};
    const QList<QByteArray> lines = file.readAll().split('\n');
    if (lines.isEmpty())
        return {0, 0};
    QList<int> columns;
    const QList<QByteArray> header = lines.front().split(',');
    for (qsizetype c = 0; c < header.size(); ++c) {
        if (header[c] == "prediction" || header[c].startsWith("probability_"))
            columns << int(c);
    }
    qint64 values = 0, bad = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines[i].isEmpty())
            continue;
        const QList<QByteArray> fields = lines[i].split(','); // prediction cells are plain numbers
        for (int c : columns) {
            ++values;
            bool ok = false;
            const double v = fields.value(c).toDouble(&ok);
            bad += ok && std::isfinite(v) ? 0 : 1;
        }
    }
    return {values, bad};
}

// Production's value of `metric` on the rows the run held out, computed by XGBoost.
Result<double> productionMetric(const ProductionModel& production, const TrainingPlan& plan, const QString& metric)
{
    const DataSide& side = plan.validation ? *plan.validation : plan.train;
    xgb::RowBatches batches(side, plan.validRows);
    auto matrix = xgb::denseMatrix(batches, plan.features, plan.config.threads);
    if (!matrix)
        return matrix.error();
    auto booster = xgb::Booster::load(production.model);
    if (!booster)
        return booster.error();
    if (production.bestIteration) {
        auto sliced = booster->slice(*production.bestIteration + 1);
        if (!sliced)
            return sliced.error();
        booster = std::move(sliced);
    }
    if (auto status = booster->setParameters({{u"eval_metric"_s, metric}}); !status)
        return status.error();
    const xgb::DMatrix* matrices[] = {&*matrix};
    auto evaluations = booster->evaluate(0, matrices, {u"valid"_s});
    if (!evaluations)
        return evaluations.error();
    for (const xgb::Evaluation& evaluation : *evaluations) {
        if (evaluation.metric == metric)
            return evaluation.value;
    }
    return Error::internal(Text::tr("XGBoost did not report %1 for the Production version.").arg(metric));
}

// A rule on a figure of the held-out predictions, as `figures` measures it.
ValidationCheck figureCheck(const RunRecord& run, const ValidationRule& rule, const FigureMeasure& figures)
{
    ValidationCheck check;
    check.kind = ValidationCheck::Kind::Rule;
    check.name = rule.text();
    if (!figures) {
        check.detail = Text::tr("%1 is measured on the held-out predictions, which this validation does not read.")
                           .arg(rule.measured());
        return check;
    }
    auto measured = figures(run, rule);
    if (!measured) {
        check.detail = measured.error().message;
        return check;
    }
    check.value = measured->value;
    check.threshold = rule.threshold();
    check.passed = rule.holds(check.value, check.threshold);
    check.detail = check.passed ? Text::tr("%1.").arg(measured->detail)
                                : Text::tr("%1, which does not meet %2.").arg(measured->detail, rule.text());
    return check;
}

} // namespace

Result<ValidationReport> validateRun(Workspace& workspace, qint64 runId, const QList<ValidationRule>& rules,
                                     const std::optional<ProductionModel>& production, JobControl& control,
                                     const FigureMeasure& figures)
{
    RunStore store(workspace.database());
    auto found = store.byId(runId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(Text::tr("There is no run %1 in this workspace.").arg(runId));
    const RunRecord run = **found;
    if (run.status != RunStatus::Finished)
        return Error::conflict(Text::tr("Run %1 is %2; only a finished run can be validated.")
                                   .arg(runId)
                                   .arg(runStatusDisplayName(run.status).toLower()));
    ValidationReport report;
    report.runId = runId;
    report.time = QDateTime::currentDateTimeUtc();
    report.user = currentUserName();
    const ProgressSlice progress(control, 0, 1, Text::tr("Validating run %1").arg(runId));

    // The model file: present, unchanged since training, loadable.
    QFile file(modelPath(workspace, runId));
    QByteArray model;
    std::optional<xgb::Booster> booster;
    if (!file.open(QIODevice::ReadOnly)) {
        report.checks << technical(TechnicalCheck::ModelReloads, false,
                                   Text::tr("%1 cannot be read: %2.").arg(file.fileName(), file.errorString()));
    } else {
        model = file.readAll();
        const QString sha = QString::fromLatin1(Sha256::hash(model).toHex());
        auto loaded = xgb::Booster::load(model);
        if (sha != run.modelSha256)
            report.checks << technical(TechnicalCheck::ModelReloads, false,
                                       Text::tr("%1 has SHA-256 %2, but the run recorded %3: the file was changed "
                                                "after training.")
                                           .arg(file.fileName(), sha.left(12), run.modelSha256.left(12)));
        else if (!loaded)
            report.checks << technical(TechnicalCheck::ModelReloads, false, loaded.error().message);
        else
            report.checks << technical(TechnicalCheck::ModelReloads, true,
                                       Text::tr("%1 loads, with the recorded SHA-256 %2.")
                                           .arg(file.fileName(), sha.left(12)));
        if (loaded && sha == run.modelSha256)
            booster = std::move(loaded.value());
    }
    progress.report(0.2);

    // The training data: the same dataset content, with the columns and categories trained on.
    std::optional<TrainingPlan> plan;
    auto config = runConfig(run);
    auto prepared = config ? prepareTraining(workspace, *config, false) : Result<TrainingPlan>(config.error());
    const QString& recordedHash = run.setup.data.dataset.contentHash;
    if (!prepared) {
        report.checks << technical(TechnicalCheck::SchemaMatches, false, prepared.error().message);
    } else if (prepared->train.dataset.contentHash != recordedHash) {
        report.checks << technical(TechnicalCheck::SchemaMatches, false,
                                   Text::tr("The dataset \"%1\" now has content %2, but the run was trained on %3.")
                                       .arg(prepared->train.dataset.name, prepared->train.dataset.contentHash.left(12),
                                            recordedHash.left(12)));
    } else if (prepared->schema() != run.setup.schema) {
        report.checks << technical(TechnicalCheck::SchemaMatches, false,
                                   Text::tr("The columns of \"%1\" no longer give the features, types and categories "
                                            "the model was trained with.")
                                       .arg(prepared->train.dataset.name));
    } else {
        report.checks << technical(TechnicalCheck::SchemaMatches, true,
                                   Text::tr("\"%1\" (content %2) gives the %n feature(s) the model was trained with.",
                                            nullptr, int(prepared->features.size()))
                                       .arg(prepared->train.dataset.name, recordedHash.left(12)));
        plan = std::move(prepared.value());
    }
    if (control.isInterruptionRequested())
        return Error::cancelled();
    progress.report(0.4);

    // The held-out predictions, again, from the reloaded model.
    if (!booster || !plan) {
        report.checks << technical(TechnicalCheck::PredictionsReproduce, false,
                                   Text::tr("Not checked: the model or its data did not pass the checks above."));
        report.checks << technical(TechnicalCheck::PredictionsFinite, false,
                                   Text::tr("Not checked: the model or its data did not pass the checks above."));
    } else if (plan->config.validation.kind == ValidationKind::KFold) {
        // Cross-validation's held-out predictions come from the fold models, not the one kept.
        ValidationCheck reproduce = technical(TechnicalCheck::PredictionsReproduce, true,
                                              Text::tr("Not applicable: the held-out predictions of a cross-validated "
                                                       "run come from its fold models; the model kept was trained on "
                                                       "all rows."));
        reproduce.applicable = false;
        report.checks << reproduce;
        // Its out-of-fold predictions, as stored, are checked instead.
        const auto [values, bad] = storedPredictionValues(predictionsPath(workspace, runId));
        report.checks << technical(TechnicalCheck::PredictionsFinite, values > 0 && bad == 0,
                                   values == 0 ? Text::tr("%1 holds no predictions to check.").arg(predictionsPath(workspace, runId))
                                   : bad == 0 ? Text::tr("All %n out-of-fold prediction value(s) are finite.", nullptr, int(values))
                                              : Text::tr("%n out-of-fold prediction value(s) are missing, NaN or infinite.",
                                                         nullptr, int(bad)));
    } else {
        const DataSide& side = plan->validation ? *plan->validation : plan->train;
        TrainingOutcome outcome;
        auto predicted = predictRows(*plan, *booster, side, plan->validRows, run.predictionRounds(), -1, outcome);
        QFile stored(predictionsPath(workspace, runId));
        if (!predicted) {
            report.checks << technical(TechnicalCheck::PredictionsReproduce, false, predicted.error().message);
        } else if (!stored.open(QIODevice::ReadOnly)) {
            report.checks << technical(TechnicalCheck::PredictionsReproduce, false,
                                       Text::tr("%1 cannot be read: %2.").arg(stored.fileName(), stored.errorString()));
        } else {
            const QByteArray again = predictionsCsv(*plan, outcome), before = stored.readAll();
            qsizetype line = 0;
            if (again != before) {
                const QList<QByteArray> a = again.split('\n'), b = before.split('\n');
                while (line < std::min(a.size(), b.size()) && a[line] == b[line])
                    ++line;
            }
            report.checks << technical(
                TechnicalCheck::PredictionsReproduce, again == before,
                again == before ? Text::tr("The %n held-out prediction(s) in %1 are reproduced exactly.", nullptr,
                                           int(outcome.predictionRows.size()))
                                      .arg(stored.fileName())
                                : Text::tr("%1 differs from the reloaded model's predictions from line %2 on.")
                                      .arg(stored.fileName())
                                      .arg(line + 1));
        }
        qint64 bad = 0;
        for (float p : outcome.predictions)
            bad += std::isfinite(p) ? 0 : 1;
        report.checks << technical(TechnicalCheck::PredictionsFinite, predicted && bad == 0,
                                   !predicted  ? Text::tr("Not checked: the model could not predict.")
                                   : bad == 0 ? Text::tr("All %n prediction value(s) are finite.", nullptr,
                                                         int(outcome.predictions.size()))
                                              : Text::tr("%n prediction value(s) are NaN or infinite.", nullptr, int(bad)));
    }
    if (control.isInterruptionRequested())
        return Error::cancelled();
    progress.report(0.7);

    // The rules.
    for (const ValidationRule& rule : rules) {
        if (rule.needsHeldOutPredictions()) {
            report.checks << figureCheck(run, rule, figures);
            if (control.isInterruptionRequested())
                return Error::cancelled();
            continue;
        }
        ValidationCheck check;
        check.kind = ValidationCheck::Kind::Rule;
        check.name = rule.text();
        check.value = runMetric(run, rule.split, rule.metric);
        if (std::isnan(check.value)) {
            check.detail = Text::tr("Run %1 has no %2 on its %3 data (it has: %4). Add the metric to the run, or "
                                    "change the rule.")
                               .arg(runId)
                               .arg(rule.metric, rule.split, availableMetrics(run, rule.split));
            report.checks << check;
            continue;
        }
        if (!rule.relativeToProduction) {
            check.threshold = rule.threshold();
            check.passed = rule.holds(check.value, check.threshold);
            check.detail = check.passed ? Text::tr("%1 is %2.").arg(rule.split + u'.' + rule.metric).arg(check.value)
                                        : Text::tr("%1 is %2, which does not meet %3.")
                                              .arg(rule.split + u'.' + rule.metric)
                                              .arg(check.value)
                                              .arg(rule.text());
            report.checks << check;
            continue;
        }
        if (!production) {
            check.passed = true;
            check.detail = Text::tr("There is no Production version to compare with yet; the rule holds.");
        } else if (rule.split != u"valid"_s || !plan || plan->validRows.empty() ||
                   plan->config.validation.kind == ValidationKind::KFold) {
            check.detail = rule.split != u"valid"_s
                               ? Text::tr("A comparison with Production is made on the validation data: write "
                                          "valid.%1.")
                                     .arg(rule.metric)
                               : Text::tr("This run has no held-out rows to score %1 on (it is cross-validated, or "
                                          "its data did not pass the checks).")
                                     .arg(production->label);
        } else if (const QString difference = schemaDifference(production->schema, plan->schema());
                   !difference.isEmpty()) {
            check.detail = Text::tr("%1 cannot score this run's rows: %2.").arg(production->label, difference);
        } else if (auto value = productionMetric(*production, *plan, rule.metric); !value) {
            check.detail = Text::tr("%1 could not be scored: %2").arg(production->label, value.error().message);
        } else {
            check.threshold = rule.threshold(*value);
            check.passed = rule.holds(check.value, check.threshold);
            check.detail = Text::tr("%1 is %2; %3 scores %4 on the same %n row(s).", nullptr, int(plan->validRows.size()))
                               .arg(rule.split + u'.' + rule.metric)
                               .arg(check.value)
                               .arg(production->label)
                               .arg(*value);
            report.production = production->label;
        }
        report.checks << check;
    }
    progress.report(1);
    return report;
}

} // namespace grove
