#pragma once

#include "core/common/Result.h"
#include "core/store/RunStore.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

namespace grove {

// A value of a run by key, as filters and sorting see it:
//   valid.auc, train.logloss, ...   final metric on a split (valid_std / train_std for k-fold)
//   best.valid.auc                  the metric at the best iteration
//   params.max_depth, params.eta    an XGBoost parameter of the configuration (also extra ones)
//   id, status, experiment, dataset, target, task, rounds, duration, best_iteration,
//   created, started, user, host, threads, seed, note
// An absent value is a null QVariant (the run has no such metric or parameter).
QVariant runValue(const RunRecord& run, const QString& key);
// The metric that decides early stopping (the last one evaluated) and its final value: on the
// validation data when the run has any, else on the training data.
struct RunKeyMetric
{
    QString split;
    QString metric;
    std::optional<double> value;
};
RunKeyMetric runKeyMetric(const RunRecord& run);

// Whether `key` names something runValue() understands (unknown metric and parameter names are
// fine: runs differ in those), and if not, why.
QString checkRunKey(const QString& key);

// A parsed filter expression:
//   valid.auc > 0.9 and params.max_depth <= 6
//   status = finished or status = running
//   not dataset ~ churn            (~ : contains, case-insensitive)
//   tag:baseline                   (a tag of the run)
//   churn                          (free text: any of id, experiment, dataset, target, status, tags, note)
// Comparisons: = == != < <= > >= ~. Values: numbers, words, or "quoted text". `and` binds more
// tightly than `or`; parentheses group.
class RunFilter
{
public:
    struct Node;

    // A syntax error says what is wrong and where: `position` is the offending token's offset in
    // the text (0-based) and `length` its length, for underlining it.
    struct SyntaxError
    {
        QString message;
        qsizetype position = 0;
        qsizetype length = 0;
    };

    static Result<RunFilter> parse(const QString& text, SyntaxError* syntaxError = nullptr);

    RunFilter();
    ~RunFilter();
    RunFilter(RunFilter&&) noexcept;
    RunFilter& operator=(RunFilter&&) noexcept;

    bool isEmpty() const { return !m_root; }
    bool matches(const RunRecord& run) const;

private:
    std::unique_ptr<Node> m_root;
};

// Sorts by a key as in runValue(); "-key" sorts descending. Runs without the value go last.
Status sortRuns(QList<RunRecord>& runs, const QString& sortKey);

} // namespace grove
