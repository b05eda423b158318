#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace grove {

// A copy of a tree model's splits laid out for scoring many dense rows at once: each tree's
// children sit side by side, a leaf leads to itself, so every row takes the same number of
// steps through a tree without a branch that depends on its values, and rows are scored in
// blocks whose steps overlap. It scores as XGBoost's predictor does: the leaf values of the
// trees, in order, added in float to the base margin, then the objective's transformation.
//
// Only what it can score exactly as XGBoost does is compiled; for anything else compile()
// gives nothing and XGBoost scores the rows itself.
class ForestScorer
{
public:
    // From the model in XGBoost's JSON format; `iterations` 0 means every round. Nothing for a
    // model other than a gbtree of numeric splits (categorical splits, dart, gblinear, several
    // targets), an objective other than binary:logistic, reg:logistic, reg:squarederror and
    // multi:softprob, or trees deeper than kMaxDepth.
    static std::optional<ForestScorer> compile(const QByteArray& json, int iterations);

    static constexpr int kMaxDepth = 16;

    // Scores per row: 1, or the number of classes of a multiclass model.
    std::size_t outputs() const { return m_outputs; }
    // The columns a row must have (the model's features).
    std::size_t features() const { return m_features; }

    // Scores `rows` rows of `columns` floats each (row-major, NaN for a missing value;
    // `columns` at least features()) into `out` (rows × outputs()), on up to `threads` threads.
    void score(const float* values, std::size_t rows, std::size_t columns, float* out, int threads) const;

private:
    struct Node
    {
        std::uint32_t feature = 0;
        float threshold = 0; // NaN at a leaf: no value goes right of it
        std::uint32_t left = 0; // the right child is left + 1; a leaf's "left" is itself
        std::uint32_t missingGoesRight = 0;
    };
    struct Tree
    {
        std::uint32_t root = 0;
        std::uint32_t depth = 0;
        std::uint32_t group = 0;
    };
    enum class Transform { Identity, Sigmoid, Softmax };

    void scoreRange(const float* values, std::size_t first, std::size_t last, std::size_t columns, float* out) const;

    std::vector<Node> m_nodes;
    std::vector<float> m_leafValues; // per node; 0 for a split
    std::vector<Tree> m_trees;
    std::size_t m_outputs = 1;
    std::size_t m_features = 0;
    float m_baseMargin = 0;
    Transform m_transform = Transform::Identity;
};

} // namespace grove
