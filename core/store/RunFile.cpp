#include "core/store/RunFile.h"

#include "core/common/AtomicFile.h"
#include "core/store/Database.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::RunFile)
};

const QString kFormat = u"grove-run"_s;
constexpr int kVersion = 1;

QJsonValue optional(const std::optional<qint64>& value) { return value ? QJsonValue(*value) : QJsonValue(); }

} // namespace

QString runFilePath(const Workspace& workspace, qint64 runId)
{
    return QDir(workspace.runDirectory(runId)).filePath(u"run.json"_s);
}

QJsonObject runFileJson(const RunRecord& r, const std::vector<StoredSeries>& history)
{
    QJsonArray series;
    for (const StoredSeries& s : history) {
        QJsonArray values;
        for (double v : s.values)
            values.append(std::isfinite(v) ? QJsonValue(v) : QJsonValue()); // JSON has no NaN
        series.append(QJsonObject{{u"split"_s, s.split}, {u"metric"_s, s.metric}, {u"fold"_s, s.fold}, {u"values"_s, values}});
    }
    return {{u"format"_s, kFormat},
            {u"version"_s, kVersion},
            {u"id"_s, r.id},
            {u"experiment"_s, r.experiment},
            {u"dataset_id"_s, r.datasetId},
            {u"valid_dataset_id"_s, optional(r.validDatasetId)},
            {u"status"_s, runStatusKey(r.status)},
            {u"created_at"_s, storedTimeJson(r.createdAt)},
            {u"started_at"_s, storedTimeJson(r.startedAt)},
            {u"finished_at"_s, storedTimeJson(r.finishedAt)},
            {u"heartbeat_at"_s, storedTimeJson(r.heartbeatAt)},
            {u"user"_s, r.user},
            {u"host"_s, r.host},
            {u"process"_s, r.process},
            {u"config"_s, r.setup.toJson()},
            {u"environment"_s, r.environment},
            {u"rounds_done"_s, r.roundsDone},
            {u"rounds_total"_s, r.roundsTotal},
            {u"best_iteration"_s, r.bestIteration ? QJsonValue(*r.bestIteration) : QJsonValue()},
            {u"final_metrics"_s, r.finalMetrics},
            {u"best_metrics"_s, r.bestMetrics},
            {u"importance"_s, r.importance},
            {u"model_sha256"_s, r.modelSha256},
            {u"message"_s, r.message},
            {u"reproduced_from"_s, optional(r.reproducedFrom)},
            {u"tags"_s, QJsonArray::fromStringList(r.tags)},
            {u"note"_s, r.note},
            {u"deleted_at"_s, storedTimeJson(r.deletedAt)},
            {u"decision"_s, r.decision.toJson()},
            {u"history"_s, series}};
}

Result<RunFileContents> parseRunFile(const QJsonObject& json)
{
    if (json.value(u"format"_s).toString() != kFormat)
        return Error::badInput(Text::tr("not a Grove run record"));
    if (json.value(u"version"_s).toInt() > kVersion)
        return Error::badInput(Text::tr("written by a newer version of Grove (record version %1)")
                                   .arg(json.value(u"version"_s).toInt()));
    RunFileContents contents;
    RunRecord& r = contents.record;
    r.id = json.value(u"id"_s).toInteger();
    const auto status = runStatusFromKey(json.value(u"status"_s).toString());
    if (r.id <= 0 || !status || !json.value(u"config"_s).isObject() || json.value(u"dataset_id"_s).toInteger() <= 0)
        return Error::badInput(Text::tr("the id, status, dataset or configuration is missing"));
    r.status = *status;
    r.experiment = json.value(u"experiment"_s).toString();
    r.datasetId = json.value(u"dataset_id"_s).toInteger();
    if (json.value(u"valid_dataset_id"_s).isDouble())
        r.validDatasetId = json.value(u"valid_dataset_id"_s).toInteger();
    r.createdAt = storedTimeFromJson(json.value(u"created_at"_s));
    r.startedAt = storedTimeFromJson(json.value(u"started_at"_s));
    r.finishedAt = storedTimeFromJson(json.value(u"finished_at"_s));
    r.heartbeatAt = storedTimeFromJson(json.value(u"heartbeat_at"_s));
    r.user = json.value(u"user"_s).toString();
    r.host = json.value(u"host"_s).toString();
    r.process = json.value(u"process"_s).toString();
    r.setup = RunSetup::fromJson(json.value(u"config"_s).toObject());
    r.environment = json.value(u"environment"_s).toObject();
    r.roundsDone = json.value(u"rounds_done"_s).toInt();
    r.roundsTotal = json.value(u"rounds_total"_s).toInt();
    if (json.value(u"best_iteration"_s).isDouble())
        r.bestIteration = json.value(u"best_iteration"_s).toInt();
    r.finalMetrics = json.value(u"final_metrics"_s).toObject();
    r.bestMetrics = json.value(u"best_metrics"_s).toObject();
    r.importance = json.value(u"importance"_s).toObject();
    r.modelSha256 = json.value(u"model_sha256"_s).toString();
    r.message = json.value(u"message"_s).toString();
    if (json.value(u"reproduced_from"_s).isDouble())
        r.reproducedFrom = json.value(u"reproduced_from"_s).toInteger();
    for (const QJsonValue& tag : json.value(u"tags"_s).toArray())
        r.tags << tag.toString();
    r.note = json.value(u"note"_s).toString();
    r.deletedAt = storedTimeFromJson(json.value(u"deleted_at"_s));
    r.decision = RunDecision::fromJson(json.value(u"decision"_s).toObject());
    for (const QJsonValue& value : json.value(u"history"_s).toArray()) {
        const QJsonObject entry = value.toObject();
        StoredSeries series{entry.value(u"split"_s).toString(), entry.value(u"metric"_s).toString(),
                            entry.value(u"fold"_s).toInt(-1), {}};
        for (const QJsonValue& v : entry.value(u"values"_s).toArray())
            series.values.push_back(v.isDouble() ? v.toDouble() : std::nan(""));
        if (!series.split.isEmpty() && !series.metric.isEmpty())
            contents.history.push_back(std::move(series));
    }
    return contents;
}

Result<RunFileContents> readRunFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(Text::tr("cannot read it: %1").arg(file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Error::badInput(Text::tr("not valid JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset));
    return parseRunFile(document.object());
}

Status writeRunFile(Workspace& workspace, qint64 runId)
{
    RunStore store(workspace.database());
    auto run = store.byId(runId);
    if (!run)
        return run.error();
    if (!run->has_value())
        return Error::notFound(Text::tr("There is no run %1.").arg(runId));
    auto history = store.history(runId);
    if (!history)
        return history.error();
    const QString directory = workspace.runDirectory(runId);
    if (!QDir().mkpath(directory))
        return Error::io(Text::tr("Cannot create the folder %1 of run %2.").arg(QDir::toNativeSeparators(directory)).arg(runId));
    return writeFileAtomically(runFilePath(workspace, runId),
                               QJsonDocument(runFileJson(**run, *history)).toJson(QJsonDocument::Compact));
}

} // namespace grove
