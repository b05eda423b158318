#include "core/registry/Registry.h"

#include "core/common/Sha256.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSysInfo>
#include <QThread>
#include <QUuid>
#include <algorithm>
#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h> // renameat2 and RENAME_NOREPLACE (glibc 2.28 and later, with _GNU_SOURCE)
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::Registry)
};

const QString kManifest = u"MANIFEST.sha256"_s;
const QString kRecord = u"VERSION.json"_s;
const QString kHistoryFolder = u"history"_s;
constexpr int kFormat = 1;                // of VERSION.json and of the history entries
constexpr int kMaxFileNameLength = 255;   // characters, and bytes once encoded
constexpr qint64 kMaxSmallFile = 4 << 20; // manifest, record and history entries
constexpr int kMaxAttempts = 10000;       // numbers taken by others before giving up

// Test seam: GROVE_REGISTRY_FALLBACKS=1 takes the paths meant for file systems without
// RENAME_NOREPLACE or hard links (some network shares), so that the tests cover them too.
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

// A name as it can be printed in a message: control characters would break the line.
QString printable(const QString& name)
{
    QString text = name;
    for (QChar& c : text) {
        if (c.category() == QChar::Other_Control)
            c = QChar::ReplacementCharacter;
    }
    return text;
}

QString codePoint(char32_t c)
{
    return QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
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

// The names in a folder, without "." and "..". Returns 0 or the errno value of the failure.
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

// Syncs a folder so that the names created in it survive a crash. Best effort: some file
// systems refuse to sync a folder, and the files themselves are synced already.
void syncFolder(const QString& path)
{
    Descriptor folder(::open(native(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (folder.get() >= 0)
        ::fsync(folder.get());
}

// Creates `path` exclusively, writes `bytes`, syncs, and makes the file read-only (best effort).
// Returns 0 or the errno value; a file this call created is removed again on failure.
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

int readSmallFile(const QString& path, QByteArray& content)
{
    qint64 size = 0;
    content.clear();
    return readRegularFile(path, nullptr, &content, size, kMaxSmallFile);
}

// Removes a temporary folder unless it was renamed into place.
class TemporaryFolder
{
public:
    explicit TemporaryFolder(QString path) : m_path(std::move(path)) {}
    ~TemporaryFolder()
    {
        if (!m_path.isEmpty())
            QDir(m_path).removeRecursively();
    }
    TemporaryFolder(const TemporaryFolder&) = delete;
    TemporaryFolder& operator=(const TemporaryFolder&) = delete;
    const QString& path() const { return m_path; }
    void release() { m_path.clear(); }

private:
    QString m_path;
};

// The version a folder name stands for: "1", "2"... (no sign, no leading zero), else 0.
int versionNumber(const QString& name)
{
    if (name.isEmpty() || name.size() > 9 || name.front() == u'0')
        return 0;
    for (QChar c : name) {
        if (c < u'0' || c > u'9')
            return 0;
    }
    return name.toInt();
}

QString entryFileName(int sequence)
{
    return QString::number(sequence).rightJustified(6, u'0') + u".json"_s;
}

// The sequence number of a history file name, 0 for any other name (temporary files start
// with '.'; a number written another way, such as "0000001.json", is not an entry).
int entryNumber(const QString& name)
{
    if (!name.endsWith(u".json"_s))
        return 0;
    const QString digits = name.chopped(5);
    if (digits.size() < 6 || digits.size() > 9)
        return 0;
    for (QChar c : digits) {
        if (c < u'0' || c > u'9')
            return 0;
    }
    const int number = digits.toInt();
    return number > 0 && name == entryFileName(number) ? number : 0;
}

bool isWindowsDeviceName(const QString& name)
{
    // Windows reserves these with any extension ("CON.txt") and ignores spaces before the dot.
    const QString base = name.section(u'.', 0, 0).trimmed().toUpper();
    if (base == u"CON"_s || base == u"PRN"_s || base == u"AUX"_s || base == u"NUL"_s)
        return true;
    if (base.size() != 4 || !(base.startsWith(u"COM"_s) || base.startsWith(u"LPT"_s)))
        return false;
    const char16_t digit = base.at(3).unicode();
    // Windows counts the superscript digits ¹²³ as digits here.
    return (digit >= u'1' && digit <= u'9') || digit == 0x00B9 || digit == 0x00B2 ||
           digit == 0x00B3;
}

QString nameProblem(const QString& name, bool model)
{
    const int maxLength = model ? Registry::kMaxNameLength : kMaxFileNameLength;
    if (name.isEmpty())
        return model ? Text::tr("A model needs a name; the name given is empty.")
                     : Text::tr("A file in a model version needs a name; the name given is empty.");
    const QList<uint> characters = name.toUcs4();
    const bool long_ = characters.size() > maxLength;
    const QString shown = printable(long_ ? name.left(20) + QChar(0x2026) : name);
    const QString subject = model ? Text::tr("The model name \"%1\"").arg(shown)
                                  : Text::tr("The file name \"%1\"").arg(shown);
    if (long_)
        return Text::tr("%1 has %2 characters; a name can have at most %3. Choose a shorter name.")
            .arg(subject, QString::number(characters.size()), QString::number(maxLength));
    if (name.toUtf8().size() > kMaxFileNameLength)
        return Text::tr("%1 takes %2 bytes once encoded, and file systems allow %3. Choose a "
                        "shorter name.")
            .arg(subject, QString::number(name.toUtf8().size()),
                 QString::number(kMaxFileNameLength));
    if (name == u"."_s || name == u".."_s)
        return Text::tr("%1 stands for a folder, not a name. Choose a name made of letters or "
                        "digits.")
            .arg(subject);
    for (char32_t c : characters) {
        if (QChar::category(c) == QChar::Other_Control)
            return Text::tr("%1 contains a control character (U+%2), such as a tab or a line "
                            "break. Use a name on one line without tabs.")
                .arg(subject, codePoint(c));
    }
    for (QChar separator : {u'/', u'\\'}) {
        if (name.contains(separator))
            return Text::tr("%1 contains \"%2\", which separates folders in a path. Use '-' or "
                            "'_' instead.")
                .arg(subject, QString(separator));
    }
    if (name.startsWith(u'.'))
        return Text::tr("%1 starts with '.', which hides it and marks the temporary files of the "
                        "registry. Start the name with a letter or a digit.")
            .arg(subject);
    for (QChar c : u"<>:\"|?*"_s) {
        if (name.contains(c))
            return Text::tr("%1 contains \"%2\", which Windows does not allow in names on shared "
                            "folders. Use letters, digits, '-', '_', '.' and spaces.")
                .arg(subject, QString(c));
    }
    if (name.startsWith(u' '))
        return Text::tr("%1 starts with a space. Remove it.").arg(subject);
    if (name.startsWith(u'-'))
        return Text::tr("%1 starts with '-', which command lines read as an option. Start the name "
                        "with a letter, a digit or '_'.")
            .arg(subject);
    if (name.endsWith(u' ') || name.endsWith(u'.'))
        return Text::tr("%1 ends with a space or a '.', which Windows removes from names on shared "
                        "folders. Remove it.")
            .arg(subject);
    for (char32_t c : characters) {
        if (!QChar::isLetterOrNumber(c) && !QChar::isMark(c) && c != U'-' && c != U'_' &&
            c != U'.' && c != U' ')
            return Text::tr("%1 contains \"%2\" (U+%3), which is not allowed. Use letters, digits, "
                            "'-', '_', '.' and spaces.")
                .arg(subject, QString::fromUcs4(&c, 1), codePoint(c));
    }
    if (isWindowsDeviceName(name))
        return Text::tr("%1 is the name of a device on Windows (%2), which cannot name a folder or "
                        "a file on a shared folder. Choose another name.")
            .arg(subject, name.section(u'.', 0, 0).trimmed().toUpper());
    return {};
}

// One line of a manifest.
struct Listed
{
    QString name;
    QByteArray digest; // 64 lowercase hex digits
};

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
                            .arg(kManifest, QString::number(number), printable(name));
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

// Every problem of the version folder at `path`. When `wanted` names a listed file whose
// content matches the manifest (or the manifest itself), its bytes go to `content`, so that the
// bytes served are the bytes checked.
QStringList checkVersionFolder(const QString& path, const QString& wanted = {},
                               std::optional<QByteArray>* content = nullptr)
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
                            .arg(printable(name), kManifest);
    }
    return problems;
}

Error registryMissing(const QString& root)
{
    Error error = Error::notFound(
        Text::tr("The registry folder %1 does not exist. Check that the shared folder is "
                 "mounted and that the path is right; publishing a model creates the folder.")
            .arg(root));
    error.file = root;
    return error;
}

Error failedCheck(const QString& message, const QString& path, const QStringList& problems)
{
    Error error = Error::io(message + u' ' + problems.join(u' ') + u' ' +
                            Text::tr("Publish the model again as a new version, or restore the "
                                     "folder from a backup."));
    error.file = path;
    return error;
}

QJsonObject changeToJson(const StageChange& change)
{
    return {{u"version"_s, change.version},     {u"from"_s, stageKey(change.from)},
            {u"to"_s, stageKey(change.to)},     {u"reason"_s, change.reason},
            {u"user"_s, change.user},           {u"host"_s, change.host},
            {u"time"_s, timestamp(change.time)}};
}

QByteArray entryToJson(const HistoryEntry& entry)
{
    QJsonArray changes;
    for (const StageChange& change : entry.changes)
        changes.append(changeToJson(change));
    const QJsonObject object{
        {u"format"_s, kFormat}, {u"sequence"_s, entry.sequence}, {u"changes"_s, changes}};
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

// The entry in `text`, or why it is not one.
std::optional<HistoryEntry> parseEntry(const QByteArray& text, int sequence, QString& why)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        why = Text::tr("not valid JSON: %1 at byte %2")
                  .arg(parseError.errorString(), QString::number(parseError.offset));
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    if (object.value(u"format"_s).toInt() != kFormat) {
        why = Text::tr("not a history entry of a format this version of Grove reads");
        return std::nullopt;
    }
    if (object.value(u"sequence"_s).toInt() != sequence) {
        why = Text::tr("its sequence number is not %1, the number in its name")
                  .arg(QString::number(sequence));
        return std::nullopt;
    }
    const QJsonArray changes = object.value(u"changes"_s).toArray();
    if (changes.isEmpty()) {
        why = Text::tr("it records no stage change");
        return std::nullopt;
    }
    HistoryEntry entry;
    entry.sequence = sequence;
    for (const QJsonValue& value : changes) {
        const QJsonObject c = value.toObject();
        StageChange change;
        change.version = c.value(u"version"_s).toInt();
        const auto from = stageFromKey(c.value(u"from"_s).toString());
        const auto to = stageFromKey(c.value(u"to"_s).toString());
        change.reason = c.value(u"reason"_s).toString();
        change.user = c.value(u"user"_s).toString();
        change.host = c.value(u"host"_s).toString();
        change.time = parseTime(c.value(u"time"_s).toString());
        if (change.version <= 0 || !from || !to || !change.time.isValid()) {
            why = Text::tr("a change has no valid version, stages or time");
            return std::nullopt;
        }
        change.from = *from;
        change.to = *to;
        entry.changes << change;
    }
    return entry;
}

Error damagedHistory(const QString& model, const QString& path, const QString& why)
{
    Error error = Error::io(
        Text::tr("The stage history of model \"%1\" is damaged: %2 cannot be read (%3). Restore "
                 "the file from a backup; Grove never changes a history file once written.")
            .arg(model, path, why));
    error.file = path;
    return error;
}

Result<QList<HistoryEntry>> readHistory(const QString& modelFolder, const QString& model)
{
    const QString folder = modelFolder + u'/' + kHistoryFolder;
    QStringList names;
    if (const int error = listFolder(folder, names); error == ENOENT) {
        return QList<HistoryEntry>();
    } else if (error != 0) {
        Error failure = Error::io(Text::tr("The stage history of model \"%1\" cannot be read: "
                                           "listing %2 failed (%3). Check your permission to read "
                                           "the registry folder.")
                                      .arg(model, folder, systemError(error)));
        failure.file = folder;
        return failure;
    }
    QList<int> numbers;
    for (const QString& name : std::as_const(names)) {
        if (const int number = entryNumber(name); number > 0)
            numbers << number;
    }
    std::sort(numbers.begin(), numbers.end());

    QList<HistoryEntry> entries;
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        const int sequence = int(i + 1);
        const QString path = folder + u'/' + entryFileName(sequence);
        if (numbers[i] != sequence) {
            Error error = Error::io(
                Text::tr("The stage history of model \"%1\" is incomplete: %2 is missing while "
                         "later entries exist. History entries are never deleted; restore the "
                         "file from a backup.")
                    .arg(model, path));
            error.file = path;
            return error;
        }
        // A writer on a file system without hard links creates the entry under its final name
        // and then fills it, so an incomplete entry gets two more reads before it is reported.
        QString why;
        std::optional<HistoryEntry> entry;
        for (int attempt = 0; attempt < 3 && !entry; ++attempt) {
            if (attempt > 0)
                QThread::msleep(50 * attempt);
            QByteArray text;
            if (const int error = readSmallFile(path, text); error != 0)
                why = systemError(error);
            else
                entry = parseEntry(text, sequence, why);
        }
        if (!entry)
            return damagedHistory(model, path, why);
        entries << *entry;
    }
    return entries;
}

enum class Claim
{
    Written,
    Taken,
    Failed
};

// Creates history entry `sequence` unless another writer has taken that number.
Claim claimEntry(const QString& folder, int sequence, const QByteArray& bytes, int& error)
{
    const QString path = folder + u'/' + entryFileName(sequence);
    if (!forceFallbacks()) {
        // A complete, synced file under a hidden name, then a hard link to the final name:
        // link(2) fails with EEXIST when the name is taken, and readers never see a partial entry.
        const QString temporary = folder + u"/.entry-"_s +
                                  QUuid::createUuid().toString(QUuid::WithoutBraces) + u".json"_s;
        if ((error = writeDurably(temporary, bytes)) != 0)
            return Claim::Failed;
        const QByteArray temporaryName = native(temporary);
        int linkError =
            ::link(temporaryName.constData(), native(path).constData()) == 0 ? 0 : errno;
        if (linkError != 0) {
            // NFS may resend a link whose reply was lost and report EEXIST for our own link: the
            // link count of the temporary file tells.
            struct stat info;
            if (::stat(temporaryName.constData(), &info) == 0 && info.st_nlink == 2)
                linkError = 0;
        }
        ::unlink(temporaryName.constData());
        if (linkError == 0) {
            syncFolder(folder);
            return Claim::Written;
        }
        if (linkError == EEXIST)
            return Claim::Taken;
        if (linkError != EPERM && linkError != EOPNOTSUPP && linkError != ENOSYS) {
            error = linkError;
            return Claim::Failed;
        }
    }
    // No hard links here: create the final name exclusively and write the entry into it.
    error = writeDurably(path, bytes);
    if (error == EEXIST)
        return Claim::Taken;
    if (error != 0)
        return Claim::Failed;
    syncFolder(folder);
    return Claim::Written;
}

QDateTime publishedTime(const QString& versionFolder)
{
    QByteArray text;
    if (readSmallFile(versionFolder + u'/' + kRecord, text) != 0)
        return {};
    return parseTime(QJsonDocument::fromJson(text).object().value(u"published"_s).toString());
}

} // namespace

QString stageKey(Stage stage)
{
    switch (stage) {
    case Stage::None:
        return u"None"_s;
    case Stage::Staging:
        return u"Staging"_s;
    case Stage::Production:
        return u"Production"_s;
    case Stage::Archived:
        return u"Archived"_s;
    }
    return {};
}

std::optional<Stage> stageFromKey(const QString& key)
{
    for (Stage stage : {Stage::None, Stage::Staging, Stage::Production, Stage::Archived}) {
        if (key.compare(stageKey(stage), Qt::CaseInsensitive) == 0)
            return stage;
    }
    return std::nullopt;
}

Registry::Registry(const QString& root) : m_root(QDir::cleanPath(QDir(root).absolutePath())) {}

QString Registry::root() const
{
    return m_root;
}

bool Registry::exists() const
{
    return isFolder(m_root);
}
QString Registry::manifestFileName()
{
    return kManifest;
}
QString Registry::recordFileName()
{
    return kRecord;
}
QString Registry::validateModelName(const QString& name)
{
    return nameProblem(name, true);
}
QString Registry::validateFileName(const QString& name)
{
    return nameProblem(name, false);
}

QString Registry::modelPath(const QString& model) const
{
    return m_root + u'/' + model;
}

Result<QList<int>> Registry::versionNumbers(const QString& model) const
{
    if (const QString problem = validateModelName(model); !problem.isEmpty())
        return Error::badInput(problem);
    const QString folder = modelPath(model);
    QStringList names;
    const int error = listFolder(folder, names);
    if (error != 0 && error != ENOENT && error != ENOTDIR) {
        Error failure = Error::io(Text::tr("The model folder %1 cannot be read (%2). Check your "
                                           "permission to read the registry folder.")
                                      .arg(folder, systemError(error)));
        failure.file = folder;
        return failure;
    }
    QList<int> numbers;
    for (const QString& name : std::as_const(names)) {
        if (const int number = versionNumber(name); number > 0 && isFolder(folder + u'/' + name))
            numbers << number;
    }
    if (numbers.isEmpty()) {
        if (!isFolder(m_root))
            return registryMissing(m_root);
        return Error::notFound(Text::tr("There is no model named \"%1\" in the registry %2. Check "
                                        "the name against the models listed there; names are "
                                        "case-sensitive.")
                                   .arg(model, m_root));
    }
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

Result<QString> Registry::versionPath(const QString& model, int version) const
{
    auto numbers = versionNumbers(model);
    if (!numbers)
        return numbers.error();
    if (!numbers->contains(version))
        return Error::notFound(
            Text::tr("Model \"%1\" has no version %2 in the registry %3; its "
                     "latest version is %4.")
                .arg(model, QString::number(version), m_root, QString::number(numbers->last())));
    return modelPath(model) + u'/' + QString::number(version);
}

Result<ModelVersion> Registry::publish(const QString& model, const QMap<QString, QByteArray>& files)
{
    if (const QString problem = validateModelName(model); !problem.isEmpty())
        return Error::badInput(problem);
    if (files.isEmpty())
        return Error::badInput(Text::tr("The model \"%1\" was not published: there are no files "
                                        "to publish.")
                                   .arg(model));
    QSet<QString> folded;
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QString& name = it.key();
        if (const QString problem = validateFileName(name); !problem.isEmpty())
            return Error::badInput(
                Text::tr("The model \"%1\" was not published. %2").arg(model, problem));
        if (name.compare(kManifest, Qt::CaseInsensitive) == 0 ||
            name.compare(kRecord, Qt::CaseInsensitive) == 0)
            return Error::badInput(Text::tr("The model \"%1\" was not published: the registry "
                                            "writes %2 itself, so no file given can have that "
                                            "name. Rename that file.")
                                       .arg(model, name));
        if (folded.contains(name.toCaseFolded()))
            return Error::badInput(Text::tr("The model \"%1\" was not published: \"%2\" and "
                                            "another file differ only by case, which makes them "
                                            "one file on Windows and macOS shares. Rename one of "
                                            "them.")
                                       .arg(model, name));
        folded.insert(name.toCaseFolded());
    }

    // Only the registry folder itself is created: a missing parent usually means a share that
    // is not mounted, and creating it would publish to the local disk instead.
    if (!isFolder(m_root) && !QDir().mkdir(m_root) && !isFolder(m_root)) { // another writer may have made it
        const bool parentMissing = !isFolder(QFileInfo(m_root).absolutePath());
        Error error = Error::io(
            (parentMissing ? Text::tr("The model \"%1\" was not published: the folder %2, which should hold the "
                                      "registry folder, does not exist. Check that the shared folder is mounted "
                                      "and that the registry path is right.")
                                 .arg(model, QFileInfo(m_root).absolutePath())
                           : Text::tr("The model \"%1\" was not published: the registry folder %2 cannot be "
                                      "created. Check that you may write to %3.")
                                 .arg(model, m_root, QFileInfo(m_root).absolutePath())));
        error.file = m_root;
        return error;
    }
    QStringList models;
    if (const int error = listFolder(m_root, models); error != 0) {
        Error failure = Error::io(Text::tr("The model \"%1\" was not published: the registry "
                                           "folder %2 cannot be read (%3).")
                                      .arg(model, m_root, systemError(error)));
        failure.file = m_root;
        return failure;
    }
    for (const QString& other : std::as_const(models)) {
        if (other != model && other.compare(model, Qt::CaseInsensitive) == 0 &&
            isFolder(m_root + u'/' + other))
            return Error::conflict(Text::tr("The model \"%1\" was not published: the registry "
                                            "%2 has a model \"%3\", and names that differ only by "
                                            "case are one folder on Windows and macOS shares. "
                                            "Publish it as \"%3\", or choose another name.")
                                       .arg(model, m_root, other));
    }

    const QString folder = modelPath(model);
    const auto writeFailed = [&](const QString& path, int error) {
        Error failure = Error::io(Text::tr("The model \"%1\" was not published: writing %2 failed "
                                           "(%3). Nothing was published; check the free space and "
                                           "your permission to write to the registry folder, then "
                                           "try again.")
                                      .arg(model, path, systemError(error)));
        failure.file = path;
        return failure;
    };
    if (::mkdir(native(folder).constData(), 0777) != 0 && errno != EEXIST) {
        const int error = errno;
        return writeFailed(folder, error);
    }

    // Everything is written under a hidden name first; readers skip names starting with '.'.
    TemporaryFolder temporary(folder + u"/.publishing-"_s +
                              QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (::mkdir(native(temporary.path()).constData(), 0777) != 0) {
        const int error = errno;
        return writeFailed(temporary.path(), error);
    }

    const QDateTime published = parseTime(timestamp(QDateTime::currentDateTimeUtc()));
    QJsonObject sizes;
    for (auto it = files.begin(); it != files.end(); ++it)
        sizes.insert(it.key(), qint64(it.value().size()));
    const QJsonObject record{{u"format"_s, kFormat},
                             {u"model"_s, model},
                             {u"published"_s, timestamp(published)},
                             {u"user"_s, currentUserName()},
                             {u"host"_s, QSysInfo::machineHostName()},
                             {u"files"_s, sizes}};
    QMap<QString, QByteArray> all = files;
    all.insert(kRecord, QJsonDocument(record).toJson(QJsonDocument::Indented));
    all.insert(kManifest, makeManifest(all)); // written last, once every file is written
    for (auto it = all.begin(); it != all.end(); ++it) {
        const QString path = temporary.path() + u'/' + it.key();
        if (const int error = writeDurably(path, it.value()); error != 0)
            return writeFailed(path, error);
    }
    syncFolder(temporary.path());

    int next = 1;
    const auto skipTaken = [&] {
        QStringList names;
        listFolder(folder, names);
        for (const QString& name : std::as_const(names))
            next = std::max(next, versionNumber(name) + 1);
    };
    skipTaken();
    bool noReplace = !forceFallbacks();
    for (int attempt = 0; attempt < kMaxAttempts; ++attempt) {
        const QString target = folder + u'/' + QString::number(next);
        const QByteArray from = native(temporary.path()), to = native(target);
        const int result = noReplace ? ::renameat2(AT_FDCWD, from.constData(), AT_FDCWD,
                                                   to.constData(), RENAME_NOREPLACE)
                                     : ::rename(from.constData(), to.constData());
        if (result == 0) {
            temporary.release();
            syncFolder(folder);
            ModelVersion version;
            version.model = model;
            version.version = next;
            version.path = target;
            version.published = published;
            return version;
        }
        const int error = errno;
        if (noReplace && (error == EINVAL || error == ENOSYS || error == EOPNOTSUPP)) {
            // The file system cannot rename without replacing; a plain rename of a folder still
            // fails on an existing version, because a version folder is never empty.
            noReplace = false;
            continue;
        }
        if (error != EEXIST && error != ENOTEMPTY && error != ENOTDIR) {
            Error failure =
                Error::io(Text::tr("The model \"%1\" was not published: moving %2 to "
                                   "%3 failed (%4). Nothing was published; check your "
                                   "permission to write to the registry folder, then "
                                   "try again.")
                              .arg(model, temporary.path(), target, systemError(error)));
            failure.file = target;
            return failure;
        }
        // Another publisher took this number: move past it and past anything published since.
        ++next;
        skipTaken();
    }
    return Error::conflict(Text::tr("The model \"%1\" was not published: other publishers took "
                                    "%2 version numbers in a row. Try again.")
                               .arg(model, QString::number(kMaxAttempts)));
}

Result<QStringList> Registry::models()
{
    QStringList names;
    if (const int error = listFolder(m_root, names); error == ENOENT) {
        return QStringList(); // nothing was published yet (or the share is not mounted: exists())
    } else if (error != 0) {
        Error failure = Error::io(Text::tr("The registry folder %1 cannot be read (%2). Check "
                                           "your permission to read it.")
                                      .arg(m_root, systemError(error)));
        failure.file = m_root;
        return failure;
    }
    QStringList models;
    for (const QString& name : std::as_const(names)) {
        // Hidden and temporary entries fail the name check; versionNumbers() needs a version.
        if (validateModelName(name).isEmpty() && versionNumbers(name).ok())
            models << name;
    }
    std::sort(models.begin(), models.end(), [](const QString& a, const QString& b) {
        const int order = a.compare(b, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a < b;
    });
    return models;
}

Result<QList<ModelVersion>> Registry::versions(const QString& model)
{
    auto numbers = versionNumbers(model);
    if (!numbers)
        return numbers.error();
    auto entries = readHistory(modelPath(model), model);
    if (!entries)
        return entries.error();
    const QMap<int, Stage> stages = stagesAfter(*entries);
    QList<ModelVersion> list;
    for (int number : std::as_const(*numbers)) {
        ModelVersion version;
        version.model = model;
        version.version = number;
        version.path = modelPath(model) + u'/' + QString::number(number);
        version.stage = stages.value(number, Stage::None);
        version.published = publishedTime(version.path);
        list << version;
    }
    return list;
}

Result<ModelVersion> Registry::version(const QString& model, int version)
{
    auto path = versionPath(model, version);
    if (!path)
        return path.error();
    auto stage = this->stage(model, version);
    if (!stage)
        return stage.error();
    ModelVersion found;
    found.model = model;
    found.version = version;
    found.path = *path;
    found.stage = *stage;
    found.published = publishedTime(*path);
    return found;
}

Result<VersionCheck> Registry::verify(const QString& model, int version)
{
    auto path = versionPath(model, version);
    if (!path)
        return path.error();
    VersionCheck check;
    check.problems = checkVersionFolder(*path);
    check.ok = check.problems.isEmpty();
    return check;
}

Result<QByteArray> Registry::readFile(const QString& model, int version, const QString& file)
{
    auto path = versionPath(model, version);
    if (!path)
        return path.error();
    if (!validateFileName(file).isEmpty())
        return Error::badInput(Text::tr("\"%1\" is not the name of a file in version %2 of model "
                                        "\"%3\"; a version holds files without folders.")
                                   .arg(printable(file), QString::number(version), model));
    std::optional<QByteArray> content;
    const QStringList problems = checkVersionFolder(*path, file, &content);
    if (!problems.isEmpty())
        return failedCheck(Text::tr("Version %1 of model \"%2\" in %3 fails its checksum check, so "
                                    "none of its files is read:")
                               .arg(QString::number(version), model, *path),
                           *path, problems);
    if (!content)
        return Error::notFound(
            Text::tr("Version %1 of model \"%2\" has no file \"%3\"; its "
                     "files are listed in %4.")
                .arg(QString::number(version), model, file, *path + u'/' + kManifest));
    return *std::move(content);
}

Result<QList<HistoryEntry>> Registry::history(const QString& model)
{
    if (auto numbers = versionNumbers(model); !numbers)
        return numbers.error();
    return readHistory(modelPath(model), model);
}

QMap<int, Stage> Registry::stagesAfter(const QList<HistoryEntry>& history)
{
    QMap<int, Stage> stages;
    for (const HistoryEntry& entry : history) {
        for (const StageChange& change : entry.changes)
            stages.insert(change.version, change.to);
    }
    return stages;
}

Result<Stage> Registry::stage(const QString& model, int version)
{
    if (auto path = versionPath(model, version); !path)
        return path.error();
    auto entries = readHistory(modelPath(model), model);
    if (!entries)
        return entries.error();
    return stagesAfter(*entries).value(version, Stage::None);
}

Result<HistoryEntry> Registry::promote(const QString& model, int version, Stage to,
                                       const QString& reason, const QString& user)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error::badInput(Text::tr("Version %1 of model \"%2\" was not moved to %3: a stage "
                                        "change needs a reason, and none was given.")
                                   .arg(QString::number(version), model, stageKey(to)));
    if (const qsizetype length = why.toUcs4().size(); length > kMaxReasonLength)
        return Error::badInput(Text::tr("Version %1 of model \"%2\" was not moved to %3: the "
                                        "reason has %4 characters, and at most %5 are kept. "
                                        "Shorten it.")
                                   .arg(QString::number(version), model, stageKey(to),
                                        QString::number(length),
                                        QString::number(kMaxReasonLength)));
    auto path = versionPath(model, version);
    if (!path)
        return path.error();
    if (const QStringList problems = checkVersionFolder(*path); !problems.isEmpty())
        return failedCheck(Text::tr("Version %1 of model \"%2\" in %3 was not moved to %4: it "
                                    "fails its checksum check.")
                               .arg(QString::number(version), model, *path, stageKey(to)),
                           *path, problems);

    const QString folder = modelPath(model) + u'/' + kHistoryFolder;
    if (::mkdir(native(folder).constData(), 0777) != 0 && errno != EEXIST) {
        const int mkdirError = errno;
        Error error = Error::io(Text::tr("Version %1 of model \"%2\" was not moved to %3: the "
                                         "history folder %4 cannot be created (%5). Check your "
                                         "permission to write to the registry folder.")
                                    .arg(QString::number(version), model, stageKey(to), folder,
                                         systemError(mkdirError)));
        error.file = folder;
        return error;
    }
    const QString who = user.trimmed().isEmpty() ? currentUserName() : user.trimmed();
    const QString host = QSysInfo::machineHostName();

    for (int attempt = 0; attempt < kMaxAttempts; ++attempt) {
        auto entries = readHistory(modelPath(model), model);
        if (!entries)
            return entries.error();
        const QMap<int, Stage> stages = stagesAfter(*entries);
        const Stage from = stages.value(version, Stage::None);
        if (from == to)
            return Error::conflict(Text::tr("Version %1 of model \"%2\" is already in %3; nothing "
                                            "was changed.")
                                       .arg(QString::number(version), model, stageKey(to)));
        HistoryEntry entry;
        entry.sequence = int(entries->size()) + 1;
        const QDateTime now = parseTime(timestamp(QDateTime::currentDateTimeUtc()));
        entry.changes << StageChange{version, from, to, why, who, host, now};
        if (to == Stage::Production) {
            for (auto it = stages.begin(); it != stages.end(); ++it) {
                if (it.key() != version && it.value() == Stage::Production)
                    entry.changes << StageChange{
                        it.key(), Stage::Production, Stage::Archived, why, who, host, now};
            }
        }
        int error = 0;
        switch (claimEntry(folder, entry.sequence, entryToJson(entry), error)) {
        case Claim::Written:
            return entry;
        case Claim::Taken:
            continue; // someone else changed a stage meanwhile: decide again on the new history
        case Claim::Failed: {
            const QString file = folder + u'/' + entryFileName(entry.sequence);
            Error failure = Error::io(
                Text::tr("Version %1 of model \"%2\" was not moved to %3: "
                         "writing %4 failed (%5). Check the free space and "
                         "your permission to write to the registry folder, "
                         "then try again.")
                    .arg(QString::number(version), model, stageKey(to), file, systemError(error)));
            failure.file = file;
            return failure;
        }
        }
    }
    return Error::conflict(
        Text::tr("Version %1 of model \"%2\" was not moved to %3: others "
                 "changed the stages of this model %4 times while this change "
                 "was being written. Try again.")
            .arg(QString::number(version), model, stageKey(to), QString::number(kMaxAttempts)));
}

} // namespace grove
