// Reference for the training benchmark: the plain libxgboost loop that Grove's training runs,
// with nothing around it. It reads a numeric CSV (features, then a 0/1 label in the last column)
// into row-major float buffers before any timing, then times what Grove's Trainer does for a
// hist run validated on a second dataset (core/train/Trainer.cpp, core/train/Xgboost.cpp):
//
//   matrices  XGQuantileDMatrixCreateFromCallback over batches of 16384 rows (NaN missing,
//             max_bin, nthread), feature names and types set on the proxy of each batch and on
//             the result; the validation matrix takes the training matrix as its reference
//   rounds    XGBoosterCreate over both matrices, the parameters in Grove's order
//             (TrainingPlan::boosterParameters), then per round XGBoosterUpdateOneIter and
//             XGBoosterEvalOneIter on train and valid
//
//   xgb_reference_train TRAIN.csv VALID.csv [--rounds N] [--max-depth D] [--threads T]
//                       [--max-bin B] [--eta E] [--seed S]
//
// Prints one JSON line: seconds per step, the last evaluation line and the peak RSS.

#include <xgboost/c_api.h>

#include <sys/resource.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstdint>
#include <fstream>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr std::size_t kBatchRows = 16384; // xgb::RowBatches' default
constexpr float kMissing = std::numeric_limits<float>::quiet_NaN();

[[noreturn]] void fail(const std::string& what)
{
    std::fprintf(stderr, "xgb_reference_train: %s\n", what.c_str());
    std::exit(1);
}

void check(int status, const char* what)
{
    if (status != 0)
        fail(std::string(what) + ": " + XGBGetLastError());
}

struct Table
{
    std::vector<std::string> names; // feature names (the header without the last column)
    std::vector<float> values;      // rows x features, row-major
    std::vector<float> labels;
    std::size_t rows = 0;
    std::size_t columns() const { return names.size(); }
};

float parseFloat(std::string_view field)
{
    while (!field.empty() && (field.front() == ' ' || field.front() == '"'))
        field.remove_prefix(1);
    while (!field.empty() && (field.back() == ' ' || field.back() == '"' || field.back() == '\r'))
        field.remove_suffix(1);
    if (field.empty())
        return kMissing;
    float value = 0;
    const auto result = std::from_chars(field.data(), field.data() + field.size(), value);
    if (result.ec != std::errc() || result.ptr != field.data() + field.size())
        return kMissing;
    return value;
}

// Line by line, so that the text of the file is never held whole: the peak RSS is that of the
// float tables and of XGBoost.
Table readCsv(const char* path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        fail(std::string("cannot read ") + path);
    auto stripCr = [](std::string& line) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
    };
    Table table;
    std::string line;
    if (!std::getline(in, line))
        fail(std::string(path) + " has no header line");
    stripCr(line);
    for (std::size_t start = 0;;) {
        const std::size_t comma = line.find(',', start);
        table.names.push_back(line.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    if (table.names.size() < 2)
        fail(std::string(path) + " needs at least one feature and the label");
    table.names.pop_back(); // the label
    const std::size_t columns = table.columns();
    // Count the lines first, so that the tables are allocated once at their size.
    {
        const std::streampos body = in.tellg();
        std::size_t lines = 0;
        std::vector<char> chunk(1 << 20);
        while (in.read(chunk.data(), std::streamsize(chunk.size())) || in.gcount() > 0)
            lines += std::size_t(std::count(chunk.data(), chunk.data() + in.gcount(), '\n'));
        in.clear();
        in.seekg(body);
        table.values.reserve((lines + 1) * columns);
        table.labels.reserve(lines + 1);
    }
    std::vector<float> row(columns + 1);
    while (std::getline(in, line)) {
        stripCr(line);
        if (line.empty())
            continue;
        const std::string_view view(line);
        std::size_t field = 0, start = 0;
        while (field <= columns) {
            const std::size_t comma = view.find(',', start);
            const std::size_t stop = comma == std::string_view::npos ? view.size() : comma;
            row[field++] = parseFloat(view.substr(start, stop - start));
            if (comma == std::string_view::npos)
                break;
            start = comma + 1;
        }
        if (field != columns + 1)
            fail(std::string(path) + ": a line with " + std::to_string(field) + " fields");
        table.values.insert(table.values.end(), row.begin(), row.begin() + std::ptrdiff_t(columns));
        table.labels.push_back(row[columns]);
        ++table.rows;
    }
    return table;
}

// The batches XGBoost pulls through the callbacks: consecutive slices of the row-major table.
struct Feed
{
    const Table* table;
    DMatrixHandle proxy;
    std::size_t position = 0;
    std::vector<const char*> names;
    std::vector<const char*> types;
};

void resetFeed(DataIterHandle handle) { static_cast<Feed*>(handle)->position = 0; }

int nextFeed(DataIterHandle handle)
{
    auto* feed = static_cast<Feed*>(handle);
    const Table& table = *feed->table;
    if (feed->position >= table.rows)
        return 0;
    const std::size_t rows = std::min(kBatchRows, table.rows - feed->position);
    const float* values = table.values.data() + feed->position * table.columns();
    const std::string array = "{\"data\": [" + std::to_string(reinterpret_cast<std::uintptr_t>(values)) +
                              ", true], \"shape\": [" + std::to_string(rows) + ", " + std::to_string(table.columns()) +
                              "], \"typestr\": \"<f4\", \"version\": 3}";
    check(XGProxyDMatrixSetDataDense(feed->proxy, array.c_str()), "XGProxyDMatrixSetDataDense");
    check(XGDMatrixSetFloatInfo(feed->proxy, "label", table.labels.data() + feed->position, bst_ulong(rows)),
          "XGDMatrixSetFloatInfo");
    check(XGDMatrixSetStrFeatureInfo(feed->proxy, "feature_name", feed->names.data(), bst_ulong(feed->names.size())),
          "feature_name");
    check(XGDMatrixSetStrFeatureInfo(feed->proxy, "feature_type", feed->types.data(), bst_ulong(feed->types.size())),
          "feature_type");
    feed->position += rows;
    return 1;
}

DMatrixHandle quantileMatrix(const Table& table, int maxBin, int threads, DMatrixHandle reference)
{
    DMatrixHandle proxy = nullptr;
    check(XGProxyDMatrixCreate(&proxy), "XGProxyDMatrixCreate");
    Feed feed{&table, proxy, 0, {}, {}};
    for (const std::string& name : table.names) {
        feed.names.push_back(name.c_str());
        feed.types.push_back("q");
    }
    const std::string config = "{\"missing\": NaN, \"nthread\": " + std::to_string(threads) +
                               ", \"max_bin\": " + std::to_string(maxBin) + "}";
    DMatrixHandle out = nullptr;
    check(XGQuantileDMatrixCreateFromCallback(&feed, proxy, reference, resetFeed, nextFeed, config.c_str(), &out),
          "XGQuantileDMatrixCreateFromCallback");
    check(XGDMatrixSetStrFeatureInfo(out, "feature_name", feed.names.data(), bst_ulong(feed.names.size())), "feature_name");
    check(XGDMatrixSetStrFeatureInfo(out, "feature_type", feed.types.data(), bst_ulong(feed.types.size())), "feature_type");
    XGDMatrixFree(proxy);
    return out;
}

// Grove's spelling of numbers in parameters: QString::number(v, 'g', 17).
std::string number(double value)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.17g", value);
    return text;
}

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::string jsonString(const std::string& text)
{
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\')
            out += '\\', out += c;
        else if (c == '\t')
            out += "\\t";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out + '"';
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::fputs("usage: xgb_reference_train TRAIN.csv VALID.csv [--rounds N] [--max-depth D] [--threads T]\n"
                   "                           [--max-bin B] [--eta E] [--seed S]\n",
                   stderr);
        return 2;
    }
    int rounds = 100, maxDepth = 6, threads = 2, maxBin = 256;
    double eta = 0.3;
    unsigned long long seed = 0;
    for (int i = 3; i + 1 < argc; i += 2) {
        const std::string_view option = argv[i];
        const char* value = argv[i + 1];
        if (option == "--rounds")
            rounds = std::atoi(value);
        else if (option == "--max-depth")
            maxDepth = std::atoi(value);
        else if (option == "--threads")
            threads = std::atoi(value);
        else if (option == "--max-bin")
            maxBin = std::atoi(value);
        else if (option == "--eta")
            eta = std::atof(value);
        else if (option == "--seed")
            seed = std::strtoull(value, nullptr, 10);
        else
            fail("unknown option " + std::string(option));
    }
    if (rounds < 1 || threads < 1 || maxBin < 2)
        fail("bad options");

    const auto readStart = std::chrono::steady_clock::now();
    const Table train = readCsv(argv[1]);
    const Table valid = readCsv(argv[2]);
    if (train.names != valid.names)
        fail("the two files have different columns");
    const double readSeconds = secondsSince(readStart);

    // Grove's Xgboost.cpp installs a log callback before its first call; so does this.
    XGBRegisterLogCallback([](const char* message) { std::fprintf(stderr, "%s\n", message); });

    const auto start = std::chrono::steady_clock::now();
    DMatrixHandle dtrain = quantileMatrix(train, maxBin, threads, nullptr);
    DMatrixHandle dvalid = quantileMatrix(valid, maxBin, threads, dtrain);
    const double matrixSeconds = secondsSince(start);

    const auto roundsStart = std::chrono::steady_clock::now();
    DMatrixHandle matrices[] = {dtrain, dvalid};
    const char* names[] = {"train", "valid"};
    BoosterHandle booster = nullptr;
    check(XGBoosterCreate(matrices, 2, &booster), "XGBoosterCreate");
    // TrainingPlan::boosterParameters() for a binary task with the defaults of RunConfig.
    const std::pair<const char*, std::string> parameters[] = {
        {"objective", "binary:logistic"},
        {"tree_method", "hist"},
        {"eta", number(eta)},
        {"max_depth", std::to_string(maxDepth)},
        {"min_child_weight", number(1)},
        {"subsample", number(1)},
        {"colsample_bytree", number(1)},
        {"lambda", number(1)},
        {"alpha", number(0)},
        {"gamma", number(0)},
        {"max_bin", std::to_string(maxBin)},
        {"nthread", std::to_string(threads)},
        {"seed", std::to_string(seed)},
        {"eval_metric", "logloss"},
        {"eval_metric", "error"},
        {"eval_metric", "auc"},
    };
    for (const auto& [key, value] : parameters)
        check(XGBoosterSetParam(booster, key, value.c_str()), key);
    std::string last;
    for (int round = 0; round < rounds; ++round) {
        check(XGBoosterUpdateOneIter(booster, round, dtrain), "XGBoosterUpdateOneIter");
        const char* evaluation = nullptr;
        check(XGBoosterEvalOneIter(booster, round, matrices, names, 2, &evaluation), "XGBoosterEvalOneIter");
        last = evaluation;
    }
    const double roundSeconds = secondsSince(roundsStart);
    const double totalSeconds = secondsSince(start);

    XGBoosterFree(booster);
    XGDMatrixFree(dvalid);
    XGDMatrixFree(dtrain);

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("{\"read_seconds\": %.6f, \"matrix_seconds\": %.6f, \"round_seconds\": %.6f, \"seconds\": %.6f, "
                "\"train_rows\": %zu, \"valid_rows\": %zu, \"features\": %zu, \"rounds\": %d, \"last_evaluation\": %s, "
                "\"peak_rss_kb\": %ld}\n",
                readSeconds, matrixSeconds, roundSeconds, totalSeconds, train.rows, valid.rows, train.columns(), rounds,
                jsonString(last).c_str(), usage.ru_maxrss);
    return 0;
}
