#include "core/data/TextChecks.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cstring>

using namespace Qt::StringLiterals;

namespace grove {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::TextChecks)
};
} // namespace

qint64 readBlockBytes()
{
    constexpr qint64 kDefault = qint64(4) << 20;
    bool ok = false;
    const qint64 value = qEnvironmentVariable("GROVE_READ_BLOCK_BYTES").toLongLong(&ok);
    return ok && value > 0 && value <= kDefault ? value : kDefault;
}

namespace {

template <bool kStopAtNul>
std::optional<std::size_t> findBadByte(const char* data, std::size_t size)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(data);
    std::size_t i = 0;
    while (i < size) {
        // Skip ASCII (without NUL, if asked) eight bytes at a time.
        while (i + 8 <= size) {
            std::uint64_t word;
            std::memcpy(&word, bytes + i, 8);
            std::uint64_t stop = word;
            if constexpr (kStopAtNul)
                stop |= (word - 0x0101010101010101ULL) & ~word; // high bit set where a byte is 0
            if (stop & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        const unsigned char c = bytes[i];
        if (kStopAtNul && c == 0)
            return i;
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = 0;
        std::uint32_t minimum = 0;
        std::uint32_t codePoint = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            minimum = 0x80;
            codePoint = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            minimum = 0x800;
            codePoint = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            minimum = 0x10000;
            codePoint = c & 0x07;
        } else {
            return i; // stray continuation byte, overlong lead byte or invalid byte
        }
        if (i + length > size)
            return i;
        for (std::size_t k = 1; k < length; ++k) {
            const unsigned char next = bytes[i + k];
            if ((next & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        if (codePoint < minimum || codePoint > 0x10FFFF ||
            (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return i;
        i += length;
    }
    return std::nullopt;
}

} // namespace

std::optional<std::size_t> findInvalidUtf8(const char* data, std::size_t size)
{
    return findBadByte<false>(data, size);
}

std::optional<std::size_t> findNulOrInvalidUtf8(const char* data, std::size_t size)
{
    return findBadByte<true>(data, size);
}

TextPosition locateOffset(const QString& path, qint64 offset)
{
    TextPosition position{1, 1};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    qint64 consumed = 0;
    QByteArray buffer;
    while (consumed < offset) {
        buffer = file.read(std::min<qint64>(1 << 20, offset - consumed));
        if (buffer.isEmpty())
            break;
        // A byte order mark is invisible in an editor: it is not a column.
        const qsizetype from = consumed == 0 && buffer.startsWith("\xEF\xBB\xBF") ? 3 : 0;
        for (qsizetype i = from; i < buffer.size(); ++i) {
            const auto c = static_cast<unsigned char>(buffer[i]);
            if (c == '\n') {
                ++position.line;
                position.column = 1;
            } else if ((c & 0xC0) != 0x80) {
                ++position.column; // count characters, not continuation bytes
            }
        }
        consumed += buffer.size();
    }
    return position;
}

Result<QJsonObject> readJsonObjectFile(const QString& path, const QString& cannotRead)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(cannotRead.arg(path, file.errorString()));
    constexpr qint64 kMaxBytes = 16 * 1024 * 1024;
    if (file.size() > kMaxBytes)
        return Error::badInput(Text::tr("%1 is %2 MB: a settings file of more than 16 MB is not read.")
                                   .arg(path).arg(file.size() / (1024 * 1024)));
    const QByteArray bytes = file.read(kMaxBytes + 1);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        // Where, and the field it is in when the mistake is a value (such as 1e999, too large
        // for a number): the last "key": before it.
        const TextPosition position = locateOffset(path, error.offset);
        static const QRegularExpression lastKey(u"\"((?:[^\"\\\\]|\\\\.)*)\"\\s*:\\s*[^\\s,:{}\\[\\]\"]*$"_s);
        const QRegularExpressionMatch key = lastKey.match(QString::fromUtf8(bytes.left(error.offset).right(200)));
        const QString where = Text::tr("%1, line %2, column %3").arg(path).arg(position.line).arg(position.column);
        return Error::badInput(key.hasMatch() ? Text::tr("%1: %2 in the value of \"%3\".").arg(where, error.errorString(), key.captured(1))
                                              : Text::tr("%1: %2.").arg(where, error.errorString()));
    }
    if (!document.isObject())
        return Error::badInput(Text::tr("%1 is not a JSON object.").arg(path));
    return document.object();
}

} // namespace grove
