#pragma once

#include "core/data/ColumnType.h"

#include <QHash>
#include <QString>

#include <optional>

namespace grove {

enum class DatasetFormat { Auto, Csv, Tsv, Libsvm };

QString datasetFormatKey(DatasetFormat format); // "auto", "csv", "tsv", "libsvm"
std::optional<DatasetFormat> datasetFormatFromKey(QStringView key);

struct ImportOptions
{
    QString path;
    QString name;                                // empty: derived from the file name
    DatasetFormat format = DatasetFormat::Auto;  // Auto: from the extension, then the content
    char delimiter = 0;                          // 0: sniffed (CSV) or tab (TSV)
    bool hasHeader = true;                       // CSV/TSV: the first record names the columns
    QHash<QString, ColumnType> typeOverrides;    // by column name
    int threads = 0;                             // 0: one per core
};

} // namespace grove
