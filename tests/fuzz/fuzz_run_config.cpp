// A run configuration from a JSON file (what `grove-cli train --config FILE.json` reads), then
// planned against a small dataset the way a run is checked before it is recorded (without
// XGBoost's dry run). Any input must give a configuration or an error, never a crash; and:
// - a configuration read back from the JSON it writes is the same configuration;
// - a configuration that was read passes check(), so no NaN, infinity or control character
//   reaches XGBoost or the workspace;
// - a plan built from it hands XGBoost only finite numbers.
#include "core/common/JobControl.h"
#include "core/data/Snapshot.h"
#include "core/data/TableSummary.h"
#include "core/train/TrainingPlan.h"

#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>
#include <optional>

using namespace grove;

namespace {

// 40 rows: two numbers, a category, a binary and a three-class target, and a number to regress.
ParsedTable makeTable()
{
    ParsedTable table;
    table.rows = 40;
    auto numeric = [&](const char* name, auto value) {
        ParsedColumn column;
        column.name = QString::fromLatin1(name);
        std::vector<float> values;
        for (int r = 0; r < table.rows; ++r)
            values.push_back(float(value(r)));
        column.numbers.push_back(std::move(values));
        table.columns.push_back(std::move(column));
    };
    auto categorical = [&](const char* name, auto value) {
        ParsedColumn column;
        column.name = QString::fromLatin1(name);
        column.numeric = false;
        column.type = ColumnType::Categorical;
        std::vector<std::uint32_t> codes;
        for (int r = 0; r < table.rows; ++r)
            codes.push_back(column.dictionary.intern(value(r)));
        column.codes.push_back(std::move(codes));
        table.columns.push_back(std::move(column));
    };
    numeric("x", [](int r) { return r * 0.5; });
    numeric("y", [](int r) { return (r * 7) % 11; });
    categorical("plan", [](int r) { return r % 3 == 0 ? "basic" : (r % 3 == 1 ? "standard" : "premium"); });
    numeric("label", [](int r) { return r % 2; });
    categorical("kind", [](int r) { return r % 3 == 0 ? "a" : (r % 3 == 1 ? "b" : "c"); });
    numeric("amount", [](int r) { return r * 1.25 - 3; });
    return table;
}

struct Dataset
{
    DatasetRecord record;
    std::optional<Snapshot> snapshot;
};

// Written once into a temporary folder that is gone again before the first input: the open
// snapshot keeps its mapping.
const Dataset& dataset()
{
    static const Dataset data = [] {
        Dataset d;
        ParsedTable table = makeTable();
        JobControl control;
        auto summary = summarizeTable(table, 1, ProgressSlice(control, 0, 1, {}));
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("fuzz.gds"));
        if (!summary || !directory.isValid() || !writeSnapshot(table, *summary, path))
            std::abort();
        auto snapshot = Snapshot::open(path);
        if (!snapshot)
            std::abort();
        d.snapshot = std::move(*snapshot);
        d.record.id = 1;
        d.record.name = QStringLiteral("fuzz");
        d.record.contentHash = d.snapshot->contentHash();
        d.record.rows = d.snapshot->rows();
        d.record.columns = d.snapshot->columnCount();
        return d;
    }();
    return data;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const Dataset& d = dataset();
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (!document.isObject())
        return 0;
    const auto config = RunConfig::fromJson(document.object());
    if (!config) {
        if (config.error().message.isEmpty())
            std::abort();
        return 0;
    }
    if (!config->check())
        std::abort();
    const QJsonObject json = config->toJson();
    const auto again = RunConfig::fromJson(json);
    if (!again || again->toJson() != json)
        std::abort();

    std::optional<std::pair<DatasetRecord, Snapshot>> validation;
    if (config->validation.kind == ValidationKind::Dataset && !config->validation.dataset.trimmed().isEmpty())
        validation.emplace(d.record, *d.snapshot);
    const auto plan = planTraining(*config, d.record, *d.snapshot, validation);
    if (!plan)
        return plan.error().message.isEmpty() ? (std::abort(), 0) : 0;
    for (const auto& [name, value] : plan->boosterParameters()) {
        double number = 0;
        if (readNumber(value, number) == NumberText::NonFinite)
            std::abort();
    }
    if (plan->trainRows.empty())
        std::abort();
    return 0;
}
