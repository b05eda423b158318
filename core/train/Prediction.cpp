#include "core/train/Prediction.h"

#include "core/data/CsvFormat.h"
#include "core/data/CsvReader.h"
#include "core/data/DatasetFiles.h"
#include "core/data/LibsvmReader.h"
#include "core/data/ParsedTable.h"
#include "core/data/TableSummary.h"
#include "core/store/RunStore.h"
#include "core/store/Workspace.h"
#include "core/train/TrainingJob.h"
#include "core/train/Xgboost.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QSaveFile>
#include <QTemporaryDir>

#include <cmath>
#include <limits>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::Prediction)
};

struct ScoringInput
{
    PredictionSummary summary;
    std::vector<FeatureSpec> features;
    std::unique_ptr<QTemporaryDir> folder; // holds the snapshot's file
    DataSide side;                         // its rows in the file's order; categories remapped
};

// The input file read as the training data was read, checked against the model's features, as
// a temporary snapshot of the feature columns in the schema's order.
Result<ScoringInput> readScoringInput(const ModelSchema& schema, const QString& inputPath, JobControl& control)
{
    if (!schema.isUsable())
        return Error::badInput(Text::tr("The model's description of its input is missing or damaged."));

    // Read the input the way the training data was read: features numeric or categorical as the
    // model expects them.
    ImportOptions options;
    options.path = inputPath;
    auto preview = previewDataset(options);
    if (!preview)
        return preview.error();
    if (preview->format != DatasetFormat::Libsvm) {
        for (ColumnGuess& column : preview->columns) {
            for (const FeatureColumn& feature : schema.features) {
                if (feature.name == column.name)
                    column.type = feature.categorical ? ColumnType::Categorical : ColumnType::Numeric;
            }
        }
    }
    const ProgressSlice reading(control, 0, 0.6, Text::tr("Reading"));
    auto table = preview->format == DatasetFormat::Libsvm ? readLibsvm(*preview, reading) : readCsv(*preview, 0, reading);
    if (!table)
        return table.error();

    // The columns by name, checked against the model's features.
    ScoringInput input;
    PredictionSummary& summary = input.summary;
    summary.rows = table->rows;
    QStringList missing, wrongType;
    std::vector<std::size_t> columnOfFeature;
    std::vector<FeatureSpec>& features = input.features;
    for (const FeatureColumn& column : schema.features) {
        FeatureSpec feature;
        feature.name = column.name;
        feature.categorical = column.categorical;
        for (const QString& category : column.categories)
            feature.categories.push_back(category.toStdString());
        const auto it = std::find_if(table->columns.begin(), table->columns.end(),
                                     [&](const ParsedColumn& c) { return c.name == feature.name; });
        if (it == table->columns.end()) {
            missing << feature.name;
        } else {
            if (it->numeric == feature.categorical)
                wrongType << feature.name;
            columnOfFeature.push_back(std::size_t(it - table->columns.begin()));
        }
        features.push_back(std::move(feature));
    }
    if (!missing.isEmpty())
        return Error::badInput(Text::tr("%1 lacks columns the model needs: %2. The input must have every feature column, "
                                        "named as in the training data.")
                                   .arg(inputPath, missing.join(u", "_s)));
    if (!wrongType.isEmpty())
        return Error::badInput(Text::tr("In %1 these columns hold text where the model expects numbers: %2.")
                                   .arg(inputPath, wrongType.join(u", "_s)));
    for (const ParsedColumn& column : table->columns) {
        const bool used = std::any_of(features.begin(), features.end(), [&](const FeatureSpec& f) { return f.name == column.name; });
        if (!used)
            summary.unusedColumns << column.name;
    }

    // A temporary snapshot lets the same batch reader as training feed XGBoost.
    ParsedTable featureTable;
    featureTable.rows = table->rows;
    featureTable.memory = table->memory; // its columns' parts may be views of that memory
    for (std::size_t c : columnOfFeature) {
        ParsedColumn& column = table->columns[c];
        if (!column.numeric)
            column.type = ColumnType::Categorical;
        featureTable.columns.push_back(std::move(column));
    }
    auto tableSummary = summarizeTable(featureTable, 0, ProgressSlice(control, 0.6, 0.7, {}));
    if (!tableSummary)
        return tableSummary.error();
    input.folder = std::make_unique<QTemporaryDir>();
    const QString snapshotPath = input.folder->filePath(u"input.gds"_s);
    if (auto status = writeSnapshot(featureTable, *tableSummary, snapshotPath); !status)
        return status.error();
    auto snapshot = Snapshot::open(snapshotPath);
    if (!snapshot)
        return snapshot.error();

    DataSide& side = input.side;
    side.snapshot = *snapshot;
    for (std::size_t f = 0; f < features.size(); ++f) {
        side.featureColumns.push_back(qsizetype(f));
        std::vector<float> remap;
        if (features[f].categorical) {
            std::map<std::string, float> index;
            for (std::size_t i = 0; i < features[f].categories.size(); ++i)
                index.emplace(features[f].categories[i], float(i));
            const Snapshot::Column& column = snapshot->column(qsizetype(f));
            remap.assign(column.dictionaryCount, std::numeric_limits<float>::quiet_NaN());
            std::vector<bool> unseen(column.dictionaryCount, false);
            for (std::uint32_t code = 0; code < column.dictionaryCount; ++code) {
                const auto found = index.find(std::string(snapshot->category(qsizetype(f), code)));
                if (found != index.end())
                    remap[code] = found->second;
                else
                    unseen[code] = true;
            }
            for (std::uint32_t code : snapshot->codes(qsizetype(f))) {
                if (code != kMissingCode && unseen[code])
                    ++summary.unseenCategories;
            }
        }
        side.categoryRemap.push_back(std::move(remap));
    }

    return input;
}

} // namespace

Result<PredictionSummary> predictFile(const QByteArray& modelBytes, const ModelSchema& schema, const QString& inputPath,
                                      const QString& outputPath, JobControl& control, int iterations, bool contributions,
                                      double threshold)
{
    if (!(threshold >= 0.0 && threshold <= 1.0))
        return Error::badInput(Text::tr("The decision threshold must be between 0 and 1; %1 is not.").arg(threshold));
    // The same comparison as the evaluation's: a score of at least the threshold, in float32.
    const float cut = float(threshold);
    auto input = readScoringInput(schema, inputPath, control);
    if (!input)
        return input.error();
    const std::optional<Task> task = schema.task;
    const QStringList& classes = schema.classes;
    PredictionSummary summary = input->summary;
    if (*task == Task::Binary)
        summary.threshold = threshold;
    const std::vector<FeatureSpec>& features = input->features;
    const DataSide& side = input->side;
    const Snapshot& snapshot = side.snapshot;

    auto booster = xgb::Booster::load(modelBytes);
    if (!booster)
        return booster.error();
    std::vector<std::uint32_t> rows(std::size_t(snapshot.rows()));
    for (std::size_t r = 0; r < rows.size(); ++r)
        rows[r] = std::uint32_t(r);

    QStringList header;
    if (*task == Task::Regression)
        header << u"prediction"_s;
    else if (*task == Task::Binary)
        header << csvField(u"probability_"_s + classes.value(1)) << u"predicted"_s;
    else {
        for (const QString& label : classes)
            header << csvField(u"probability_"_s + label);
        header << u"predicted"_s;
    }
    if (contributions) {
        const bool perClass = *task == Task::Multiclass;
        for (qsizetype k = 0; k < (perClass ? classes.size() : 1); ++k) {
            const QString prefix = perClass ? u"contribution_%1_"_s.arg(classes[k]) : u"contribution_"_s;
            for (const FeatureSpec& feature : features)
                header << csvField(prefix + feature.name);
            header << csvField(prefix + u"bias"_s);
        }
    }
    summary.columns = header;
    QSaveFile out(outputPath);
    if (!out.open(QIODevice::WriteOnly))
        return Error::io(Text::tr("Cannot write %1: %2.").arg(outputPath, out.errorString()));
    out.write(header.join(u',').toUtf8() + '\n');
    xgb::RowBatches batches(side, rows);
    qint64 done = 0;
    while (batches.next()) {
        if (control.isInterruptionRequested()) {
            out.cancelWriting();
            return Error::cancelled();
        }
        std::size_t outputs = 1;
        auto values = booster->predict(batches.values(), batches.rows(), batches.columns(), iterations, outputs);
        if (!values)
            return values.error();
        std::vector<float> shap;
        std::size_t shapPerRow = 0;
        if (contributions) {
            auto matrix = xgb::denseMatrix(batches.values(), batches.rows(), features, 0);
            if (!matrix)
                return matrix.error();
            std::vector<std::size_t> shape;
            auto computed = booster->contributions(*matrix, iterations, false, shape);
            if (!computed)
                return computed.error();
            shap = std::move(*computed);
            shapPerRow = batches.rows() ? shap.size() / batches.rows() : 0;
        }
        QByteArray text;
        for (std::size_t i = 0; i < batches.rows(); ++i) {
            const float* p = values->data() + i * outputs;
            QStringList fields;
            if (*task == Task::Regression) {
                fields << QString::number(double(p[0]), 'g', 9);
            } else if (*task == Task::Binary) {
                fields << QString::number(double(p[0]), 'g', 9) << csvField(classes.value(p[0] >= cut ? 1 : 0));
            } else {
                std::size_t best = 0;
                for (std::size_t k = 0; k < outputs; ++k) {
                    fields << QString::number(double(p[k]), 'g', 9);
                    if (p[k] > p[best])
                        best = k;
                }
                fields << csvField(classes.value(int(best)));
            }
            for (std::size_t c = 0; c < shapPerRow; ++c)
                fields << QString::number(double(shap[i * shapPerRow + c]), 'g', 9);
            text += fields.join(u',').toUtf8() + '\n';
        }
        out.write(text);
        done += qint64(batches.rows());
        control.reportProgress(0.7 + 0.3 * double(done) / double(std::max<qint64>(1, summary.rows)), Text::tr("Predicting"));
    }
    if (!out.commit())
        return Error::io(Text::tr("Cannot write %1: %2.").arg(outputPath, out.errorString()));
    return summary;
}

Result<ScoredFile> scoreFile(const QByteArray& modelBytes, const ModelSchema& schema, const QString& inputPath,
                             JobControl& control, int iterations)
{
    auto input = readScoringInput(schema, inputPath, control);
    if (!input)
        return input.error();
    auto booster = xgb::Booster::load(modelBytes);
    if (!booster)
        return booster.error();
    ScoredFile scored;
    scored.summary = input->summary;
    const std::size_t rowCount = std::size_t(input->side.snapshot.rows());
    std::vector<std::uint32_t> rows(rowCount);
    for (std::size_t r = 0; r < rowCount; ++r)
        rows[r] = std::uint32_t(r);
    // Large batches: XGBoost spreads each one over its threads.
    xgb::RowBatches batches(input->side, rows, 1 << 16);
    qint64 done = 0;
    while (batches.next()) {
        if (control.isInterruptionRequested())
            return Error::cancelled();
        std::size_t outputs = 1;
        auto values = booster->predict(batches.values(), batches.rows(), batches.columns(), iterations, outputs);
        if (!values)
            return values.error();
        scored.outputs = outputs;
        if (scored.scores.empty())
            scored.scores.reserve(rowCount * outputs);
        scored.scores.insert(scored.scores.end(), values->begin(), values->end());
        done += qint64(batches.rows());
        control.reportProgress(0.7 + 0.3 * double(done) / double(std::max<qint64>(1, scored.summary.rows)),
                               Text::tr("Predicting"));
    }
    scored.features = input->side.snapshot;
    scored.folder = std::move(input->folder);
    return scored;
}

Result<PredictionSummary> predictWithRun(Workspace& workspace, qint64 runId, const QString& inputPath,
                                         const QString& outputPath, JobControl& control, bool contributions)
{
    auto run = RunStore(workspace.database()).find(QString::number(runId));
    if (!run)
        return run.error();
    if (run->status != RunStatus::Finished)
        return Error::conflict(Text::tr("Run %1 is %2; only a finished run has a model to predict with.")
                                   .arg(runId)
                                   .arg(runStatusDisplayName(run->status).toLower()));
    QFile model(modelPath(workspace, runId));
    if (!model.open(QIODevice::ReadOnly))
        return Error::io(Text::tr("The model of run %1 cannot be read: %2.").arg(runId).arg(model.errorString()));
    // The model holds the rounds trained after the best one too; like the held-out predictions,
    // scoring uses the rounds up to the best one when the run stopped early.
    return predictFile(model.readAll(), run->setup.schema, inputPath, outputPath, control,
                       run->predictionRounds(), contributions, run->decision.effectiveThreshold());
}

} // namespace grove
