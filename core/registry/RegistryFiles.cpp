#include "core/common/Sha256.h"
#include "core/data/TextChecks.h"
#include "core/registry/Registry.h"
#include "core/registry/RegistryDetail.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>
#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

// The registry's file operations (durable writes, folder listings, reads that follow no link)
// and the manifests that every version holds.

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::Registry)
};

} // namespace

namespace registry_detail {

// ---------------------------------------------------------------------------------------------
// File operations

namespace {

constexpr qint64 kMaxSmallFile = 4 << 20; // manifest, record and history entries

class Descriptor
{
public:
    explicit Descriptor(int fd) : m_fd(fd) {}
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    int get() const { return m_fd; }
    int release() { return std::exchange(m_fd, -1); }

private:
    int m_fd;
};

// Reads a regular file without following a link, feeding `hash` and/or keeping the bytes.
// Returns 0 or an errno value: ELOOP for a link, EISDIR or EINVAL for something that is not a
// regular file, EFBIG past `limit` bytes.
int readRegularFile(const QString& path, Sha256* hash, QByteArray* content, qint64& size,
                    qint64 limit = -1)
{
    // O_NONBLOCK: a pipe put in place of a file must not block the reader.
    Descriptor file(
        ::open(native(path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK));
    if (file.get() < 0)
        return errno;
    struct stat info;
    if (::fstat(file.get(), &info) != 0)
        return errno;
    if (S_ISDIR(info.st_mode))
        return EISDIR;
    if (!S_ISREG(info.st_mode))
        return EINVAL;
    if (limit >= 0 && info.st_size > limit)
        return EFBIG;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    size = 0;
    for (;;) {
        const ssize_t got = ::read(file.get(), buffer.data(), std::size_t(buffer.size()));
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (got == 0)
            return 0;
        size += got;
        if (limit >= 0 && size > limit)
            return EFBIG;
        if (hash)
            hash->addData(buffer.constData(), std::size_t(got));
        if (content)
            content->append(buffer.constData(), got);
    }
}

} // namespace

bool forceFallbacks()
{
    static const bool force = qEnvironmentVariableIntValue("GROVE_REGISTRY_FALLBACKS") != 0;
    return force;
}

QByteArray native(const QString& path)
{
    return QFile::encodeName(path);
}
QString systemError(int error)
{
    return qt_error_string(error);
}

QString timestamp(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}
QDateTime parseTime(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

int listFolder(const QString& path, QStringList& names)
{
    DIR* folder = ::opendir(native(path).constData());
    if (!folder)
        return errno;
    int error = 0;
    for (;;) {
        errno = 0;
        const dirent* entry = ::readdir(folder);
        if (!entry) {
            error = errno;
            break;
        }
        const QString name = QFile::decodeName(entry->d_name);
        if (name != u"."_s && name != u".."_s)
            names << name;
    }
    ::closedir(folder);
    return error;
}

bool isFolder(const QString& path)
{
    return QFileInfo(path).isDir();
}

void syncFolder(const QString& path)
{
    Descriptor folder(::open(native(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (folder.get() >= 0)
        ::fsync(folder.get());
}

int writeDurably(const QString& path, QByteArrayView bytes)
{
    const QByteArray name = native(path);
    Descriptor file(::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644));
    if (file.get() < 0)
        return errno;
    const auto fail = [&](int error) {
        ::close(file.release());
        ::unlink(name.constData());
        return error;
    };
    const char* data = bytes.data();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(file.get(), data, std::size_t(left));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return fail(errno);
        }
        data += written;
        left -= written;
    }
    if (::fsync(file.get()) != 0)
        return fail(errno);
    ::fchmod(file.get(), 0444);
    // close() reports late write errors on network file systems.
    if (::close(file.release()) != 0) {
        const int error = errno;
        ::unlink(name.constData());
        return error;
    }
    return 0;
}

int readSmallFile(const QString& path, QByteArray& content)
{
    qint64 size = 0;
    content.clear();
    return readRegularFile(path, nullptr, &content, size, kMaxSmallFile);
}

// ---------------------------------------------------------------------------------------------
// Manifests

namespace {

// One line of a manifest.
struct Listed
{
    QString name;
    QByteArray digest; // 64 lowercase hex digits
};

QList<Listed> parseManifest(const QByteArray& text, QStringList& problems)
{
    QList<Listed> listed;
    QSet<QString> seen;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray& line = lines[i];
        if (line.isEmpty() && i == lines.size() - 1)
            break; // the end of the last line
        const int number = int(i + 1);
        const bool wellFormed =
            line.size() > 66 && line[64] == ' ' && (line[65] == ' ' || line[65] == '*') &&
            std::all_of(line.begin(), line.begin() + 64, [](char c) {
                return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            });
        if (!wellFormed) {
            problems << Text::tr("%1, line %2: not a \"<SHA-256>  <file name>\" line.")
                            .arg(kManifest, QString::number(number));
            continue;
        }
        const QString name = QString::fromUtf8(line.mid(66));
        if (!Registry::validateFileName(name).isEmpty() || name == kManifest) {
            problems << Text::tr("%1, line %2: \"%3\" is not the name of a file in the version "
                                 "folder.")
                            .arg(kManifest, QString::number(number), printableText(name));
            continue;
        }
        if (seen.contains(name)) {
            problems << Text::tr("%1, line %2: \"%3\" is listed twice.")
                            .arg(kManifest, QString::number(number), name);
            continue;
        }
        seen.insert(name);
        listed.append({name, line.left(64).toLower()});
    }
    if (listed.isEmpty() && problems.isEmpty())
        problems << Text::tr("%1 lists no files.").arg(kManifest);
    return listed;
}

} // namespace

QByteArray makeManifest(const QMap<QString, QByteArray>& files)
{
    // sha256sum's text format, sorted by the bytes of the name as `LC_ALL=C sort` would.
    QList<std::pair<QByteArray, QByteArray>> lines;
    for (auto it = files.begin(); it != files.end(); ++it)
        lines.append({it.key().toUtf8(), Sha256::hash(it.value()).toHex()});
    std::sort(lines.begin(), lines.end());
    QByteArray manifest;
    for (const auto& [name, digest] : lines)
        manifest += digest + "  " + name + '\n';
    return manifest;
}

QStringList checkVersionFolder(const QString& path, const QString& wanted,
                               std::optional<QByteArray>* content)
{
    QStringList problems;
    QByteArray manifestText;
    if (const int error = readSmallFile(path + u'/' + kManifest, manifestText); error != 0) {
        problems
            << Text::tr("%1 is missing or unreadable (%2).").arg(kManifest, systemError(error));
        return problems;
    }
    const QList<Listed> listed = parseManifest(manifestText, problems);
    if (content && wanted == kManifest)
        *content = manifestText;

    // The sizes published, to tell a truncated file from a changed one.
    QByteArray recordText;
    QJsonObject sizes;
    if (readSmallFile(path + u'/' + kRecord, recordText) == 0)
        sizes = QJsonDocument::fromJson(recordText).object().value(u"files"_s).toObject();

    QSet<QString> names;
    for (const Listed& file : listed) {
        names.insert(file.name);
        Sha256 hash;
        QByteArray bytes;
        qint64 size = 0;
        const bool keep = content && file.name == wanted;
        const int error =
            readRegularFile(path + u'/' + file.name, &hash, keep ? &bytes : nullptr, size);
        if (error == ENOENT) {
            problems << Text::tr("%1: listed in %2 but missing.").arg(file.name, kManifest);
        } else if (error == ELOOP) {
            problems << Text::tr("%1: a symbolic link, not the published file.").arg(file.name);
        } else if (error == EISDIR || error == EINVAL) {
            problems << Text::tr("%1: not a regular file.").arg(file.name);
        } else if (error != 0) {
            problems << Text::tr("%1: cannot be read (%2).").arg(file.name, systemError(error));
        } else if (hash.result().toHex() != file.digest) {
            const qint64 published = sizes.value(file.name).toInteger(-1);
            if (published > size)
                problems << Text::tr("%1: truncated to %2 of its %3 bytes (its SHA-256 differs "
                                     "from %4).")
                                .arg(file.name, QString::number(size), QString::number(published),
                                     kManifest);
            else
                problems << Text::tr("%1: its SHA-256 differs from %2 (the file was changed after "
                                     "publishing).")
                                .arg(file.name, kManifest);
        } else if (keep) {
            *content = std::move(bytes);
        }
    }

    QStringList present;
    if (const int error = listFolder(path, present); error != 0) {
        problems << Text::tr("The version folder cannot be listed (%1).").arg(systemError(error));
        return problems;
    }
    present.sort();
    for (const QString& name : std::as_const(present)) {
        if (name != kManifest && !names.contains(name))
            problems << Text::tr("%1: not listed in %2 (it was added after publishing).")
                            .arg(printableText(name), kManifest);
    }
    return problems;
}

Error failedCheck(const QString& message, const QString& path, const QStringList& problems)
{
    Error error = Error::io(message + u' ' + problems.join(u' ') + u' ' +
                            Text::tr("Publish the model again as a new version, or restore the "
                                     "folder from a backup."));
    error.file = path;
    return error;
}

} // namespace registry_detail
} // namespace grove
