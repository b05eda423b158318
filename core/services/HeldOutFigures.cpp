#include "core/services/HeldOutFigures.h"

#include "core/model/RunRecord.h"
#include "core/services/RunEvaluation.h"
#include "core/store/Workspace.h"
#include "core/train/TrainingJob.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cmath>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::HeldOutFigures)
};

QString number(double value) { return QString::number(value, 'g', 6); }

// "1,200 held-out rows" (out-of-fold for a cross-validated run).
QString rowsText(std::int64_t rows, bool crossValidated)
{
    return crossValidated ? Text::tr("%Ln out-of-fold row(s)", nullptr, int(rows))
                          : Text::tr("%Ln held-out row(s)", nullptr, int(rows));
}

// A figure that does not exist on these rows (NaN) fails the rule, saying why it may not.
Result<MeasuredFigure> measuredOrUndefined(const ValidationRule& rule, double value, const QString& detail,
                                           const QString& rows)
{
    if (std::isfinite(value))
        return MeasuredFigure{value, detail};
    return Error::badInput(Text::tr("%1 has no value on the %2: it is undefined for them (precision when no row is "
                                    "predicted positive, recall without positives, R² when the true values do not "
                                    "vary).")
                               .arg(rule.measured(), rows));
}

// The value named `name` among `figures`; NaN when none is.
double named(const QString& name, std::initializer_list<std::pair<const char*, double>> figures)
{
    for (const auto& [key, value] : figures) {
        if (name == QLatin1StringView(key))
            return value;
    }
    return NAN;
}

double confusionFigure(const Confusion& c, const QString& name, const DecisionOptions& decision)
{
    return named(name, {{"precision", c.precision()},
                        {"recall", c.recall()},
                        {"f1", c.f1()},
                        {"accuracy", c.accuracy()},
                        {"specificity", c.specificity()},
                        {"mcc", c.mcc()},
                        {"cost", c.cost(decision)}});
}

double evaluationFigure(const Evaluation& e, const QString& name)
{
    if (const auto& b = e.binary)
        return named(name, {{"auc", b->auc},
                            {"average_precision", b->averagePrecision},
                            {"brier", b->brier},
                            {"ece", b->expectedCalibrationError},
                            {"log_loss", b->logLoss}});
    if (const auto& m = e.multiclass)
        return named(name, {{"accuracy", m->accuracy},
                            {"log_loss", m->logLoss},
                            {"macro_precision", m->macroPrecision},
                            {"macro_recall", m->macroRecall},
                            {"macro_f1", m->macroF1},
                            {"weighted_f1", m->weightedF1}});
    if (const auto& r = e.regression)
        return named(name, {{"rmse", r->rmse}, {"mae", r->mae}, {"r2", r->r2}});
    return NAN;
}

// A slice's point estimate (not its interval); NaN when the slice has none.
double sliceFigure(const SliceFigures& f, const QString& name)
{
    auto point = [](const std::optional<Interval>& interval) { return interval ? interval->value : NAN; };
    return named(name, {{"auc", point(f.auc)},
                        {"accuracy", point(f.accuracy)},
                        {"precision", point(f.precision)},
                        {"recall", point(f.recall)},
                        {"rmse", point(f.rmse)},
                        {"mae", f.mae.value_or(NAN)}});
}

std::int64_t rowCount(const Evaluation& e)
{
    return e.binary ? e.binary->rows : e.multiclass ? e.multiclass->rows : e.regression ? e.regression->rows : 0;
}

} // namespace

HeldOutFigures::HeldOutFigures(Workspace& workspace, JobControl& control) : m_workspace(workspace), m_control(control) {}

FigureMeasure HeldOutFigures::measurer()
{
    return [this](const RunRecord& run, const ValidationRule& rule) { return measure(run, rule); };
}

Result<MeasuredFigure> HeldOutFigures::measure(const RunRecord& run, const ValidationRule& rule)
{
    if (run.id != m_runId) {
        m_runId = run.id;
        m_predictions.reset();
        m_evaluation.reset();
        m_slices.clear();
    }
    const std::optional<Task> task = run.setup.schema.task;
    if (!task)
        return Error::badInput(Text::tr("The configuration of run %1 does not say its task.").arg(run.id));
    // A figure the run's task does not have fails before anything is read.
    if (!ruleFigures(rule.figure, *task).contains(rule.metric)) {
        if (rule.figure == ValidationRule::Figure::AtThreshold)
            return Error::badInput(Text::tr("Run %1 is a %2 run: only a binary run decides with a threshold, so it has "
                                            "no %3.")
                                       .arg(run.id)
                                       .arg(taskKey(*task), rule.measured()));
        return Error::badInput(Text::tr("Run %1 is a %2 run, which has no %3; its figures of this kind are: %4.")
                                   .arg(run.id)
                                   .arg(taskKey(*task), rule.measured(), ruleFigures(rule.figure, *task).join(u", "_s)));
    }
    switch (rule.figure) {
    case ValidationRule::Figure::AtThreshold:
        return atThreshold(run, rule);
    case ValidationRule::Figure::Evaluation:
        return ofEvaluation(run, rule);
    case ValidationRule::Figure::WorstSlice:
        return worstSlice(run, rule);
    case ValidationRule::Figure::RunMetric:
        break;
    }
    return Error::internal(Text::tr("%1 is not measured on the held-out predictions.").arg(rule.measured()));
}

const Result<HeldOutPredictions>& HeldOutFigures::predictions(const RunRecord& run)
{
    if (m_predictions)
        return *m_predictions;
    const QString stored = heldOutPredictionsPath(m_workspace, run.id), csv = predictionsPath(m_workspace, run.id);
    if (!QFileInfo::exists(stored) && !QFileInfo::exists(csv))
        m_predictions.emplace(Error::io(Text::tr("The held-out predictions of run %1 are missing: neither %2 nor %3 "
                                                 "exists.")
                                            .arg(run.id)
                                            .arg(QDir::toNativeSeparators(stored), QDir::toNativeSeparators(csv))));
    else
        m_predictions.emplace(loadHeldOutPredictions(m_workspace, run, m_control));
    return *m_predictions;
}

const Result<Evaluation>& HeldOutFigures::evaluation(const RunRecord& run)
{
    if (!m_evaluation) {
        const auto& loaded = predictions(run);
        m_evaluation.emplace(loaded ? evaluateRun(run, *loaded, run.decision) : Result<Evaluation>(loaded.error()));
    }
    return *m_evaluation;
}

const Result<SliceReport>& HeldOutFigures::slices(const RunRecord& run, const QString& column)
{
    if (auto found = m_slices.find(column); found != m_slices.end())
        return found->second;
    const auto& loaded = predictions(run);
    auto keys = loaded ? sliceKeys(m_workspace, run, *loaded, column, kSliceBins, kMaxSlices)
                       : Result<SliceKeys>(loaded.error());
    SliceOptions options;
    options.decisions = run.decision;
    options.bootstrap = 0; // a rule takes the point estimates: no intervals
    Result<SliceReport> report = keys ? Result<SliceReport>(evaluateSlices(*loaded, *keys, options))
                                      : Result<SliceReport>(keys.error());
    return m_slices.emplace(column, std::move(report)).first->second;
}

Result<MeasuredFigure> HeldOutFigures::atThreshold(const RunRecord& run, const ValidationRule& rule)
{
    const auto& evaluated = evaluation(run);
    if (!evaluated)
        return evaluated.error();
    if (!evaluated->binary)
        return Error::internal(Text::tr("The held-out predictions of run %1 are not binary.").arg(run.id));
    const BinaryEvaluation& binary = *evaluated->binary;
    const DecisionOptions& decision = binary.options;
    const double value = confusionFigure(binary.chosen, rule.metric, decision);
    const QString rows = rowsText(binary.rows, evaluated->crossValidated);
    const QString threshold = decision.threshold
                                  ? Text::tr("the saved threshold %1").arg(number(*decision.threshold))
                                  : Text::tr("the default threshold 0.5 (the run has no saved threshold)");
    const QString detail =
        rule.metric == u"cost"_s
            ? Text::tr("expected cost %1 per row at %2, a false positive costing %3 and a false negative %4, on %5")
                  .arg(number(value), threshold, number(decision.costFalsePositive),
                       number(decision.costFalseNegative), rows)
            : Text::tr("%1 %2 at %3 on %4").arg(rule.metric, number(value), threshold, rows);
    return measuredOrUndefined(rule, value, detail, rows);
}

Result<MeasuredFigure> HeldOutFigures::ofEvaluation(const RunRecord& run, const ValidationRule& rule)
{
    const auto& evaluated = evaluation(run);
    if (!evaluated)
        return evaluated.error();
    const double value = evaluationFigure(*evaluated, rule.metric);
    const QString rows = rowsText(rowCount(*evaluated), evaluated->crossValidated);
    return measuredOrUndefined(rule, value, Text::tr("%1 %2 on %3").arg(rule.metric, number(value), rows), rows);
}

Result<MeasuredFigure> HeldOutFigures::worstSlice(const RunRecord& run, const ValidationRule& rule)
{
    const auto& report = slices(run, rule.column);
    if (!report)
        return report.error();
    const SliceFigures* worst = nullptr;
    double worstValue = NAN;
    int without = 0;
    for (const SliceFigures& slice : report->slices) {
        const double value = sliceFigure(slice, rule.metric);
        if (!std::isfinite(value)) {
            ++without; // too few rows, or a single class, for the figure
            continue;
        }
        if (!worst || (rule.lowerIsBetter() ? value > worstValue : value < worstValue)) {
            worst = &slice;
            worstValue = value;
        }
    }
    if (!worst)
        return Error::badInput(Text::tr("%1 is undefined on each of the %n slice(s) of %2: too few rows for it (a "
                                        "single class has no AUC; no row predicted positive, no precision).",
                                        nullptr, int(report->slices.size()))
                                   .arg(rule.metric, rule.column));
    QString detail = Text::tr("worst slice of %1: \"%2\" (%3 %4, %Ln row(s))", nullptr, int(worst->rows))
                         .arg(rule.column, worst->name, rule.metric, number(worstValue));
    if (without > 0)
        detail = Text::tr("%1; %n slice(s) left out, where %2 is undefined", nullptr, without).arg(detail, rule.metric);
    return MeasuredFigure{worstValue, detail};
}

} // namespace grove
