#include "core/common/SealedFile.h"

#include "core/common/AtomicFile.h"
#include "core/common/Sha256.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

#include <cerrno>

namespace grove::sealed {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SealedFile)
};

} // namespace

std::optional<QStringList> stringList(const QJsonValue& value)
{
    if (!value.isArray())
        return std::nullopt;
    QStringList list;
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isString())
            return std::nullopt;
        list << item.toString();
    }
    return list;
}

void seal(QByteArray& out)
{
    out.append(Sha256::hash(out));
}

QString lengthProblem(std::uint64_t expected, std::uint64_t size)
{
    if (expected == 0)
        return Text::tr("it does not start with a header Grove can read");
    if (expected != size)
        return Text::tr("its header describes %1 bytes, the file has %2").arg(expected).arg(size);
    return {};
}

namespace detail {

QString tooShort(qsizetype size, std::size_t minimum)
{
    if (size >= 0 && std::size_t(size) >= minimum)
        return {};
    return Text::tr("the file is too short (%n byte(s))", nullptr, int(size));
}

QString hashProblem(QByteArrayView bytes)
{
    if (Sha256::hash(bytes.first(bytes.size() - qsizetype(kHashBytes))) != bytes.last(qsizetype(kHashBytes)).toByteArray())
        return Text::tr("its content does not match its SHA-256");
    return {};
}

Result<QByteArray> readChecked(const QString& path, std::size_t headerBytes,
                               const std::function<std::uint64_t(const char* header)>& expectedSize,
                               const std::function<Error(const QString& reason)>& cannotRead,
                               const std::function<Error(const QString& why)>& damaged)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const int saved = errno;
        return cannotRead(fileErrorReason(file, saved));
    }
    // The header first: its sizes must match the file's length before the rest is read.
    if (file.size() >= qint64(headerBytes + kHashBytes)) {
        const QByteArray header = file.read(qint64(headerBytes));
        if (header.size() == qsizetype(headerBytes)) {
            if (const QString why = lengthProblem(expectedSize(header.constData()), std::uint64_t(file.size()));
                !why.isEmpty())
                return damaged(why);
        }
    }
    file.seek(0);
    return file.readAll();
}

} // namespace detail
} // namespace grove::sealed
