#include "core/model/ModelMetadata.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

QString timeText(const QDateTime& time) { return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString(); }
QDateTime timeFrom(const QJsonValue& value) { return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC(); }

} // namespace

QJsonObject ExportedRun::toJson() const
{
    return {{u"id"_s, id},
            {u"experiment"_s, experiment},
            {u"workspace"_s, workspace},
            {u"trained_by"_s, trainedBy},
            {u"trained_on"_s, trainedOn},
            {u"started_at"_s, timeText(startedAt)},
            {u"finished_at"_s, timeText(finishedAt)},
            {u"model_sha256"_s, modelSha256},
            {u"tags"_s, QJsonArray::fromStringList(tags)},
            {u"note"_s, note}};
}

QJsonObject CopiedVersion::toJson() const
{
    return {{u"registry"_s, registry},
            {u"model"_s, model},
            {u"version"_s, version},
            {u"manifest_sha256"_s, manifestSha256},
            {u"copied_at"_s, timeText(copiedAt)},
            {u"copied_by"_s, copiedBy},
            {u"copied_on"_s, copiedOn}};
}

CopiedVersion CopiedVersion::fromJson(const QJsonObject& json)
{
    CopiedVersion copy;
    copy.registry = json.value(u"registry"_s).toString();
    copy.model = json.value(u"model"_s).toString();
    copy.version = json.value(u"version"_s).toInt();
    copy.manifestSha256 = json.value(u"manifest_sha256"_s).toString();
    copy.copiedAt = timeFrom(json.value(u"copied_at"_s));
    copy.copiedBy = json.value(u"copied_by"_s).toString();
    copy.copiedOn = json.value(u"copied_on"_s).toString();
    return copy;
}

QJsonObject ModelMetadata::copiedDocument(const QJsonObject& source, const QString& model, const CopiedVersion& copy)
{
    QJsonObject json = source;
    json.insert(u"model"_s, model);
    QJsonArray copies{copy.toJson()};
    for (const QJsonValue& earlier : source.value(u"copied_from"_s).toArray())
        copies.append(earlier);
    json.insert(u"copied_from"_s, copies);
    return json;
}

QJsonObject ModelMetadata::toJson() const
{
    const QJsonObject metricsJson{
        {u"final"_s, metrics.final},
        {u"best"_s, metrics.best},
        {u"model"_s, metrics.model},
        {u"best_iteration"_s, metrics.bestIteration ? QJsonValue(*metrics.bestIteration) : QJsonValue()},
        {u"rounds"_s, metrics.rounds}};
    QJsonObject json{{u"format"_s, format},
            {u"model"_s, model},
            {u"model_uuid"_s, modelUuid},
            {u"exported_at"_s, timeText(exportedAt)},
            {u"exported_by"_s, exportedBy},
            {u"exported_on"_s, exportedOn},
            {u"run"_s, run.toJson()},
            {u"data"_s, data.toJson()},
            {u"config"_s, config.toJson()},
            {u"model_sha256"_s, modelSha256},
            {u"metrics"_s, metricsJson},
            {u"validation"_s, validation},
            {u"environment"_s, environment},
            {u"exported_with"_s, exportedWith},
            {u"schema"_s, schema.toJson()},
            {u"predict_rounds"_s, predictRounds},
            {u"rounds_in_model"_s, roundsInModel}};
    // Written when there are any, so that a version exported before stays as it was.
    if (!optionalInputs.isEmpty())
        json.insert(u"optional_inputs"_s, QJsonArray::fromStringList(optionalInputs));
    if (schema.task == Task::Binary) {
        // Always the threshold in use, so that a script reading it needs no default of its own.
        QJsonObject chosen = decision.toJson();
        chosen.insert(u"threshold"_s, decision.effectiveThreshold());
        chosen.insert(u"chosen"_s, decision.threshold.has_value());
        json.insert(u"decision"_s, chosen);
    }
    if (!copiedFrom.isEmpty()) {
        QJsonArray copies;
        for (const CopiedVersion& copy : copiedFrom)
            copies.append(copy.toJson());
        json.insert(u"copied_from"_s, copies);
    }
    return json;
}

ModelMetadata ModelMetadata::fromJson(const QJsonObject& json)
{
    ModelMetadata m;
    m.format = json.value(u"format"_s).toString();
    m.model = json.value(u"model"_s).toString();
    m.modelUuid = json.value(u"model_uuid"_s).toString();
    m.exportedAt = timeFrom(json.value(u"exported_at"_s));
    m.exportedBy = json.value(u"exported_by"_s).toString();
    m.exportedOn = json.value(u"exported_on"_s).toString();

    const QJsonObject runJson = json.value(u"run"_s).toObject();
    m.run.id = runJson.value(u"id"_s).toInteger();
    m.run.experiment = runJson.value(u"experiment"_s).toString();
    m.run.workspace = runJson.value(u"workspace"_s).toString();
    m.run.trainedBy = runJson.value(u"trained_by"_s).toString();
    m.run.trainedOn = runJson.value(u"trained_on"_s).toString();
    m.run.startedAt = timeFrom(runJson.value(u"started_at"_s));
    m.run.finishedAt = timeFrom(runJson.value(u"finished_at"_s));
    m.run.modelSha256 = runJson.value(u"model_sha256"_s).toString();
    for (const QJsonValue& tag : runJson.value(u"tags"_s).toArray())
        m.run.tags << tag.toString();
    m.run.note = runJson.value(u"note"_s).toString();

    m.data = TrainingData::fromJson(json.value(u"data"_s).toObject());
    if (auto config = RunConfig::fromJson(json.value(u"config"_s).toObject(), RunConfig::Source::Stored))
        m.config = std::move(config.value());
    else
        m.configProblem = config.error().message;
    m.modelSha256 = json.value(u"model_sha256"_s).toString();

    const QJsonObject metricsJson = json.value(u"metrics"_s).toObject();
    m.metrics.final = metricsJson.value(u"final"_s).toObject();
    m.metrics.best = metricsJson.value(u"best"_s).toObject();
    // Versions exported before "model" was written: the final metrics are what the model achieves.
    m.metrics.model = metricsJson.contains(u"model"_s) ? metricsJson.value(u"model"_s).toObject() : m.metrics.final;
    if (const QJsonValue best = metricsJson.value(u"best_iteration"_s); best.isDouble())
        m.metrics.bestIteration = best.toInt();
    m.metrics.rounds = metricsJson.value(u"rounds"_s).toInt();

    m.validation = json.value(u"validation"_s).toObject();
    m.environment = json.value(u"environment"_s).toObject();
    m.exportedWith = json.value(u"exported_with"_s).toObject();
    m.schema = ModelSchema::fromJson(json.value(u"schema"_s).toObject());
    m.predictRounds = std::max(0, json.value(u"predict_rounds"_s).toInt());
    m.roundsInModel = json.value(u"rounds_in_model"_s).toInt();
    for (const QJsonValue& name : json.value(u"optional_inputs"_s).toArray()) {
        if (name.isString())
            m.optionalInputs << name.toString();
    }
    for (const QJsonValue& copy : json.value(u"copied_from"_s).toArray()) {
        if (copy.isObject())
            m.copiedFrom << CopiedVersion::fromJson(copy.toObject());
    }
    const QJsonObject decision = json.value(u"decision"_s).toObject();
    m.decision = RunDecision::fromJson(decision);
    if (!decision.value(u"chosen"_s).toBool(true))
        m.decision.threshold.reset(); // the default, written out
    return m;
}

QString ModelMetadata::keyMetric() const
{
    const QJsonObject valid = metrics.model.value(u"valid"_s).toObject();
    const QString primary = config.metrics.isEmpty() ? QString() : config.metrics.last();
    const QString metric = valid.contains(primary) ? primary : valid.keys().value(0);
    return metric.isEmpty() ? QString() : u"%1 %2"_s.arg(metric, QString::number(valid.value(metric).toDouble(), 'g', 6));
}

} // namespace grove
