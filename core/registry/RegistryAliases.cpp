#include "core/registry/Registry.h"

#include "core/common/Process.h"
#include "core/common/SafeText.h"
#include "core/registry/RegistryDetail.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QSysInfo>
#include <cmath>

// Aliases: a model's names for its versions, set, moved and removed through entries of the
// model's history (RegistryHistory.cpp writes and replays them).

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::Registry)
};

QJsonValue versionJson(int version)
{
    return version > 0 ? QJsonValue(version) : QJsonValue();
}

// A version as an alias change records it: a positive whole number, or null for none.
bool readVersion(const QJsonValue& value, int& version)
{
    if (value.isNull()) {
        version = 0;
        return true;
    }
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 1 || number > 999999999 || number != std::floor(number))
        return false;
    version = int(number);
    return true;
}

// "champion (version 3), shadow (version 2)"
QString listAliases(const QMap<QString, int>& aliases)
{
    QStringList listed;
    for (auto it = aliases.begin(); it != aliases.end(); ++it)
        listed << Text::tr("%1 (version %2)").arg(it.key(), QString::number(it.value()));
    return listed.join(u", "_s);
}

Error unknownAlias(const QString& model, const QString& alias, const QMap<QString, int>& aliases)
{
    if (aliases.isEmpty())
        return Error::notFound(Text::tr("Model \"%1\" has no alias \"%2\"; it has no aliases at all. "
                                        "Set one with: grove-cli registry alias set %1 ALIAS VERSION "
                                        "--reason TEXT")
                                   .arg(model, alias));
    return Error::notFound(Text::tr("Model \"%1\" has no alias \"%2\"; its aliases are: %3. Aliases "
                                    "are case-sensitive.")
                               .arg(model, alias, listAliases(aliases)));
}

} // namespace

namespace registry_detail {

QJsonObject aliasChangeToJson(const AliasChange& change)
{
    return {{u"alias"_s, change.alias},   {u"from"_s, versionJson(change.from)},
            {u"to"_s, versionJson(change.to)}, {u"reason"_s, change.reason},
            {u"user"_s, change.user},     {u"host"_s, change.host},
            {u"time"_s, timestamp(change.time)}};
}

std::optional<AliasChange> parseAliasChange(const QJsonObject& object, QString& why)
{
    AliasChange change;
    change.alias = object.value(u"alias"_s).toString();
    change.reason = object.value(u"reason"_s).toString();
    change.user = object.value(u"user"_s).toString();
    change.host = object.value(u"host"_s).toString();
    change.time = parseTime(object.value(u"time"_s).toString());
    // The name is checked like a name typed in: it is printed in messages and on terminals.
    if (!Registry::validateAliasName(change.alias).isEmpty()) {
        why = Text::tr("an alias change has no valid alias name");
        return std::nullopt;
    }
    if (!readVersion(object.value(u"from"_s), change.from) ||
        !readVersion(object.value(u"to"_s), change.to) || change.from == change.to ||
        !change.time.isValid()) {
        why = Text::tr("an alias change has no valid versions or time");
        return std::nullopt;
    }
    return change;
}

bool replayAliasChange(const AliasChange& change, QMap<QString, int>& aliases, QString& why)
{
    const int current = aliases.value(change.alias, 0);
    if (change.from != current) {
        if (current == 0)
            why = Text::tr("it moves alias \"%1\" from version %2, but the alias is not set at "
                           "that point of the history")
                      .arg(change.alias, QString::number(change.from));
        else if (change.from == 0)
            why = Text::tr("it sets alias \"%1\" as new, but the alias points to version %2 at "
                           "that point of the history")
                      .arg(change.alias, QString::number(current));
        else
            why = Text::tr("it moves alias \"%1\" from version %2, but the alias points to version "
                           "%3 at that point of the history")
                      .arg(change.alias, QString::number(change.from), QString::number(current));
        return false;
    }
    if (change.to == 0)
        aliases.remove(change.alias);
    else
        aliases.insert(change.alias, change.to);
    return true;
}

} // namespace registry_detail

using namespace registry_detail;

QMap<QString, int> Registry::aliasesAfter(const QList<HistoryEntry>& history)
{
    QMap<QString, int> aliases;
    for (const HistoryEntry& entry : history) {
        for (const AliasChange& change : entry.aliasChanges) {
            if (change.to == 0)
                aliases.remove(change.alias);
            else
                aliases.insert(change.alias, change.to);
        }
    }
    return aliases;
}

Result<QMap<QString, int>> Registry::aliases(const QString& model)
{
    auto entries = history(model);
    if (!entries)
        return entries.error();
    return aliasesAfter(*entries);
}

Result<int> Registry::resolveAlias(const QString& model, const QString& alias)
{
    if (const QString problem = validateAliasName(alias); !problem.isEmpty())
        return Error::badInput(problem);
    auto aliases = this->aliases(model);
    if (!aliases)
        return aliases.error();
    const auto found = aliases->constFind(alias);
    if (found == aliases->cend())
        return unknownAlias(model, alias, *aliases);
    auto numbers = versionNumbers(model);
    if (!numbers)
        return numbers.error();
    if (!numbers->contains(*found)) {
        const QString folder = modelPath(model) + u'/' + kHistoryFolder;
        Error error = Error::io(Text::tr("Alias \"%1\" of model \"%2\" points to version %3, which is "
                                         "not in the registry %4: the history in %5 was forged, or "
                                         "the version was deleted. Restore it from a backup.")
                                    .arg(alias, model, QString::number(*found), m_root, folder));
        error.file = folder;
        return error;
    }
    return *found;
}

Result<HistoryEntry> Registry::setAlias(const QString& model, const QString& alias, int version,
                                        const QString& reason, const QString& user)
{
    if (const QString problem = validateAliasName(alias); !problem.isEmpty())
        return Error::badInput(problem);
    auto path = versionPath(model, version);
    if (!path)
        return path.error();
    const QString refused = Text::tr("Alias \"%1\" of model \"%2\" was not set to version %3")
                                .arg(alias, model, QString::number(version));
    const QString why = reason.trimmed();
    if (const QString problem = reasonProblem(refused, why); !problem.isEmpty())
        return Error::badInput(problem);
    if (const QStringList problems = checkVersionFolder(m_root, model, version);
        !problems.isEmpty())
        return failedCheck(Text::tr("%1: version %2 in %3 fails its checksum check.")
                               .arg(refused, QString::number(version), *path),
                           *path, problems);
    const QString who = user.trimmed().isEmpty() ? currentUserName() : user.trimmed();
    const QString host = QSysInfo::machineHostName();
    return appendHistoryEntry(
        m_root, model, refused, [&](const QList<HistoryEntry>& entries) -> Result<HistoryEntry> {
            const QMap<QString, int> aliases = aliasesAfter(entries);
            const int from = aliases.value(alias, 0);
            if (from == version)
                return Error::conflict(Text::tr("Alias \"%1\" of model \"%2\" points to version %3 "
                                                "already; nothing was changed.")
                                           .arg(alias, model, QString::number(version)));
            for (auto it = aliases.begin(); it != aliases.end(); ++it) {
                if (it.key() != alias && it.key().compare(alias, Qt::CaseInsensitive) == 0)
                    return Error::conflict(Text::tr("%1: the model has an alias \"%2\", which differs "
                                                    "only by case. Move that alias, or choose "
                                                    "another name.")
                                               .arg(refused, it.key()));
            }
            HistoryEntry entry;
            entry.aliasChanges << AliasChange{alias, from, version, why, who, host,
                                              parseTime(timestamp(QDateTime::currentDateTimeUtc()))};
            return entry;
        });
}

Result<HistoryEntry> Registry::removeAlias(const QString& model, const QString& alias,
                                           const QString& reason, const QString& user, int expected)
{
    if (const QString problem = validateAliasName(alias); !problem.isEmpty())
        return Error::badInput(problem);
    if (auto numbers = versionNumbers(model); !numbers)
        return numbers.error();
    const QString refused = Text::tr("Alias \"%1\" of model \"%2\" was not removed").arg(alias, model);
    const QString why = reason.trimmed();
    if (const QString problem = reasonProblem(refused, why); !problem.isEmpty())
        return Error::badInput(problem);
    const QString who = user.trimmed().isEmpty() ? currentUserName() : user.trimmed();
    const QString host = QSysInfo::machineHostName();
    return appendHistoryEntry(
        m_root, model, refused, [&](const QList<HistoryEntry>& entries) -> Result<HistoryEntry> {
            const QMap<QString, int> aliases = aliasesAfter(entries);
            const int from = aliases.value(alias, 0);
            if (from == 0)
                return unknownAlias(model, alias, aliases);
            if (expected > 0 && from != expected)
                return Error::conflict(Text::tr("%1: it points to version %2, not to version %3; "
                                                "nothing was changed.")
                                           .arg(refused, QString::number(from),
                                                QString::number(expected)));
            HistoryEntry entry;
            entry.aliasChanges << AliasChange{alias, from, 0, why, who, host,
                                              parseTime(timestamp(QDateTime::currentDateTimeUtc()))};
            return entry;
        });
}

Result<QStringList> Registry::aliasProblems(const QString& model)
{
    auto aliases = this->aliases(model);
    if (!aliases)
        return aliases.error();
    auto numbers = versionNumbers(model);
    if (!numbers)
        return numbers.error();
    QStringList problems;
    for (auto it = aliases->begin(); it != aliases->end(); ++it) {
        if (!numbers->contains(it.value()))
            problems << Text::tr("%1/%2: alias \"%3\" points to version %4, which the model does "
                                 "not have (the history was forged, or the version was deleted).")
                            .arg(model, kHistoryFolder, it.key(), QString::number(it.value()));
    }
    return problems;
}

} // namespace grove
