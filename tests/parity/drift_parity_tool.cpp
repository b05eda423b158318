// Builds a drift reference from JSON columns and computes the drift of other columns against it,
// for tests/parity/drift_parity.py. Input (a file): {"bins", "sample_size", "reference": DATA,
// "current": DATA}, DATA being {"columns": [{"name", "numbers": [x or null]} or {"name",
// "categories": [...], "codes": [...]}], "scores": [...]}. Prints {"reference": the profile as
// stored, "drift": the report}. Exit status 1 with a message on stderr when anything fails.
#include "core/evaluate/Drift.h"
#include "core/evaluate/DriftReference.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <limits>
#include <list>

using namespace Qt::StringLiterals;
using namespace grove;

namespace {

// The columns of DATA, and the storage their views point into.
struct Data
{
    std::list<std::vector<float>> numbers;
    std::list<std::vector<std::uint32_t>> codes;
    std::vector<DriftColumn> columns;
    std::vector<float> scores;
};

std::vector<float> floats(const QJsonArray& array)
{
    std::vector<float> out;
    out.reserve(std::size_t(array.size()));
    for (const QJsonValue& v : array)
        out.push_back(v.isDouble() ? float(v.toDouble()) : std::numeric_limits<float>::quiet_NaN());
    return out;
}

void read(const QJsonObject& json, Data& data)
{
    for (const QJsonValue& value : json.value(u"columns"_s).toArray()) {
        const QJsonObject object = value.toObject();
        DriftColumn column;
        column.name = object.value(u"name"_s).toString();
        if (object.contains(u"categories"_s)) {
            column.categorical = true;
            for (const QJsonValue& c : object.value(u"categories"_s).toArray())
                column.categories << c.toString();
            std::vector<std::uint32_t>& codes = data.codes.emplace_back();
            for (const QJsonValue& c : object.value(u"codes"_s).toArray())
                codes.push_back(c.isDouble() ? std::uint32_t(c.toInteger()) : 0xFFFFFFFFu);
            column.codes = codes;
        } else {
            column.numbers = data.numbers.emplace_back(floats(object.value(u"numbers"_s).toArray()));
        }
        data.columns.push_back(column);
    }
    data.scores = floats(json.value(u"scores"_s).toArray());
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: drift_parity_tool INPUT.json\n");
        return 1;
    }
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", argv[1]);
        return 1;
    }
    const QJsonObject input = QJsonDocument::fromJson(file.readAll()).object();
    Data reference, current;
    read(input.value(u"reference"_s).toObject(), reference);
    read(input.value(u"current"_s).toObject(), current);
    ReferenceOptions options;
    options.bins = input.value(u"bins"_s).toInt(10);
    options.sampleSize = std::size_t(input.value(u"sample_size"_s).toInteger(10000));
    auto profile = buildReference(reference.columns, reference.scores, options);
    if (!profile) {
        std::fprintf(stderr, "%s\n", qPrintable(profile.error().message));
        return 1;
    }
    // What a later run reads: the profile as stored, parsed back.
    const QByteArray stored = QJsonDocument(profile->toJson()).toJson(QJsonDocument::Compact);
    auto parsed = ReferenceProfile::parse(stored, u"reference.json"_s);
    if (!parsed) {
        std::fprintf(stderr, "%s\n", qPrintable(parsed.error().message));
        return 1;
    }
    auto report = computeDrift(*parsed, current.columns, current.scores);
    if (!report) {
        std::fprintf(stderr, "%s\n", qPrintable(report.error().message));
        return 1;
    }
    const QJsonObject output{{u"reference"_s, parsed->toJson()}, {u"drift"_s, report->toJson()}};
    const QByteArray text = QJsonDocument(output).toJson(QJsonDocument::Compact);
    std::fwrite(text.constData(), 1, std::size_t(text.size()), stdout);
    return 0;
}
