#include "core/data/TextChecks.h"

#include <QFile>

#include <cstring>

namespace grove {

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

} // namespace grove
