#pragma once

#include "core/data/ColumnType.h"
#include "core/data/CsvFormat.h"
#include "core/data/ImportOptions.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace grove {

struct ColumnGuess
{
    QString name;
    ColumnType type = ColumnType::Numeric;         // what the import will use
    ColumnType inferredType = ColumnType::Numeric; // what Grove proposed before any override
    qint64 sampleMissing = 0;
    qint64 sampleDistinct = 0;
    QStringList hints;
};

// What Grove sees in the first part of a file, before anything is stored.
struct DatasetPreview
{
    QString path;
    DatasetFormat format = DatasetFormat::Csv;
    CsvDialect dialect;          // CSV/TSV
    bool hasBom = false;
    bool crlf = false;
    qint64 fileSize = 0;
    qint64 dataOffset = 0;       // CSV/TSV: first byte after the header
    QList<ColumnGuess> columns;
    QList<QStringList> rows;     // the first rows as text, long cells shortened
    qint64 sampledRows = 0;      // rows the guesses are based on
    bool sampleIsWholeFile = false;
    // The column types are a model's (the file is scored, not imported): a message about a
    // cell speaks of what the model expects, not of choosing another type.
    bool typesFromModel = false;
};

} // namespace grove
