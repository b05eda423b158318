#include "core/model/StoredExplanation.h"

#include "core/common/AtomicFile.h"
#include "core/common/SealedFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <optional>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

static_assert(std::endian::native == std::endian::little, "explanation files store little-endian values");

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StoredExplanation)
};

constexpr char kMagic[8] = {'G', 'R', 'V', 'E', 'X', 'P', 'L', '1'};
constexpr std::uint32_t kMaxFeatures = 1u << 20;
constexpr std::uint32_t kMaxOutputs = 100000;
constexpr std::uint32_t kMaxMetaBytes = 64u << 20;

struct Header
{
    char magic[8];
    std::uint32_t metaBytes;   // the JSON with the names and base values
    std::uint32_t features;
    std::uint32_t outputs;
    std::uint32_t interactions; // 0 or 1
    std::uint64_t sample;
    std::uint64_t heldOutRows;
    std::uint64_t seed;
    std::int32_t requestedRows;
    std::uint32_t reserved;
};
static_assert(sizeof(Header) == 56);

// The file's length for a header, or 0 when the header cannot be right (or the sizes overflow).
std::uint64_t expectedSize(const Header& header)
{
    if (std::memcmp(header.magic, kMagic, sizeof kMagic) != 0 || header.metaBytes > kMaxMetaBytes ||
        header.features == 0 || header.features > kMaxFeatures || header.outputs == 0 || header.outputs > kMaxOutputs ||
        header.interactions > 1 || header.sample > header.heldOutRows || header.heldOutRows > 0xffffffffull ||
        header.requestedRows < 1 || header.reserved != 0)
        return 0;
    // Per sampled row: its position, its values and its contributions for every output.
    std::uint64_t perRow = 0, total = 0;
    if (__builtin_mul_overflow(std::uint64_t(header.outputs) + 1, std::uint64_t(header.features) * 4, &perRow) ||
        __builtin_add_overflow(perRow, 4u, &perRow) || __builtin_mul_overflow(perRow, header.sample, &total))
        return 0;
    const std::uint64_t partners = header.interactions ? std::uint64_t(header.outputs) * header.features * 8 : 0;
    return sizeof(Header) + header.metaBytes + total + partners + sealed::kHashBytes;
}

Error damaged(const QString& where, const QString& why)
{
    return Error::io(Text::tr("The stored explanation %1 is damaged: %2.").arg(QDir::toNativeSeparators(where), why));
}

} // namespace

QString StoredExplanation::problem() const
{
    const std::size_t f = std::size_t(features.size()), k = outputs(), n = sample.size();
    if (f == 0)
        return Text::tr("it explains no feature");
    if (classes.size() == 1)
        return Text::tr("it has one class");
    if (baseValues.size() != k || values.size() != n * f || contributions.size() != n * k * f)
        return Text::tr("the parts have different sizes");
    if (interactions ? partners.size() != k * f || partnerStrength.size() != k * f : !partners.empty() || !partnerStrength.empty())
        return Text::tr("the interaction partners have the wrong size");
    if (requestedRows < 1 || n != std::min<std::uint64_t>(std::uint64_t(requestedRows), heldOutRows))
        return Text::tr("it samples %1 of %2 rows").arg(n).arg(heldOutRows);
    for (std::size_t i = 0; i < n; ++i) {
        if (sample[i] >= heldOutRows || (i > 0 && sample[i] <= sample[i - 1]))
            return Text::tr("sampled row %1 is out of order or beyond the held-out rows").arg(i + 1);
    }
    for (double base : baseValues) {
        if (!std::isfinite(base))
            return Text::tr("a base value is not a number");
    }
    for (float c : contributions) {
        if (!std::isfinite(c))
            return Text::tr("a contribution is not a number");
    }
    for (std::size_t i = 0; i < partners.size(); ++i) {
        const std::size_t self = i % f;
        if (partners[i] < -1 || partners[i] >= std::int32_t(f) || partners[i] == std::int32_t(self) ||
            !std::isfinite(partnerStrength[i]))
            return Text::tr("feature %1 has an impossible interaction partner").arg(self + 1);
    }
    return {};
}

QByteArray StoredExplanation::encode() const
{
    QJsonArray bases;
    for (double base : baseValues)
        bases.append(base);
    const QByteArray meta = QJsonDocument(QJsonObject{{u"features"_s, QJsonArray::fromStringList(features)},
                                                      {u"classes"_s, QJsonArray::fromStringList(classes)},
                                                      {u"base_values"_s, bases}})
                                .toJson(QJsonDocument::Compact);
    Header header{};
    std::memcpy(header.magic, kMagic, sizeof kMagic);
    header.metaBytes = std::uint32_t(meta.size());
    header.features = std::uint32_t(features.size());
    header.outputs = std::uint32_t(outputs());
    header.interactions = interactions ? 1 : 0;
    header.sample = sample.size();
    header.heldOutRows = heldOutRows;
    header.seed = seed;
    header.requestedRows = requestedRows;
    QByteArray out;
    out.reserve(qsizetype(expectedSize(header)));
    out.append(reinterpret_cast<const char*>(&header), sizeof header);
    out.append(meta);
    sealed::append(out, sample);
    sealed::append(out, values);
    sealed::append(out, contributions);
    if (interactions) {
        sealed::append(out, partners);
        sealed::append(out, partnerStrength);
    }
    sealed::seal(out);
    return out;
}

Result<StoredExplanation> StoredExplanation::decode(QByteArrayView bytes, const QString& where)
{
    Header header{};
    if (const QString why = sealed::check(bytes, header, &expectedSize); !why.isEmpty())
        return damaged(where, why);

    StoredExplanation e;
    const char* at = bytes.data() + sizeof header;
    const QJsonObject meta = QJsonDocument::fromJson(QByteArray(at, qsizetype(header.metaBytes))).object();
    at += header.metaBytes;
    const auto features = sealed::stringList(meta.value(u"features"_s)), classes = sealed::stringList(meta.value(u"classes"_s));
    const QJsonArray bases = meta.value(u"base_values"_s).toArray();
    if (!features || !classes)
        return damaged(where, Text::tr("its feature or class names cannot be read"));
    e.features = *features;
    e.classes = *classes;
    for (const QJsonValue& base : bases)
        e.baseValues.push_back(base.toDouble(std::nan("")));
    if (std::size_t(e.features.size()) != header.features || e.outputs() != header.outputs)
        return damaged(where, Text::tr("its names do not match its header"));
    e.heldOutRows = header.heldOutRows;
    e.requestedRows = header.requestedRows;
    e.seed = header.seed;
    e.interactions = header.interactions == 1;
    const std::size_t n = std::size_t(header.sample), f = header.features, k = header.outputs;
    sealed::take(at, e.sample, n);
    sealed::take(at, e.values, n * f);
    sealed::take(at, e.contributions, n * k * f);
    if (e.interactions) {
        sealed::take(at, e.partners, k * f);
        sealed::take(at, e.partnerStrength, k * f);
    }
    if (const QString why = e.problem(); !why.isEmpty())
        return damaged(where, why);
    return e;
}

Result<StoredExplanation> StoredExplanation::read(const QString& path)
{
    auto bytes = sealed::readFile<Header>(
        path, &expectedSize,
        [&](const QString& reason) {
            return Error::io(Text::tr("Cannot read the stored explanation %1: %2").arg(QDir::toNativeSeparators(path), reason));
        },
        [&](const QString& why) { return damaged(path, why); });
    if (!bytes)
        return bytes.error();
    return decode(*bytes, path);
}

Status StoredExplanation::write(const QString& path) const
{
    return writeFileAtomically(path, encode());
}

} // namespace grove
