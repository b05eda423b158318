#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace grove {

// Keeps one drift check's report as a new file in <root>/<model>/monitoring/ (the folder is made
// when needed): named by the UTC time and the version (20261207T101500.123Z-v3.json, with -2,
// -3... when the name is taken), written and synced under a temporary name and then linked to its
// name, which never replaces a file: reports are only ever added. Nothing below the registry
// folder is followed through a link. Returns the report's path.
Result<QString> keepDriftReport(const QString& root, const QString& model, int version, const QDateTime& time,
                                const QByteArray& bytes);

} // namespace grove
