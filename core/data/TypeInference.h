#pragma once

#include "core/data/ColumnType.h"

#include <QString>
#include <QStringList>

namespace grove {

// What was seen in a column, on a sample (preview) or on all rows (profile).
struct ColumnObservation
{
    QString name;
    qint64 missing = 0;
    qint64 numbers = 0;        // cells that read as numbers
    qint64 others = 0;         // non-missing cells that do not
    qint64 distinct = 0;       // distinct non-missing values
    bool allIntegers = true;   // every number is a whole number
    bool leadingZeros = false; // some number is written like a code: "007", "01234"
    double meanLength = 0;     // mean length in bytes of the non-missing cells
    qint64 nonMissing() const { return numbers + others; }
};

// The type Grove proposes for a column. Numbers are numeric unless they look like codes
// (leading zeros) or identifiers (an id-like name and every value distinct); strings are
// categorical unless they look like identifiers or free text (mostly distinct, long, or more
// than 100,000 distinct values).
ColumnType inferColumnType(const ColumnObservation& observation);

// Machine-readable hints about a column, shown translated by hintDisplayText().
namespace hints {
inline constexpr auto TargetCandidate = "target_candidate";
inline constexpr auto CategoricalCandidate = "categorical_candidate";
inline constexpr auto Identifier = "identifier";
inline constexpr auto FreeText = "free_text";
inline constexpr auto Constant = "constant";
inline constexpr auto AllMissing = "all_missing";
inline constexpr auto MostlyMissing = "mostly_missing";
inline constexpr auto LeadingZeros = "leading_zeros";
} // namespace hints

QStringList columnHints(const ColumnObservation& observation, ColumnType type, qint64 rows);
QString hintDisplayText(const QString& hint);

bool looksLikeIdentifierName(const QString& name);
bool looksLikeTargetName(const QString& name);

// Index of the column most likely to be the prediction target, or -1: a column named like a
// target, else the last column that is not text and not constant.
struct TargetCandidateInput
{
    QString name;
    ColumnType type;
    qint64 distinct;
};
int pickTargetCandidate(const QList<TargetCandidateInput>& columns);

} // namespace grove
