#include "core/common/DurableFile.h"
#include "core/common/SafeText.h"
#include "core/common/Sha256.h"
#include "core/registry/Registry.h"
#include "core/registry/RegistryDetail.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <algorithm>
#include <cerrno>
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

// An open regular file of a version or of the history, opened without following a link.
class RegularFile
{
public:
    // Returns 0 or an errno value: ELOOP for a link, EISDIR or EINVAL for something that is not
    // a regular file.
    int open(int folder, const QString& name)
    {
        // O_NONBLOCK: a pipe put in place of a file must not block the reader.
        m_file.reset(::openat(folder, native(name).constData(),
                              O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK));
        if (m_file.get() < 0)
            return errno;
        struct stat info;
        if (::fstat(m_file.get(), &info) != 0)
            return errno;
        if (S_ISDIR(info.st_mode))
            return EISDIR;
        if (!S_ISREG(info.st_mode))
            return EINVAL;
        m_size = info.st_size;
        return 0;
    }
    qint64 size() const { return m_size; }

    // Reads the whole file, feeding `hash` and/or `sink` and/or keeping the bytes; EFBIG past
    // `limit` bytes (the file may grow while it is read), ECANCELED when the sink fails.
    int read(Sha256* hash, QByteArray* content, qint64& size, qint64 limit = -1,
             VersionSink* sink = nullptr)
    {
        if (limit >= 0 && m_size > limit)
            return EFBIG;
        if (content)
            content->reserve(qsizetype(m_size));
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        size = 0;
        for (;;) {
            const ssize_t got = ::read(m_file.get(), buffer.data(), std::size_t(buffer.size()));
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
            if (sink && !sink->write(QByteArrayView(buffer.constData(), got)))
                return ECANCELED;
        }
    }

private:
    Descriptor m_file;
    qint64 m_size = 0;
};

} // namespace

qint64 maxParsedSize(const QString& fileName)
{
    if (fileName == kManifest)
        return kMaxManifestSize;
    if (fileName == kRecord)
        return kMaxRecordSize;
    if (fileName == u"metadata.json"_s)
        return kMaxMetadataSize;
    if (fileName == u"MLmodel"_s || fileName == u"MODEL_CARD.md"_s ||
        fileName == u"requirements.txt"_s)
        return kMaxDescriptionSize;
    return -1;
}

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
    const int folder = ::open(native(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder < 0)
        return errno;
    const int error = listFolderAt(folder, names);
    ::close(folder);
    return error;
}

bool isFolder(const QString& path)
{
    return QFileInfo(path).isDir();
}

bool isPlainFolder(const QString& path)
{
    struct stat info;
    return ::lstat(native(path).constData(), &info) == 0 && S_ISDIR(info.st_mode);
}

namespace {

bool isFile(const QString& path)
{
    struct stat info;
    return ::stat(native(path).constData(), &info) == 0 && S_ISREG(info.st_mode);
}

bool looksLikeVersion(const QString& folder)
{
    return isFile(folder + u'/' + kRecord) && isFile(folder + u'/' + kManifest);
}

bool looksLikeModel(const QString& folder)
{
    QStringList names;
    if (listFolder(folder, names) != 0)
        return false;
    return std::any_of(names.cbegin(), names.cend(), [&](const QString& name) {
        return versionNumber(name) > 0 && looksLikeVersion(folder + u'/' + name);
    });
}

// A registry holds its audit log from its first export on (and a model, which is not looked for:
// a folder of several registries holds their models' folders only through them).
bool looksLikeRegistry(const QString& folder)
{
    return isFile(folder + u"/.audit/00000001.json"_s);
}

} // namespace

std::optional<Error> nestedRegistryProblem(const QString& root, const QString& model)
{
    const auto partOf = [](const QString& folder) -> QString {
        if (looksLikeVersion(folder))
            return Text::tr("a version folder of a registry");
        if (looksLikeModel(folder))
            return Text::tr("a model folder of a registry");
        return {};
    };
    if (const QString what = partOf(root); !what.isEmpty()) {
        Error error = Error::badInput(Text::tr("The model \"%1\" was not published: %2 is %3, not a registry folder. "
                                               "Give the registry folder itself.")
                                          .arg(model, root, what));
        error.file = root;
        return error;
    }
    QString folder = root;
    for (int level = 1; level <= 3; ++level) {
        const QString above = QFileInfo(folder).absolutePath();
        if (above == folder)
            break;
        folder = above;
        QString what = partOf(folder);
        if (what.isEmpty() && looksLikeRegistry(folder))
            what = Text::tr("a registry folder");
        if (!what.isEmpty()) {
            Error error = Error::badInput(Text::tr("The model \"%1\" was not published: %2 lies inside %3, which is %4; "
                                                   "writing there would damage that registry. Give the registry folder "
                                                   "itself.")
                                              .arg(model, root, folder, what));
            error.file = root;
            return error;
        }
    }
    return std::nullopt;
}

QString entryKind(const QString& path)
{
    struct stat info;
    if (::lstat(native(path).constData(), &info) != 0)
        return {};
    if (S_ISLNK(info.st_mode))
        return Text::tr("a symbolic link");
    if (S_ISDIR(info.st_mode))
        return Text::tr("a folder");
    if (S_ISREG(info.st_mode))
        return Text::tr("a file");
    return Text::tr("a special file (a pipe, socket or device)");
}

// ---------------------------------------------------------------------------------------------
// Manifests

QList<ManifestLine> parseManifest(const QByteArray& text, QStringList& problems)
{
    QList<ManifestLine> listed;
    QSet<QString> seen;
    const QList<QByteArray> lines = text.split('\n');
    // Line ends turned into CR LF (an editor, a copy in text mode) are one problem, named once;
    // the lines are then read without the CR, so that the files are still checked by name.
    const bool crlf = text.contains("\r\n");
    if (crlf)
        problems << Text::tr("%1 has Windows line ends (CR LF): it was changed after publishing, by an editor or a "
                             "copy in text mode. Restore it from a backup or from the source of the copy.")
                        .arg(kManifest);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = crlf && lines[i].endsWith('\r') ? lines[i].chopped(1) : lines[i];
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
                            .arg(kManifest, QString::number(number), escapeUnsafeText(name));
            continue;
        }
        if (seen.contains(name)) {
            problems << Text::tr("%1, line %2: \"%3\" is listed twice.")
                            .arg(kManifest, QString::number(number), escapeUnsafeText(name));
            continue;
        }
        seen.insert(name);
        listed.append({name, line.left(64).toLower()});
    }
    if (listed.isEmpty() && problems.isEmpty())
        problems << Text::tr("%1 lists no files.").arg(kManifest);
    return listed;
}

QByteArray makeManifest(const QMap<QString, QByteArray>& digests)
{
    // sha256sum's text format, sorted by the bytes of the name as `LC_ALL=C sort` would.
    QList<std::pair<QByteArray, QByteArray>> lines;
    for (auto it = digests.begin(); it != digests.end(); ++it)
        lines.append({it.key().toUtf8(), it.value()});
    std::sort(lines.begin(), lines.end());
    QByteArray manifest;
    for (const auto& [name, digest] : lines)
        manifest += digest + "  " + name + '\n';
    return manifest;
}

VersionRecord parseVersionRecord(const QByteArray& text)
{
    VersionRecord record;
    const QJsonObject object = QJsonDocument::fromJson(text).object();
    record.published = parseTime(object.value(u"published"_s).toString());
    const QJsonObject sizes = object.value(u"files"_s).toObject();
    for (auto it = sizes.begin(); it != sizes.end(); ++it) {
        if (const qint64 size = it.value().toInteger(-1); size >= 0)
            record.sizes.insert(it.key(), size);
    }
    return record;
}

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

// The problem of a version folder that cannot be opened.
QString folderProblem(const QString& path, int error)
{
    if (error == ELOOP || error == ENOTDIR) {
        const QString kind = entryKind(path);
        return Text::tr("%1 is %2, not a version folder: Grove never reads through links or "
                        "anything else than plain folders in a registry.")
            .arg(path, kind.isEmpty() ? Text::tr("not a folder") : kind);
    }
    return Text::tr("The version folder %1 cannot be opened (%2).").arg(path, systemError(error));
}

// The problem of a listed file that cannot be opened, or empty.
QString openProblem(const QString& name, int error)
{
    switch (error) {
    case 0:
        return {};
    case ENOENT:
        return Text::tr("%1: listed in %2 but missing.").arg(name, kManifest);
    case ELOOP:
        return Text::tr("%1: a symbolic link, not the published file.").arg(name);
    case EISDIR:
    case EINVAL:
        return Text::tr("%1: not a regular file.").arg(name);
    default:
        return Text::tr("%1: cannot be read (%2).").arg(name, systemError(error));
    }
}

} // namespace

QStringList checkVersionFolder(const QString& root, const QString& model, int version,
                               const QStringList& wanted, QMap<QString, QByteArray>* contents,
                               VersionSink* sink)
{
    QStringList problems;
    const QString number = QString::number(version);
    Descriptor folder;
    if (const int error = openFolderBelow(root, {model, number}, folder); error != 0) {
        problems << folderProblem(root + u'/' + model + u'/' + number, error);
        return problems;
    }
    QByteArray manifestText;
    if (const int error = readRegularFileAt(folder.get(), kManifest, kMaxManifestSize, manifestText);
        error == EFBIG) {
        problems << Text::tr("%1 is larger than %2, far more than a manifest holds; it is not "
                             "read.")
                        .arg(kManifest, sizeText(kMaxManifestSize));
        return problems;
    } else if (error != 0) {
        problems
            << Text::tr("%1 is missing or unreadable (%2).").arg(kManifest, systemError(error));
        return problems;
    }
    const QList<ManifestLine> listed = parseManifest(manifestText, problems);
    if (contents && wanted.contains(kManifest))
        contents->insert(kManifest, manifestText);

    // The sizes published, to tell a truncated or swapped file without reading it; believed
    // only when VERSION.json itself matches the manifest.
    VersionRecord record;
    for (const ManifestLine& file : listed) {
        QByteArray recordText;
        if (file.name == kRecord &&
            readRegularFileAt(folder.get(), kRecord, kMaxRecordSize, recordText) == 0 &&
            Sha256::hash(recordText).toHex() == file.digest)
            record = parseVersionRecord(recordText);
    }

    QSet<QString> names;
    for (const ManifestLine& file : listed) {
        names.insert(file.name);
        RegularFile opened;
        if (const QString problem = openProblem(file.name, opened.open(folder.get(), file.name));
            !problem.isEmpty()) {
            problems << problem;
            continue;
        }
        const qint64 cap = maxParsedSize(file.name);
        const qint64 published = record.sizes.value(file.name, -1);
        if (published >= 0 && opened.size() < published) {
            problems << Text::tr("%1: truncated to %2 of its %3 bytes (its SHA-256 cannot match "
                                 "%4).")
                            .arg(file.name, QString::number(opened.size()),
                                 QString::number(published), kManifest);
            continue;
        }
        if (published >= 0 && opened.size() > published) {
            problems << Text::tr("%1: %2 bytes instead of the %3 published (the file was changed "
                                 "after publishing).")
                            .arg(file.name, QString::number(opened.size()),
                                 QString::number(published));
            continue;
        }
        if (cap >= 0 && opened.size() > cap) {
            problems << Text::tr("%1: %2, more than the %3 Grove reads from such a file; it is "
                                 "not read (the file was changed after publishing).")
                            .arg(file.name, sizeText(opened.size()), sizeText(cap));
            continue;
        }
        Sha256 hash;
        QByteArray bytes;
        qint64 size = 0;
        const bool keep = contents && wanted.contains(file.name);
        if (sink && !sink->begin(file.name))
            return problems;
        if (const int error = opened.read(&hash, keep ? &bytes : nullptr, size, cap, sink);
            error == ECANCELED && sink) {
            return problems;
        } else if (error == EFBIG) {
            problems << Text::tr("%1: grew past %2 while it was read; it is not used.")
                            .arg(file.name, sizeText(cap));
        } else if (error != 0) {
            problems << Text::tr("%1: cannot be read (%2).").arg(file.name, systemError(error));
        } else if (const QByteArray digest = hash.result().toHex(); digest != file.digest) {
            problems << Text::tr("%1: its SHA-256 differs from %2 (the file was changed after "
                                 "publishing).")
                            .arg(file.name, kManifest);
        } else {
            if (keep)
                contents->insert(file.name, std::move(bytes));
            if (sink && !sink->end(digest, size))
                return problems;
        }
    }

    QStringList present;
    if (const int error = listFolderAt(folder.get(), present); error != 0) {
        problems << Text::tr("The version folder cannot be listed (%1).").arg(systemError(error));
        return problems;
    }
    present.sort();
    for (const QString& name : std::as_const(present)) {
        if (name != kManifest && !names.contains(name))
            problems << Text::tr("%1: not listed in %2 (it was added after publishing).")
                            .arg(escapeUnsafeText(name), kManifest);
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
