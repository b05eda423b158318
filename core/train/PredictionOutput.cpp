#include "core/train/PredictionOutput.h"

#include "core/common/DurableFile.h"

#include <QCoreApplication>
#include <QDir>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::Prediction) // the context predictFile()'s messages share
};

} // namespace

Status PredictionOutput::open(const QString& path, const QString& inputPath)
{
    m_path = path;
    if (path.trimmed().isEmpty())
        return Error::badInput(Text::tr("No output file was given. Give the name of a file for the predictions."));
    const QByteArray name = QFile::encodeName(path);
    const bool system = path.startsWith(u"/dev/"_s) || path.startsWith(u"/proc/"_s);
    bool direct = system;
    struct stat output
    {
    };
    const bool exists = ::stat(name.constData(), &output) == 0;
    if (system && !exists)
        return Error::badInput(Text::tr("%1 does not exist. Give a file name for the predictions, or a device such as "
                                        "/dev/stdout.")
                                   .arg(QDir::toNativeSeparators(path)));
    if (exists) {
        if (S_ISDIR(output.st_mode))
            return Error::badInput(Text::tr("%1 is a folder. Give the name of a file for the predictions.")
                                       .arg(QDir::toNativeSeparators(path)));
        if (sameFile(inputPath, path))
            return Error::badInput(Text::tr("The output %1 is the file being scored: writing the predictions there "
                                            "would destroy its data. Choose another output file.")
                                       .arg(QDir::toNativeSeparators(path)));
        direct = direct || !S_ISREG(output.st_mode);
    }
    // A descriptor this process was given (/dev/stdout, /dev/fd/3) is added to, not truncated:
    // the shell may have opened it to append (>>).
    const bool inherited = path.startsWith(u"/dev/std"_s) || path.startsWith(u"/dev/fd/"_s) ||
                           path.startsWith(u"/proc/self/fd/"_s);
    if (direct) {
        m_direct.setFileName(path);
        m_file = &m_direct;
    } else {
        m_save.setFileName(path);
        m_file = &m_save;
    }
    if (!m_file->open(inherited ? QIODevice::WriteOnly | QIODevice::Append : QIODevice::WriteOnly))
        return failed();
    return {};
}

void PredictionOutput::write(const QByteArray& bytes)
{
    if (m_file->write(bytes) != bytes.size())
        m_writeFailed = true;
}

void PredictionOutput::cancel()
{
    if (m_file == &m_save)
        m_save.cancelWriting();
}

Status PredictionOutput::finish()
{
    if (m_file == &m_save)
        return m_save.commit() ? Status{} : failed();
    if (m_writeFailed || !m_direct.flush())
        return failed();
    m_direct.close();
    return {};
}

Error PredictionOutput::failed() const
{
    return Error::io(Text::tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(m_path), m_file->errorString()));
}

} // namespace grove
