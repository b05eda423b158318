#include "core/train/Prediction.h"

#include "core/common/Sha256.h"
#include "core/data/CsvFormat.h"
#include "core/data/CsvReader.h"
#include "core/data/DatasetFiles.h"
#include "core/data/LibsvmReader.h"
#include "core/data/ParsedTable.h"
#include "core/store/RunStore.h"
#include "core/store/Workspace.h"
#include "core/train/ForestScorer.h"
#include "core/train/PredictionOutput.h"
#include "core/train/TrainingJob.h"
#include "core/train/Xgboost.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QThread>

#include <charconv>
#include <cmath>
#include <future>
#include <limits>
#include <map>
#include <memory>
#include <optional>


using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::Prediction)
};

// A score or contribution as the output file writes it: the shortest spelling of nine
// significant digits (printf's "%.9g", enough to give back the float exactly), written straight
// into the output's bytes. "nan", "inf" and "-inf" where the value is not finite.
void appendNumber(QByteArray& text, float value)
{
    if (std::isnan(value)) {
        text += "nan";
        return;
    }
    char digits[32];
    const auto written = std::to_chars(digits, digits + sizeof digits, double(value), std::chars_format::general, 9);
    text.append(digits, written.ptr - digits);
}

struct ScoringInput
{
    PredictionSummary summary;
    std::vector<FeatureSpec> features;
    std::vector<InputColumn> columns;          // per feature, in the file's row order
    std::vector<std::vector<float>> remap;     // per categorical feature: code -> category index (NaN: unseen)
    std::shared_ptr<const ParsedTable> table;  // holds the columns' values
    QString sha256;                            // of the file's bytes (hex)
    std::size_t rows() const { return std::size_t(summary.rows); }
};

// A parsed column's parts (the reader's chunks) as views, in row order.
template <typename T>
std::vector<std::span<const T>> runsOf(const std::vector<ColumnPart<T>>& parts)
{
    std::vector<std::span<const T>> runs;
    for (const ColumnPart<T>& part : parts)
        runs.emplace_back(part.data(), part.size());
    return runs;
}

Result<QString> hashWholeFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(Text::tr("Cannot read %1: %2.").arg(path, file.errorString()));
    Sha256 hash;
    QByteArray buffer(1 << 22, Qt::Uninitialized);
    for (qint64 read = 0; (read = file.read(buffer.data(), buffer.size())) > 0;)
        hash.addData(buffer.constData(), std::size_t(read));
    if (file.error() != QFileDevice::NoError)
        return Error::io(Text::tr("Cannot read %1: %2.").arg(path, file.errorString()));
    return QString::fromLatin1(hash.result().toHex());
}

// The input file read as the training data was read, checked against the model's features, its
// feature columns in the schema's order, in memory. The file is read once: its SHA-256 is taken
// while it is read (a LIBSVM file is hashed in a second pass).
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
        preview->typesFromModel = true;
        for (ColumnGuess& column : preview->columns) {
            for (const FeatureColumn& feature : schema.features) {
                if (feature.name == column.name)
                    column.type = feature.categorical ? ColumnType::Categorical : ColumnType::Numeric;
            }
        }
    }
    const ProgressSlice reading(control, 0, 0.6, Text::tr("Reading"));
    ScoringInput input;
    Sha256 digest;
    const bool libsvm = preview->format == DatasetFormat::Libsvm;
    auto table = libsvm ? readLibsvm(*preview, reading) : readCsv(*preview, 0, reading, &digest);
    if (!table)
        return table.error();
    if (libsvm) {
        auto hashed = hashWholeFile(inputPath);
        if (!hashed)
            return hashed.error();
        input.sha256 = *hashed;
    } else {
        input.sha256 = QString::fromLatin1(digest.result().toHex());
    }

    // The columns by name, checked against the model's features.
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

    input.table = std::make_shared<const ParsedTable>(std::move(*table));
    const ParsedTable& kept = *input.table;
    // The feature columns stay where the reader put them, in its chunks, and are read from
    // there: a copy into one run per column would touch as much new memory again.
    input.columns.resize(features.size());
    for (std::size_t f = 0; f < features.size(); ++f) {
        const ParsedColumn& parsed = kept.columns[columnOfFeature[f]];
        InputColumn& column = input.columns[f];
        column.categorical = features[f].categorical;
        if (!column.categorical)
            column.numbers = runsOf(parsed.numbers);
        else
            column.codes = runsOf(parsed.codes);
    }
    input.remap.resize(features.size());
    for (std::size_t f = 0; f < features.size(); ++f) {
        if (!features[f].categorical)
            continue;
        const StringDictionary& dictionary = kept.columns[columnOfFeature[f]].dictionary;
        InputColumn& column = input.columns[f];
        std::map<std::string, float> index;
        for (std::size_t i = 0; i < features[f].categories.size(); ++i)
            index.emplace(features[f].categories[i], float(i));
        std::vector<float>& remap = input.remap[f];
        remap.assign(dictionary.size(), std::numeric_limits<float>::quiet_NaN());
        std::vector<bool> unseen(dictionary.size(), false);
        for (std::uint32_t code = 0; code < dictionary.size(); ++code) {
            const std::string& category = dictionary.at(code);
            column.categories << QString::fromStdString(category);
            const auto found = index.find(category);
            if (found != index.end())
                remap[code] = found->second;
            else
                unseen[code] = true;
        }
        for (std::span<const std::uint32_t> run : column.codes) {
            for (std::uint32_t code : run) {
                if (code != kMissingCode && unseen[code])
                    ++summary.unseenCategories;
            }
        }
    }
    if (control.isInterruptionRequested())
        return Error::cancelled();
    return input;
}

// The input's rows, in order, as row-major float32 batches: numbers as read, categories as
// their index in the model's categories, missing and unseen categories as NaN.
class InputBatches
{
public:
    InputBatches(const ScoringInput& input, std::size_t batchRows)
        : m_input(input), m_batchRows(batchRows), m_cursors(input.columns.size())
    {
    }

    bool next()
    {
        m_first += m_count;
        if (m_first >= m_input.rows())
            return false;
        m_count = std::min(m_batchRows, m_input.rows() - m_first);
        m_values.resize(m_count * columns());
        for (std::size_t f = 0; f < columns(); ++f) {
            const InputColumn& column = m_input.columns[f];
            if (column.categorical)
                gather<std::uint32_t>(column.codes, f, [&remap = m_input.remap[f]](std::uint32_t code) {
                    return code == kMissingCode ? std::numeric_limits<float>::quiet_NaN() : remap[code];
                });
            else
                gather<float>(column.numbers, f, [](float value) { return value; });
        }
        return true;
    }
    const float* values() const { return m_values.data(); }
    // Takes the batch's values, leaving `other`'s buffer to fill next.
    void swapValues(std::vector<float>& other) { m_values.swap(other); }
    std::size_t rows() const { return m_count; }
    std::size_t columns() const { return m_input.columns.size(); }

private:
    struct Cursor
    {
        std::size_t run = 0, offset = 0; // where the column's next row is
    };

    // The batch's values of feature f, from the column's runs where its cursor stands.
    template <typename T, typename Convert>
    void gather(const std::vector<std::span<const T>>& runs, std::size_t f, const Convert& convert)
    {
        const std::size_t width = columns();
        float* out = m_values.data() + f;
        Cursor& at = m_cursors[f];
        for (std::size_t done = 0; done < m_count;) {
            if (at.run >= runs.size()) { // fewer values than rows: cannot happen with a parsed table
                for (; done < m_count; ++done)
                    out[done * width] = std::numeric_limits<float>::quiet_NaN();
                break;
            }
            const std::span<const T> run = runs[at.run];
            const std::size_t take = std::min(m_count - done, run.size() - at.offset);
            for (std::size_t i = 0; i < take; ++i)
                out[(done + i) * width] = convert(run[at.offset + i]);
            done += take;
            at.offset += take;
            if (at.offset == run.size()) {
                ++at.run;
                at.offset = 0;
            }
        }
    }

    const ScoringInput& m_input;
    std::size_t m_batchRows;
    std::vector<Cursor> m_cursors;
    std::size_t m_first = 0;
    std::size_t m_count = 0;
    std::vector<float> m_values;
};

// The trees copied into a layout for scoring many rows (several times faster than XGBoost's own
// predictor, with the same scores to the bit); nothing for a model it cannot take, which
// XGBoost then scores itself.
std::optional<ForestScorer> compiledForest(const xgb::Booster& booster, int iterations, std::size_t columns)
{
    std::optional<ForestScorer> forest;
    if (auto json = booster.saveJson())
        forest = ForestScorer::compile(*json, iterations);
    if (forest && forest->features() != columns)
        forest.reset();
    return forest;
}

Result<std::vector<float>> scoreWith(const ForestScorer& forest, const float* values, std::size_t rows,
                                     std::size_t columns, int threads, std::size_t& outputs)
{
    outputs = forest.outputs();
    std::vector<float> scores(rows * outputs);
    forest.score(values, rows, columns, scores.data(), threads);
    return scores;
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

    auto booster = xgb::Booster::load(modelBytes);
    if (!booster)
        return booster.error();
    std::optional<ForestScorer> forest = compiledForest(*booster, iterations, input->columns.size());
    const int threads = QThread::idealThreadCount();

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
    PredictionOutput out;
    if (auto opened = out.open(outputPath, inputPath); !opened)
        return opened.error();
    out.write(header.join(u',').toUtf8() + '\n');
    // Each class as a CSV field, encoded once rather than for every row.
    QByteArrayList classFields;
    for (const QString& label : classes)
        classFields << csvField(label).toUtf8();
    InputBatches batches(*input, 16384);
    qint64 done = 0;
    while (batches.next()) {
        if (control.isInterruptionRequested()) {
            out.cancel();
            return Error::cancelled();
        }
        std::size_t outputs = 1;
        auto values = forest ? scoreWith(*forest, batches.values(), batches.rows(), batches.columns(), threads, outputs)
                             : booster->predict(batches.values(), batches.rows(), batches.columns(), iterations, outputs);
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
        text.reserve(qsizetype(batches.rows() * (outputs + shapPerRow + 1) * 16));
        for (std::size_t i = 0; i < batches.rows(); ++i) {
            const float* p = values->data() + i * outputs;
            if (*task == Task::Regression) {
                appendNumber(text, p[0]);
            } else if (*task == Task::Binary) {
                appendNumber(text, p[0]);
                text += ',';
                text += classFields.value(p[0] >= cut ? 1 : 0);
            } else {
                std::size_t best = 0;
                for (std::size_t k = 0; k < outputs; ++k) {
                    appendNumber(text, p[k]);
                    text += ',';
                    if (p[k] > p[best])
                        best = k;
                }
                text += classFields.value(qsizetype(best));
            }
            for (std::size_t c = 0; c < shapPerRow; ++c) {
                text += ',';
                appendNumber(text, shap[i * shapPerRow + c]);
            }
            text += '\n';
        }
        out.write(text);
        done += qint64(batches.rows());
        control.reportProgress(0.7 + 0.3 * double(done) / double(std::max<qint64>(1, summary.rows)), Text::tr("Predicting"));
    }
    if (auto finished = out.finish(); !finished)
        return finished.error();
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
    const std::size_t rowCount = input->rows();
    std::optional<ForestScorer> forest = compiledForest(*booster, iterations, input->columns.size());
    const int threads = QThread::idealThreadCount(); // the CPUs this process may use
    // Large batches: XGBoost spreads each one over its threads. The next batch is gathered
    // while this one is scored, so that the scoring threads do not wait for the gathering.
    InputBatches batches(*input, 1 << 16);
    std::vector<float> batch;
    qint64 done = 0;
    for (bool more = batches.next(); more;) {
        if (control.isInterruptionRequested())
            return Error::cancelled();
        batches.swapValues(batch);
        const std::size_t rows = batches.rows();
        auto gathering = std::async(std::launch::async, [&batches] { return batches.next(); });
        if (forest) {
            scored.outputs = forest->outputs();
            const std::size_t at = scored.scores.size();
            scored.scores.resize(at + rows * forest->outputs());
            forest->score(batch.data(), rows, batches.columns(), scored.scores.data() + at, threads);
            more = gathering.get();
        } else {
            std::size_t outputs = 1;
            auto values = booster->predict(batch.data(), rows, batches.columns(), iterations, outputs);
            more = gathering.get();
            if (!values)
                return values.error();
            scored.outputs = outputs;
            if (scored.scores.empty())
                scored.scores.reserve(rowCount * outputs);
            scored.scores.insert(scored.scores.end(), values->begin(), values->end());
        }
        done += qint64(rows);
        control.reportProgress(0.7 + 0.3 * double(done) / double(std::max<qint64>(1, scored.summary.rows)),
                               Text::tr("Predicting"));
    }
    scored.features = std::move(input->columns);
    scored.table = std::move(input->table);
    scored.inputSha256 = input->sha256;
    return scored;
}

Result<std::vector<float>> scoreRows(const QByteArray& modelBytes, const DataSide& side,
                                     std::span<const std::uint32_t> rows, int iterations, std::size_t& outputs)
{
    auto booster = xgb::Booster::load(modelBytes);
    if (!booster)
        return booster.error();
    std::vector<float> scores;
    outputs = 1;
    xgb::RowBatches batches(side, rows, 1 << 16);
    while (batches.next()) {
        auto values = booster->predict(batches.values(), batches.rows(), batches.columns(), iterations, outputs);
        if (!values)
            return values.error();
        scores.insert(scores.end(), values->begin(), values->end());
    }
    return scores;
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
