#include "core/evaluate/DriftReference.h"

#include "core/evaluate/DriftDetail.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DriftReference)
};

const QString kFormat = u"grove-drift-reference"_s;
constexpr qsizetype kMaxFeatures = 100000;
constexpr qsizetype kMaxEdges = 1000;
constexpr qsizetype kMaxSample = 1000000;
constexpr qsizetype kMaxCategories = 100000;
constexpr qsizetype kMaxNameLength = 65536;
constexpr double kMaxRows = 9007199254740992.0; // 2^53: every count a double holds exactly
constexpr double kShareTolerance = 1e-6;

QJsonArray numberArray(const std::vector<double>& values)
{
    QJsonArray array;
    for (double value : values)
        array.append(value);
    return array;
}

QJsonObject numericJson(const NumericReference& numeric)
{
    return {{u"edges"_s, numberArray(numeric.edges)},
            {u"shares"_s, numberArray(numeric.shares)},
            {u"sample"_s, numberArray(numeric.sample)}};
}

// Reads one field after another, remembering the first problem with the field's path
// (features[2].shares[5]); later reads after a problem do nothing.
class StrictReader
{
public:
    bool failed() const { return !m_problem.isEmpty(); }
    const QString& problem() const { return m_problem; }

    void fail(const QString& problem)
    {
        if (m_problem.isEmpty())
            m_problem = problem;
    }

    bool onlyKeys(const QJsonObject& object, const QString& path, const QStringList& allowed)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!allowed.contains(it.key())) {
                fail(Text::tr("the field %1 is not part of a drift reference").arg(join(path, it.key())));
                return false;
            }
        }
        return true;
    }

    std::optional<QJsonValue> field(const QJsonObject& object, const QString& path, const QString& key)
    {
        if (failed())
            return std::nullopt;
        const auto it = object.constFind(key);
        if (it == object.constEnd()) {
            fail(Text::tr("the field %1 is missing").arg(join(path, key)));
            return std::nullopt;
        }
        return it.value();
    }

    std::optional<QJsonObject> object(const QJsonValue& value, const QString& path)
    {
        if (!value.isObject()) {
            fail(Text::tr("the field %1 must be an object").arg(path));
            return std::nullopt;
        }
        return value.toObject();
    }

    std::optional<QJsonArray> array(const QJsonValue& value, const QString& path, qsizetype maxSize)
    {
        if (!value.isArray() || value.toArray().size() > maxSize) {
            fail(Text::tr("the field %1 must be a list of at most %2 entries").arg(path).arg(maxSize));
            return std::nullopt;
        }
        return value.toArray();
    }

    std::optional<QString> text(const QJsonValue& value, const QString& path, qsizetype minLength = 1)
    {
        const QString s = value.toString();
        if (!value.isString() || s.size() < minLength || s.size() > kMaxNameLength) {
            fail(Text::tr("the field %1 must be a text of %2 to %3 characters").arg(path).arg(minLength).arg(kMaxNameLength));
            return std::nullopt;
        }
        return s;
    }

    // A finite number in [low, high].
    std::optional<double> number(const QJsonValue& value, const QString& path, double low, double high)
    {
        if (!value.isDouble() || !std::isfinite(value.toDouble())) {
            fail(Text::tr("the field %1 must be a finite number").arg(path));
            return std::nullopt;
        }
        const double x = value.toDouble();
        if (x < low || x > high) {
            fail(Text::tr("the field %1 must be between %2 and %3").arg(path).arg(low).arg(high));
            return std::nullopt;
        }
        return x;
    }

    std::optional<std::int64_t> count(const QJsonValue& value, const QString& path)
    {
        const auto x = number(value, path, 0, kMaxRows);
        if (!x)
            return std::nullopt;
        if (*x != std::floor(*x)) {
            fail(Text::tr("the field %1 must be a whole number").arg(path));
            return std::nullopt;
        }
        return std::int64_t(*x);
    }

    std::optional<std::vector<double>> numbers(const QJsonValue& value, const QString& path, qsizetype maxSize,
                                               double low, double high, bool increasing, bool strictly)
    {
        const auto list = array(value, path, maxSize);
        if (!list)
            return std::nullopt;
        std::vector<double> out;
        out.reserve(std::size_t(list->size()));
        for (qsizetype i = 0; i < list->size(); ++i) {
            const QString at = u"%1[%2]"_s.arg(path).arg(i);
            const auto x = number(list->at(i), at, low, high);
            if (!x)
                return std::nullopt;
            if (increasing && !out.empty() && (strictly ? *x <= out.back() : *x < out.back())) {
                fail(strictly ? Text::tr("the field %1 must be larger than the value before it").arg(at)
                              : Text::tr("the field %1 must not be smaller than the value before it").arg(at));
                return std::nullopt;
            }
            out.push_back(*x);
        }
        return out;
    }

    static QString join(const QString& path, const QString& key) { return path.isEmpty() ? key : path + u'.' + key; }

private:
    QString m_problem;
};

bool sharesAddUp(double sum) { return std::abs(sum - 1.0) <= kShareTolerance; }

std::optional<NumericReference> readNumeric(StrictReader& r, const QJsonObject& json, const QString& path)
{
    NumericReference numeric;
    const double inf = std::numeric_limits<double>::infinity();
    if (auto v = r.field(json, path, u"edges"_s)) {
        if (auto edges = r.numbers(*v, StrictReader::join(path, u"edges"_s), kMaxEdges, -inf, inf, true, true))
            numeric.edges = std::move(*edges);
    }
    if (auto v = r.field(json, path, u"shares"_s)) {
        if (auto shares = r.numbers(*v, StrictReader::join(path, u"shares"_s), kMaxEdges + 1, 0, 1, false, false))
            numeric.shares = std::move(*shares);
    }
    if (auto v = r.field(json, path, u"sample"_s)) {
        if (auto sample = r.numbers(*v, StrictReader::join(path, u"sample"_s), kMaxSample, -inf, inf, true, false))
            numeric.sample = std::move(*sample);
    }
    if (r.failed())
        return std::nullopt;
    const QString shares = StrictReader::join(path, u"shares"_s);
    if (numeric.sample.empty()) {
        if (!numeric.edges.empty() || !numeric.shares.empty())
            r.fail(Text::tr("the field %1 must be empty when %2 is").arg(shares, StrictReader::join(path, u"sample"_s)));
    } else if (numeric.shares.size() != numeric.edges.size() + 1) {
        r.fail(Text::tr("the field %1 must have one entry more than %2").arg(shares, StrictReader::join(path, u"edges"_s)));
    } else if (!sharesAddUp(std::accumulate(numeric.shares.begin(), numeric.shares.end(), 0.0))) {
        r.fail(Text::tr("the shares in %1 must add up to 1").arg(shares));
    }
    if (r.failed())
        return std::nullopt;
    return numeric;
}

std::optional<FeatureReference> readFeature(StrictReader& r, const QJsonObject& json, const QString& path)
{
    FeatureReference f;
    const auto kind = r.field(json, path, u"kind"_s);
    if (!kind)
        return std::nullopt;
    if (*kind != QJsonValue(u"numeric"_s) && *kind != QJsonValue(u"categorical"_s)) {
        r.fail(Text::tr("the field %1 must be \"numeric\" or \"categorical\"").arg(StrictReader::join(path, u"kind"_s)));
        return std::nullopt;
    }
    f.categorical = kind->toString() == u"categorical"_s;
    const QStringList common = {u"name"_s, u"kind"_s, u"rows"_s, u"missing_rate"_s};
    if (!r.onlyKeys(json, path, common + (f.categorical ? QStringList{u"categories"_s, u"other_share"_s}
                                                        : QStringList{u"edges"_s, u"shares"_s, u"sample"_s})))
        return std::nullopt;
    if (auto v = r.field(json, path, u"name"_s))
        f.name = r.text(*v, StrictReader::join(path, u"name"_s)).value_or(QString());
    if (auto v = r.field(json, path, u"rows"_s))
        f.rows = r.count(*v, StrictReader::join(path, u"rows"_s)).value_or(0);
    if (auto v = r.field(json, path, u"missing_rate"_s))
        f.missingRate = r.number(*v, StrictReader::join(path, u"missing_rate"_s), 0, 1).value_or(0);
    if (r.failed())
        return std::nullopt;
    if (!f.categorical) {
        auto numeric = readNumeric(r, json, path);
        if (!numeric)
            return std::nullopt;
        f.numeric = std::move(*numeric);
        return f;
    }
    const QString listPath = StrictReader::join(path, u"categories"_s);
    const auto value = r.field(json, path, u"categories"_s);
    const auto list = value ? r.array(*value, listPath, kMaxCategories) : std::nullopt;
    if (!list)
        return std::nullopt;
    QSet<QString> seen;
    double sum = 0;
    for (qsizetype i = 0; i < list->size() && !r.failed(); ++i) {
        const QString at = u"%1[%2]"_s.arg(listPath).arg(i);
        const auto entry = r.object(list->at(i), at);
        if (!entry || !r.onlyKeys(*entry, at, {u"value"_s, u"share"_s}))
            return std::nullopt;
        CategoryShare c;
        if (auto v = r.field(*entry, at, u"value"_s))
            c.value = r.text(*v, StrictReader::join(at, u"value"_s), 0).value_or(QString());
        if (auto v = r.field(*entry, at, u"share"_s))
            c.share = r.number(*v, StrictReader::join(at, u"share"_s), 0, 1).value_or(0);
        if (!r.failed() && seen.contains(c.value))
            r.fail(Text::tr("the field %1 repeats the category \"%2\"").arg(at, c.value));
        seen.insert(c.value);
        sum += c.share;
        f.categories.push_back(std::move(c));
    }
    if (auto v = r.field(json, path, u"other_share"_s))
        f.otherShare = r.number(*v, StrictReader::join(path, u"other_share"_s), 0, 1).value_or(0);
    sum += f.otherShare;
    const bool empty = f.categories.empty() && f.otherShare == 0;
    if (!r.failed() && !empty && !sharesAddUp(sum))
        r.fail(Text::tr("the shares in %1 must add up to 1").arg(listPath));
    if (r.failed())
        return std::nullopt;
    return f;
}

Error invalid(const QString& where, const QString& problem)
{
    Error error = Error::badInput(where.isEmpty() ? Text::tr("The drift reference is not valid: %1.").arg(problem)
                                                  : Text::tr("The drift reference %1 is not valid: %2.")
                                                        .arg(QDir::toNativeSeparators(where), problem));
    error.file = where;
    return error;
}

Result<ReferenceProfile> readProfile(const QJsonObject& json, const QString& where)
{
    StrictReader r;
    ReferenceProfile profile;
    if (r.onlyKeys(json, {}, {u"format"_s, u"version"_s, u"features"_s, u"prediction"_s})) {
        if (auto v = r.field(json, {}, u"format"_s); v && *v != QJsonValue(kFormat))
            r.fail(Text::tr("the field %1 must be \"%2\"").arg(u"format"_s, kFormat));
        if (auto v = r.field(json, {}, u"version"_s); v && *v != QJsonValue(ReferenceProfile::kVersion))
            r.fail(Text::tr("the field %1 must be %2").arg(u"version"_s).arg(ReferenceProfile::kVersion));
    }
    const auto value = r.field(json, {}, u"features"_s);
    const auto list = value ? r.array(*value, u"features"_s, kMaxFeatures) : std::nullopt;
    QSet<QString> names;
    for (qsizetype i = 0; list && i < list->size() && !r.failed(); ++i) {
        const QString at = u"features[%1]"_s.arg(i);
        const auto object = r.object(list->at(i), at);
        auto feature = object ? readFeature(r, *object, at) : std::nullopt;
        if (!feature)
            break;
        if (names.contains(feature->name)) {
            r.fail(Text::tr("the field %1 repeats the name \"%2\"").arg(at + u".name"_s, feature->name));
            break;
        }
        names.insert(feature->name);
        profile.features.push_back(std::move(*feature));
    }
    if (auto v = r.field(json, {}, u"prediction"_s)) {
        if (auto object = r.object(*v, u"prediction"_s);
            object && r.onlyKeys(*object, u"prediction"_s, {u"edges"_s, u"shares"_s, u"sample"_s})) {
            if (auto numeric = readNumeric(r, *object, u"prediction"_s))
                profile.prediction = std::move(*numeric);
        }
    }
    if (r.failed())
        return invalid(where, r.problem());
    return profile;
}

} // namespace

const FeatureReference* ReferenceProfile::feature(const QString& name) const
{
    for (const FeatureReference& f : features) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

QJsonObject ReferenceProfile::toJson() const
{
    QJsonArray list;
    for (const FeatureReference& f : features) {
        QJsonObject json{{u"name"_s, f.name},
                         {u"kind"_s, f.categorical ? u"categorical"_s : u"numeric"_s},
                         {u"rows"_s, qint64(f.rows)},
                         {u"missing_rate"_s, f.missingRate}};
        if (f.categorical) {
            QJsonArray categories;
            for (const CategoryShare& c : f.categories)
                categories.append(QJsonObject{{u"value"_s, c.value}, {u"share"_s, c.share}});
            json.insert(u"categories"_s, categories);
            json.insert(u"other_share"_s, f.otherShare);
        } else {
            const QJsonObject numeric = numericJson(f.numeric);
            for (auto it = numeric.begin(); it != numeric.end(); ++it)
                json.insert(it.key(), it.value());
        }
        list.append(json);
    }
    return {{u"format"_s, kFormat},
            {u"version"_s, kVersion},
            {u"features"_s, list},
            {u"prediction"_s, numericJson(prediction)}};
}

Result<ReferenceProfile> ReferenceProfile::fromJson(const QJsonObject& json)
{
    return readProfile(json, {});
}

Result<ReferenceProfile> ReferenceProfile::parse(QByteArrayView bytes, const QString& where)
{
    if (bytes.size() > kMaxBytes)
        return invalid(where, Text::tr("it is larger than %1 MiB").arg(kMaxBytes >> 20));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(where, Text::tr("it is not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return invalid(where, Text::tr("it is not a JSON object"));
    return readProfile(document.object(), where);
}

NumericReference numericReference(std::span<const float> values, const ReferenceOptions& options)
{
    NumericReference ref;
    std::vector<double> sorted;
    sorted.reserve(values.size());
    for (float v : values) {
        if (!std::isnan(v))
            sorted.push_back(drift_detail::countedValue(v));
    }
    if (sorted.empty())
        return ref;
    std::sort(sorted.begin(), sorted.end());
    const std::size_t n = sorted.size();
    const int bins = std::clamp(options.bins, 2, 100);
    // Quantiles with linear interpolation (NumPy's default); ties collapse bins into one.
    for (int k = 1; k < bins; ++k) {
        const double position = double(k) / bins * double(n - 1);
        const auto below = std::size_t(std::floor(position));
        const double fraction = position - double(below);
        const double lower = sorted[below], upper = sorted[std::min(below + 1, n - 1)];
        // (Between the two infinities, which stand as the extreme doubles, the difference would
        // overflow.)
        const double span = upper - lower;
        const double between = std::isfinite(span) ? lower + span * fraction : lower * (1 - fraction) + upper * fraction;
        const double edge = std::clamp(between, lower, upper);
        if (ref.edges.empty() || edge > ref.edges.back())
            ref.edges.push_back(edge);
    }
    std::vector<std::size_t> counts(ref.edges.size() + 1, 0);
    for (double v : sorted)
        ++counts[std::size_t(std::lower_bound(ref.edges.begin(), ref.edges.end(), v) - ref.edges.begin())];
    for (std::size_t c : counts)
        ref.shares.push_back(double(c) / double(n));
    // Never more than a reference may hold, so that what is written can be read back.
    const std::size_t keep = std::clamp<std::size_t>(options.sampleSize, 1, std::size_t(kMaxSample));
    if (n <= keep) {
        ref.sample = std::move(sorted);
    } else {
        ref.sample.reserve(keep);
        for (std::size_t i = 0; i < keep; ++i)
            ref.sample.push_back(sorted[(2 * i + 1) * n / (2 * keep)]);
    }
    return ref;
}

Result<ReferenceProfile> buildReference(std::span<const DriftColumn> columns, std::span<const float> scores,
                                        const ReferenceOptions& options)
{
    if (columns.size() > std::size_t(kMaxFeatures))
        return Error::badInput(Text::tr("A drift reference holds at most %1 features; these data have %2.")
                                   .arg(kMaxFeatures)
                                   .arg(columns.size()));
    QSet<QString> names;
    for (const DriftColumn& column : columns) {
        if (column.name.isEmpty() || column.name.size() > kMaxNameLength || names.contains(column.name))
            return Error::badInput(Text::tr("The column name \"%1\" is empty, too long or used twice.").arg(column.name.left(200)));
        names.insert(column.name);
    }
    ReferenceProfile profile;
    profile.features.resize(columns.size());
    drift_detail::forEachIndex(columns.size() + 1, [&](std::size_t i) {
        if (i == columns.size()) {
            profile.prediction = numericReference(scores, options);
            return;
        }
        const DriftColumn& column = columns[i];
        FeatureReference& f = profile.features[i];
        f.name = column.name;
        f.categorical = column.categorical;
        f.rows = std::int64_t(column.rows());
        if (!column.categorical) {
            f.numeric = numericReference(column.numbers, options);
            std::int64_t present = 0;
            for (float v : column.numbers)
                present += std::isnan(v) ? 0 : 1;
            f.missingRate = f.rows ? double(f.rows - present) / double(f.rows) : 0;
            return;
        }
        const auto categories = std::size_t(column.categories.size());
        std::vector<std::int64_t> counts(categories, 0);
        std::int64_t present = 0;
        for (std::uint32_t code : column.codes) {
            if (code < categories) {
                ++counts[code];
                ++present;
            }
        }
        f.missingRate = f.rows ? double(f.rows - present) / double(f.rows) : 0;
        std::vector<std::size_t> order;
        for (std::size_t c = 0; c < categories; ++c) {
            if (counts[c] > 0)
                order.push_back(c);
        }
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return counts[a] != counts[b] ? counts[a] > counts[b] : column.categories[qsizetype(a)] < column.categories[qsizetype(b)];
        });
        std::int64_t kept = 0;
        for (std::size_t c : order) {
            if (f.categories.size() >= std::min(options.maxCategories, std::size_t(kMaxCategories)))
                break;
            if (column.categories[qsizetype(c)].size() > kMaxNameLength)
                continue; // counted as "other": a reference keeps no value it could not read back
            f.categories.push_back({column.categories[qsizetype(c)], double(counts[c]) / double(present)});
            kept += counts[c];
        }
        f.otherShare = present ? double(present - kept) / double(present) : 0;
    });
    return profile;
}

} // namespace grove
