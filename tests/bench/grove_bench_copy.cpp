// Copy benchmark: `grove-cli registry copy SRC/MODEL/VERSION DEST` on a version of about 100 MB,
// against what a user would otherwise run to copy a version and know that the copy is whole:
// `cp -r` of the version folder, `sha256sum -c` of its MANIFEST.sha256 in the copy, and `sync`
// of the copied files (Grove syncs every file it writes, so the reference does too).
//
// The version is a real export: a small run trained with grove-cli, exported in this process with
// its drift reference and one more file listed in its manifest, payload.bin, of random
// (incompressible) bytes, which makes the version the size asked for. The copy verifies and
// carries that file like any other: it is read, hashed against the manifest and written.
//
// Every side runs as a whole process, the order rotating every round, each into a fresh
// destination that is removed afterwards; plain `cp -r` + `sync` runs too, as the disk's own
// pace. Before every run the source version's files are dropped from the page cache
// (posix_fadvise, as after a reboot or a while of other work), for every side alike, so each
// reads the source from the disk (GROVE_BENCH_WARM=1 leaves them cached for every side), and
// everything written before is flushed (sync), so that no run pays for the writes of the one
// before. The ratios are Grove's median over the others': near 1 against plain cp + sync means
// the copy is bounded by the disk, not by hashing.
//
//   grove_bench_copy run [--megabytes N] [--repeat R]

#include "BenchSupport.h"

#include "core/registry/ModelExport.h"
#include "core/registry/Registry.h"
#include "core/services/DriftCheck.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QTemporaryDir>

#include <cstdio>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace grove;
using namespace grove::bench;

namespace {

QByteArray randomBytes(qint64 size, quint64 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    std::mt19937_64 random(seed);
    qint64 at = 0;
    for (; at + 8 <= size; at += 8) {
        const std::uint64_t word = random();
        std::memcpy(bytes.data() + at, &word, 8);
    }
    for (; at < size; ++at)
        bytes[at] = char(random() & 0xff);
    return bytes;
}

void evictFolder(const QString& folder)
{
    if (qEnvironmentVariableIntValue("GROVE_BENCH_WARM") == 1)
        return;
    QDirIterator files(folder, QDir::Files);
    while (files.hasNext())
        evictFromPageCache(files.next());
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.value(0) != u"run"_s) {
        std::fputs("usage: grove_bench_copy run [--megabytes N] [--repeat R]\n", stderr);
        return 2;
    }
    const qint64 megabytes = takeOption(args, u"--megabytes"_s, u"100"_s).toLongLong();
    const int repeat = takeOption(args, u"--repeat"_s, u"5"_s).toInt();
    if (megabytes < 1 || repeat < 1) {
        std::fputs("the size and the repetitions must be positive\n", stderr);
        return 2;
    }

    QTemporaryDir folder;
    const QString scratch = folder.path();
    const QString trainCsv = folder.filePath(u"train.csv"_s);
    const QString workspacePath = folder.filePath(u"workspace"_s), source = folder.filePath(u"source"_s);
    if (writeBenchmarkCsv(trainCsv, 2000, kDefaultSeed) != 0 || !QDir().mkpath(source))
        return 1;
    const QString cli = QStringLiteral(GROVE_CLI_PATH);
    if (!runChild(cli, {u"-w"_s, workspacePath, u"import"_s, trainCsv, u"--name"_s, u"train"_s, u"--json"_s}, scratch))
        return 1;
    auto trained = runChild(cli,
                            {u"-w"_s, workspacePath, u"train"_s, u"--dataset"_s, u"train"_s, u"--target"_s, u"label"_s,
                             u"--rounds"_s, u"10"_s, u"--threads"_s, u"2"_s, u"--json"_s},
                            scratch);
    if (!trained)
        return 1;
    const qint64 runId = trained->json.value(u"run_id"_s).toInteger();
    if (!runChild(cli, {u"-w"_s, workspacePath, u"validate"_s, QString::number(runId), u"--rule"_s, u"valid.auc >= 0"_s,
                        u"--json"_s},
                  scratch))
        return 1;
    {
        auto workspace = Workspace::openOrCreate(workspacePath);
        if (!workspace) {
            std::fprintf(stderr, "%s\n", qPrintable(workspace.error().message));
            return 1;
        }
        Registry registry(source);
        const QByteArray payload = randomBytes(megabytes << 20, kDefaultSeed);
        auto exported = exportRun(*workspace, registry, runId, u"bench"_s,
                                  [&payload](Workspace& w, const RunRecord& run) -> Result<QMap<QString, QByteArray>> {
                                      auto files = driftReferenceFiles(w, run);
                                      if (files)
                                          files->insert(u"payload.bin"_s, payload);
                                      return files;
                                  });
        if (!exported) {
            std::fprintf(stderr, "%s\n", qPrintable(exported.error().message));
            return 1;
        }
    }
    const QString version = source + u"/bench/1"_s;
    qint64 versionBytes = 0;
    for (QDirIterator files(version, QDir::Files); files.hasNext();)
        versionBytes += QFileInfo(files.next()).size();

    const bool warm = qEnvironmentVariableIntValue("GROVE_BENCH_WARM") == 1;
    std::printf("copy of a version of %.1f MB (%s); load %s\n", double(versionBytes) / 1e6,
                warm ? "source files page-cached for every side"
                     : "source files evicted from the page cache before each run, for every side",
                qPrintable(loadAverage()));
    // Grove, the reference, and plain `cp -r` + `sync` (the disk's own pace: no hashing at all),
    // in an order that rotates every round.
    struct Side
    {
        const char* name;
        QString program;
        QStringList arguments;
        std::vector<double> walls, cpus;
    };
    const QString destination = folder.filePath(u"destination"_s);
    const QString target = destination + u"/bench"_s;
    std::vector<Side> sides{
        {"grove-cli registry copy", cli, {u"registry"_s, u"copy"_s, version, destination, u"--json"_s}, {}, {}},
        {"cp -r + sha256sum -c + sync", u"/bin/sh"_s,
         {u"-c"_s, u"cp -r \"$1\" \"$2/1\" && cd \"$2/1\" && sha256sum -c --quiet MANIFEST.sha256 && sync *"_s, u"sh"_s,
          version, target},
         {}, {}},
        {"cp -r + sync",
         u"/bin/sh"_s,
         {u"-c"_s, u"cp -r \"$1\" \"$2/1\" && cd \"$2/1\" && sync *"_s, u"sh"_s, version, target},
         {},
         {}},
    };
    for (int round = 0; round < repeat; ++round) {
        for (std::size_t turn = 0; turn < sides.size(); ++turn) {
            Side& side = sides[(turn + std::size_t(round)) % sides.size()];
            QDir(destination).removeRecursively();
            if (!QDir().mkpath(target))
                return 1;
            // Every side starts with nothing left for the disk to write: what earlier runs wrote
            // (and the removal of their copies) would otherwise be flushed during this one.
            ::sync();
            evictFolder(version);
            const bool grove = side.program == cli;
            auto child = runChild(side.program, side.arguments, scratch, grove);
            if (!child)
                return 1;
            if (grove && child->json.value(u"bytes"_s).toInteger() < (megabytes << 20)) {
                std::fprintf(stderr, "grove-cli registry copy reported %lld bytes\n",
                             child->json.value(u"bytes"_s).toInteger());
                return 1;
            }
            side.walls.push_back(child->wallSeconds);
            side.cpus.push_back(child->cpuSeconds);
            std::printf("  %-28s %.3f s (CPU %.2f s, others' CPU %.2f s)\n", side.name, child->wallSeconds,
                        child->cpuSeconds, child->otherCpuSeconds);
        }
    }
    QDir(destination).removeRecursively();
    for (const Side& side : sides) {
        const Stats wall = stats(side.walls);
        std::printf("%s (whole process), median of %d: %.3f s (%.3f - %.3f); CPU %.2f s\n", side.name, repeat,
                    wall.median, wall.min, wall.max, stats(side.cpus).median);
    }
    const double grove = stats(sides[0].walls).median;
    std::printf("ratio (Grove / cp -r + sha256sum -c + sync): %.2f\n",
                grove / std::max(1e-9, stats(sides[1].walls).median));
    std::printf("ratio (Grove / cp -r + sync): %.2f\n", grove / std::max(1e-9, stats(sides[2].walls).median));
    std::printf("copy benchmark done\n");
    return 0;
}
