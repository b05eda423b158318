#include "app/cli/CliApp.h"
#include "app/cli/TextTable.h"

#include "core/common/AuditLog.h"
#include "core/common/SafeText.h"
#include "core/registry/ModelExport.h"
#include "core/registry/Registry.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace grove::cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::cli)
};

// "2026-12-01" (from the start of that day, local time) or a date and time in ISO 8601.
QDateTime parseSince(const QString& text)
{
    // QDate reads the date part of a date and time too: a date is exactly ten characters.
    if (const QDate date = QDate::fromString(text, Qt::ISODate); date.isValid() && text.size() == 10)
        return date.startOfDay().toUTC();
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (time.isValid())
        return time.toUTC();
    // A local time the clocks skipped (02:30 on the night they move forward) is a real date: the
    // log is read from the moment the clocks moved on.
    const QDate day = QDate::fromString(text.section(u'T', 0, 0), Qt::ISODate);
    const QTime clock = QTime::fromString(text.section(u'T', 1), Qt::ISODateWithMs);
    if (!day.isValid() || !clock.isValid() || !text.contains(u'T'))
        return {};
    const QTime minute(clock.hour(), clock.minute()); // clocks move on whole minutes
    for (int minutes = 1; minutes <= 24 * 60 && minute.addSecs(60 * minutes) > minute; ++minutes) {
        if (const QDateTime later(day, minute.addSecs(60 * minutes)); later.isValid())
            return later.toUTC();
    }
    return {};
}

int runLog(Context& context)
{
    if (context.parser.positionalArguments().size() > 1)
        return context.usageError(Text::tr("log takes no arguments; name a registry with --registry DIR."));
    QDateTime since;
    if (context.parser.isSet(u"since"_s)) {
        since = parseSince(context.parser.value(u"since"_s));
        if (!since.isValid())
            return context.usageError(Text::tr("\"%1\" is not a date: give one as 2026-12-01 or 2026-12-01T09:30.")
                                          .arg(escapeUnsafeText(context.parser.value(u"since"_s))));
    }
    const bool ofRegistry = context.parser.isSet(u"registry"_s);
    std::optional<AuditLog> log;
    if (ofRegistry) {
        const Registry registry(QDir(context.parser.value(u"registry"_s)).absolutePath());
        if (auto status = requireRegistry(registry); !status)
            return context.fail(status.error());
        log = registry.auditLog();
    } else {
        if (!Workspace::isWorkspace(context.workspaceDirectory()))
            return context.fail(Error::notFound(Text::tr("%1 is not a Grove workspace (it has no grove.db), so it has "
                                                         "no audit log. Name the workspace with --workspace DIR.")
                                                    .arg(QDir::toNativeSeparators(context.workspaceDirectory()))));
        log.emplace(AuditLog::workspaceFolder(context.workspaceDirectory()), Text::tr("the workspace's audit log"));
    }
    auto reading = log->read();
    if (!reading)
        return context.fail(reading.error());
    const QList<AuditEntry> shown = reading->since(since);
    const QString head = reading->entries.isEmpty() ? QString() : reading->entries.back().hash;
    if (context.json) {
        QJsonArray entries;
        for (const AuditEntry& entry : shown)
            entries.append(entry.toJson());
        context.printJson({{u"log"_s, log->folder()},
                           {u"entries"_s, entries},
                           {u"total"_s, qint64(reading->entries.size())},
                           {u"head"_s, head.isEmpty() ? QJsonValue() : QJsonValue(head)},
                           {u"intact"_s, reading->intact()},
                           {u"problems"_s, QJsonArray::fromStringList(reading->problems)}});
    } else {
        TextTable table({Text::tr("#"), Text::tr("Time"), Text::tr("User"), Text::tr("Action"), Text::tr("Object"),
                         Text::tr("Change")});
        for (const AuditEntry& entry : shown)
            table.addRow({QString::number(entry.sequence), entry.time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s),
                          u"%1@%2"_s.arg(entry.user, entry.host), entry.action, entry.object, entry.changeSummary()});
        if (!shown.isEmpty())
            context.out << table.render();
        context.out << Text::tr("%1: %2 of %3 entries shown.")
                           .arg(QDir::toNativeSeparators(log->folder()))
                           .arg(shown.size())
                           .arg(reading->entries.size());
        if (reading->intact() && !head.isEmpty())
            context.out << u' ' << Text::tr("The chain is intact; the newest entry's hash is %1.").arg(head);
        context.out << Qt::endl;
    }
    for (const QString& problem : std::as_const(reading->problems))
        context.err << Text::tr("DAMAGED: %1").arg(escapeUnsafeText(problem)) << Qt::endl;
    return reading->intact() ? Success : Failure;
}

} // namespace

void addAuditCommands(QList<Command>& commands)
{
    commands << Command{u"log"_s,
                        Text::tr("Show the workspace's or a registry's audit log, checking its hash chain."),
                        QString(),
                        [](QCommandLineParser& parser) {
                            parser.addOptions({
                                {u"registry"_s, Text::tr("Show this registry's log instead of the workspace's."), u"DIR"_s},
                                {u"since"_s, Text::tr("Only entries from this date or time on (2026-12-01, or "
                                                      "2026-12-01T09:30)."),
                                 u"DATE"_s},
                                jsonOption(),
                            });
                        },
                        runLog};
}

} // namespace grove::cli
