#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <cstring>
#include <functional>
#include <optional>
#include <vector>

namespace grove::sealed {

// A binary file Grove writes once and reads as hostile input (a run's predictions.f32 and
// explanations.f32): a fixed-size header whose sizes give the file's exact length, the content,
// and the SHA-256 of everything before it at the end. Values are stored as the machine holds them
// (little-endian).

inline constexpr std::size_t kHashBytes = 32;

template <typename T> void append(QByteArray& out, const std::vector<T>& values)
{
    out.append(reinterpret_cast<const char*>(values.data()), qsizetype(values.size() * sizeof(T)));
}

// Takes `count` values at `at` (whose length the header check guaranteed) and moves past them.
template <typename T> void take(const char*& at, std::vector<T>& values, std::size_t count)
{
    values.resize(count);
    if (count > 0)
        std::memcpy(values.data(), at, count * sizeof(T));
    at += count * sizeof(T);
}

// The names a sealed file keeps as a JSON array of strings; empty when `value` is anything else.
std::optional<QStringList> stringList(const QJsonValue& value);

// Appends the SHA-256 of everything written so far.
void seal(QByteArray& out);

// Why a file of `size` bytes cannot have a header that describes `expected` bytes (0: a header
// that cannot be right); empty when it can.
QString lengthProblem(std::uint64_t expected, std::uint64_t size);

// Why `bytes` is not a sealed file whose header `expectedSize` accepts: too short, a header that
// does not match the length, or content that does not match its SHA-256. Empty when it is, with
// the header copied out.
template <typename Header>
QString check(QByteArrayView bytes, Header& header, std::uint64_t (*expectedSize)(const Header&));

// The file at `path`, whose header is checked against the file's length before the rest is read;
// `cannotRead` words an error opening it (with the system's reason), `damaged` a wrong length.
template <typename Header>
Result<QByteArray> readFile(const QString& path, std::uint64_t (*expectedSize)(const Header&),
                            const std::function<Error(const QString& reason)>& cannotRead,
                            const std::function<Error(const QString& why)>& damaged);

// The parts that do not depend on the header's type.
namespace detail {
QString tooShort(qsizetype size, std::size_t minimum);
QString hashProblem(QByteArrayView bytes);
// Opens the file; reads `headerBytes` into `header` when the file is long enough for them.
Result<QByteArray> readChecked(const QString& path, std::size_t headerBytes,
                               const std::function<std::uint64_t(const char* header)>& expectedSize,
                               const std::function<Error(const QString& reason)>& cannotRead,
                               const std::function<Error(const QString& why)>& damaged);
} // namespace detail

template <typename Header>
QString check(QByteArrayView bytes, Header& header, std::uint64_t (*expectedSize)(const Header&))
{
    if (const QString why = detail::tooShort(bytes.size(), sizeof header + kHashBytes); !why.isEmpty())
        return why;
    std::memcpy(&header, bytes.data(), sizeof header);
    if (const QString why = lengthProblem(expectedSize(header), std::uint64_t(bytes.size())); !why.isEmpty())
        return why;
    return detail::hashProblem(bytes);
}

template <typename Header>
Result<QByteArray> readFile(const QString& path, std::uint64_t (*expectedSize)(const Header&),
                            const std::function<Error(const QString& reason)>& cannotRead,
                            const std::function<Error(const QString& why)>& damaged)
{
    return detail::readChecked(
        path, sizeof(Header),
        [expectedSize](const char* bytes) {
            Header header;
            std::memcpy(&header, bytes, sizeof header);
            return expectedSize(header);
        },
        cannotRead, damaged);
}

} // namespace grove::sealed
