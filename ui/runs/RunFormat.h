#pragma once

#include <QString>

namespace grove::RunFormat {

// "train" → "training", "valid" → "validation", others as they are; translated.
QString splitName(const QString& split);
// A metric value with the digits that tell runs apart (6 significant).
QString metric(double value);
QString percent(double fraction);
// "0.4 s", "42 s", "3 min 05 s", "2 h 07 min".
QString duration(double seconds);

} // namespace grove::RunFormat
