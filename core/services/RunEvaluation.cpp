#include "core/services/RunEvaluation.h"

#include "core/data/CsvFormat.h"
#include "core/data/ParsedTable.h"
#include "core/model/RunRecord.h"
#include "core/store/DatasetSnapshot.h"
#include "core/store/DatasetStore.h"
#include "core/store/RunFile.h"
#include "core/store/RunStore.h"
#include "core/store/Workspace.h"
#include "core/train/TrainingJob.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RunEvaluation)
};

std::optional<double> parseNumber(std::string_view text)
{
    if (text.empty())
        return std::numeric_limits<double>::quiet_NaN(); // how predictions.csv writes NaN
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

} // namespace

Result<HeldOutPredictions> heldOutPredictionsFromCsv(QByteArrayView csv, Task task, const QStringList& classes,
                                                     const QString& where)
{
    auto wrong = [&](qint64 line, const QString& why) {
        return Error::io(Text::tr("%1, line %2: %3").arg(QDir::toNativeSeparators(where)).arg(line).arg(why));
    };
    HeldOutPredictions p;
    p.task = task;
    if (task != Task::Regression)
        p.classes = classes;
    if (task == Task::Binary && classes.size() != 2)
        return Error::badInput(Text::tr("The run's model has %1 classes, not the 2 of a binary task.").arg(classes.size()));
    QHash<QString, int> classIndex;
    for (int i = 0; i < classes.size(); ++i)
        classIndex.insert(classes[i], i);
    const std::size_t outputs = p.outputs();
    // row, [fold,] truth, the score(s), and the predicted class for classification.
    const std::size_t plain = 2 + outputs + (task == Task::Regression ? 0 : 1);

    const CsvTokenizer tokenizer{CsvDialect{}};
    std::vector<FieldView> fields;
    std::string scratch;
    const char* pos = csv.data();
    const char* const end = csv.data() + csv.size();
    bool folds = false;
    for (qint64 line = 1;; ++line) {
        const char* errorAt = nullptr;
        const RecordStatus status = tokenizer.next(pos, end, true, fields, &errorAt);
        if (status == RecordStatus::End)
            break;
        if (status == RecordStatus::Blank)
            continue;
        if (status != RecordStatus::Ok)
            return wrong(line, Text::tr("the line cannot be read as CSV"));
        if (line == 1) {
            if (fields.size() != plain && fields.size() != plain + 1)
                return wrong(line, Text::tr("%1 columns, where the run's predictions have %2").arg(fields.size()).arg(plain));
            folds = fields.size() == plain + 1;
            continue;
        }
        if (fields.size() != plain + (folds ? 1 : 0))
            return wrong(line, Text::tr("%1 fields instead of %2").arg(fields.size()).arg(plain + (folds ? 1 : 0)));
        std::size_t at = 0;
        const auto row = parseNumber(fields[at++].text(scratch));
        if (!row || !(*row >= 1) || *row > 4294967296.0 || *row != std::floor(*row))
            return wrong(line, Text::tr("the row number is not a whole number from 1"));
        p.rows.push_back(std::uint32_t(*row - 1));
        if (folds) {
            const auto fold = parseNumber(fields[at++].text(scratch));
            if (!fold || !(*fold >= 1) || *fold > 1e6 || *fold != std::floor(*fold))
                return wrong(line, Text::tr("the fold is not a whole number from 1"));
            p.folds.push_back(std::int32_t(*fold - 1));
        } else {
            p.folds.push_back(-1);
        }
        const std::string_view truth = fields[at++].text(scratch);
        if (task == Task::Regression) {
            const auto value = parseNumber(truth);
            if (!value || !std::isfinite(*value))
                return wrong(line, Text::tr("the true value is not a number"));
            p.labels.push_back(float(*value));
        } else {
            const auto found = classIndex.constFind(QString::fromUtf8(truth.data(), qsizetype(truth.size())));
            if (found == classIndex.cend())
                return wrong(line, Text::tr("the true class is not one of the model's classes"));
            p.labels.push_back(float(*found));
        }
        for (std::size_t k = 0; k < outputs; ++k) {
            const auto score = parseNumber(fields[at++].text(scratch));
            if (!score || !std::isfinite(*score))
                return wrong(line, Text::tr("a prediction is not a number"));
            p.scores.push_back(float(*score));
        }
    }
    if (const QString why = p.problem(); !why.isEmpty())
        return Error::io(Text::tr("%1: %2").arg(QDir::toNativeSeparators(where), why));
    return p;
}

Result<HeldOutPredictions> loadHeldOutPredictions(Workspace& workspace, const RunRecord& run, JobControl& control)
{
    if (run.status != RunStatus::Finished)
        return Error::badInput(Text::tr("Run %1 has not finished: only a finished run has held-out predictions.").arg(run.id));
    const std::optional<Task> task = run.setup.schema.task;
    if (!task)
        return Error::badInput(Text::tr("The configuration of run %1 does not say its task.").arg(run.id));
    const QString stored = heldOutPredictionsPath(workspace, run.id);
    if (QFileInfo::exists(stored)) {
        auto predictions = HeldOutPredictions::read(stored);
        if (predictions && (predictions->task != *task || (*task != Task::Regression && predictions->classes != run.setup.schema.classes)))
            return Error::io(Text::tr("The held-out predictions %1 belong to another model (its task or classes differ "
                                            "from run %2's). Delete the file, and Grove reads them again from the run's "
                                            "predictions.csv.")
                                       .arg(QDir::toNativeSeparators(stored))
                                       .arg(run.id));
        return predictions;
    }
    // A run from before predictions.f32: its predictions.csv, converted once.
    const QString csvPath = predictionsPath(workspace, run.id);
    QFile csv(csvPath);
    Result<HeldOutPredictions> predictions = Error::internal(QString());
    if (csv.open(QIODevice::ReadOnly)) {
        predictions = heldOutPredictionsFromCsv(csv.readAll(), *task, run.setup.schema.classes, csvPath);
    } else if (!csv.exists()) {
        // Neither file: scored again from the model and the snapshot.
        predictions = rescoreHeldOutRows(workspace, run, control);
    } else {
        return Error::io(Text::tr("Run %1's held-out predictions cannot be read: %2 (%3).")
                             .arg(run.id)
                             .arg(QDir::toNativeSeparators(csvPath), csv.errorString()));
    }
    if (!predictions)
        return predictions.error();
    // Kept for the next time; a read-only workspace is evaluated all the same.
    (void)predictions->write(stored);
    return predictions;
}

Result<HeldOutPredictions> loadHeldOutPredictions(Workspace& workspace, const RunRecord& run)
{
    JobControl control;
    return loadHeldOutPredictions(workspace, run, control);
}

namespace {

// The dataset a run's held-out rows come from, and its snapshot.
Result<std::pair<DatasetRecord, Snapshot>> scoredData(Workspace& workspace, const RunRecord& run)
{
    const qint64 datasetId = run.validDatasetId.value_or(run.datasetId);
    auto dataset = DatasetStore(workspace.database()).byId(datasetId);
    if (!dataset)
        return dataset.error();
    if (!*dataset)
        return Error::notFound(Text::tr("The dataset run %1 was scored on (id %2) is no longer in the workspace.").arg(run.id).arg(datasetId));
    auto snapshot = openSnapshot(workspace, **dataset);
    if (!snapshot)
        return snapshot.error();
    return std::pair(**dataset, std::move(*snapshot));
}

QStringList columnNames(const Snapshot& snapshot)
{
    QStringList names;
    for (qsizetype c = 0; c < snapshot.columnCount(); ++c)
        names << snapshot.column(c).name;
    return names;
}

} // namespace

Result<QStringList> sliceColumns(Workspace& workspace, const RunRecord& run)
{
    auto data = scoredData(workspace, run);
    if (!data)
        return data.error();
    return columnNames(data->second);
}

Result<SliceKeys> sliceKeys(Workspace& workspace, const RunRecord& run, const HeldOutPredictions& predictions,
                            const QString& column, int bins, int maxCategories)
{
    auto data = scoredData(workspace, run);
    if (!data)
        return data.error();
    const DatasetRecord* dataset = &data->first;
    const Snapshot* snapshot = &data->second;
    const qsizetype index = snapshot->indexOf(column);
    if (index < 0)
        return Error::badInput(Text::tr("Dataset \"%1\" has no column \"%2\". Its columns: %3.")
                                   .arg(dataset->name, column, columnNames(*snapshot).join(u", "_s)));
    for (std::uint32_t row : predictions.rows) {
        if (qint64(row) >= snapshot->rows())
            return Error::io(Text::tr("The held-out predictions of run %1 name row %2, but dataset \"%3\" has %4 rows: "
                                      "they belong to other data.")
                                 .arg(run.id)
                                 .arg(qint64(row) + 1)
                                 .arg(dataset->name)
                                 .arg(snapshot->rows()));
    }
    if (snapshot->column(index).numeric) {
        const std::span<const float> all = snapshot->numbers(index);
        std::vector<float> values;
        values.reserve(predictions.size());
        for (std::uint32_t row : predictions.rows)
            values.push_back(all[row]);
        return numericSlices(column, values, bins);
    }
    const std::span<const std::uint32_t> codes = snapshot->codes(index);
    std::vector<std::optional<QString>> categories;
    categories.reserve(predictions.size());
    QHash<std::uint32_t, QString> names;
    for (std::uint32_t row : predictions.rows) {
        const std::uint32_t code = codes[row];
        if (code == kMissingCode) {
            categories.emplace_back();
            continue;
        }
        auto found = names.find(code);
        if (found == names.end()) {
            const std::string_view text = snapshot->category(index, code);
            found = names.insert(code, QString::fromUtf8(text.data(), qsizetype(text.size())));
        }
        categories.emplace_back(*found);
    }
    return categoricalSlices(column, categories, maxCategories);
}

Result<Evaluation> evaluateRun(const RunRecord& run, const HeldOutPredictions& predictions, const DecisionOptions& options)
{
    if (predictions.size() == 0)
        return Error::badInput(Text::tr("Run %1 held out no rows: there is nothing to evaluate.").arg(run.id));
    return evaluate(predictions, options);
}

Status saveRunDecision(Workspace& workspace, const RunRecord& run, const RunDecision& decision)
{
    if (run.setup.schema.task != Task::Binary)
        return Error::badInput(Text::tr("Run %1 is %2; a decision threshold belongs to a binary run.")
                                   .arg(run.id)
                                   .arg(taskDisplayName(run.setup.schema.task.value_or(Task::Regression))));
    if (run.status != RunStatus::Finished)
        return Error::conflict(Text::tr("Run %1 is %2; only a finished run has scores to choose a threshold for.")
                                   .arg(run.id)
                                   .arg(runStatusDisplayName(run.status).toLower()));
    if (auto saved = RunStore(workspace.database()).setDecision(run.id, decision); !saved)
        return saved;
    return writeRunFile(workspace, run.id);
}

} // namespace grove
