#include "core/common/AuditLog.h"

#include "core/common/DurableFile.h"
#include "core/common/Process.h"
#include "core/common/Sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <functional>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
};

constexpr int kMaxAttempts = 1000;
// Entry numbers run up to 12 digits; a larger one was planted.
constexpr qint64 kMaxSequence = 999999999999;
constexpr QByteArrayView kHashKey = ",\"hash\":\"";
constexpr qsizetype kSuffixSize = 9 + 64 + 2; // ,"hash":" + 64 hex digits + "}

QString zeros() { return QString(64, u'0'); }
QString native(const QString& path) { return QDir::toNativeSeparators(path); }
QString reason(int error) { return qt_error_string(error); }

bool isHex64(QByteArrayView text)
{
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

// lstat(): 0 and the mode, or the errno value.
int statNoFollow(const QString& path, mode_t& mode)
{
    struct stat info;
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return errno;
    mode = info.st_mode;
    return 0;
}

QString hexHash(QByteArrayView bytes) { return QString::fromLatin1(Sha256::hash(bytes).toHex()); }

// The bytes of an entry: its JSON with the hash of everything before the hash added as the last
// member, and a newline.
QByteArray composeEntry(const AuditEntry& entry)
{
    QJsonObject json = entry.toJson();
    json.remove(u"hash"_s);
    const QByteArray body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    QByteArray bytes = body.chopped(1);
    bytes += kHashKey;
    bytes += hexHash(body).toLatin1();
    bytes += "\"}\n";
    return bytes;
}

} // namespace

namespace {

// The hash the next entry names for the entry at `path`: its own, or, when it is damaged, the
// hash of its bytes, as read() computes it (read() reports the damage). A link, something other
// than a file or a file too large to be an entry counts as damaged; an entry that cannot be read
// for another reason (a share gone, permissions) sets `error`, since chaining past it would make
// the log look tampered with once it can be read again. An entry that does not parse is read
// again twice: on a share without hard links it may still be being written.
QString previousHash(int folder, const QString& name, int& error)
{
    QByteArray bytes;
    for (int attempt = 0;; ++attempt) {
        error = readRegularFileAt(folder, name, AuditLog::kMaxEntryBytes, bytes);
        if (error == ELOOP || error == EISDIR || error == EINVAL || error == EFBIG) {
            error = 0;
            return hexHash(QByteArrayView());
        }
        if (error != 0)
            return {};
        bool matches = false;
        QString why;
        if (const auto entry = AuditLog::parseEntry(bytes, matches, why))
            return entry->hash;
        if (attempt == 2)
            return hexHash(bytes);
        QThread::msleep(50 * (attempt + 1));
    }
}

} // namespace

std::optional<AuditEntry> AuditLog::parseEntry(QByteArrayView bytes, bool& hashMatches, QString& why)
{
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    const qsizetype at = bytes.size() - kSuffixSize;
    if (at < 2 || bytes.sliced(at, kHashKey.size()) != kHashKey || !bytes.endsWith("\"}") ||
        !isHex64(bytes.sliced(at + kHashKey.size(), 64))) {
        why = Text::tr("it does not end with the hash of its content");
        return std::nullopt;
    }
    QByteArray body = bytes.first(at).toByteArray();
    body += '}';
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        why = Text::tr("it is not a JSON object (%1)").arg(error.errorString());
        return std::nullopt;
    }
    const QJsonObject json = document.object();
    AuditEntry entry;
    const QJsonValue sequence = json.value(u"seq"_s);
    entry.sequence = sequence.isDouble() && sequence.toDouble() >= 1 && sequence.toDouble() < 1e15 ? sequence.toInteger() : 0;
    entry.time = QDateTime::fromString(json.value(u"time"_s).toString(), Qt::ISODateWithMs).toUTC();
    entry.user = json.value(u"user"_s).toString();
    entry.host = json.value(u"host"_s).toString();
    entry.action = json.value(u"action"_s).toString();
    entry.object = json.value(u"object"_s).toString();
    entry.before = json.value(u"before"_s);
    entry.after = json.value(u"after"_s);
    entry.details = json.value(u"details"_s).toObject();
    entry.previous = json.value(u"prev"_s).toString();
    entry.hash = QString::fromLatin1(bytes.sliced(at + kHashKey.size(), 64));
    if (entry.sequence == 0 || !entry.time.isValid() || entry.action.isEmpty() ||
        !isHex64(entry.previous.toLatin1())) {
        why = Text::tr("its number, time, action or previous hash is missing or malformed");
        return std::nullopt;
    }
    hashMatches = hexHash(body) == entry.hash;
    return entry;
}

QJsonObject AuditEntry::toJson() const
{
    return {{u"seq"_s, sequence},
            {u"time"_s, time.toUTC().toString(Qt::ISODateWithMs)},
            {u"user"_s, user},
            {u"host"_s, host},
            {u"action"_s, action},
            {u"object"_s, object},
            {u"before"_s, before},
            {u"after"_s, after},
            {u"details"_s, details},
            {u"prev"_s, previous},
            {u"hash"_s, hash}};
}

namespace {

QString shortValue(const QJsonValue& value)
{
    if (value.isString()) { // a hash is known by its first digits
        const QString text = value.toString();
        const bool hash = text.size() == 64 && isHex64(text.toLatin1());
        return hash ? text.left(12) + u'…' : text.size() > 200 ? text.left(199) + u'…' : text;
    }
    if (value.isNull() || value.isUndefined())
        return u"–"_s;
    // A number, a boolean, an array or an object, as compact JSON.
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    const QString text = QString::fromUtf8(json.mid(1).chopped(1));
    return text.size() > 200 ? text.left(199) + u'…' : text;
}

} // namespace

QString AuditEntry::changeSummary() const
{
    if (!before.isObject() && !after.isObject()) {
        if (before.isNull() && after.isNull())
            return {};
        return before.isNull() ? shortValue(after) : u"%1 → %2"_s.arg(shortValue(before), shortValue(after));
    }
    const QJsonObject was = before.toObject(), is = after.toObject();
    QStringList keys = was.keys();
    for (const QString& key : is.keys()) {
        if (!keys.contains(key))
            keys << key;
    }
    QStringList parts;
    for (const QString& key : std::as_const(keys)) {
        if (!was.contains(key))
            parts << u"%1: %2"_s.arg(key, shortValue(is.value(key)));
        else if (!is.contains(key))
            parts << u"%1: %2 → –"_s.arg(key, shortValue(was.value(key)));
        else if (is.value(key) != was.value(key))
            parts << u"%1: %2 → %3"_s.arg(key, shortValue(was.value(key)), shortValue(is.value(key)));
    }
    return parts.join(u", "_s);
}

QList<AuditEntry> AuditReading::since(const QDateTime& time) const
{
    if (!time.isValid())
        return entries;
    QList<AuditEntry> kept;
    for (const AuditEntry& entry : entries) {
        if (entry.time >= time)
            kept << entry;
    }
    return kept;
}

AuditLog::AuditLog(QString folder, QString name) : m_folder(std::move(folder)), m_name(std::move(name)) {}

QString AuditLog::workspaceFolder(const QString& workspaceDirectory)
{
    return QDir(workspaceDirectory).filePath(u"audit"_s);
}

QString AuditLog::registryFolder(const QString& registryRoot)
{
    return QDir(registryRoot).filePath(u".audit"_s);
}

QString AuditLog::entryFileName(qint64 sequence)
{
    return u"%1.json"_s.arg(sequence, 8, 10, QLatin1Char('0'));
}

qint64 AuditLog::entrySequence(const QString& fileName)
{
    if (!fileName.endsWith(u".json"_s) || fileName.size() < 13 || fileName.size() > 17)
        return 0; // 8 to 12 digits
    bool ok = false;
    const qint64 number = QStringView(fileName).chopped(5).toLongLong(&ok);
    return ok && number > 0 && entryFileName(number) == fileName ? number : 0;
}

Result<AuditEntry> AuditLog::append(const AuditChange& change) const
{
    const auto failed = [this](const QString& path, int error) {
        Error failure = Error::io(Text::tr("Cannot write to %1 (%2): %3. Check the free space and your permission to "
                                           "write there.")
                                      .arg(m_name, native(path), reason(error)));
        failure.file = path;
        return failure;
    };
    if (::mkdir(QFile::encodeName(m_folder).constData(), 0777) != 0 && errno != EEXIST)
        return failed(m_folder, errno);
    // Opened without following a link, and written through this descriptor: a folder swapped for
    // a link meanwhile is not written through either.
    const Descriptor folder(::open(QFile::encodeName(m_folder).constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (folder.get() < 0 && errno != ELOOP && errno != ENOTDIR)
        return failed(m_folder, errno);
    if (folder.get() < 0) {
        Error failure = Error::io(Text::tr("%1 is kept in %2, which is not a plain folder (a link or a file); Grove "
                                           "never writes through it. Restore the folder from a backup.")
                                      .arg(m_name, native(m_folder)));
        failure.file = m_folder;
        return failure;
    }
    AuditEntry entry;
    static_cast<AuditChange&>(entry) = change;
    entry.user = currentUserName();
    entry.host = QSysInfo::machineHostName();
    // The newest number from one listing; after that, a number another process took is followed
    // by name, so that a listing a network share caches cannot make the writer try it again.
    // The newest entry is the highest number whose file is the entry of that number: a file
    // planted with a higher one (999999999999.json holding "{}", or a copy of another entry) is
    // passed over, so that it cannot stop the log; reading the log reports it. Only the few
    // highest are read; when none of them is an entry, the highest number stands.
    QStringList names;
    if (const int error = listFolderAt(folder.get(), names); error != 0)
        return failed(m_folder, error);
    QList<qint64> numbers;
    for (const QString& name : std::as_const(names)) {
        if (const qint64 number = entrySequence(name); number > 0)
            numbers << number;
    }
    std::sort(numbers.begin(), numbers.end(), std::greater<>());
    qint64 last = numbers.isEmpty() ? 0 : numbers.front();
    for (qsizetype i = 0; i < numbers.size() && i < 8; ++i) {
        QByteArray bytes;
        bool matches = false;
        QString why;
        if (readRegularFileAt(folder.get(), entryFileName(numbers[i]), kMaxEntryBytes, bytes) != 0)
            continue;
        if (const auto newest = parseEntry(bytes, matches, why); newest && newest->sequence == numbers[i]) {
            last = numbers[i];
            break;
        }
    }
    for (int attempt = 0; attempt < kMaxAttempts; ++attempt) {
        if (last >= kMaxSequence)
            return Error::io(Text::tr("%1 in %2 has an entry numbered %3, beyond any real log: it was planted. Move "
                                      "the entries from the first damaged one on out of the folder, then try again.")
                                 .arg(m_name, native(m_folder))
                                 .arg(last));
        entry.previous = zeros();
        if (last > 0) {
            const QString path = QDir(m_folder).filePath(entryFileName(last));
            int error = 0;
            entry.previous = previousHash(folder.get(), entryFileName(last), error);
            if (error != 0)
                return failed(path, error);
        }
        entry.sequence = last + 1;
        entry.time = QDateTime::currentDateTimeUtc();
        QByteArray bytes = composeEntry(entry);
        if (bytes.size() > kMaxEntryBytes) {
            entry.details = {{u"truncated"_s, true}};
            if (entry.before.isArray() || entry.before.isObject())
                entry.before = u"(too long to keep)"_s;
            if (entry.after.isArray() || entry.after.isObject())
                entry.after = u"(too long to keep)"_s;
            bytes = composeEntry(entry);
        }
        const QString path = QDir(m_folder).filePath(entryFileName(entry.sequence));
        const int error = createDurablyAt(folder.get(), entryFileName(entry.sequence), bytes);
        if (error == EEXIST) {
            last = entry.sequence; // another process took this number: chain onto its entry
            continue;
        }
        if (error != 0)
            return failed(path, error);
        entry.hash = QString::fromLatin1(bytes.sliced(bytes.size() - 67, 64));
        return entry;
    }
    return Error::conflict(Text::tr("%1 was appended to by others %2 times while this entry was being written. Try "
                                    "again.")
                               .arg(m_name)
                               .arg(kMaxAttempts));
}

Result<AuditReading> AuditLog::read() const
{
    AuditReading reading;
    mode_t mode = 0;
    if (const int error = statNoFollow(m_folder, mode); error == ENOENT) {
        return reading;
    } else if (error != 0) {
        return Error::io(Text::tr("Cannot read %1 in %2: %3.").arg(m_name, native(m_folder), reason(error)));
    }
    if (!S_ISDIR(mode)) {
        reading.problems << Text::tr("%1 is kept in %2, which is not a plain folder (a link or a file), so it is not "
                                     "read. Restore the folder from a backup.")
                                .arg(m_name, native(m_folder));
        return reading;
    }
    QDir folder(m_folder);
    if (!folder.isReadable())
        return Error::io(Text::tr("Cannot read %1 in %2: the folder cannot be listed.").arg(m_name, native(m_folder)));
    QList<qint64> numbers;
    for (const QString& name : folder.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        if (const qint64 number = entrySequence(name); number > 0)
            numbers << number;
        else if (!name.startsWith(kDurableTemporaryPrefix))
            reading.problems << Text::tr("%1: \"%2\" is not an entry of the log.").arg(native(m_folder), name);
    }
    std::sort(numbers.begin(), numbers.end());
    QString previousHash = zeros();
    qint64 expected = 1;
    for (qint64 number : std::as_const(numbers)) {
        const QString path = folder.filePath(entryFileName(number));
        const QString where = native(path);
        if (number != expected)
            reading.problems << Text::tr("Entries %1 to %2 are missing before %3: entries are never removed.")
                                    .arg(expected)
                                    .arg(number - 1)
                                    .arg(where);
        expected = number + 1;
        QByteArray bytes;
        if (const int error = readRegularFileAt(AT_FDCWD, path, kMaxEntryBytes, bytes); error != 0) {
            reading.problems << (error == ELOOP   ? Text::tr("%1 is a symbolic link, not an entry.").arg(where)
                                 : error == EFBIG ? Text::tr("%1 is larger than any entry.").arg(where)
                                                  : Text::tr("%1 cannot be read: %2.").arg(where, reason(error)));
            previousHash = hexHash(bytes);
            continue;
        }
        bool matches = false;
        QString why;
        auto entry = parseEntry(bytes, matches, why);
        if (!entry) {
            reading.problems << Text::tr("%1 is damaged: %2.").arg(where, why);
            previousHash = hexHash(bytes);
            continue;
        }
        if (entry->sequence != number)
            reading.problems << Text::tr("%1 says it is entry %2.").arg(where).arg(entry->sequence);
        if (!matches)
            reading.problems << Text::tr("%1 was changed after it was written: its content no longer matches its "
                                         "hash.")
                                    .arg(where);
        if (entry->previous != previousHash)
            reading.problems << Text::tr("%1 does not follow the entry before it (it names the hash %2, the entry "
                                         "before has %3): an entry before it was changed, removed or inserted.")
                                    .arg(where, entry->previous.left(12), previousHash.left(12));
        previousHash = entry->hash;
        reading.entries << std::move(*entry);
    }
    return reading;
}

} // namespace grove
