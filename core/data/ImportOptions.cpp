#include "core/data/ImportOptions.h"

using namespace Qt::StringLiterals;

namespace grove {

QString datasetFormatKey(DatasetFormat format)
{
    switch (format) {
    case DatasetFormat::Auto:
        return u"auto"_s;
    case DatasetFormat::Csv:
        return u"csv"_s;
    case DatasetFormat::Tsv:
        return u"tsv"_s;
    case DatasetFormat::Libsvm:
        return u"libsvm"_s;
    }
    return {};
}

std::optional<DatasetFormat> datasetFormatFromKey(QStringView key)
{
    for (auto format : {DatasetFormat::Auto, DatasetFormat::Csv, DatasetFormat::Tsv,
                        DatasetFormat::Libsvm}) {
        if (key.compare(datasetFormatKey(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

} // namespace grove
