#pragma once

// What the benchmark programs share: options, statistics, memory and JSON output.

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

namespace grove::bench {

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
