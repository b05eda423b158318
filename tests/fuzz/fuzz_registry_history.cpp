// The stage history of a model as read from a shared folder: entries separated by a line
// "--- entry ---" (entry 1, 2, 3...). Parsing and replaying must never crash; a replay that
// succeeds never has two versions in Production, agrees with Registry::stagesAfter() and
// Registry::aliasesAfter(), and every change in it starts from the stage its version was in (or
// the version its alias pointed to). Alias names that parse are valid names.
#include "core/common/SafeText.h"
#include "core/registry/Registry.h"
#include "core/registry/RegistryDetail.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>

using namespace grove;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray text(reinterpret_cast<const char*>(data), qsizetype(size));
    QList<HistoryEntry> entries;
    const QList<QByteArray> parts = text.split('\n');
    QList<QByteArray> files{QByteArray()};
    for (const QByteArray& part : parts) {
        if (part == "--- entry ---")
            files << QByteArray();
        else
            files.last() += part + '\n';
    }
    for (qsizetype i = 0; i < files.size() && i < 64; ++i) {
        QString why;
        const auto entry = registry_detail::parseHistoryEntry(files[i], int(i + 1), why);
        if (!entry) {
            if (why.isEmpty())
                std::abort();
            return 0;
        }
        if (entry->sequence != int(i + 1) || (entry->changes.isEmpty() && entry->aliasChanges.isEmpty()))
            std::abort();
        for (const AliasChange& change : entry->aliasChanges) {
            if (!Registry::validateAliasName(change.alias).isEmpty() || change.from < 0 || change.to < 0 ||
                change.from == change.to || !change.time.isValid())
                std::abort();
            if (findUnsafeCharacter(escapeUnsafeText(change.reason + change.user + change.host)))
                std::abort();
        }
        for (const StageChange& change : entry->changes) {
            if (change.version <= 0 || !change.time.isValid())
                std::abort();
            // What the CLI and the browser print of it is one harmless line.
            if (findUnsafeCharacter(escapeUnsafeText(change.reason + change.user + change.host)))
                std::abort();
        }
        entries << *entry;
    }
    QString why;
    int sequence = 0;
    QMap<QString, int> aliases;
    const auto stages = registry_detail::replayHistory(entries, why, sequence, &aliases);
    if (!stages) {
        if (why.isEmpty() || sequence < 1 || sequence > entries.size())
            std::abort();
        return 0;
    }
    if (std::count(stages->begin(), stages->end(), Stage::Production) > 1)
        std::abort();
    if (*stages != Registry::stagesAfter(entries) || aliases != Registry::aliasesAfter(entries))
        std::abort();
    // Replayed again step by step: every alias change starts where the one before it left off.
    QMap<QString, int> replayed;
    for (const HistoryEntry& entry : entries) {
        for (const AliasChange& change : entry.aliasChanges) {
            if (replayed.value(change.alias, 0) != change.from)
                std::abort();
            if (change.to == 0)
                replayed.remove(change.alias);
            else
                replayed.insert(change.alias, change.to);
        }
    }
    if (replayed != aliases || std::any_of(aliases.begin(), aliases.end(), [](int v) { return v <= 0; }))
        std::abort();
    return 0;
}
