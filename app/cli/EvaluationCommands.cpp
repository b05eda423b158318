// grove-cli evaluate and explain: a run judged on the rows it held out (core/services/RunEvaluation,
// core/train/Explanation).
#include "app/cli/CliApp.h"
#include "app/cli/Interrupt.h"
#include "app/cli/TextTable.h"

#include "core/services/RunEvaluation.h"
#include "core/train/Explanation.h"

#include <optional>

#include <QCoreApplication>

#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace grove::cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::cli)
};

QString figure(double value, int digits = 4) { return std::isfinite(value) ? QString::number(value, 'f', digits) : u"–"_s; }

// A number option: empty when not given; an error message when it is not a number in range.
std::optional<double> numberOption(Context& context, const QString& name, double low, double high, QString& problem)
{
    if (!context.parser.isSet(name))
        return std::nullopt;
    bool ok = false;
    const double value = context.parser.value(name).toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < low || value > high)
        problem = std::isfinite(high) ? Text::tr("--%1 must be a number from %2 to %3, not \"%4\".").arg(name).arg(low).arg(high).arg(context.parser.value(name))
                                      : Text::tr("--%1 must be a number of at least %2, not \"%3\".").arg(name).arg(low).arg(context.parser.value(name));
    return value;
}

void printBinary(Context& context, const Evaluation& evaluation)
{
    const BinaryEvaluation& b = *evaluation.binary;
    const QString negative = evaluation.classes.value(0), positive = evaluation.classes.value(1);
    context.out << Text::tr("%n held-out row(s)", nullptr, int(b.rows))
                << Text::tr(", %1 of class \"%2\" (positive)").arg(b.curve.positives()).arg(positive)
                << (evaluation.crossValidated ? Text::tr(", each scored by the fold's model that did not train on it") : QString())
                << Qt::endl;
    context.out << Text::tr("AUC %1   average precision %2   Brier %3   log loss %4   calibration error %5")
                       .arg(figure(b.auc), figure(b.averagePrecision), figure(b.brier), figure(b.logLoss),
                            figure(b.expectedCalibrationError))
                << Qt::endl
                << Qt::endl;
    auto printCut = [&](const QString& title, const Confusion& c) {
        context.out << title << Qt::endl;
        TextTable table({QString(), Text::tr("predicted %1").arg(negative), Text::tr("predicted %1").arg(positive)});
        table.addRow({Text::tr("true %1").arg(negative), QString::number(c.trueNegatives), QString::number(c.falsePositives)});
        table.addRow({Text::tr("true %1").arg(positive), QString::number(c.falseNegatives), QString::number(c.truePositives)});
        context.out << table.render();
        context.out << Text::tr("precision %1   recall %2   F1 %3   accuracy %4   specificity %5   MCC %6   cost per row %7")
                           .arg(figure(c.precision()), figure(c.recall()), figure(c.f1()), figure(c.accuracy()),
                                figure(c.specificity()), figure(c.mcc()), figure(c.cost(b.options)))
                    << Qt::endl
                    << Qt::endl;
    };
    printCut(Text::tr("At threshold %1 (a row is \"%2\" when its score is at least this):").arg(b.chosen.threshold).arg(positive),
             b.chosen);
    printCut(Text::tr("Cost-optimal threshold %1, for a false positive costing %2 and a false negative %3:")
                 .arg(b.cheapest.threshold)
                 .arg(b.options.costFalsePositive)
                 .arg(b.options.costFalseNegative),
             b.cheapest);
    QStringList gain;
    for (int decile = 1; decile <= 10; ++decile)
        gain << figure(b.gain[std::size_t(decile * 10 - 1)], 3);
    context.out << Text::tr("Cumulative gain, share of positives in the top 10 %, 20 %, … 100 % of rows by score: %1")
                       .arg(gain.join(u' '))
                << Qt::endl;
}

void printMulticlass(Context& context, const Evaluation& evaluation)
{
    const MulticlassEvaluation& m = *evaluation.multiclass;
    context.out << Text::tr("%n held-out row(s)", nullptr, int(m.rows)) << Text::tr(", %n classes", nullptr, m.classes)
                << Qt::endl
                << Text::tr("accuracy %1   log loss %2").arg(figure(m.accuracy), figure(m.logLoss)) << Qt::endl
                << Qt::endl
                << Text::tr("Confusion matrix (rows: true class, columns: predicted class):") << Qt::endl;
    QStringList header{QString()};
    header << evaluation.classes;
    TextTable confusion(header);
    for (int t = 0; t < m.classes; ++t) {
        QStringList row{evaluation.classes.value(t)};
        for (int p = 0; p < m.classes; ++p)
            row << QString::number(m.confusion[std::size_t(t * m.classes + p)]);
        confusion.addRow(row);
    }
    context.out << confusion.render() << Qt::endl;
    TextTable perClass({Text::tr("class"), Text::tr("precision"), Text::tr("recall"), Text::tr("F1"), Text::tr("support"),
                        Text::tr("AUC (one vs rest)")});
    for (const ClassFigures& f : m.perClass)
        perClass.addRow({f.label, figure(f.precision), figure(f.recall), figure(f.f1), QString::number(f.support), figure(f.auc)});
    perClass.addRow({Text::tr("macro average"), figure(m.macroPrecision), figure(m.macroRecall), figure(m.macroF1),
                     QString::number(m.rows), QString()});
    perClass.addRow({Text::tr("weighted average"), figure(m.weightedPrecision), figure(m.weightedRecall),
                     figure(m.weightedF1), QString::number(m.rows), QString()});
    context.out << perClass.render();
}

void printRegression(Context& context, const Evaluation& evaluation)
{
    const RegressionEvaluation& r = *evaluation.regression;
    context.out << Text::tr("%n held-out row(s)", nullptr, int(r.rows)) << Qt::endl
                << Text::tr("RMSE %1   MAE %2   R² %3   mean error %4")
                       .arg(figure(r.rmse), figure(r.mae), figure(r.r2), figure(r.meanError))
                << Qt::endl
                << Text::tr("absolute error: median %1, 90 % %2, 95 % %3, 99 % %4, largest %5")
                       .arg(figure(r.absoluteErrorQuantiles[0]), figure(r.absoluteErrorQuantiles[1]),
                            figure(r.absoluteErrorQuantiles[2]), figure(r.absoluteErrorQuantiles[3]),
                            figure(r.absoluteErrorQuantiles[4]))
                << Qt::endl;
}

QString interval(const std::optional<Interval>& i)
{
    if (!i || !std::isfinite(i->value))
        return u"–"_s;
    if (!std::isfinite(i->low))
        return figure(i->value, 3);
    return u"%1 [%2, %3]"_s.arg(figure(i->value, 3), figure(i->low, 3), figure(i->high, 3));
}

void printSlices(Context& context, const SliceReport& report, Task task)
{
    context.out << Qt::endl
                << Text::tr("By %1 (95 % intervals; \"!\" marks a slice whose %2 is worse than all rows' by more than %3):")
                       .arg(report.keys.column, report.keyFigure.toUpper())
                       .arg(task == Task::Regression ? u"%1 %"_s.arg(report.margin * 100) : QString::number(report.margin))
                << Qt::endl;
    QStringList header{QString(), Text::tr("slice"), Text::tr("rows")};
    if (task == Task::Binary)
        header << Text::tr("AUC") << Text::tr("accuracy") << Text::tr("precision") << Text::tr("recall");
    else if (task == Task::Multiclass)
        header << Text::tr("accuracy");
    else
        header << Text::tr("RMSE") << Text::tr("MAE");
    TextTable table(header);
    auto row = [&](const SliceFigures& f) {
        QStringList cells{f.worse ? u"!"_s : QString(), f.name, QString::number(f.rows)};
        if (task == Task::Binary)
            cells << interval(f.auc) << interval(f.accuracy) << interval(f.precision) << interval(f.recall);
        else if (task == Task::Multiclass)
            cells << interval(f.accuracy);
        else
            cells << interval(f.rmse) << figure(f.mae.value_or(std::nan("")), 3);
        table.addRow(cells);
    };
    row(report.whole);
    for (const SliceFigures& f : report.slices)
        row(f);
    context.out << table.render();
    if (report.keys.grouped)
        context.out << Text::tr("%1 has %2 categories among these rows; the rarest are together as \"other\" (--max-slices).")
                           .arg(report.keys.column)
                           .arg(report.keys.distinct)
                    << Qt::endl;
}

int runEvaluate(Context& context)
{
    const QStringList positional = context.parser.positionalArguments().mid(1);
    if (positional.size() != 1)
        return context.usageError(Text::tr("evaluate takes one run: grove-cli evaluate RUN."));
    QString problem;
    const std::optional<double> threshold = numberOption(context, u"threshold"_s, 0.0, 1.0, problem);
    const std::optional<double> costFp = numberOption(context, u"cost-fp"_s, 0.0, HUGE_VAL, problem);
    const std::optional<double> costFn = numberOption(context, u"cost-fn"_s, 0.0, HUGE_VAL, problem);
    const bool save = context.parser.isSet(u"save"_s);
    if (save && !threshold && !costFp && !costFn)
        problem = Text::tr("--save keeps the --threshold (and --cost-fp, --cost-fn) given with it; give at least one.");
    const int bins = int(numberOption(context, u"bins"_s, 2, 100, problem).value_or(5));
    const int maxSlices = int(numberOption(context, u"max-slices"_s, 2, 1000, problem).value_or(20));
    const double margin = numberOption(context, u"margin"_s, 0, HUGE_VAL, problem).value_or(0.05);
    if ((context.parser.isSet(u"bins"_s) && context.parser.value(u"bins"_s).toDouble() != bins) ||
        (context.parser.isSet(u"max-slices"_s) && context.parser.value(u"max-slices"_s).toDouble() != maxSlices))
        problem = Text::tr("--bins and --max-slices take whole numbers.");
    const QString sliceBy = context.parser.value(u"slice-by"_s);
    if (sliceBy.isEmpty() && (context.parser.isSet(u"bins"_s) || context.parser.isSet(u"margin"_s) || context.parser.isSet(u"max-slices"_s)))
        problem = Text::tr("--bins, --max-slices and --margin go with --slice-by COLUMN.");
    if (!problem.isEmpty())
        return context.usageError(problem);
    auto opened = context.openRun(positional.front(), Workspace::Access::ReadIfLocked);
    if (!opened)
        return context.fail(opened.error());
    // What the run saved, overridden by what is given here.
    DecisionOptions options = opened->run.decision;
    if (threshold)
        options.threshold = *threshold;
    if (costFp)
        options.costFalsePositive = *costFp;
    if (costFn)
        options.costFalseNegative = *costFn;
    auto predictions = loadHeldOutPredictions(opened->workspace, opened->run);
    if (!predictions)
        return context.fail(predictions.error());
    auto evaluation = evaluateRun(opened->run, *predictions, options);
    if (!evaluation)
        return context.fail(evaluation.error());
    std::optional<SliceReport> slices;
    if (!sliceBy.isEmpty()) {
        auto keys = sliceKeys(opened->workspace, opened->run, *predictions, sliceBy, bins, maxSlices);
        if (!keys)
            return context.fail(keys.error());
        SliceOptions sliceOptions;
        sliceOptions.decisions = options;
        sliceOptions.margin = margin;
        slices = evaluateSlices(*predictions, *keys, sliceOptions);
    }
    if ((threshold || costFp || costFn) && evaluation->task != Task::Binary)
        return context.usageError(Text::tr("--threshold, --cost-fp and --cost-fn apply to binary runs; run %1 is %2.")
                                      .arg(opened->run.id)
                                      .arg(taskDisplayName(evaluation->task)));
    if (save) {
        if (opened->workspace.isReadOnly())
            return context.fail(Error::conflict(Text::tr("The workspace is busy; --save needs to write to it. Try again "
                                                         "when the other process is done.")));
        if (auto saved = saveRunDecision(opened->workspace, opened->run, options); !saved)
            return context.fail(saved.error());
    }
    if (context.json) {
        QJsonObject json = evaluation->toJson();
        json.insert(u"run"_s, opened->run.id);
        if (evaluation->binary)
            json.insert(u"threshold_saved"_s, save ? true : opened->run.decision.threshold.has_value() && !threshold);
        if (slices) {
            QJsonObject bySlice = slices->toJson();
            json.insert(u"slices"_s, bySlice.take(u"slices"_s));
            json.insert(u"slice_by"_s, bySlice);
        }
        context.printJson(json);
        return Success;
    }
    context.out << Text::tr("Run %1 · %2 · target %3").arg(opened->run.id).arg(taskDisplayName(evaluation->task), opened->run.target())
                << Qt::endl;
    if (save)
        context.out << Text::tr("Saved threshold %1 with run %2: predict and export use it.")
                           .arg(options.effectiveThreshold())
                           .arg(opened->run.id)
                    << Qt::endl;
    if (evaluation->binary)
        printBinary(context, *evaluation);
    else if (evaluation->multiclass)
        printMulticlass(context, *evaluation);
    else
        printRegression(context, *evaluation);
    if (slices)
        printSlices(context, *slices, evaluation->task);
    return Success;
}

int runExplain(Context& context)
{
    const QStringList positional = context.parser.positionalArguments().mid(1);
    if (positional.size() != 1)
        return context.usageError(Text::tr("explain takes one run: grove-cli explain RUN."));
    ExplainOptions options;
    QString problem;
    const double rows = numberOption(context, u"rows"_s, 1, 1e7, problem).value_or(1000);
    const std::optional<double> row = numberOption(context, u"row"_s, 0, 4294967295.0, problem);
    if (problem.isEmpty() && (rows != std::floor(rows) || (row && *row != std::floor(*row))))
        problem = Text::tr("--rows and --row take whole numbers.");
    if (!problem.isEmpty())
        return context.usageError(problem);
    options.sampleRows = int(rows);
    if (row)
        options.row = qint64(*row);
    options.interactions = context.parser.isSet(u"interactions"_s);
    options.className = context.parser.value(u"class"_s);
    auto opened = context.openRun(positional.front(), Workspace::Access::ReadIfLocked);
    if (!opened)
        return context.fail(opened.error());
    auto predictions = loadHeldOutPredictions(opened->workspace, opened->run);
    if (!predictions)
        return context.fail(predictions.error());
    JobControl control;
    InterruptGuard interrupt(control); // Ctrl-C stops between parts of the sample, nothing stored
    auto explanation = explainRun(opened->workspace, opened->run, *predictions, options, &control);
    if (!explanation)
        return context.fail(explanation.error());
    const Explanation& e = *explanation;
    if (context.json) {
        QJsonObject json = e.toJson();
        json.insert(u"run"_s, opened->run.id);
        context.printJson(json);
        return Success;
    }
    context.out << Text::tr("Run %1 · SHAP values of %2 of its %n held-out row(s)", nullptr, int(e.heldOutRows))
                       .arg(opened->run.id)
                       .arg(e.sample.size())
                << (e.classes.isEmpty() ? QString() : Text::tr(" · class \"%1\"").arg(e.classes.value(e.classIndex)))
                << Qt::endl
                << (predictions->task == Task::Binary       ? Text::tr("On the model's margin scale (log-odds); base value %1.")
                    : predictions->task == Task::Multiclass ? Text::tr("On the model's margin scale (the class's score before "
                                                                       "softmax); base value %1.")
                                                            : Text::tr("On the model's margin scale; base value %1."))
                       .arg(figure(e.baseValue))
                << Qt::endl
                << Qt::endl;
    QStringList header{Text::tr("feature"), Text::tr("mean |SHAP|")};
    if (options.interactions)
        header << Text::tr("interacts most with");
    TextTable global(header);
    for (int f : e.ranking()) {
        QStringList cells{e.features[f], figure(e.meanAbsolute[std::size_t(f)])};
        if (options.interactions)
            cells << (e.strongestPartner[std::size_t(f)] >= 0
                          ? u"%1 (%2)"_s.arg(e.features[e.strongestPartner[std::size_t(f)]], figure(e.partnerStrength[std::size_t(f)]))
                          : QString());
        global.addRow(cells);
    }
    context.out << global.render();
    if (e.row) {
        const RowExplanation& r = *e.row;
        context.out << Qt::endl
                    << Text::tr("Held-out row %1 (row %2 of the data): prediction %3, margin %4 = base value %5 + contributions:")
                           .arg(r.index)
                           .arg(r.datasetRow)
                           .arg(figure(r.prediction), figure(r.margin), figure(e.baseValue))
                    << Qt::endl;
        std::vector<int> order(r.contributions.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return std::abs(r.contributions[std::size_t(a)]) > std::abs(r.contributions[std::size_t(b)]);
        });
        TextTable waterfall({Text::tr("feature"), Text::tr("value"), Text::tr("contribution"), Text::tr("running margin")});
        double running = e.baseValue;
        for (int f : order) {
            running += r.contributions[std::size_t(f)];
            waterfall.addRow({e.features[f], r.values.value(f), figure(r.contributions[std::size_t(f)]), figure(running)});
        }
        context.out << waterfall.render();
    }
    return Success;
}

} // namespace

void addEvaluationCommands(QList<Command>& commands)
{
    commands << Command{u"evaluate"_s,
                        Text::tr("Evaluate a finished run on the rows it held out: curves' areas, confusion at a threshold, "
                                 "cost, calibration, per-class figures or errors."),
                        u"RUN"_s,
                        [](QCommandLineParser& parser) {
                            parser.addOption({u"threshold"_s,
                                              Text::tr("Binary: a row is positive when its score is at least T (0 to 1; "
                                                       "default: the run's saved threshold, else 0.5)."),
                                              u"T"_s});
                            parser.addOption({u"save"_s,
                                              Text::tr("Binary: save --threshold (and the costs) with the run; predict "
                                                       "decides the class with it and an export records it.")});
                            parser.addOption({u"cost-fp"_s, Text::tr("Binary: the cost of a false positive (default 1)."), u"A"_s});
                            parser.addOption({u"cost-fn"_s, Text::tr("Binary: the cost of a false negative (default 1)."), u"B"_s});
                            parser.addOption({u"slice-by"_s,
                                              Text::tr("The figures for each slice of a column of the scored data (any "
                                                       "column, feature or not), with 95 % intervals."),
                                              u"COLUMN"_s});
                            parser.addOption({u"bins"_s, Text::tr("With --slice-by: quantile bins of a numeric column (default 5)."), u"N"_s});
                            parser.addOption({u"max-slices"_s,
                                              Text::tr("With --slice-by: categories beyond this many are shown together as "
                                                       "\"other\" (default 20)."),
                                              u"N"_s});
                            parser.addOption({u"margin"_s,
                                              Text::tr("With --slice-by: flag slices whose AUC or accuracy is lower than all "
                                                       "rows' by more than M, or whose RMSE is higher by more than M × 100 % "
                                                       "(default 0.05)."),
                                              u"M"_s});
                            parser.addOption(jsonOption());
                        },
                        runEvaluate};
    commands << Command{u"explain"_s,
                        Text::tr("Explain a finished run's model with XGBoost's exact TreeSHAP on the rows it held out: "
                                 "each feature's mean |SHAP|, one row's contributions, interactions."),
                        u"RUN"_s,
                        [](QCommandLineParser& parser) {
                            parser.addOption({u"rows"_s,
                                              Text::tr("Held-out rows explained for the global view; a seeded sample beyond "
                                                       "(default 1000)."),
                                              u"N"_s});
                            parser.addOption({u"row"_s,
                                              Text::tr("Also explain this held-out row alone: its position in the run's "
                                                       "predictions.csv, from 0."),
                                              u"INDEX"_s});
                            parser.addOption({u"interactions"_s,
                                              Text::tr("Also find, for each feature, the feature it interacts with most "
                                                       "(SHAP interactions on up to 200 of the rows).")});
                            parser.addOption({u"class"_s, Text::tr("Multiclass: the class to explain (default: the first)."),
                                              u"NAME"_s});
                            parser.addOption(jsonOption());
                        },
                        runExplain};
}

} // namespace grove::cli
