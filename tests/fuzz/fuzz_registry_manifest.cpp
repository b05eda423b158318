// A version's MANIFEST.sha256 and VERSION.json as read from a shared folder: parsing must never
// crash, and every name the manifest yields must be a plain file name of the version (no path,
// no manifest), listed once, with a 64-digit lowercase digest; whatever else is in the text is a
// problem naming its line.
#include "core/registry/Registry.h"
#include "core/registry/RegistryDetail.h"

#include <QSet>

#include <cstdint>
#include <cstdlib>

using namespace grove;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray text = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    QStringList problems;
    const QList<registry_detail::ManifestLine> lines = registry_detail::parseManifest(text, problems);
    QSet<QString> seen;
    for (const registry_detail::ManifestLine& line : lines) {
        if (!Registry::validateFileName(line.name).isEmpty() || line.name == Registry::manifestFileName() ||
            line.name.contains(u'/') || seen.contains(line.name))
            std::abort();
        seen.insert(line.name);
        if (line.digest.size() != 64 || line.digest != line.digest.toLower())
            std::abort();
    }
    if (lines.isEmpty() && problems.isEmpty())
        std::abort(); // an empty manifest is a problem too
    for (const QString& problem : problems) {
        if (!problem.startsWith(Registry::manifestFileName()))
            std::abort();
    }

    const registry_detail::VersionRecord record = registry_detail::parseVersionRecord(text);
    for (qint64 bytes : record.sizes) {
        if (bytes < 0)
            std::abort();
    }
    return 0;
}
