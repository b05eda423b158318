#include "core/train/Xgboost.h"

#include "core/data/ParsedTable.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>
#include <cstring>
#include <limits>
#include <mutex>

#include <xgboost/c_api.h>

using namespace Qt::StringLiterals;

namespace grove::xgb {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::Xgboost)
};

constexpr float kMissing = std::numeric_limits<float>::quiet_NaN();

thread_local QString t_lastDetail;

Error lastError(const QString& doing)
{
    QString detail = QString::fromUtf8(XGBGetLastError()).trimmed();
    // Fatal errors end with a native stack trace, which says nothing to a user.
    if (const qsizetype trace = detail.indexOf(u"Stack trace:"_s); trace >= 0)
        detail = detail.left(trace).trimmed();
    // XGBoost prefixes messages with a source location ("[12:00:00] ../src/...: message").
    const qsizetype colon = detail.indexOf(u": "_s, detail.indexOf(u']'));
    const QString message = colon > 0 ? detail.mid(colon + 2).trimmed() : detail;
    t_lastDetail = message;
    return Error::badInput(Text::tr("XGBoost could not %1: %2").arg(doing, message));
}

std::mutex g_logMutex;
QStringList g_log;
std::once_flag g_logInstalled;

extern "C" void collectLog(const char* message)
{
    std::lock_guard lock(g_logMutex);
    if (g_log.size() < 200)
        g_log << QString::fromUtf8(message).trimmed();
}

void installLogCallback()
{
    std::call_once(g_logInstalled, [] { XGBRegisterLogCallback(collectLog); });
}

QByteArray arrayInterface(const float* data, std::size_t rows, std::size_t columns)
{
    return "{\"data\": [" + QByteArray::number(quintptr(data)) + ", true], \"shape\": [" + QByteArray::number(quint64(rows)) +
           ", " + QByteArray::number(quint64(columns)) + "], \"typestr\": \"<f4\", \"version\": 3}";
}

// Feature names and types as the C API takes them: arrays of C strings ("q" numeric, "c"
// categorical). The pointers point into `names`, so it is neither copied nor moved.
struct FeatureInfo
{
    explicit FeatureInfo(const std::vector<FeatureSpec>& features)
    {
        for (const FeatureSpec& feature : features) {
            names.push_back(feature.name.toUtf8());
            typePointers.push_back(feature.categorical ? "c" : "q");
        }
        for (const QByteArray& name : names)
            namePointers.push_back(name.constData());
    }
    FeatureInfo(const FeatureInfo&) = delete;
    FeatureInfo& operator=(const FeatureInfo&) = delete;

    // Sets the names and types on a matrix; false when XGBoost refused them.
    bool setOn(DMatrixHandle matrix) // the C API takes the arrays as non-const
    {
        return XGDMatrixSetStrFeatureInfo(matrix, "feature_name", namePointers.data(), bst_ulong(namePointers.size())) == 0 &&
               XGDMatrixSetStrFeatureInfo(matrix, "feature_type", typePointers.data(), bst_ulong(typePointers.size())) == 0;
    }

    std::vector<QByteArray> names;
    std::vector<const char*> namePointers, typePointers;
};

struct Feed
{
    RowBatches* batches;
    DMatrixHandle proxy;
    FeatureInfo* features;
    QString error;
};

void resetFeed(DataIterHandle handle) { static_cast<Feed*>(handle)->batches->reset(); }

int nextFeed(DataIterHandle handle)
{
    auto* feed = static_cast<Feed*>(handle);
    if (!feed->batches->next())
        return 0;
    const QByteArray array = arrayInterface(feed->batches->values(), feed->batches->rows(), feed->batches->columns());
    if (XGProxyDMatrixSetDataDense(feed->proxy, array.constData()) != 0 ||
        XGDMatrixSetFloatInfo(feed->proxy, "label", feed->batches->labels(), bst_ulong(feed->batches->rows())) != 0 ||
        !feed->features->setOn(feed->proxy)) {
        feed->error = QString::fromUtf8(XGBGetLastError());
        return 0;
    }
    return 1;
}

} // namespace

RowBatches::RowBatches(const DataSide& side, std::span<const std::uint32_t> rows, std::size_t batchRows)
    : m_side(side), m_rows(rows), m_batchRows(std::max<std::size_t>(1, batchRows))
{
}

bool RowBatches::next()
{
    if (m_position >= m_rows.size())
        return false;
    const std::size_t size = std::min(m_batchRows, m_rows.size() - m_position);
    // XGBoost reads the data several times (counting, sketching, binning); when the batch asked
    // for is the one in the buffer (all rows in one batch), it is not gathered again.
    if (m_gathered != m_position || m_batchSize != size) {
        m_batchSize = size;
        m_values.resize(m_batchSize * columns());
        m_labels.resize(m_batchSize);
        gather(m_position, m_batchSize, m_values.data(), m_labels.data());
        m_gathered = m_position;
    }
    m_position += m_batchSize;
    return true;
}

void RowBatches::gatherAll(std::vector<float>& values, std::vector<float>& labels) const
{
    values.resize(m_rows.size() * columns());
    labels.resize(m_rows.size());
    // In blocks, so that the rows being written stay in the cache while each column is read.
    for (std::size_t first = 0; first < m_rows.size(); first += m_batchRows) {
        const std::size_t count = std::min(m_batchRows, m_rows.size() - first);
        gather(first, count, values.data() + first * columns(), labels.data() + first);
    }
}

void RowBatches::gather(std::size_t first, std::size_t count, float* values, float* labels) const
{
    const std::size_t columns = m_side.featureColumns.size();
    const std::uint32_t* rows = m_rows.data() + first;
    const Snapshot& snapshot = m_side.snapshot;
    for (std::size_t f = 0; f < columns; ++f) {
        const qsizetype column = m_side.featureColumns[f];
        float* out = values + f;
        if (snapshot.column(column).numeric) {
            const float* data = snapshot.numbers(column).data();
            for (std::size_t i = 0; i < count; ++i)
                out[i * columns] = data[rows[i]];
        } else {
            const std::uint32_t* codes = snapshot.codes(column).data();
            const bool remapped = f < m_side.categoryRemap.size() && !m_side.categoryRemap[f].empty();
            for (std::size_t i = 0; i < count; ++i) {
                const std::uint32_t code = codes[rows[i]];
                out[i * columns] = code == kMissingCode ? kMissing
                                   : remapped           ? m_side.categoryRemap[f][code]
                                                        : float(code);
            }
        }
    }
    for (std::size_t i = 0; i < count; ++i)
        labels[i] = m_side.labels.empty() ? 0.0f : m_side.labels[rows[i]];
}

DMatrix& DMatrix::operator=(DMatrix&& other) noexcept
{
    if (this != &other) {
        if (m_handle)
            XGDMatrixFree(m_handle);
        m_handle = std::exchange(other.m_handle, nullptr);
    }
    return *this;
}

DMatrix::~DMatrix()
{
    if (m_handle)
        XGDMatrixFree(m_handle);
}

Result<DMatrix> quantileMatrix(RowBatches& batches, const std::vector<FeatureSpec>& features, int maxBin, int threads,
                               const DMatrix* reference)
{
    installLogCallback();
    DMatrixHandle proxyHandle = nullptr;
    if (XGProxyDMatrixCreate(&proxyHandle) != 0)
        return lastError(Text::tr("prepare the data"));
    DMatrix proxy(proxyHandle);
    FeatureInfo info(features);
    Feed feed{&batches, proxyHandle, &info, {}};
    const QByteArray config = "{\"missing\": NaN, \"nthread\": " + QByteArray::number(threads) +
                              ", \"max_bin\": " + QByteArray::number(maxBin) + "}";
    DMatrixHandle out = nullptr;
    const int status = XGQuantileDMatrixCreateFromCallback(&feed, proxyHandle, reference ? reference->handle() : nullptr,
                                                           resetFeed, nextFeed, config.constData(), &out);
    if (!feed.error.isEmpty())
        return Error::badInput(Text::tr("XGBoost could not read the data: %1").arg(feed.error));
    if (status != 0)
        return lastError(Text::tr("prepare the data"));
    DMatrix matrix(out);
    if (!info.setOn(out))
        return lastError(Text::tr("name the features"));
    return matrix;
}

Result<DMatrix> denseMatrix(const float* values, std::size_t rows, const std::vector<FeatureSpec>& features, int threads)
{
    installLogCallback();
    const QByteArray array = arrayInterface(values, rows, features.size());
    const QByteArray config = "{\"missing\": NaN, \"nthread\": " + QByteArray::number(threads) + "}";
    DMatrixHandle out = nullptr;
    if (XGDMatrixCreateFromDense(array.constData(), config.constData(), &out) != 0)
        return lastError(Text::tr("prepare the data"));
    DMatrix matrix(out);
    if (!FeatureInfo(features).setOn(matrix.handle()))
        return lastError(Text::tr("prepare the data"));
    return matrix;
}

Result<DMatrix> denseMatrix(const RowBatches& batches, const std::vector<FeatureSpec>& features, int threads)
{
    // XGBoost copies the values into its own rows; the row-major block is freed right after.
    std::vector<float> values, labels;
    batches.gatherAll(values, labels);
    auto matrix = denseMatrix(values.data(), labels.size(), features, threads);
    if (matrix && XGDMatrixSetFloatInfo(matrix->handle(), "label", labels.data(), bst_ulong(labels.size())) != 0)
        return lastError(Text::tr("prepare the data"));
    return matrix;
}

Status setLabels(const DMatrix& matrix, std::span<const float> labels)
{
    if (XGDMatrixSetFloatInfo(matrix.handle(), "label", labels.data(), bst_ulong(labels.size())) != 0)
        return lastError(Text::tr("prepare the data"));
    return {};
}

QList<Evaluation> parseEvaluation(const QString& line, const QStringList& splits)
{
    QList<Evaluation> evaluations;
    for (const QString& token : line.split(u'\t', Qt::SkipEmptyParts)) {
        const qsizetype colon = token.lastIndexOf(u':');
        if (colon < 0)
            continue;
        const QString key = token.left(colon);
        for (const QString& split : splits) {
            if (key.startsWith(split + u'-')) {
                bool ok = false;
                const double value = token.mid(colon + 1).toDouble(&ok);
                if (ok)
                    evaluations << Evaluation{split, key.mid(split.size() + 1), value};
                break;
            }
        }
    }
    return evaluations;
}

Result<Booster> Booster::create(std::span<const DMatrix* const> cache)
{
    installLogCallback();
    std::vector<DMatrixHandle> handles;
    for (const DMatrix* matrix : cache)
        handles.push_back(matrix->handle());
    Booster booster;
    if (XGBoosterCreate(handles.data(), bst_ulong(handles.size()), &booster.m_handle) != 0)
        return lastError(Text::tr("create a model"));
    return booster;
}

Result<Booster> Booster::load(const QByteArray& model)
{
    installLogCallback();
    Booster booster;
    if (XGBoosterCreate(nullptr, 0, &booster.m_handle) != 0)
        return lastError(Text::tr("create a model"));
    if (XGBoosterLoadModelFromBuffer(booster.m_handle, model.constData(), bst_ulong(model.size())) != 0)
        return lastError(Text::tr("load the model"));
    return booster;
}

Booster& Booster::operator=(Booster&& other) noexcept
{
    if (this != &other) {
        if (m_handle)
            XGBoosterFree(m_handle);
        m_handle = std::exchange(other.m_handle, nullptr);
    }
    return *this;
}

Booster::~Booster()
{
    if (m_handle)
        XGBoosterFree(m_handle);
}

Status Booster::setParameters(const QList<QPair<QString, QString>>& parameters)
{
    for (const auto& [key, value] : parameters) {
        if (XGBoosterSetParam(m_handle, key.toUtf8().constData(), value.toUtf8().constData()) != 0)
            return lastError(Text::tr("use the parameter %1=%2").arg(key, value));
    }
    return {};
}

Status Booster::setFeatures(const std::vector<FeatureSpec>& features)
{
    FeatureInfo info(features);
    if (XGBoosterSetStrFeatureInfo(m_handle, "feature_name", info.namePointers.data(), bst_ulong(info.namePointers.size())) != 0 ||
        XGBoosterSetStrFeatureInfo(m_handle, "feature_type", info.typePointers.data(), bst_ulong(info.typePointers.size())) != 0)
        return lastError(Text::tr("name the features"));
    return {};
}

Status Booster::update(int iteration, const DMatrix& train)
{
    if (XGBoosterUpdateOneIter(m_handle, iteration, train.handle()) != 0)
        return lastError(Text::tr("train round %1").arg(iteration + 1));
    return {};
}

Result<QList<Evaluation>> Booster::evaluate(int iteration, std::span<const DMatrix* const> matrices, const QStringList& names)
{
    std::vector<DMatrixHandle> handles;
    for (const DMatrix* matrix : matrices)
        handles.push_back(matrix->handle());
    std::vector<QByteArray> utf8;
    std::vector<const char*> pointers;
    for (const QString& name : names)
        utf8.push_back(name.toUtf8());
    for (const QByteArray& name : utf8)
        pointers.push_back(name.constData());
    const char* out = nullptr;
    if (XGBoosterEvalOneIter(m_handle, iteration, handles.data(), pointers.data(), bst_ulong(handles.size()), &out) != 0)
        return lastError(Text::tr("evaluate round %1").arg(iteration + 1));
    return parseEvaluation(QString::fromUtf8(out), names);
}

Result<QByteArray> Booster::save() const
{
    return saveAs("{\"format\": \"ubj\"}");
}

Result<QByteArray> Booster::saveJson() const
{
    return saveAs("{\"format\": \"json\"}");
}

Result<QByteArray> Booster::saveAs(const char* config) const
{
    bst_ulong length = 0;
    const char* bytes = nullptr;
    if (XGBoosterSaveModelToBuffer(m_handle, config, &length, &bytes) != 0)
        return lastError(Text::tr("save the model"));
    return QByteArray(bytes, qsizetype(length));
}

Result<std::vector<float>> Booster::predict(const float* values, std::size_t rows, std::size_t columns, int iterations,
                                            std::size_t& outputs) const
{
    const QByteArray array = arrayInterface(values, rows, columns);
    // "cache_id" is required by libxgboost 1.7.4.
    const QByteArray config = "{\"type\": 0, \"training\": false, \"iteration_begin\": 0, \"iteration_end\": " +
                              QByteArray::number(iterations) +
                              ", \"strict_shape\": true, \"cache_id\": 0, \"missing\": NaN}";
    const bst_ulong* shape = nullptr;
    bst_ulong dimensions = 0;
    const float* result = nullptr;
    if (XGBoosterPredictFromDense(m_handle, array.constData(), config.constData(), nullptr, &shape, &dimensions, &result) != 0)
        return lastError(Text::tr("predict"));
    // With strict_shape: (rows, groups) for the probability outputs Grove uses.
    std::size_t total = 1;
    for (bst_ulong d = 0; d < dimensions; ++d)
        total *= std::size_t(shape[d]);
    outputs = rows == 0 ? 1 : total / rows;
    return std::vector<float>(result, result + total);
}

Result<std::vector<float>> Booster::predict(const DMatrix& matrix, int iterations, std::size_t& outputs) const
{
    const QByteArray config = "{\"type\": 0, \"training\": false, \"iteration_begin\": 0, \"iteration_end\": " +
                              QByteArray::number(iterations) + ", \"strict_shape\": true}";
    const bst_ulong* shape = nullptr;
    bst_ulong dimensions = 0;
    const float* result = nullptr;
    if (XGBoosterPredictFromDMatrix(m_handle, matrix.handle(), config.constData(), &shape, &dimensions, &result) != 0)
        return lastError(Text::tr("predict"));
    std::size_t total = 1;
    for (bst_ulong d = 0; d < dimensions; ++d)
        total *= std::size_t(shape[d]);
    const std::size_t rows = dimensions > 0 ? std::size_t(shape[0]) : 0;
    outputs = rows == 0 ? 1 : total / rows;
    return std::vector<float>(result, result + total);
}

Result<std::vector<float>> Booster::contributions(const DMatrix& matrix, int iterations, bool interactions,
                                                  std::vector<std::size_t>& shape) const
{
    const QByteArray config = "{\"type\": " + QByteArray(interactions ? "4" : "2") +
                              ", \"training\": false, \"iteration_begin\": 0, \"iteration_end\": " +
                              QByteArray::number(iterations) + ", \"strict_shape\": true}";
    const bst_ulong* dims = nullptr;
    bst_ulong dimensions = 0;
    const float* result = nullptr;
    if (XGBoosterPredictFromDMatrix(m_handle, matrix.handle(), config.constData(), &dims, &dimensions, &result) != 0)
        return lastError(Text::tr("compute feature contributions"));
    shape.assign(dims, dims + dimensions);
    std::size_t total = 1;
    for (std::size_t d : shape)
        total *= d;
    return std::vector<float>(result, result + total);
}

Result<QJsonObject> Booster::importance() const
{
    QJsonObject all;
    for (const char* type : {"gain", "weight", "cover"}) {
        const QByteArray config = "{\"importance_type\": \"" + QByteArray(type) + "\"}";
        bst_ulong count = 0, dimensions = 0;
        const char** names = nullptr;
        const bst_ulong* shape = nullptr;
        const float* scores = nullptr;
        if (XGBoosterFeatureScore(m_handle, config.constData(), &count, &names, &dimensions, &shape, &scores) != 0)
            return lastError(Text::tr("compute feature importance"));
        QJsonObject byFeature;
        const std::size_t perFeature = count == 0 ? 1 : std::size_t(shape[dimensions - 1] == count ? 1 : shape[dimensions - 1]);
        for (bst_ulong i = 0; i < count; ++i)
            byFeature.insert(QString::fromUtf8(names[i]), double(scores[i * perFeature]));
        all.insert(QString::fromLatin1(type), byFeature);
    }
    return all;
}

Result<int> Booster::boostedRounds() const
{
    int rounds = 0;
    if (XGBoosterBoostedRounds(m_handle, &rounds) != 0)
        return lastError(Text::tr("read the model"));
    return rounds;
}

Result<Booster> Booster::slice(int rounds) const
{
    Booster sliced;
    if (XGBoosterSlice(m_handle, 0, rounds, 1, &sliced.m_handle) != 0)
        return lastError(Text::tr("keep the first %1 rounds of the model").arg(rounds));
    return sliced;
}

QString libraryVersion()
{
    int major = 0, minor = 0, patch = 0;
    XGBoostVersion(&major, &minor, &patch);
    return u"%1.%2.%3"_s.arg(major).arg(minor).arg(patch);
}

QString lastFailureDetail() { return t_lastDetail; }

QStringList takeLogMessages()
{
    installLogCallback();
    std::lock_guard lock(g_logMutex);
    return std::exchange(g_log, {});
}

} // namespace grove::xgb
