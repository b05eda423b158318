#include "app/cli/CliApp.h"
#include "app/cli/Interrupt.h"
#include "app/cli/RegistryCommands.h"
#include "app/cli/TextTable.h"

#include "core/common/Process.h"
#include "core/common/SafeText.h"
#include "core/data/CsvReader.h"
#include "core/registry/ModelExport.h"
#include "core/registry/Registry.h"
#include "core/services/DriftCheck.h"
#include "core/services/RunValidation.h"
#include "core/store/RunStore.h"
#include "core/store/Workspace.h"
#include "core/store/WorkspaceSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace grove::cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::cli)
};

QString number(double value) { return std::isfinite(value) ? QString::number(value, 'g', 6) : QString(); }

QCommandLineOption registryOption()
{
    return {u"registry"_s,
            Text::tr("The registry folder (default: the one chosen for the workspace, or its registry folder)."),
            u"DIR"_s};
}

// The registry named by --registry, or the workspace's (chosen in the window, by default
// <workspace>/registry).
QString registryRoot(Context& context)
{
    if (context.parser.isSet(u"registry"_s))
        return QDir(context.parser.value(u"registry"_s)).absolutePath();
    if (auto workspace = context.openWorkspace(Workspace::Access::ReadIfLocked))
        return registryFolder(*workspace);
    return QDir(context.workspaceDirectory()).filePath(u"registry"_s);
}

// A text read from the shared folder, as it can be printed: another Grove, or a hand edit, may
// have written control characters into it.
QString fromShare(const QString& value) { return escapeUnsafeText(value); }

QString time(const QDateTime& value) { return value.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s); }

void printReport(Context& context, const ValidationReport& report, bool verdict = true)
{
    TextTable table({Text::tr("CHECK"), Text::tr("RESULT"), Text::tr("VALUE"), Text::tr("THRESHOLD")});
    for (const ValidationCheck& check : report.checks)
        table.addRow({escapeUnsafeText(TechnicalCheck::label(check.name)),
                      !check.applicable ? Text::tr("n/a") : check.passed ? Text::tr("passed") : Text::tr("FAILED"),
                      number(check.value), number(check.threshold)});
    context.out << table.render();
    for (const ValidationCheck& check : report.checks) {
        if (!check.passed)
            context.out << Text::tr("  %1: %2").arg(escapeUnsafeText(TechnicalCheck::label(check.name)), escapeUnsafeText(check.detail)) << Qt::endl;
    }
    if (!verdict)
        return;
    context.out << (report.passed() ? Text::tr("Run %1 passed validation; it can be exported.").arg(report.runId)
                                    : Text::tr("Run %1 failed validation; it cannot be exported.").arg(report.runId))
                << Qt::endl;
}

// ---- validate ---------------------------------------------------------------------------------

int runValidate(Context& context)
{
    QCommandLineParser& parser = context.parser;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1)
        return context.usageError(Text::tr("validate needs one RUN id."));
    auto opened = context.openRun(positional.front());
    if (!opened)
        return context.fail(opened.error());
    Workspace* workspace = &opened->workspace;
    const RunRecord* run = &opened->run;
    ValidationRequest request;
    request.runId = run->id;
    // The rules given here, or those the experiment remembers.
    if (parser.isSet(u"rule"_s))
        request.rules = parser.values(u"rule"_s);
    request.remember = parser.isSet(u"remember"_s);
    request.productionModel = parser.value(u"model"_s);
    if (!request.productionModel.isEmpty())
        request.registryRoot = registryRoot(context);
    JobControl control;
    InterruptGuard interrupt(control);
    auto outcome = validateAndSave(*workspace, request, control);
    if (!outcome)
        return context.fail(outcome.error());
    if (outcome->productionModelUnused)
        context.err << Text::tr("Note: --model is used only by rules against production; none of these rules is one.")
                    << Qt::endl;
    const ValidationReport& report = outcome->report;
    if (context.json)
        context.printJson(report.toJson());
    else
        printReport(context, report);
    return report.passed() ? Success : Failure;
}

// ---- export -----------------------------------------------------------------------------------

int runExport(Context& context)
{
    QCommandLineParser& parser = context.parser;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1 || !parser.isSet(u"model"_s))
        return context.usageError(Text::tr("export needs one RUN id and --model NAME."));
    if (const QString problem = Registry::validateModelName(parser.value(u"model"_s)); !problem.isEmpty())
        return context.fail(Error::badInput(problem));
    auto opened = context.openRun(positional.front());
    if (!opened)
        return context.fail(opened.error());
    Workspace* workspace = &opened->workspace;
    const RunRecord* run = &opened->run;
    Registry registry(registryRoot(context));
    auto version = exportRunWithDriftReference(*workspace, registry, run->id, parser.value(u"model"_s));
    if (!version)
        return context.fail(version.error());
    if (context.json) {
        context.printJson({{u"model"_s, version->model},
                           {u"version"_s, version->version},
                           {u"path"_s, version->path},
                           {u"run_id"_s, run->id},
                           {u"registry"_s, registry.root()}});
        return Success;
    }
    context.out << Text::tr("Exported run %1 as %2 version %3: %4")
                       .arg(run->id)
                       .arg(version->model)
                       .arg(version->version)
                       .arg(QDir::toNativeSeparators(version->path))
                << Qt::endl;
    return Success;
}

// ---- registry list|show|verify|promote|history -------------------------------------------------

QJsonObject versionJson(const ModelVersion& version, const ModelMetadata& metadata)
{
    return {{u"model"_s, version.model},
            {u"version"_s, version.version},
            {u"stage"_s, stageKey(version.stage)},
            {u"aliases"_s, QJsonArray::fromStringList(version.aliases)},
            {u"published"_s, version.published.toUTC().toString(Qt::ISODate)},
            {u"path"_s, version.path},
            {u"run_id"_s, metadata.run.id},
            {u"dataset"_s, metadata.data.dataset.name},
            {u"dataset_hash"_s, metadata.data.dataset.contentHash},
            {u"author"_s, metadata.exportedBy},
            {u"metrics"_s, metadata.metrics.final}};
}

int registryList(Context& context, Registry& registry)
{
    auto models = registry.models();
    if (!models)
        return context.fail(models.error());
    QJsonArray json;
    TextTable table({Text::tr("MODEL"), Text::tr("VERSIONS"), Text::tr("LATEST"), Text::tr("PRODUCTION"),
                     Text::tr("STAGING")});
    int damaged = 0;
    for (const QString& model : *models) {
        auto versions = registry.versions(model);
        if (!versions) {
            // One unreadable model does not hide the others.
            ++damaged;
            context.err << Text::tr("%1: %2").arg(model, versions.error().message) << Qt::endl;
            table.addRow({model, Text::tr("(unreadable)"), {}, {}, {}});
            json.append(QJsonObject{{u"model"_s, model}, {u"error"_s, versions.error().message}});
            continue;
        }
        QStringList production, staging;
        for (const ModelVersion& version : *versions) {
            if (version.stage == Stage::Production)
                production << QString::number(version.version);
            else if (version.stage == Stage::Staging)
                staging << QString::number(version.version);
        }
        const int latest = versions->isEmpty() ? 0 : versions->last().version;
        table.addRow({model, QString::number(versions->size()), QString::number(latest), production.join(u", "_s),
                      staging.join(u", "_s)});
        json.append(QJsonObject{{u"model"_s, model},
                                {u"versions"_s, versions->size()},
                                {u"latest"_s, latest},
                                {u"production"_s, production.isEmpty() ? QJsonValue() : QJsonValue(production.first().toInt())}});
    }
    if (context.json) {
        context.printJson({{u"registry"_s, registry.root()}, {u"models"_s, json}});
        return damaged == 0 ? Success : Failure;
    }
    if (models->isEmpty())
        context.out << Text::tr("No models in %1 yet. Export one with: grove-cli export RUN --model NAME")
                           .arg(QDir::toNativeSeparators(registry.root()))
                    << Qt::endl;
    else
        context.out << table.render();
    return damaged == 0 ? Success : Failure;
}

int registryShow(Context& context, Registry& registry, const QStringList& arguments)
{
    const QString model = arguments.value(0);
    if (arguments.size() == 1) {
        auto versions = registry.versions(model);
        if (!versions)
            return context.fail(versions.error());
        QJsonArray json;
        TextTable table({Text::tr("VERSION"), Text::tr("STAGE"), Text::tr("ALIASES"), Text::tr("KEY METRIC"),
                         Text::tr("RUN"), Text::tr("DATASET"), Text::tr("AUTHOR"), Text::tr("PUBLISHED")});
        for (const ModelVersion& version : *versions) {
            const QString aliases = version.aliases.join(u", "_s);
            auto metadata = versionMetadata(registry, model, version.version);
            if (!metadata) {
                table.addRow({QString::number(version.version), stageKey(version.stage), aliases, Text::tr("(damaged)"),
                              {}, {}, {}, time(version.published)});
                json.append(QJsonObject{{u"version"_s, version.version},
                                        {u"aliases"_s, QJsonArray::fromStringList(version.aliases)},
                                        {u"error"_s, metadata.error().message}});
                continue;
            }
            const QJsonObject item = versionJson(version, *metadata);
            json.append(item);
            table.addRow({QString::number(version.version), stageKey(version.stage), aliases, metadata->keyMetric(),
                          item.value(u"run_id"_s).toVariant().toString(), fromShare(item.value(u"dataset"_s).toString()),
                          fromShare(item.value(u"author"_s).toString()), time(version.published)});
        }
        if (context.json)
            context.printJson({{u"model"_s, model}, {u"versions"_s, json}});
        else
            context.out << table.render();
        return Success;
    }
    bool ok = false;
    const int number = arguments.value(1).toInt(&ok);
    if (!ok || number <= 0)
        return context.usageError(Text::tr("\"%1\" is not a version number.").arg(arguments.value(1)));
    auto version = registry.version(model, number);
    if (!version)
        return context.fail(version.error());
    auto check = registry.verify(model, number);
    if (!check)
        return context.fail(check.error());
    auto metadata = versionMetadata(registry, model, number);
    if (context.json) {
        QJsonObject json = metadata ? versionJson(*version, *metadata)
                                    : QJsonObject{{u"version"_s, number},
                                                  {u"aliases"_s, QJsonArray::fromStringList(version->aliases)}};
        json.insert(u"verified"_s, check->ok);
        json.insert(u"problems"_s, QJsonArray::fromStringList(check->problems));
        if (metadata) {
            json.insert(u"validation"_s, metadata->validation);
            json.insert(u"lineage"_s, metadata->run.toJson());
        }
        context.printJson(json);
        return check->ok ? Success : Failure;
    }
    context.out << Text::tr("%1 version %2 (%3), %4").arg(model).arg(number).arg(stageKey(version->stage),
                                                                               QDir::toNativeSeparators(version->path))
                << Qt::endl;
    if (!version->aliases.isEmpty())
        context.out << Text::tr("Aliases: %1").arg(version->aliases.join(u", "_s)) << Qt::endl;
    if (!check->ok) {
        context.out << Text::tr("Checksums: FAILED. Do not use this version.") << Qt::endl;
        for (const QString& problem : check->problems)
            context.out << u"  "_s << escapeUnsafeText(problem) << Qt::endl;
        return Failure;
    }
    context.out << Text::tr("Checksums: every file matches MANIFEST.sha256.") << Qt::endl;
    if (!metadata)
        return context.fail(metadata.error());
    const ExportedRun& run = metadata->run;
    const DatasetLineage& dataset = metadata->data.dataset;
    context.out << Text::tr("Run %1 of experiment \"%2\" in %3, trained by %4")
                       .arg(run.id)
                       .arg(fromShare(run.experiment), fromShare(run.workspace), fromShare(run.trainedBy))
                << Qt::endl;
    context.out << Text::tr("Dataset \"%1\" (content %2)")
                       .arg(fromShare(dataset.name), fromShare(dataset.contentHash).left(12))
                << Qt::endl;
    context.out << Text::tr("Exported by %1 on %2").arg(fromShare(metadata->exportedBy), time(version->published))
                << Qt::endl;
    auto report = ValidationReport::fromJson(metadata->validation);
    if (report) {
        context.out << Qt::endl
                    << Text::tr("Validated by %1 on %2:").arg(escapeUnsafeText(report->user), time(report->time)) << Qt::endl;
        printReport(context, *report, false);
    }
    return Success;
}

int registryVerify(Context& context, Registry& registry, const QStringList& arguments)
{
    QList<QPair<QString, int>> targets;
    QStringList unreadable;    // models whose versions or history cannot be read
    QStringList aliasProblems; // aliases that point to a version the model does not have
    QStringList models = arguments.isEmpty() ? QStringList() : QStringList{arguments.front()};
    if (models.isEmpty()) {
        auto all = registry.models();
        if (!all)
            return context.fail(all.error());
        models = *all;
    }
    // What is in the registry folder besides models and versions: links, stray files and folders,
    // which would otherwise go unchecked.
    QStringList stray;
    if (arguments.size() <= 1) {
        auto found = registry.strayEntries(arguments.value(0));
        if (!found)
            return context.fail(found.error());
        stray = *found;
    }
    // The registry's audit log, whose hash chain shows an entry edited, removed or inserted.
    std::optional<AuditReading> audit;
    if (arguments.isEmpty()) {
        auto reading = registry.auditLog().read();
        if (!reading)
            return context.fail(reading.error());
        audit = std::move(*reading);
    }
    for (const QString& model : models) {
        if (arguments.size() > 1) {
            bool ok = false;
            const int number = arguments.value(1).toInt(&ok);
            if (!ok || number <= 0)
                return context.usageError(Text::tr("\"%1\" is not a version number.").arg(escapeUnsafeText(arguments.value(1))));
            targets << qMakePair(model, number);
            continue;
        }
        auto versions = registry.versions(model);
        if (!versions) {
            if (arguments.isEmpty() || versions.error().kind == ErrorKind::Io)
                unreadable << Text::tr("%1: %2").arg(model, versions.error().message);
            else
                return context.fail(versions.error());
            continue;
        }
        for (const ModelVersion& version : *versions)
            targets << qMakePair(model, version.version);
        if (auto problems = registry.aliasProblems(model))
            aliasProblems << *problems;
    }
    QJsonArray json;
    for (const QString& problem : unreadable + aliasProblems) {
        json.append(QJsonObject{{u"ok"_s, false}, {u"problems"_s, QJsonArray{problem}}});
        if (!context.json)
            context.out << Text::tr("FAILED: %1").arg(escapeUnsafeText(problem)) << Qt::endl;
    }
    int failedVersions = 0;
    for (const auto& [model, number] : targets) {
        auto check = registry.verify(model, number);
        if (!check && check.error().kind != ErrorKind::Io)
            return context.fail(check.error());
        const bool ok = check && check->ok;
        const QStringList problems = check ? check->problems : QStringList{check.error().message};
        failedVersions += ok ? 0 : 1;
        json.append(QJsonObject{{u"model"_s, model},
                                {u"version"_s, number},
                                {u"ok"_s, ok},
                                {u"problems"_s, QJsonArray::fromStringList(problems)}});
        if (!context.json) {
            context.out << u"%1 %2: %3"_s.arg(model).arg(number).arg(ok ? Text::tr("OK") : Text::tr("FAILED")) << Qt::endl;
            for (const QString& problem : problems)
                context.out << u"  "_s << escapeUnsafeText(problem) << Qt::endl;
        }
    }
    const QStringList auditProblems = audit ? audit->problems : QStringList();
    if (!context.json) {
        for (const QString& problem : std::as_const(stray))
            context.out << Text::tr("UNEXPECTED: %1").arg(escapeUnsafeText(problem)) << Qt::endl;
        if (audit && audit->intact())
            context.out << Text::tr("Audit log: %n entries, chain intact.", nullptr, int(audit->entries.size())) << Qt::endl;
        for (const QString& problem : auditProblems)
            context.out << Text::tr("FAILED: audit log: %1").arg(escapeUnsafeText(problem)) << Qt::endl;
    }
    const int failed = failedVersions + int(unreadable.size()) + int(aliasProblems.size()) + int(stray.size()) +
                       int(auditProblems.size());
    if (context.json) {
        QJsonObject result{{u"verified"_s, json},
                          {u"unexpected"_s, QJsonArray::fromStringList(stray)},
                          {u"failed"_s, failed}};
        if (audit)
            result.insert(u"audit"_s, QJsonObject{{u"entries"_s, qint64(audit->entries.size())},
                                                 {u"intact"_s, audit->intact()},
                                                 {u"problems"_s, QJsonArray::fromStringList(auditProblems)}});
        context.printJson(result);
    } else {
        context.out << Text::tr("%1 of %2 versions verified; %3 failed.")
                           .arg(targets.size() - failedVersions)
                           .arg(targets.size())
                           .arg(failedVersions);
        if (!unreadable.isEmpty())
            context.out << u' ' << Text::tr("Models that cannot be read: %1.").arg(unreadable.size());
        if (!aliasProblems.isEmpty())
            context.out << u' ' << Text::tr("Aliases that point to no version: %1.").arg(aliasProblems.size());
        if (!stray.isEmpty())
            context.out << u' ' << Text::tr("Unexpected entries in the registry folder: %1 (listed above).").arg(stray.size());
        if (!auditProblems.isEmpty())
            context.out << u' ' << Text::tr("Breaks in the audit log's chain: %1 (listed above).").arg(auditProblems.size());
        context.out << Qt::endl;
    }
    return failed == 0 ? Success : Failure;
}

int runRegistry(Context& context)
{
    const QStringList positional = context.parser.positionalArguments().mid(1);
    const QString action = positional.value(0);
    const QStringList arguments = positional.mid(1);
    if (action == u"copy"_s)
        return registryCopy(context, arguments);
    Registry registry(registryRoot(context));
    // A share that is not mounted must not look like an empty, intact registry.
    if (auto status = requireRegistry(registry); !status)
        return context.fail(status.error());
    // Temporary folders of exports that were killed, once no process holds their lock.
    registry.removeLeftovers();
    if (action == u"list"_s && arguments.isEmpty())
        return registryList(context, registry);
    if (action == u"show"_s && (arguments.size() == 1 || arguments.size() == 2))
        return registryShow(context, registry, arguments);
    if (action == u"verify"_s && arguments.size() <= 2)
        return registryVerify(context, registry, arguments);
    if (action == u"promote"_s)
        return registryPromote(context, registry, arguments);
    if (action == u"history"_s)
        return registryHistory(context, registry, arguments);
    if (action == u"alias"_s)
        return registryAlias(context, registry, arguments);
    return context.usageError(Text::tr("registry takes one of: list; show MODEL [VERSION]; verify [MODEL [VERSION]]; "
                                       "promote MODEL VERSION --stage STAGE --reason TEXT; history MODEL; "
                                       "alias set MODEL ALIAS VERSION --reason TEXT; "
                                       "alias remove MODEL ALIAS [VERSION] --reason TEXT; "
                                       "copy SRC_REGISTRY/MODEL/VERSION DEST_REGISTRY [--model NAME]."));
}

} // namespace

void addRegistryCommands(QList<Command>& commands)
{
    commands << Command{u"validate"_s,
                        Text::tr("Check a finished run before export: the model, its data and predictions, and rules."),
                        u"RUN"_s,
                        [](QCommandLineParser& parser) {
                            parser.addPositionalArgument(u"RUN"_s, Text::tr("A run id."));
                            parser.addOptions({
                                {u"rule"_s,
                                 Text::tr("A rule, e.g. \"valid.auc >= 0.9\", \"valid.auc >= production - 0.01\", "
                                          "\"threshold.precision >= 0.8\", \"eval.brier <= 0.2\" or "
                                          "\"min(slices(region).auc) >= 0.7\". Repeatable; without any, the "
                                          "experiment's remembered rules apply."),
                                 u"EXPR"_s},
                                {u"remember"_s, Text::tr("Remember these rules for the run's experiment.")},
                                {u"model"_s, Text::tr("The model whose Production version rules compare with."), u"NAME"_s},
                                registryOption(),
                                jsonOption(),
                            });
                        },
                        runValidate};
    commands << Command{u"export"_s,
                        Text::tr("Export a validated run to the registry as the next version of a model."),
                        u"RUN"_s,
                        [](QCommandLineParser& parser) {
                            parser.addPositionalArgument(u"RUN"_s, Text::tr("A run id."));
                            parser.addOptions({
                                {u"model"_s, Text::tr("The model's name in the registry."), u"NAME"_s},
                                registryOption(),
                                jsonOption(),
                            });
                        },
                        runExport};
    commands << Command{u"registry"_s,
                        Text::tr("Browse and manage the registry: list, show, verify, promote, history, alias, copy."),
                        u"ACTION [MODEL [VERSION]]"_s,
                        [](QCommandLineParser& parser) {
                            parser.addPositionalArgument(u"ACTION"_s,
                                                         Text::tr("list, show, verify, promote, history, alias "
                                                                  "set|remove MODEL ALIAS [VERSION], or copy "
                                                                  "SRC_REGISTRY/MODEL/VERSION DEST_REGISTRY."),
                                                         u"ACTION [MODEL [VERSION]]"_s);
                            parser.addOptions({
                                {u"stage"_s, Text::tr("With promote: None, Staging, Production or Archived."), u"STAGE"_s},
                                {u"reason"_s, Text::tr("With promote and alias: why (kept in the history)."), u"TEXT"_s},
                                {u"model"_s, Text::tr("With copy: the model's name in the destination (default: the "
                                                      "source's)."),
                                 u"NAME"_s},
                                registryOption(),
                                jsonOption(),
                            });
                        },
                        runRegistry};
}

} // namespace grove::cli
