#include "core/services/DriftReportFile.h"

#include "core/common/DurableFile.h"
#include "core/registry/Registry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DriftCheck)
};

QString reason(int error) { return qt_error_string(error); }

Error cannotKeep(const QString& folder, int error)
{
    Error e = Error::io(Text::tr("The drift report cannot be kept in %1: %2.").arg(QDir::toNativeSeparators(folder), reason(error)));
    e.file = folder;
    return e;
}

} // namespace

Result<QString> keepDriftReport(const QString& root, const QString& model, int version, const QDateTime& time,
                                const QByteArray& bytes)
{
    if (const QString problem = Registry::validateModelName(model); !problem.isEmpty())
        return Error::badInput(problem);
    const QString modelFolder = QDir(root).filePath(model);
    const QString folder = QDir(modelFolder).filePath(Registry::monitoringFolderName());
    // The registry folder may be a link (to a share); nothing below it is followed.
    Descriptor modelFd;
    if (const int error = openFolderBelow(root, {model}, modelFd); error != 0)
        return cannotKeep(folder, error);
    const QByteArray monitoring = QFile::encodeName(Registry::monitoringFolderName());
    if (::mkdirat(modelFd.get(), monitoring.constData(), 0777) != 0 && errno != EEXIST)
        return cannotKeep(folder, errno);
    const Descriptor folderFd(::openat(modelFd.get(), monitoring.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (folderFd.get() < 0) {
        const int error = errno;
        struct stat entry;
        if ((error == ELOOP || error == ENOTDIR) && ::fstatat(modelFd.get(), monitoring.constData(), &entry, AT_SYMLINK_NOFOLLOW) == 0 &&
            S_ISLNK(entry.st_mode)) {
            Error e = Error::io(Text::tr("The drift report cannot be kept in %1: it is a symbolic link, and Grove never "
                                         "writes through links in a registry. Put the folder itself in its place.")
                                    .arg(QDir::toNativeSeparators(folder)));
            e.file = folder;
            return e;
        }
        return cannotKeep(folder, error);
    }

    const QString stem = time.toUTC().toString(u"yyyyMMdd'T'HHmmss.zzz'Z'"_s) + u"-v%1"_s.arg(version);
    for (int attempt = 1; attempt <= 1000; ++attempt) {
        const QString name = stem + (attempt > 1 ? u"-%1"_s.arg(attempt) : QString()) + u".json"_s;
        const int error = createDurablyAt(folderFd.get(), name, bytes);
        if (error == 0)
            return QDir(folder).filePath(name);
        if (error != EEXIST)
            return cannotKeep(folder, error);
    }
    return cannotKeep(folder, EEXIST);
}

} // namespace grove
