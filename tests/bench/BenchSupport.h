#pragma once

// What the benchmark programs share: options, statistics, memory and JSON output.

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <random>
#include <sys/resource.h>
#include <vector>

namespace grove::bench {

constexpr int kFeatures = 28;
constexpr quint64 kDefaultSeed = 20261122;

// Writes the header of a NumPy .npy file (format 1.0) for a C-ordered float32 matrix.
inline void writeNpyHeader(QFile& file, qint64 rows, int columns)
{
    QByteArray header = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + QByteArray::number(rows) + ", " +
                        QByteArray::number(columns) + "), }";
    // The magic, version and length take 10 bytes; the header ends with a newline and pads the
    // whole to a multiple of 64 bytes, as numpy writes it.
    while ((10 + header.size() + 1) % 64 != 0)
        header += ' ';
    header += '\n';
    const quint16 length = quint16(header.size());
    file.write("\x93NUMPY\x01\x00", 8);
    const char lengthBytes[2] = {char(length & 0xff), char(length >> 8)};
    file.write(lengthBytes, 2);
    file.write(header);
}

// The benchmark file: `rows` rows of kFeatures normally distributed floats (6 significant digits)
// and a 0/1 label, with a header f0,...,f27,label. The same seed gives the same bytes. With
// `npyPath`, the same table is also written as a float32 .npy matrix (the label last): each
// value is the text parsed as a double and rounded to float, as Grove and pandas read it.
inline int writeBenchmarkCsv(const QString& path, qint64 rows, quint64 seed = kDefaultSeed, const QString& npyPath = {})
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return 1;
    }
    QFile npy(npyPath);
    if (!npyPath.isEmpty()) {
        if (!npy.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(npyPath));
            return 1;
        }
        writeNpyHeader(npy, rows, kFeatures + 1);
    }
    QByteArray header;
    for (int f = 0; f < kFeatures; ++f)
        header += "f" + QByteArray::number(f) + ',';
    file.write(header + "label\n");
    std::mt19937_64 random(seed);
    std::normal_distribution<float> normal;
    std::vector<char> buffer(1 << 22);
    std::vector<float> values;
    std::size_t used = 0;
    for (qint64 r = 0; r < rows; ++r) {
        if (used + 512 > buffer.size()) {
            file.write(buffer.data(), qint64(used));
            used = 0;
        }
        if (values.size() + kFeatures + 1 > (1 << 20)) {
            npy.write(reinterpret_cast<const char*>(values.data()), qint64(values.size() * sizeof(float)));
            values.clear();
        }
        for (int f = 0; f < kFeatures; ++f) {
            char* const begin = buffer.data() + used;
            auto result = std::to_chars(begin, buffer.data() + buffer.size(), normal(random), std::chars_format::general, 6);
            if (npy.isOpen()) {
                double parsed = 0;
                std::from_chars(begin, result.ptr, parsed);
                values.push_back(float(parsed));
            }
            used = std::size_t(result.ptr - buffer.data());
            buffer[used++] = ',';
        }
        const int label = int(random() & 1);
        buffer[used++] = char('0' + label);
        buffer[used++] = '\n';
        if (npy.isOpen())
            values.push_back(float(label));
    }
    file.write(buffer.data(), qint64(used));
    if (npy.isOpen()) {
        npy.write(reinterpret_cast<const char*>(values.data()), qint64(values.size() * sizeof(float)));
        if (npy.error() != QFileDevice::NoError) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(npyPath));
            return 1;
        }
    }
    return file.error() == QFileDevice::NoError ? 0 : 1;
}

// Takes "NAME VALUE" out of `args`; `fallback` when it is not there.
inline QString takeOption(QStringList& args, const QString& name, const QString& fallback)
{
    const qsizetype at = args.indexOf(name);
    if (at < 0 || at + 1 >= args.size())
        return fallback;
    const QString value = args.at(at + 1);
    args.remove(at, 2);
    return value;
}

// The largest resident set of this process so far, in KiB.
inline qint64 peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// One JSON document on one line of standard output (what a parent process reads).
inline void printJson(const QJsonObject& object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
}

struct Stats
{
    double median = 0, min = 0, max = 0;
};

inline Stats stats(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    if (values.empty())
        return {};
    const std::size_t n = values.size();
    const double median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    return {median, values.front(), values.back()};
}

} // namespace grove::bench
