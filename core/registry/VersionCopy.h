#pragma once

#include "core/common/JobControl.h"
#include "core/common/Result.h"
#include "core/model/ModelMetadata.h"
#include "core/registry/Registry.h"

#include <QString>

namespace grove {

// A version copied into a registry.
struct VersionCopy
{
    ModelVersion version; // the new version in the destination
    CopiedVersion source; // what its metadata.json records of the version it was copied from
    qint64 bytes = 0;     // the bytes of the files copied
};

// Copies version `version` of `model` in `source` as the next version of `destinationModel` in
// `destination`, published as an export publishes (atomically, with its own VERSION.json and
// manifest). The files are copied as they are, except metadata.json, which names the model
// `destinationModel` and records the source (registry folder, model, version, SHA-256 of its
// MANIFEST.sha256, who copied it and when) first in "copied_from".
//
// Each file of the source is read once: its bytes go to the destination while they are hashed
// and checked against the source's manifest, exactly as `registry verify` checks them, and the
// destination's manifest lists the digests of those very bytes. A source that fails the check
// (a file changed, truncated, added, missing or a link) is refused with the problems, each
// naming its file, and nothing is left in the destination; so is a failed write.
//
// Error kinds: BadInput for an invalid name, for copying a version onto its own model in the
// same registry, and for a destination that is not a folder; NotFound for a missing source
// version or destination registry (a copy never creates a registry: a mistyped path or a share
// that is not mounted must not become a new one); Conflict for a name that differs only by case
// from a model of the destination; Io for a damaged source or a failed write; Cancelled when
// `control` was interrupted. The copy is written to the destination's audit log.
Result<VersionCopy> copyVersion(Registry& source, const QString& model, int version, Registry& destination,
                                const QString& destinationModel, JobControl& control);

} // namespace grove
