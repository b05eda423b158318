#include "core/common/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <cerrno>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::AtomicFile)
};

} // namespace

QString fileErrorReason(const QFileDevice& file, int savedErrno)
{
    const QString reason = file.errorString();
    if (savedErrno != 0 && (reason.isEmpty() || reason == u"Unknown error"_s))
        return qt_error_string(savedErrno);
    return reason;
}

Status writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    errno = 0;
    bool ok = file.open(QIODevice::WriteOnly);
    ok = ok && file.write(bytes) == bytes.size();
    ok = ok && file.commit();
    if (ok)
        return {};
    const int savedErrno = errno;
    file.cancelWriting();
    return Error::io(Text::tr("Cannot write %1: %2. Check the free disk space and the permissions of "
                              "the folder, then try again.")
                         .arg(QDir::toNativeSeparators(path), fileErrorReason(file, savedErrno)));
}

} // namespace grove
