#pragma once

#include "core/evaluate/Drift.h"
#include "core/evaluate/DriftReference.h"
#include "core/services/DriftHistory.h"

#include <QColor>
#include <QString>
#include <QStringList>
#include <vector>

namespace grove {

class FigurePlot;

inline const QColor kDriftReferenceColor(0x4c, 0x72, 0xb0);
inline const QColor kDriftNewColor(0xdd, 0x84, 0x52);
// The PSI history: the selected feature, the others, the scores.
inline const QColor kDriftSelectedColor(0xc4, 0x3c, 0x39);
inline const QColor kDriftOtherColor(0x9a, 0x9a, 0x9a, 150);
inline const QColor kDriftScoreColor(0x55, 0x3f, 0x8c);

// The bins of a numeric reference, named by their edges: "≤ 0.31", "0.31 – 0.77", …, "> 2.1",
// with as many digits as it takes to tell neighbouring edges apart.
QStringList numericBinLabels(const NumericReference& reference);

// A distribution against its reference, bin by bin: the reference's share of each bin and the
// new data's (empty when the new data had no values), both as fractions.
struct BinShares
{
    QStringList labels;
    std::vector<double> reference, current;
};

// A feature's bins: a numeric feature's quantile bins, or a categorical feature's categories and
// "other". Beyond kMaxCategoryBins categories the ones with the smallest shares on both sides are
// counted with "other", so that the chart stays readable.
inline constexpr int kMaxCategoryBins = 12;
BinShares featureBins(const FeatureReference& reference, const FeatureDrift& drift);
BinShares scoreBins(const NumericReference& reference, const DistributionDrift& drift);

// The two distributions as bars side by side in each bin (percent of rows), the reference's first.
void showBins(FigurePlot* plot, const BinShares& bins, const QString& title);

// Each feature's PSI over a model's past checks (x: the check, oldest first; y: PSI): `selected`
// drawn in colour with a point per check, the other features in grey, the scores' PSI dashed,
// and the threshold as a dashed level.
void showPsiHistory(FigurePlot* plot, const DriftHistory& history, const QString& selected,
                    double threshold);

} // namespace grove
