#pragma once

#include "core/common/Result.h"
#include "core/store/Database.h"

#include <QString>

#include <span>

namespace grove {

struct Migration
{
    int version;     // the schema version after this step
    QString sql;     // statements that take the previous version to this one
};

// Grove's schema history, oldest first. Append only: a released step is never edited.
std::span<const Migration> schemaMigrations();
int latestSchemaVersion();

// Brings the database to the last version in `migrations`. Each step runs in its own
// immediate transaction together with the version bump, so a failure leaves the previous
// version intact and two processes opening a new workspace at once do not both migrate.
// A database newer than the last step is refused.
Status migrate(Database& database, std::span<const Migration> migrations);

} // namespace grove
