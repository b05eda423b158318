#include "core/model/HeldOutPredictions.h"

#include "core/common/AtomicFile.h"
#include "core/common/SealedFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

static_assert(std::endian::native == std::endian::little, "predictions files store little-endian values");

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HeldOutPredictions)
};

constexpr char kMagic[8] = {'G', 'R', 'V', 'P', 'R', 'E', 'D', '1'};
constexpr std::uint32_t kMaxOutputs = 100000;
constexpr std::uint32_t kMaxClassBytes = 64u << 20;

struct Header
{
    char magic[8];
    std::uint32_t task;
    std::uint32_t classBytes;
    std::uint64_t rows;
    std::uint32_t outputs;
    std::uint32_t reserved;
};
static_assert(sizeof(Header) == 32);

// The file's length for a header, or 0 when the header cannot be right.
std::uint64_t expectedSize(const Header& header)
{
    if (std::memcmp(header.magic, kMagic, sizeof kMagic) != 0 || header.task > 2 || header.outputs == 0 ||
        header.outputs > kMaxOutputs || header.classBytes > kMaxClassBytes || header.rows > 0xffffffffull ||
        header.reserved != 0)
        return 0;
    // At most 2^32 rows of at most 400,012 bytes: no overflow in 64 bits.
    return sizeof(Header) + header.classBytes + header.rows * (12 + 4 * std::uint64_t(header.outputs)) + sealed::kHashBytes;
}

Error damaged(const QString& where, const QString& why)
{
    return Error::io(Text::tr("The held-out predictions %1 are damaged: %2. Delete the file, and Grove reads them "
                              "again from the run's predictions.csv.")
                         .arg(QDir::toNativeSeparators(where), why));
}

} // namespace

bool HeldOutPredictions::crossValidated() const
{
    return std::any_of(folds.begin(), folds.end(), [](std::int32_t fold) { return fold >= 0; });
}

QString HeldOutPredictions::problem() const
{
    const std::size_t n = rows.size();
    if (folds.size() != n || labels.size() != n || scores.size() != n * outputs())
        return Text::tr("the parts have different numbers of rows");
    if (task == Task::Regression && !classes.isEmpty())
        return Text::tr("a regression has no classes");
    if (task == Task::Binary && classes.size() != 2)
        return Text::tr("a binary task has %1 classes instead of 2").arg(classes.size());
    if (task == Task::Multiclass && (classes.size() < 2 || std::size_t(classes.size()) > kMaxOutputs))
        return Text::tr("a multiclass task has %1 classes").arg(classes.size());
    for (std::size_t i = 0; i < scores.size(); ++i) {
        if (!std::isfinite(scores[i]))
            return Text::tr("row %1 has no score").arg(i / outputs() + 1);
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (folds[i] < -1)
            return Text::tr("row %1 has the fold %2").arg(i + 1).arg(folds[i]);
        if (task == Task::Regression) {
            if (!std::isfinite(labels[i]))
                return Text::tr("row %1 has no true value").arg(i + 1);
        } else if (!(labels[i] >= 0) || labels[i] >= float(classes.size()) || labels[i] != std::floor(labels[i])) {
            return Text::tr("row %1 has the class index %2, not one of the %3 classes").arg(i + 1).arg(labels[i]).arg(classes.size());
        }
    }
    return {};
}

QByteArray HeldOutPredictions::encode() const
{
    const QByteArray classText = QJsonDocument(QJsonArray::fromStringList(classes)).toJson(QJsonDocument::Compact);
    Header header{};
    std::memcpy(header.magic, kMagic, sizeof kMagic);
    header.task = std::uint32_t(task);
    header.classBytes = std::uint32_t(classText.size());
    header.rows = rows.size();
    header.outputs = std::uint32_t(outputs());
    QByteArray out;
    out.reserve(qsizetype(expectedSize(header)));
    out.append(reinterpret_cast<const char*>(&header), sizeof header);
    out.append(classText);
    sealed::append(out, rows);
    sealed::append(out, folds);
    sealed::append(out, labels);
    sealed::append(out, scores);
    sealed::seal(out);
    return out;
}

Result<HeldOutPredictions> HeldOutPredictions::decode(QByteArrayView bytes, const QString& where)
{
    Header header{};
    if (const QString why = sealed::check(bytes, header, &expectedSize); !why.isEmpty())
        return damaged(where, why);

    HeldOutPredictions p;
    p.task = Task(header.task);
    const char* at = bytes.data() + sizeof header;
    const QJsonDocument classText = QJsonDocument::fromJson(QByteArray(at, qsizetype(header.classBytes)));
    at += header.classBytes;
    const auto classes = classText.isArray() ? sealed::stringList(classText.array()) : std::nullopt;
    if (!classes)
        return damaged(where, Text::tr("its class labels cannot be read"));
    p.classes = *classes;
    if (header.outputs != p.outputs())
        return damaged(where, Text::tr("it has %1 scores a row for %2 classes").arg(header.outputs).arg(p.classes.size()));
    const std::size_t n = std::size_t(header.rows);
    sealed::take(at, p.rows, n);
    sealed::take(at, p.folds, n);
    sealed::take(at, p.labels, n);
    sealed::take(at, p.scores, n * header.outputs);
    if (const QString why = p.problem(); !why.isEmpty())
        return damaged(where, why);
    return p;
}

Result<HeldOutPredictions> HeldOutPredictions::read(const QString& path)
{
    auto bytes = sealed::readFile<Header>(
        path, &expectedSize,
        [&](const QString& reason) {
            return Error::io(Text::tr("Cannot read the held-out predictions %1: %2").arg(QDir::toNativeSeparators(path), reason));
        },
        [&](const QString& why) { return damaged(path, why); });
    if (!bytes)
        return bytes.error();
    return decode(*bytes, path);
}

Status HeldOutPredictions::write(const QString& path) const
{
    return writeFileAtomically(path, encode());
}

} // namespace grove
