#pragma once

#include <QString>

namespace grove {

// Who runs Grove: GROVE_USER, else USER, USERNAME or LOGNAME, else the account's name. Recorded
// with every event, run, validation and registry change.
QString currentUserName();

// "host:pid:start" for this process; a run stores it so that another process can tell whether
// the training process still exists.
QString processIdentity();

// False only when the process is known to be gone: on this machine, with no such pid, or with
// the pid reused by a later process. A process on another machine is taken to be alive.
bool processIsAlive(const QString& identity);

} // namespace grove
