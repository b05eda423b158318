#include "app/cli/CliApp.h"
#include "app/cli/Interrupt.h"
#include "app/cli/RegistryCommands.h"
#include "app/cli/TextTable.h"

#include "core/common/Process.h"
#include "core/common/SafeText.h"
#include "core/data/CsvReader.h"
#include "core/registry/ModelExport.h"
#include "core/registry/Registry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

// grove-cli registry promote|history|alias, and predict --model with a registry version: the
// commands around a model's history of stage and alias changes.

using namespace Qt::StringLiterals;

namespace grove::cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::cli)
};

QString time(const QDateTime& value) { return value.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s); }

QJsonValue versionValue(int version) { return version > 0 ? QJsonValue(version) : QJsonValue(); }

// A version of an alias change as the text output shows it: "-" for none.
QString versionText(int version) { return version > 0 ? QString::number(version) : u"-"_s; }

QJsonObject changeJson(const StageChange& change)
{
    return {{u"version"_s, change.version},
            {u"from"_s, stageKey(change.from)},
            {u"to"_s, stageKey(change.to)},
            {u"reason"_s, change.reason},
            {u"user"_s, change.user},
            {u"host"_s, change.host},
            {u"time"_s, change.time.toUTC().toString(Qt::ISODate)}};
}

// An alias change: "from" and "to" are versions, null for none.
QJsonObject aliasJson(const AliasChange& change)
{
    return {{u"alias"_s, change.alias},
            {u"from"_s, versionValue(change.from)},
            {u"to"_s, versionValue(change.to)},
            {u"reason"_s, change.reason},
            {u"user"_s, change.user},
            {u"host"_s, change.host},
            {u"time"_s, change.time.toUTC().toString(Qt::ISODate)}};
}

} // namespace

int registryPromote(Context& context, Registry& registry, const QStringList& arguments)
{
    QCommandLineParser& parser = context.parser;
    bool ok = false;
    const int number = arguments.value(1).toInt(&ok);
    if (arguments.size() != 2 || !ok || number <= 0 || !parser.isSet(u"stage"_s) || !parser.isSet(u"reason"_s))
        return context.usageError(Text::tr("registry promote needs MODEL VERSION --stage STAGE --reason TEXT."));
    const auto stage = stageFromKey(parser.value(u"stage"_s));
    if (!stage)
        return context.usageError(Text::tr("\"%1\" is not a stage: use None, Staging, Production or Archived.")
                                      .arg(parser.value(u"stage"_s)));
    auto entry = registry.promote(arguments.front(), number, *stage, parser.value(u"reason"_s), currentUserName());
    if (!entry)
        return context.fail(entry.error());
    if (context.json) {
        QJsonArray changes;
        for (const StageChange& change : entry->changes)
            changes.append(changeJson(change));
        context.printJson({{u"model"_s, arguments.front()}, {u"sequence"_s, entry->sequence}, {u"changes"_s, changes}});
        return Success;
    }
    for (const StageChange& change : entry->changes)
        context.out << Text::tr("%1 version %2: %3 → %4")
                           .arg(arguments.front())
                           .arg(change.version)
                           .arg(stageKey(change.from), stageKey(change.to))
                    << Qt::endl;
    return Success;
}

int registryHistory(Context& context, Registry& registry, const QStringList& arguments)
{
    if (arguments.size() != 1)
        return context.usageError(Text::tr("registry history needs a MODEL."));
    auto history = registry.history(arguments.front());
    if (!history)
        return context.fail(history.error());
    QJsonArray json;
    TextTable table({Text::tr("WHEN"), Text::tr("VERSION"), Text::tr("FROM"), Text::tr("TO"), Text::tr("WHO"),
                     Text::tr("REASON")});
    // Another Grove, or a hand edit, may have written anything into the shared folder.
    const auto who = [](const QString& user, const QString& host) {
        return escapeUnsafeText(u"%1@%2"_s.arg(user, host));
    };
    for (const HistoryEntry& entry : *history) {
        for (const StageChange& change : entry.changes) {
            QJsonObject item = changeJson(change);
            item.insert(u"sequence"_s, entry.sequence);
            json.append(item);
            table.addRow({time(change.time), QString::number(change.version), stageKey(change.from), stageKey(change.to),
                          who(change.user, change.host), escapeUnsafeText(change.reason)});
        }
        // An alias change shows the alias where a stage change shows the version.
        for (const AliasChange& change : entry.aliasChanges) {
            QJsonObject item = aliasJson(change);
            item.insert(u"sequence"_s, entry.sequence);
            json.append(item);
            table.addRow({time(change.time), u"@"_s + change.alias, versionText(change.from), versionText(change.to),
                          who(change.user, change.host), escapeUnsafeText(change.reason)});
        }
    }
    if (context.json)
        context.printJson({{u"model"_s, arguments.front()}, {u"history"_s, json}});
    else if (history->isEmpty())
        context.out << Text::tr("No stage changes yet: every version of %1 is at stage None.").arg(arguments.front())
                    << Qt::endl;
    else
        context.out << table.render();
    return Success;
}

// registry alias set MODEL ALIAS VERSION --reason TEXT | remove MODEL ALIAS [VERSION] --reason TEXT
int registryAlias(Context& context, Registry& registry, const QStringList& arguments)
{
    QCommandLineParser& parser = context.parser;
    const QString action = arguments.value(0), model = arguments.value(1), alias = arguments.value(2);
    const bool set = action == u"set"_s;
    bool ok = true;
    const int number = arguments.size() > 3 ? arguments.value(3).toInt(&ok) : 0;
    if ((!set && action != u"remove"_s) || arguments.size() < 3 || arguments.size() > 4 || !ok || number < 0 ||
        (set && number <= 0) || !parser.isSet(u"reason"_s))
        return context.usageError(Text::tr("registry alias needs set MODEL ALIAS VERSION --reason TEXT, or remove "
                                           "MODEL ALIAS [VERSION] --reason TEXT (with VERSION, only while the alias "
                                           "points to it)."));
    const QString reason = parser.value(u"reason"_s);
    auto entry = set ? registry.setAlias(model, alias, number, reason, currentUserName())
                     : registry.removeAlias(model, alias, reason, currentUserName(), number);
    if (!entry)
        return context.fail(entry.error());
    const AliasChange& change = entry->aliasChanges.front();
    if (context.json) {
        QJsonObject json = aliasJson(change);
        json.insert(u"model"_s, model);
        json.insert(u"sequence"_s, entry->sequence);
        context.printJson(json);
        return Success;
    }
    if (change.to == 0)
        context.out << Text::tr("%1@%2 removed (it pointed to version %3).").arg(model, alias).arg(change.from);
    else if (change.from == 0)
        context.out << Text::tr("%1@%2 set to version %3.").arg(model, alias).arg(change.to);
    else
        context.out << Text::tr("%1@%2 moved from version %3 to version %4.")
                           .arg(model, alias)
                           .arg(change.from)
                           .arg(change.to);
    context.out << Qt::endl;
    return Success;
}

// grove-cli predict --model REGISTRY/MODEL/VERSION or REGISTRY/MODEL@ALIAS: scoring with a
// registry version.
int predictWithRegistryVersion(Context& context)
{
    QCommandLineParser& parser = context.parser;
    auto target = resolveVersionReference(parser.value(u"model"_s));
    if (!target)
        return context.fail(target.error());
    if (auto readable = checkReadableFile(parser.value(u"input"_s)); !readable)
        return context.fail(readable.error());
    Registry registry(target->root);
    const QString model = target->model;
    const int number = target->version;
    JobControl control;
    InterruptGuard interrupt(control);
    auto result = predictWithVersion(registry, model, number, parser.value(u"input"_s), parser.value(u"output"_s), control,
                                     parser.isSet(u"contributions"_s));
    if (!result)
        return context.fail(result.error());
    context.keepStandardOutputFor(parser.value(u"output"_s));
    if (context.json) {
        context.printJson({{u"model"_s, model},
                           {u"version"_s, number},
                           {u"alias"_s, target->alias.isEmpty() ? QJsonValue() : QJsonValue(target->alias)},
                           {u"rows"_s, result->rows},
                           {u"output"_s, parser.value(u"output"_s)},
                           {u"columns"_s, QJsonArray::fromStringList(result->columns)},
                           {u"unused_columns"_s, QJsonArray::fromStringList(result->unusedColumns)},
                           {u"unseen_categories"_s, result->unseenCategories},
                           {u"threshold"_s, result->threshold ? QJsonValue(*result->threshold) : QJsonValue()}});
        return Success;
    }
    const QString used = target->alias.isEmpty()
                             ? Text::tr("%1 version %2").arg(model).arg(number)
                             : Text::tr("%1@%2 (version %3)").arg(model, target->alias).arg(number);
    context.out << Text::tr("Wrote %1 predictions of %2 to %3.").arg(result->rows).arg(used, parser.value(u"output"_s))
                << Qt::endl;
    if (result->threshold)
        context.out << Text::tr("A row is predicted positive when its probability is at least %1, the version's "
                                "decision threshold.")
                           .arg(*result->threshold)
                    << Qt::endl;
    return Success;
}

} // namespace grove::cli
