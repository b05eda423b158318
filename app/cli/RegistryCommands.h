#pragma once

#include "app/cli/CliApp.h"

#include <QStringList>

namespace grove {
class Registry;
}

namespace grove::cli {

// The registry subcommands that write or read the history (RegistryHistoryCommands.cpp); the
// others, and the dispatch of `grove-cli registry`, are in RegistryCommands.cpp. `arguments`
// are the positional arguments after the action.
int registryPromote(Context& context, Registry& registry, const QStringList& arguments);
int registryHistory(Context& context, Registry& registry, const QStringList& arguments);
int registryAlias(Context& context, Registry& registry, const QStringList& arguments);
// registry copy SRC_REGISTRY/MODEL/VERSION DEST_REGISTRY (RegistryCopyCommand.cpp): it names
// both registries, so it needs neither --registry nor the workspace.
int registryCopy(Context& context, const QStringList& arguments);

} // namespace grove::cli
