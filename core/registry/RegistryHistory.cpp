#include "core/registry/Registry.h"
#include "core/common/Process.h"
#include "core/common/SafeText.h"
#include "core/registry/RegistryDetail.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QThread>
#include <QUuid>
#include <algorithm>
#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

// The stage history of a model: one entry file per change, never rewritten; the stages are what
// replaying the entries in order gives.

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::Registry)
};

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

namespace registry_detail {

QString historyEntryName(int sequence)
{
    return QString::number(sequence).rightJustified(6, u'0') + u".json"_s;
}

// The sequence number of a history file name, 0 for any other name (temporary files start
// with '.'; a number written another way, such as "0000001.json", is not an entry).
int historyEntryNumber(const QString& name)
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
    return number > 0 && name == historyEntryName(number) ? number : 0;
}

namespace {

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
    QJsonObject object{{u"format"_s, entry.aliasChanges.isEmpty() ? kFormat : kAliasFormat},
                       {u"sequence"_s, entry.sequence},
                       {u"changes"_s, changes}};
    if (!entry.aliasChanges.isEmpty()) {
        QJsonArray aliases;
        for (const AliasChange& change : entry.aliasChanges)
            aliases.append(aliasChangeToJson(change));
        object.insert(u"aliases"_s, aliases);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace

std::optional<HistoryEntry> parseHistoryEntry(const QByteArray& text, int sequence, QString& why)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        why = Text::tr("not valid JSON: %1 at byte %2")
                  .arg(parseError.errorString(), QString::number(parseError.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        why = Text::tr("not a JSON object");
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    const int format = object.value(u"format"_s).toInt();
    if (format != kFormat && format != kAliasFormat) {
        why = Text::tr("not a history entry of a format this version of Grove reads");
        return std::nullopt;
    }
    if (object.value(u"sequence"_s).toInt() != sequence) {
        why = Text::tr("its sequence number is not %1, the number in its name")
                  .arg(QString::number(sequence));
        return std::nullopt;
    }
    const QJsonArray changes = object.value(u"changes"_s).toArray();
    // Format 1 has no aliases (an older Grove wrote it, or ignores them).
    const QJsonArray aliases =
        format == kAliasFormat ? object.value(u"aliases"_s).toArray() : QJsonArray();
    if (changes.isEmpty() && aliases.isEmpty()) {
        why = Text::tr("it records no stage or alias change");
        return std::nullopt;
    }
    HistoryEntry entry;
    entry.sequence = sequence;
    for (const QJsonValue& value : aliases) {
        const auto change = parseAliasChange(value.toObject(), why);
        if (!change)
            return std::nullopt;
        entry.aliasChanges << *change;
    }
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

std::optional<QMap<int, Stage>> replayHistory(const QList<HistoryEntry>& history, QString& why,
                                              int& sequence, QMap<QString, int>* aliases)
{
    QMap<int, Stage> stages;
    QMap<QString, int> replayedAliases;
    for (const HistoryEntry& entry : history) {
        for (const AliasChange& change : entry.aliasChanges) {
            if (!replayAliasChange(change, replayedAliases, why)) {
                sequence = entry.sequence;
                return std::nullopt;
            }
        }
        for (const StageChange& change : entry.changes) {
            const Stage current = stages.value(change.version, Stage::None);
            if (change.from != current) {
                why = Text::tr("it moves version %1 from %2, but version %1 is in %3 at that "
                               "point of the history")
                          .arg(QString::number(change.version), stageKey(change.from),
                               stageKey(current));
                sequence = entry.sequence;
                return std::nullopt;
            }
            stages.insert(change.version, change.to);
        }
        QStringList production;
        for (auto it = stages.begin(); it != stages.end(); ++it) {
            if (it.value() == Stage::Production)
                production << QString::number(it.key());
        }
        if (production.size() > 1) {
            why = Text::tr("it leaves versions %1 in Production, and a model has at most one "
                           "Production version")
                      .arg(production.join(u", "_s));
            sequence = entry.sequence;
            return std::nullopt;
        }
    }
    if (aliases)
        *aliases = replayedAliases;
    return stages;
}

namespace {

Error damagedHistory(const QString& model, const QString& path, const QString& why)
{
    Error error = Error::io(
        Text::tr("The history of model \"%1\" is damaged: %2 cannot be read (%3). Restore "
                 "the file from a backup; Grove never changes a history file once written.")
            .arg(model, path, why));
    error.file = path;
    return error;
}

} // namespace

Result<QList<HistoryEntry>> readHistory(const QString& root, const QString& model)
{
    const QString folder = root + u'/' + model + u'/' + kHistoryFolder;
    Descriptor opened;
    QStringList names;
    int listError = openFolderBelow(root, {model, kHistoryFolder}, opened);
    if (listError == 0)
        listError = listFolderAt(opened.get(), names);
    if (listError == ENOENT) {
        return QList<HistoryEntry>();
    } else if (listError == ELOOP || listError == ENOTDIR) {
        const QString kind = entryKind(folder);
        Error failure = Error::io(
            Text::tr("The history of model \"%1\" is damaged: %2 is %3, not a folder. Grove "
                     "never reads through links in a registry; restore the history folder from a "
                     "backup.")
                .arg(model, folder, kind.isEmpty() ? Text::tr("not a folder") : kind));
        failure.file = folder;
        return failure;
    } else if (listError != 0) {
        Error failure = Error::io(Text::tr("The history of model \"%1\" cannot be read: "
                                           "listing %2 failed (%3). Check your permission to read "
                                           "the registry folder.")
                                      .arg(model, folder, systemError(listError)));
        failure.file = folder;
        return failure;
    }
    QList<int> numbers;
    for (const QString& name : std::as_const(names)) {
        if (const int number = historyEntryNumber(name); number > 0)
            numbers << number;
    }
    std::sort(numbers.begin(), numbers.end());

    QList<HistoryEntry> entries;
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        const int sequence = int(i + 1);
        const QString path = folder + u'/' + historyEntryName(sequence);
        if (numbers[i] != sequence) {
            Error error = Error::io(
                Text::tr("The history of model \"%1\" is incomplete: %2 is missing while "
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
            const int readError = readRegularFileAt(opened.get(), historyEntryName(sequence),
                                                  kMaxHistoryEntrySize, text);
            if (readError == EFBIG)
                why = Text::tr("larger than %1 bytes, far more than a history entry holds")
                          .arg(QString::number(kMaxHistoryEntrySize));
            else if (readError == ELOOP)
                why = Text::tr("a symbolic link, not a history entry");
            else if (readError != 0)
                why = systemError(readError);
            else
                entry = parseHistoryEntry(text, sequence, why);
            if (!entry && (readError == EFBIG || readError == ELOOP))
                break;
        }
        if (!entry)
            return damagedHistory(model, path, why);
        entries << *entry;
    }
    QString why;
    int sequence = 0;
    if (!replayHistory(entries, why, sequence)) {
        const QString path = folder + u'/' + historyEntryName(sequence);
        Error error = Error::io(
            Text::tr("The history of model \"%1\" is damaged: %2 contradicts the entries "
                     "before it (%3). Grove writes every change against the history as it is, so "
                     "this entry was changed or forged; restore the history from a backup.")
                .arg(model, path, why));
        error.file = path;
        return error;
    }
    return entries;
}

namespace {

enum class Claim
{
    Written,
    Taken,
    Failed
};

// Creates history entry `sequence` unless another writer has taken that number.
Claim claimEntry(const QString& folder, int sequence, const QByteArray& bytes, int& error)
{
    error = createDurably(folder + u'/' + historyEntryName(sequence), bytes, !forceFallbacks());
    if (error == EEXIST)
        return Claim::Taken;
    return error == 0 ? Claim::Written : Claim::Failed;
}

} // namespace

QString reasonProblem(const QString& refused, const QString& reason)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Text::tr("%1: a change to the history needs a reason, and none was given.")
            .arg(refused);
    if (const qsizetype length = why.toUcs4().size(); length > Registry::kMaxReasonLength)
        return Text::tr("%1: the reason has %2 characters, and at most %3 are kept. Shorten it.")
            .arg(refused, QString::number(length), QString::number(Registry::kMaxReasonLength));
    if (const QString problem = singleLineFieldProblem(Text::tr("The reason"), why);
        !problem.isEmpty())
        return Text::tr("%1. %2").arg(refused, problem);
    return {};
}

Result<HistoryEntry> appendHistoryEntry(
    const QString& root, const QString& model, const QString& refused,
    const std::function<Result<HistoryEntry>(const QList<HistoryEntry>&)>& decide)
{
    const QString folder = root + u'/' + model + u'/' + kHistoryFolder;
    if (::mkdir(native(folder).constData(), 0777) != 0 && errno != EEXIST) {
        const int mkdirError = errno;
        Error error = Error::io(Text::tr("%1: the history folder %2 cannot be created (%3). Check "
                                         "your permission to write to the registry folder.")
                                    .arg(refused, folder, systemError(mkdirError)));
        error.file = folder;
        return error;
    }
    // The history folder existed already, or was just made: it must be a folder, not a link
    // through which the entry would be written elsewhere.
    if (!isPlainFolder(folder)) {
        Error error = Error::io(Text::tr("%1: %2 is %3, not a folder, and Grove never writes "
                                         "through links in a registry. Restore the history folder "
                                         "from a backup.")
                                    .arg(refused, folder, entryKind(folder)));
        error.file = folder;
        return error;
    }
    for (int attempt = 0; attempt < kMaxAttempts; ++attempt) {
        auto entries = readHistory(root, model);
        if (!entries)
            return entries.error();
        auto entry = decide(*entries);
        if (!entry)
            return entry.error();
        entry->sequence = int(entries->size()) + 1;
        int error = 0;
        switch (claimEntry(folder, entry->sequence, entryToJson(*entry), error)) {
        case Claim::Written:
            auditHistoryEntry(root, model, *entry);
            return entry;
        case Claim::Taken:
            continue; // someone else changed the history meanwhile: decide again on the new one
        case Claim::Failed: {
            const QString file = folder + u'/' + historyEntryName(entry->sequence);
            Error failure = Error::io(Text::tr("%1: writing %2 failed (%3). Check the free space "
                                               "and your permission to write to the registry "
                                               "folder, then try again.")
                                          .arg(refused, file, systemError(error)));
            failure.file = file;
            return failure;
        }
        }
    }
    return Error::conflict(Text::tr("%1: others changed the history of this model %2 times while "
                                    "this change was being written. Try again.")
                               .arg(refused, QString::number(kMaxAttempts)));
}

} // namespace registry_detail

using namespace registry_detail;

Result<QList<HistoryEntry>> Registry::history(const QString& model)
{
    if (auto numbers = versionNumbers(model); !numbers)
        return numbers.error();
    return readHistory(m_root, model);
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
    auto entries = readHistory(m_root, model);
    if (!entries)
        return entries.error();
    return stagesAfter(*entries).value(version, Stage::None);
}

Result<HistoryEntry> Registry::promote(const QString& model, int version, Stage to,
                                       const QString& reason, const QString& user)
{
    const QString refused = Text::tr("Version %1 of model \"%2\" was not moved to %3")
                                .arg(QString::number(version), model, stageKey(to));
    const QString why = reason.trimmed();
    if (const QString problem = reasonProblem(refused, why); !problem.isEmpty())
        return Error::badInput(problem);
    auto path = versionPath(model, version);
    if (!path)
        return path.error();
    if (const QStringList problems = checkVersionFolder(m_root, model, version);
        !problems.isEmpty())
        return failedCheck(Text::tr("Version %1 of model \"%2\" in %3 was not moved to %4: it "
                                    "fails its checksum check.")
                               .arg(QString::number(version), model, *path, stageKey(to)),
                           *path, problems);
    const QString who = user.trimmed().isEmpty() ? currentUserName() : user.trimmed();
    const QString host = QSysInfo::machineHostName();
    return appendHistoryEntry(
        m_root, model, refused,
        [&](const QList<HistoryEntry>& entries) -> Result<HistoryEntry> {
            const QMap<int, Stage> stages = stagesAfter(entries);
            const Stage from = stages.value(version, Stage::None);
            if (from == to)
                return Error::conflict(Text::tr("Version %1 of model \"%2\" is already in %3; "
                                                "nothing was changed.")
                                           .arg(QString::number(version), model, stageKey(to)));
            HistoryEntry entry;
            const QDateTime now = parseTime(timestamp(QDateTime::currentDateTimeUtc()));
            entry.changes << StageChange{version, from, to, why, who, host, now};
            if (to == Stage::Production) {
                for (auto it = stages.begin(); it != stages.end(); ++it) {
                    if (it.key() != version && it.value() == Stage::Production)
                        entry.changes << StageChange{
                            it.key(), Stage::Production, Stage::Archived, why, who, host, now};
                }
            }
            return entry;
        });
}

} // namespace grove
