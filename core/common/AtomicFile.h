#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

class QFileDevice;

namespace grove {

// Writes `bytes` to `path` through a temporary file that replaces it only once complete, so a
// reader never sees half a file. A failure names the path and the system's reason ("No space
// left on device"), and leaves the previous file as it was.
Status writeFileAtomically(const QString& path, const QByteArray& bytes);

// Why an operation on `file` failed, in the system's words: Qt's error string, or errno's text
// where Qt has only "Unknown error".
QString fileErrorReason(const QFileDevice& file, int savedErrno);

} // namespace grove
