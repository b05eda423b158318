#pragma once

// Small helpers shared by the tests.

#include <QByteArray>
#include <QFile>
#include <QString>

namespace grove::test {

// Writes `content` to `path` (replacing it) and returns the path; an empty path on failure.
inline QString writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        return {};
    return path;
}

} // namespace grove::test
