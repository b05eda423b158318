// A version's metadata.json as read from a shared folder (after its SHA-256 matched, but another
// Grove or a hand edit may have written anything): the key metric, the validation report and the
// published record drawn from it must never crash, whatever the types of the fields, and what
// is read from it must write itself back.
#include "core/registry/ModelExport.h"
#include "core/registry/RegistryDetail.h"
#include "core/validate/ValidationRules.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>

using namespace grove;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray text = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const QJsonObject json = QJsonDocument::fromJson(text).object();
    const ModelMetadata metadata = ModelMetadata::fromJson(json);
    (void)metadata.keyMetric();
    (void)metadata.schema.isUsable();
    (void)ModelMetadata::fromJson(metadata.toJson());
    if (auto report = ValidationReport::fromJson(metadata.validation)) {
        (void)report->passed();
        (void)report->failures();
        (void)report->toJson();
    }
    (void)registry_detail::parseVersionRecord(text);
    return 0;
}
