#include "core/store/SweepFile.h"

#include "core/common/AtomicFile.h"
#include "core/common/DurableFile.h"
#include "core/common/SafeText.h"
#include "core/store/Database.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cerrno>
#include <cmath>
#include <map>
#include <tuple>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::SweepFile)
};

const QString kFormat = u"grove-sweep"_s;
constexpr int kVersion = 1;
const QStringList kSweepStatuses = {u"running"_s, u"stopped"_s, u"finished"_s};
const QStringList kTrialStatuses = {u"planned"_s, u"running"_s, u"finished"_s, u"failed"_s, u"stopped"_s};
constexpr int kMostTrials = 1 << 20;

// A whole number in [0, limit) stored as a JSON number; -1 otherwise.
qint64 count(const QJsonValue& value, qint64 limit)
{
    if (!value.isDouble())
        return -1;
    const double number = value.toDouble();
    return number >= 0 && number < double(limit) && number == std::floor(number) ? qint64(number) : -1;
}

QString fileProblem(const QString& name, int error)
{
    return error == EFBIG ? Text::tr("%1 is larger than Grove reads").arg(name)
                          : Text::tr("%1 cannot be read: %2").arg(name, qt_error_string(error));
}

} // namespace

QString sweepFilePath(const QString& workspaceDirectory, qint64 sweepId)
{
    return QDir(workspaceDirectory).filePath(u"sweeps/%1.json"_s.arg(sweepId));
}

QString sweepTrialsPath(const QString& workspaceDirectory, qint64 sweepId)
{
    return QDir(workspaceDirectory).filePath(u"sweeps/%1.trials.jsonl"_s.arg(sweepId));
}

QJsonObject sweepRecordFileJson(const SweepRecord& record)
{
    return {{u"format"_s, kFormat},
            {u"version"_s, kVersion},
            {u"id"_s, record.id},
            {u"name"_s, record.name},
            {u"definition"_s, record.definition},
            {u"status"_s, record.status},
            {u"created_at"_s, storedTimeJson(record.createdAt)},
            {u"updated_at"_s, storedTimeJson(record.updatedAt)}};
}

QJsonObject trialRecordJson(const SweepTrial& trial)
{
    QJsonArray point;
    for (double v : trial.point)
        point.append(std::isfinite(v) ? QJsonValue(v) : QJsonValue());
    auto optional = [](const std::optional<double>& v) { return v && std::isfinite(*v) ? QJsonValue(*v) : QJsonValue(); };
    return {{u"trial"_s, trial.trial},
            {u"repeat"_s, trial.repeat},
            {u"rung"_s, trial.rung},
            {u"point"_s, point},
            {u"params"_s, trial.params},
            {u"run_id"_s, trial.runId ? QJsonValue(*trial.runId) : QJsonValue()},
            {u"status"_s, trial.status},
            {u"value"_s, optional(trial.value)},
            {u"train_seconds"_s, optional(trial.trainSeconds)}};
}

Result<SweepRecord> parseSweepRecord(const QJsonObject& json)
{
    if (json.value(u"format"_s).toString() != kFormat)
        return Error::badInput(Text::tr("not a sweep record (its \"format\" is not \"%1\")").arg(kFormat));
    if (json.value(u"version"_s).toInt() != kVersion)
        return Error::badInput(Text::tr("a sweep record of version %1, which this Grove does not read")
                                   .arg(escapeUnsafeText(json.value(u"version"_s).toVariant().toString())));
    SweepRecord record;
    record.id = count(json.value(u"id"_s), qint64(1) << 53);
    record.name = json.value(u"name"_s).toString();
    record.definition = json.value(u"definition"_s).toObject();
    record.status = json.value(u"status"_s).toString();
    record.createdAt = storedTimeFromJson(json.value(u"created_at"_s));
    record.updatedAt = storedTimeFromJson(json.value(u"updated_at"_s));
    if (record.id <= 0)
        return Error::badInput(Text::tr("its \"id\" is not a sweep id"));
    if (record.name.trimmed().isEmpty() || record.definition.isEmpty())
        return Error::badInput(Text::tr("it has no name or no definition"));
    if (!kSweepStatuses.contains(record.status))
        return Error::badInput(Text::tr("its status \"%1\" is not one of %2").arg(escapeUnsafeText(record.status), kSweepStatuses.join(u", "_s)));
    if (!record.createdAt.isValid())
        return Error::badInput(Text::tr("it has no valid \"created_at\" time"));
    if (!record.updatedAt.isValid())
        record.updatedAt = record.createdAt;
    return record;
}

Result<SweepTrial> parseTrialRecord(const QJsonObject& json)
{
    SweepTrial trial;
    const qint64 number = count(json.value(u"trial"_s), kMostTrials);
    const qint64 repeat = count(json.value(u"repeat"_s), kMostTrials);
    const qint64 rung = count(json.value(u"rung"_s), 64);
    if (number < 0 || repeat < 0 || rung < 0)
        return Error::badInput(Text::tr("its \"trial\", \"repeat\" or \"rung\" is not a small whole number"));
    trial.trial = int(number);
    trial.repeat = int(repeat);
    trial.rung = int(rung);
    for (const QJsonValue& v : json.value(u"point"_s).toArray()) {
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            return Error::badInput(Text::tr("its \"point\" holds something other than a number"));
        trial.point.push_back(v.toDouble());
    }
    trial.params = json.value(u"params"_s).toObject();
    if (const QJsonValue run = json.value(u"run_id"_s); !run.isNull() && !run.isUndefined()) {
        const qint64 id = count(run, qint64(1) << 53);
        if (id <= 0)
            return Error::badInput(Text::tr("its \"run_id\" is not a run id"));
        trial.runId = id;
    }
    trial.status = json.value(u"status"_s).toString();
    if (!kTrialStatuses.contains(trial.status))
        return Error::badInput(Text::tr("its status \"%1\" is not one of %2").arg(escapeUnsafeText(trial.status), kTrialStatuses.join(u", "_s)));
    for (auto [key, target] : {std::pair{u"value"_s, &trial.value}, std::pair{u"train_seconds"_s, &trial.trainSeconds}}) {
        const QJsonValue v = json.value(key);
        if (v.isDouble() && std::isfinite(v.toDouble()))
            *target = v.toDouble();
        else if (!v.isNull() && !v.isUndefined())
            return Error::badInput(Text::tr("its \"%1\" is not a number").arg(key));
    }
    return trial;
}

Result<SweepFileContents> parseSweepFiles(const QByteArray& record, const QByteArray& trials)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(record, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Error::badInput(Text::tr("not valid JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset));
    auto parsed = parseSweepRecord(document.object());
    if (!parsed)
        return parsed.error();
    SweepFileContents contents;
    contents.record = std::move(*parsed);
    qint64 line = 0;
    for (qsizetype start = 0; start < trials.size();) {
        qsizetype end = trials.indexOf('\n', start);
        if (end < 0)
            end = trials.size();
        const QByteArray text = trials.mid(start, end - start).trimmed();
        start = end + 1;
        ++line;
        if (text.isEmpty())
            continue;
        const QJsonDocument entry = QJsonDocument::fromJson(text, &error);
        auto trial = error.error == QJsonParseError::NoError && entry.isObject()
                         ? parseTrialRecord(entry.object())
                         : Result<SweepTrial>(Error::badInput(Text::tr("not valid JSON")));
        if (!trial) {
            contents.problems << Text::tr("line %1 of its trials was skipped: %2").arg(line).arg(trial.error().message);
            continue;
        }
        contents.lines.push_back(std::move(*trial));
    }
    return contents;
}

std::vector<SweepTrial> latestTrials(const std::vector<SweepTrial>& lines)
{
    std::map<std::tuple<int, int, int>, SweepTrial> latest;
    for (const SweepTrial& trial : lines)
        latest.insert_or_assign(std::make_tuple(trial.trial, trial.repeat, trial.rung), trial);
    std::vector<SweepTrial> trials;
    for (auto& [key, trial] : latest)
        trials.push_back(std::move(trial));
    return trials;
}

Result<SweepFileContents> readSweepFiles(const QString& workspaceDirectory, qint64 sweepId)
{
    Descriptor folder;
    if (const int failed = openFolderBelow(workspaceDirectory, {u"sweeps"_s}, folder))
        return Error::io(fileProblem(u"sweeps"_s, failed));
    QByteArray record;
    const QString recordName = QFileInfo(sweepFilePath(workspaceDirectory, sweepId)).fileName();
    if (const int failed = readRegularFileAt(folder.get(), recordName, kSweepRecordLimit, record))
        return Error::io(fileProblem(recordName, failed));
    QByteArray trials;
    const QString trialsName = QFileInfo(sweepTrialsPath(workspaceDirectory, sweepId)).fileName();
    if (const int failed = readRegularFileAt(folder.get(), trialsName, kSweepTrialsLimit, trials); failed && failed != ENOENT)
        return Error::io(fileProblem(trialsName, failed));
    return parseSweepFiles(record, trials);
}

Result<qint64> claimSweepFiles(const QString& workspaceDirectory, qint64 atLeast)
{
    const QString folder = QDir(workspaceDirectory).filePath(u"sweeps"_s);
    if (!QDir().mkpath(folder))
        return Error::io(Text::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder)));
    QByteArray path;
    int error = 0;
    const qint64 id = claimNumberedEntry(folder, atLeast, [&](qint64 candidate) {
        path = QFile::encodeName(sweepTrialsPath(workspaceDirectory, candidate));
        const int file = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
        if (file < 0)
            return errno;
        ::close(file);
        return 0;
    }, error);
    if (id > 0)
        return id;
    if (error != EEXIST)
        return Error::io(Text::tr("Cannot create %1 for a new sweep: %2. Check that the workspace folder is writable.")
                             .arg(QDir::toNativeSeparators(QString::fromLocal8Bit(path)), qt_error_string(error)));
    return Error::io(Text::tr("Cannot find a free sweep id in %1.").arg(QDir::toNativeSeparators(folder)));
}

namespace {

Status writeTrialsFile(SweepStore& store, const QString& workspaceDirectory, qint64 sweepId)
{
    auto trials = store.trials(sweepId);
    if (!trials)
        return trials.error();
    QByteArray lines;
    for (const SweepTrial& trial : *trials)
        lines += QJsonDocument(trialRecordJson(trial)).toJson(QJsonDocument::Compact) + '\n';
    return writeFileAtomically(sweepTrialsPath(workspaceDirectory, sweepId), lines);
}

} // namespace

Status writeSweepFile(Workspace& workspace, qint64 sweepId, bool trialsToo)
{
    SweepStore store(workspace.database());
    auto record = store.find(QString::number(sweepId));
    if (!record)
        return record.error();
    const QString path = sweepFilePath(workspace.directory(), sweepId);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error::io(Text::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    if (trialsToo || !QFileInfo::exists(sweepTrialsPath(workspace.directory(), sweepId))) {
        if (auto written = writeTrialsFile(store, workspace.directory(), sweepId); !written)
            return written;
    }
    return writeFileAtomically(path, QJsonDocument(sweepRecordFileJson(*record)).toJson(QJsonDocument::Compact));
}

Status appendSweepTrial(SweepStore& store, const QString& workspaceDirectory, qint64 sweepId, const SweepTrial& trial)
{
    const QString path = sweepTrialsPath(workspaceDirectory, sweepId);
    // Only the process that holds the sweep's lock appends, one whole line per write. No file
    // (a sweep of an earlier Grove, or a failed append before): it is written whole instead,
    // from the database, which has this trial's change already.
    Descriptor file(::open(QFile::encodeName(path).constData(), O_RDWR | O_APPEND | O_NOFOLLOW | O_CLOEXEC));
    int failed = file.get() < 0 ? errno : 0;
    if (failed == ENOENT)
        return writeTrialsFile(store, workspaceDirectory, sweepId);
    QByteArray line = QJsonDocument(trialRecordJson(trial)).toJson(QJsonDocument::Compact) + '\n';
    if (!failed) {
        // A line cut short before (a full disk, a crash) must not swallow this one.
        struct stat info;
        char last = '\n';
        if (::fstat(file.get(), &info) == 0 && info.st_size > 0 && ::pread(file.get(), &last, 1, info.st_size - 1) == 1 &&
            last != '\n')
            line.prepend('\n');
        const ssize_t written = ::write(file.get(), line.constData(), std::size_t(line.size()));
        failed = written == line.size() ? 0 : written < 0 ? errno : ENOSPC;
        // A trial that has ended goes to the disk at once: this file is what `recover` rebuilds
        // the sweep from after a crash. (A trial that starts need not: a resumed sweep trains it
        // again either way.)
        if (!failed && !trial.inProgress() && ::fdatasync(file.get()) != 0)
            failed = errno;
    }
    if (!failed)
        return {};
    ::unlink(QFile::encodeName(path).constData());
    return Error::io(Text::tr("Cannot add to %1: %2").arg(QDir::toNativeSeparators(path), qt_error_string(failed)));
}

} // namespace grove
