#pragma once

#include "core/common/Result.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace grove {

// One past drift check of a model, as its report in REGISTRY/MODEL/monitoring/ tells it.
struct PastDriftCheck
{
    QString file; // the report's file name
    QDateTime time;
    int version = 0;
    QString input;
    qint64 rows = 0;
    bool alert = false;
    QMap<QString, double> featurePsi; // a PSI that did not exist (null) is left out
    std::optional<double> predictionPsi;
};

struct DriftHistory
{
    std::vector<PastDriftCheck> checks; // oldest first
    QStringList problems;               // reports that could not be read, each named
    int skipped = 0;                    // older reports left out beyond the limit
};

// The model's past drift checks, the newest `limit` of them. A registry is shared ground: a report
// that is a link, larger than kMaxReportBytes or not a report is left out and named in
// `problems`; a missing monitoring folder is an empty history.
inline constexpr qint64 kMaxReportBytes = qint64(16) << 20;
// One report from its bytes (`where` names it in messages); an error says why it is not one.
Result<PastDriftCheck> parseDriftReport(QByteArrayView bytes, const QString& where);
Result<DriftHistory> readDriftHistory(const QString& root, const QString& model, int limit = 500);

} // namespace grove
