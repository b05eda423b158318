#pragma once

#include <QByteArray>
#include <QCryptographicHash>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>

namespace grove {

// SHA-256 with the x86 SHA extensions when the CPU has them (about 10x faster than
// QCryptographicHash on the machines Grove targets, which matters when hashing a dataset of
// hundreds of megabytes during import), and QCryptographicHash otherwise. Both give the same
// digest; tests check one against the other.
class Sha256
{
public:
    Sha256();

    void addData(const void* data, std::size_t size);
    void addData(QByteArrayView data) { addData(data.data(), std::size_t(data.size())); }
    QByteArray result(); // 32 raw bytes; the object must not be used afterwards

    static QByteArray hash(QByteArrayView data);
    static bool hardwareAccelerated();

private:
    void compress(const std::uint8_t* blocks, std::size_t count);

    std::array<std::uint32_t, 8> m_state;
    std::array<std::uint8_t, 64> m_buffer{};
    std::size_t m_buffered = 0;
    std::uint64_t m_total = 0;
    std::optional<QCryptographicHash> m_fallback;
};

} // namespace grove
