#include "core/services/DatasetImport.h"

#include "core/common/Process.h"
#include "core/common/SafeText.h"
#include "core/data/CsvReader.h"
#include "core/data/LibsvmReader.h"
#include "core/data/TableSummary.h"
#include "core/store/RunStore.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <thread>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::DatasetImport)
};

// CPU time of all threads of the process so far, for the step times in benchmarks.
double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

QString defaultDatasetName(const QString& path)
{
    // A file name can hold anything but '/'; a dataset name is one printable line.
    QString name = escapeUnsafeText(QFileInfo(path).completeBaseName()).trimmed();
    if (name.isEmpty())
        name = u"dataset"_s;
    if (!DatasetStore::validateName(name).isEmpty())
        name = u"dataset "_s + name.left(150);
    return name;
}

Result<ImportResult> importDataset(Workspace& workspace, const ImportOptions& options, JobControl& control)
{
    QElapsedTimer timer;
    timer.start();
    QElapsedTimer stepTimer;
    stepTimer.start();
    QList<QPair<QString, double>> steps;
    QList<QPair<QString, double>> stepCpu;
    double cpuBefore = processCpuSeconds();
    auto stepDone = [&](const QString& step) {
        steps << qMakePair(step, double(stepTimer.nsecsElapsed()) / 1e9);
        stepTimer.restart();
        const double cpu = processCpuSeconds();
        stepCpu << qMakePair(step, cpu - cpuBefore);
        cpuBefore = cpu;
    };
    DatasetStore store(workspace.database());

    // Fail fast on a name that cannot be used, before reading a large file.
    if (!options.name.isEmpty()) {
        if (const QString problem = DatasetStore::validateName(options.name); !problem.isEmpty())
            return Error::badInput(problem);
        auto taken = store.byName(options.name);
        if (!taken)
            return taken.error();
        if (taken->has_value())
            return Error::conflict(Text::tr("A dataset named \"%1\" already exists. Choose another name, "
                                      "or rename the existing dataset.")
                                       .arg(options.name.trimmed()));
    }

    control.reportProgress(0, Text::tr("Reading"));
    auto preview = previewDataset(options);
    if (!preview)
        return preview.error();
    stepDone(u"preview"_s);
    const int threads = options.threads > 0 ? options.threads : std::max(1, QThread::idealThreadCount());

    const ProgressSlice reading(control, 0.0, 0.8, Text::tr("Reading"));
    auto table = preview->format == DatasetFormat::Libsvm ? readLibsvm(*preview, reading)
                                                          : readCsv(*preview, threads, reading);
    if (!table)
        return table.error();
    if (table->rows == 0) {
        Error error = Error::badInput(Text::tr("This file has no data rows."));
        error.file = options.path;
        return error;
    }

    stepDone(u"read"_s);

    // The column data goes to disk while the profile and the content hash are computed.
    auto writer = SnapshotWriter::create(*table, workspace.datasetsDirectory());
    if (!writer)
        return writer.error();
    Status written;
    std::thread writing([&] { written = writer->writeData(*table, &control); });
    const ProgressSlice profiling(control, 0.8, 0.95, Text::tr("Profiling"));
    auto summary = summarizeTable(*table, threads, profiling);
    writing.join();
    if (!summary)
        return summary.error();
    if (!written)
        return written.error();
    stepDone(u"profile"_s);

    ImportResult result;
    result.format = preview->format;
    result.delimiter = preview->dialect.delimiter;
    result.profile = summary->profile;

    auto existing = store.byHash(summary->contentHash);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        result.dataset = **existing;
        result.alreadyImported = true;
        // Importing the source again is how a damaged or lost snapshot is repaired: the new file
        // has the same content, so it takes the old one's place.
        if (!openVerifiedSnapshot(workspace, **existing)) {
            if (auto status = writer->finish(*table, *summary); !status)
                return status.error();
            const QString path = QDir(workspace.datasetsDirectory()).filePath((*existing)->snapshot);
            if (auto status = writer->commit(path); !status)
                return status.error();
            result.repairedSnapshot = true;
        }
        result.seconds = double(timer.nsecsElapsed()) / 1e9;
        control.reportProgress(1.0, Text::tr("Done"));
        return result; // the writer removes its temporary file
    }
    if (control.isInterruptionRequested())
        return Error::cancelled();

    control.reportProgress(0.95, Text::tr("Writing snapshot"));
    const QString fileName = summary->contentHash + QString::fromLatin1(Snapshot::kExtension);
    const QString snapshotPath = QDir(workspace.datasetsDirectory()).filePath(fileName);
    if (auto status = writer->finish(*table, *summary); !status)
        return status.error();
    // A snapshot may already sit there without a record (an import stopped between the two
    // steps); the new file, identical in content, replaces it atomically.
    if (auto status = writer->commit(snapshotPath); !status)
        return status.error();
    stepDone(u"write"_s);

    DatasetRecord record;
    record.name = options.name.isEmpty() ? defaultDatasetName(options.path) : options.name;
    record.contentHash = summary->contentHash;
    record.rows = table->rows;
    record.columns = qint64(table->columns.size());
    record.snapshot = fileName;
    record.sizeBytes = QFileInfo(snapshotPath).size();
    record.sourcePath = options.path.startsWith(u':') ? options.path : QFileInfo(options.path).absoluteFilePath();
    record.sourceFormat = datasetFormatKey(preview->format);
    record.importedAt = QDateTime::currentDateTimeUtc();
    record.importedBy = currentUserName();
    auto inserted = store.insert(record, options.name.isEmpty());
    if (!inserted) {
        // Nothing half-done stays behind: without its record the new snapshot goes too.
        QFile::remove(snapshotPath);
        return inserted.error();
    }
    stepDone(u"register"_s);
    result.dataset = inserted->record;
    result.alreadyImported = !inserted->inserted;
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    result.stepSeconds = steps;
    result.stepCpuSeconds = stepCpu;
    control.reportProgress(1.0, Text::tr("Done"));
    return result;
}

Status deleteDataset(Workspace& workspace, qint64 id)
{
    DatasetStore store(workspace.database());
    auto record = store.byId(id);
    if (!record)
        return record.error();
    if (!record->has_value())
        return Error::notFound(Text::tr("The dataset no longer exists."));
    // A run must stay traceable to, and reproducible from, the data it was trained on.
    auto runs = RunStore(workspace.database()).runsUsingDataset(id);
    if (!runs)
        return runs.error();
    if (*runs > 0)
        return Error::conflict(Text::tr("The dataset \"%1\" cannot be deleted: %n run(s) were trained or validated "
                                        "on it and must stay reproducible.",
                                        nullptr, int(*runs))
                                   .arg((*record)->name));
    if (auto status = store.remove(id); !status)
        return status;
    const QString path = QDir(workspace.datasetsDirectory()).filePath((*record)->snapshot);
    if (QFileInfo::exists(path) && !QFile::remove(path))
        return Error::io(Text::tr("The dataset was removed, but its snapshot file %1 could not be "
                            "deleted. You can delete it by hand.")
                             .arg(path));
    return {};
}

Result<ImportResult> importDataset(const QString& workspaceDirectory, const ImportOptions& options, JobControl& control)
{
    auto workspace = Workspace::connect(workspaceDirectory);
    if (!workspace)
        return workspace.error();
    return importDataset(*workspace, options, control);
}

} // namespace grove
