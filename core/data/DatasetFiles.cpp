#include "core/data/DatasetFiles.h"

#include "core/data/CsvReader.h"
#include "core/data/LibsvmReader.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace grove {

DatasetFormat resolveFormat(const ImportOptions& options)
{
    if (options.format != DatasetFormat::Auto)
        return options.format;
    const QString suffix = QFileInfo(options.path).suffix().toLower();
    if (suffix == u"tsv"_s || suffix == u"tab"_s)
        return DatasetFormat::Tsv;
    if (suffix == u"svm"_s || suffix == u"libsvm"_s || suffix == u"svmlight"_s)
        return DatasetFormat::Libsvm;
    if (suffix == u"csv"_s)
        return DatasetFormat::Csv;
    QFile file(options.path);
    if (!file.open(QIODevice::ReadOnly))
        return DatasetFormat::Csv; // the CSV reader reports why it cannot be read
    const QByteArray sample = file.read(64 * 1024);
    if (looksLikeLibsvm(sample, file.atEnd()))
        return DatasetFormat::Libsvm;
    return DatasetFormat::Csv;
}

Result<DatasetPreview> previewDataset(const ImportOptions& options)
{
    ImportOptions resolved = options;
    resolved.format = resolveFormat(options);
    if (resolved.format == DatasetFormat::Libsvm)
        return previewLibsvm(resolved);
    return previewCsv(resolved);
}

} // namespace grove
