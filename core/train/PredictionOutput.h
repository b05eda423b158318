#pragma once

#include "core/common/Result.h"

#include <QFile>
#include <QSaveFile>
#include <QString>

namespace grove {

// Where predictFile() writes. A new or regular file is replaced whole once everything is written
// (QSaveFile), so that a cancelled or failed run leaves the file as it was. A device or a pipe
// (/dev/null, /dev/stdout, a FIFO), and any path under /dev or /proc, is written to as it is and
// never replaced by a file. The file being scored is never the output.
class PredictionOutput
{
public:
    Status open(const QString& path, const QString& inputPath);
    void write(const QByteArray& bytes);
    void cancel();
    Status finish();

private:
    Error failed() const;

    QString m_path;
    QSaveFile m_save;
    QFile m_direct;
    QFileDevice* m_file = nullptr;
    bool m_writeFailed = false;
};

} // namespace grove
