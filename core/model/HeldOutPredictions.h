#pragma once

#include "core/common/Result.h"
#include "core/model/RunConfig.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace grove {

// A run's held-out predictions: every row the model did not train on, scored once when the
// training ends (out-of-fold rows, each by the fold's model, for cross-validation). What every
// evaluation of the run reads. Stored next to the model as `predictions.f32`
// (docs/run-files-format.md): float32 scores, written once, with a SHA-256 of its content.
struct HeldOutPredictions
{
    Task task = Task::Binary;
    QStringList classes;             // class labels in class-index order; empty for regression
    std::vector<std::uint32_t> rows; // the dataset row each prediction belongs to (0-based)
    std::vector<std::int32_t> folds; // the fold that scored it (0-based); -1 without folds
    std::vector<float> labels;       // the true class index, or the true value for regression
    // rows × outputs(): the probability of the second class (binary), of each class
    // (multiclass), or the predicted value (regression).
    std::vector<float> scores;

    std::size_t size() const { return rows.size(); }
    std::size_t outputs() const { return task == Task::Multiclass ? std::size_t(classes.size()) : 1; }
    bool crossValidated() const;

    // Whether the parts agree with each other (sizes, label range, class count); empty when so.
    QString problem() const;

    QByteArray encode() const;
    // Reads what encode() wrote. Anything else (another file, a damaged or truncated one, a
    // header that does not match the length) is refused with what is wrong and `where` it is.
    static Result<HeldOutPredictions> decode(QByteArrayView bytes, const QString& where);
    // Reads the file at `path`, checking the header's sizes against the file's before reading
    // the rest: a file on disk is not trusted.
    static Result<HeldOutPredictions> read(const QString& path);
    Status write(const QString& path) const; // atomically
};

} // namespace grove
