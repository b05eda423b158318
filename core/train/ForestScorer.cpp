#include "core/train/ForestScorer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <system_error>
#include <thread>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

// Numbers in XGBoost's JSON model are numbers or, in its parameters, strings ("5E-1"). A value
// that is not a finite number clears `ok` (which is never set again).
double number(const QJsonValue& value, bool& ok)
{
    double result = 0;
    bool good = true;
    if (value.isDouble())
        result = value.toDouble();
    else if (value.isString())
        result = value.toString().toDouble(&good);
    else if (value.isBool())
        result = value.toBool() ? 1 : 0;
    else
        good = false;
    ok = ok && good && std::isfinite(result);
    return result;
}

// A whole number in [0, limit), or -1 (clearing `ok`) for anything else.
qint64 index(const QJsonValue& value, double limit, bool& ok)
{
    const double x = number(value, ok);
    if (!(x >= 0 && x < limit && x == std::floor(x))) {
        ok = false;
        return -1;
    }
    return qint64(x);
}

constexpr std::size_t kBlock = 16; // rows stepped through a tree together

} // namespace

std::optional<ForestScorer> ForestScorer::compile(const QByteArray& json, int iterations)
{
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    // Scores as XGBoost 1.7 predicts; the JSON comes from the library in use, which writes its
    // own version into it. Another version may transform or add differently.
    const QJsonArray version = root.value(u"version"_s).toArray();
    if (version.size() < 2 || version[0].toInt(-1) != 1 || version[1].toInt(-1) != 7)
        return std::nullopt;
    const QJsonObject learner = root.value(u"learner"_s).toObject();
    const QJsonObject parameters = learner.value(u"learner_model_param"_s).toObject();
    const QJsonObject booster = learner.value(u"gradient_booster"_s).toObject();
    if (booster.value(u"name"_s).toString() != u"gbtree"_s)
        return std::nullopt;
    const QJsonObject model = booster.value(u"model"_s).toObject();
    const QJsonArray trees = model.value(u"trees"_s).toArray();
    const QJsonArray treeInfo = model.value(u"tree_info"_s).toArray();
    bool ok = true;
    const double baseScore = number(parameters.value(u"base_score"_s), ok);
    const qint64 classes = index(parameters.value(u"num_class"_s), 1e6, ok);
    const qint64 features = index(parameters.value(u"num_feature"_s), 1e7, ok);
    const qint64 targets = parameters.contains(u"num_target"_s) ? index(parameters.value(u"num_target"_s), 2, ok) : 1;
    const qint64 parallel = index(model.value(u"gbtree_model_param"_s).toObject().value(u"num_parallel_tree"_s), 1e6, ok);
    if (!ok || targets != 1 || features < 1 || parallel < 1 || treeInfo.size() != trees.size())
        return std::nullopt;

    ForestScorer scorer;
    scorer.m_outputs = classes >= 2 ? std::size_t(classes) : 1;
    scorer.m_features = std::size_t(features);
    const QString objective = learner.value(u"objective"_s).toObject().value(u"name"_s).toString();
    const auto base = float(baseScore);
    const bool oneOutput = scorer.m_outputs == 1;
    if (!oneOutput && objective != u"multi:softprob"_s)
        return std::nullopt; // classes for an objective that scores one value per row
    if (objective == u"binary:logistic"_s || objective == u"reg:logistic"_s) {
        if (!(base > 0.0f && base < 1.0f))
            return std::nullopt;
        scorer.m_transform = Transform::Sigmoid;
        scorer.m_baseMargin = -std::log(1.0f / base - 1.0f);
    } else if (objective == u"reg:squarederror"_s) {
        scorer.m_baseMargin = base;
    } else if (objective == u"multi:softprob"_s && scorer.m_outputs >= 2) {
        scorer.m_transform = Transform::Softmax;
        scorer.m_baseMargin = base;
    } else {
        return std::nullopt;
    }

    qsizetype treeCount = trees.size();
    if (iterations > 0) {
        const double wanted = double(iterations) * double(scorer.m_outputs) * double(parallel);
        if (wanted > double(treeCount))
            return std::nullopt; // more rounds than the model has: XGBoost refuses that
        treeCount = qsizetype(wanted);
    }
    for (qsizetype t = 0; t < treeCount; ++t) {
        const QJsonObject tree = trees[t].toObject();
        const QJsonArray left = tree.value(u"left_children"_s).toArray();
        const QJsonArray right = tree.value(u"right_children"_s).toArray();
        const QJsonArray splitIndex = tree.value(u"split_indices"_s).toArray();
        const QJsonArray condition = tree.value(u"split_conditions"_s).toArray();
        const QJsonArray defaultLeft = tree.value(u"default_left"_s).toArray();
        const QJsonArray splitType = tree.value(u"split_type"_s).toArray();
        const qsizetype nodes = left.size();
        if (nodes < 1 || right.size() != nodes || splitIndex.size() != nodes || condition.size() != nodes ||
            defaultLeft.size() != nodes || (!splitType.isEmpty() && splitType.size() != nodes))
            return std::nullopt;
        const qint64 group = index(treeInfo[t], double(scorer.m_outputs), ok);
        if (!ok)
            return std::nullopt;

        // Breadth first from the root: each split's children get two places side by side.
        const auto first = std::uint32_t(scorer.m_nodes.size());
        if (scorer.m_nodes.size() + std::size_t(nodes) >= std::numeric_limits<std::uint32_t>::max())
            return std::nullopt;
        std::vector<qint64> order{0};       // old index of each new node
        std::vector<std::uint32_t> depth{0}; // of each new node
        std::vector<char> seen(std::size_t(nodes), 0);
        seen[0] = 1;
        Tree compiled{first, 0, std::uint32_t(group)};
        for (std::size_t i = 0; i < order.size(); ++i) {
            const qint64 old = order[i];
            const qint64 l = left[old].toInteger(-2);
            Node node;
            float leafValue = 0;
            if (l == -1) {
                node.threshold = std::numeric_limits<float>::quiet_NaN();
                node.left = first + std::uint32_t(i);
                leafValue = float(number(condition[old], ok));
            } else {
                const qint64 r = right[old].toInteger(-2);
                const qint64 feature = index(splitIndex[old], double(features), ok);
                if (!splitType.isEmpty() && number(splitType[old], ok) != 0)
                    return std::nullopt; // a categorical split
                if (!ok || l < 0 || r < 0 || l >= nodes || r >= nodes || seen[std::size_t(l)] || seen[std::size_t(r)] ||
                    depth[i] >= std::uint32_t(kMaxDepth))
                    return std::nullopt;
                seen[std::size_t(l)] = seen[std::size_t(r)] = 1;
                node.feature = std::uint32_t(feature);
                node.threshold = float(number(condition[old], ok));
                node.left = first + std::uint32_t(order.size());
                node.missingGoesRight = number(defaultLeft[old], ok) == 0 ? 1 : 0;
                order.push_back(l);
                order.push_back(r);
                depth.push_back(depth[i] + 1);
                depth.push_back(depth[i] + 1);
                compiled.depth = std::max(compiled.depth, depth[i] + 1);
            }
            if (!ok)
                return std::nullopt;
            scorer.m_nodes.push_back(node);
            scorer.m_leafValues.push_back(leafValue);
        }
        scorer.m_trees.push_back(compiled);
    }
    return scorer;
}

void ForestScorer::score(const float* values, std::size_t rows, std::size_t columns, float* out, int threads) const
{
    const std::size_t parts = std::clamp<std::size_t>(std::size_t(std::max(threads, 1)), 1, std::max<std::size_t>(1, rows / 1024));
    std::vector<std::jthread> helpers; // joined when they go, also when starting one fails
    const std::size_t step = (rows + parts - 1) / parts;
    for (std::size_t p = 1; p < parts; ++p) {
        const std::size_t first = std::min(rows, p * step), last = std::min(rows, first + step);
        try {
            helpers.emplace_back([=, this] { scoreRange(values, first, last, columns, out); });
        } catch (const std::system_error&) { // no thread to be had: scored here
            scoreRange(values, first, last, columns, out);
        }
    }
    scoreRange(values, 0, std::min(rows, step), columns, out);
}

void ForestScorer::scoreRange(const float* values, std::size_t first, std::size_t last, std::size_t columns,
                              float* out) const
{
    const Node* const nodes = m_nodes.data();
    const float* const leaves = m_leafValues.data();
    std::vector<float> sums(kBlock * m_outputs);
    for (std::size_t start = first; start < last; start += kBlock) {
        const std::size_t count = std::min(kBlock, last - start);
        std::fill(sums.begin(), sums.end(), m_baseMargin);
        std::array<const float*, kBlock> row;
        for (std::size_t r = 0; r < kBlock; ++r)
            row[r] = values + (start + std::min(r, count - 1)) * columns; // a short block repeats its last row
        // Most blocks have no missing value; their steps need not ask.
        bool missing = false;
        for (std::size_t r = 0; r < count; ++r) {
            for (std::size_t c = 0; c < m_features; ++c)
                missing |= row[r][c] != row[r][c];
        }
        auto walk = [&]<bool kMissing>() {
            for (const Tree& tree : m_trees) {
                std::array<std::uint32_t, kBlock> at;
                at.fill(tree.root);
                for (std::uint32_t step = 0; step < tree.depth; ++step) {
                    for (std::size_t r = 0; r < kBlock; ++r) {
                        const Node& node = nodes[at[r]];
                        const float x = row[r][node.feature];
                        // XGBoost: left when x < threshold, the default side when x is missing.
                        std::uint32_t right = std::uint32_t(x >= node.threshold);
                        if constexpr (kMissing)
                            right |= std::uint32_t(x != x) & node.missingGoesRight;
                        at[r] = node.left + right;
                    }
                }
                for (std::size_t r = 0; r < kBlock; ++r)
                    sums[r * m_outputs + tree.group] += leaves[at[r]];
            }
        };
        if (missing)
            walk.template operator()<true>();
        else
            walk.template operator()<false>();
        for (std::size_t r = 0; r < count; ++r) {
            float* const result = out + (start + r) * m_outputs;
            const float* const margin = sums.data() + r * m_outputs;
            switch (m_transform) {
            case Transform::Identity:
                result[0] = margin[0];
                break;
            case Transform::Sigmoid:
                result[0] = 1.0f / (1.0f + std::exp(-margin[0]));
                break;
            case Transform::Softmax: {
                float highest = margin[0];
                for (std::size_t k = 1; k < m_outputs; ++k)
                    highest = std::max(highest, margin[k]);
                double total = 0;
                for (std::size_t k = 0; k < m_outputs; ++k) {
                    result[k] = std::exp(margin[k] - highest);
                    total += result[k];
                }
                for (std::size_t k = 0; k < m_outputs; ++k)
                    result[k] /= float(total);
                break;
            }
            }
        }
    }
}

} // namespace grove
