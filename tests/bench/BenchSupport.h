#pragma once

// What the benchmark programs share: options, statistics, memory, child processes and JSON
// output.

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <optional>
#include <random>
#include <ctime>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace grove::bench {

constexpr int kFeatures = 28;
constexpr quint64 kDefaultSeed = 20261122;

// Writes the header of a NumPy .npy file (format 1.0) for a C-ordered float32 matrix.
inline void writeNpyHeader(QFile& file, qint64 rows, int columns)
{
    QByteArray header = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + QByteArray::number(rows) + ", " +
                        QByteArray::number(columns) + "), }";
    // The magic, version and length take 10 bytes; the header ends with a newline and pads the
    // whole to a multiple of 64 bytes, as numpy writes it.
    while ((10 + header.size() + 1) % 64 != 0)
        header += ' ';
    header += '\n';
    const quint16 length = quint16(header.size());
    file.write("\x93NUMPY\x01\x00", 8);
    const char lengthBytes[2] = {char(length & 0xff), char(length >> 8)};
    file.write(lengthBytes, 2);
    file.write(header);
}

// The benchmark file: `rows` rows of kFeatures normally distributed floats (6 significant digits)
// and a 0/1 label, with a header f0,...,f27,label. The same seed gives the same bytes. With
// `npyPath`, the same table is also written as a float32 .npy matrix (the label last): each
// value is the text parsed as a double and rounded to float, as Grove and pandas read it.
inline int writeBenchmarkCsv(const QString& path, qint64 rows, quint64 seed = kDefaultSeed, const QString& npyPath = {})
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return 1;
    }
    QFile npy(npyPath);
    if (!npyPath.isEmpty()) {
        if (!npy.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(npyPath));
            return 1;
        }
        writeNpyHeader(npy, rows, kFeatures + 1);
    }
    QByteArray header;
    for (int f = 0; f < kFeatures; ++f)
        header += "f" + QByteArray::number(f) + ',';
    file.write(header + "label\n");
    std::mt19937_64 random(seed);
    std::normal_distribution<float> normal;
    std::vector<char> buffer(1 << 22);
    std::vector<float> values;
    std::size_t used = 0;
    for (qint64 r = 0; r < rows; ++r) {
        if (used + 512 > buffer.size()) {
            file.write(buffer.data(), qint64(used));
            used = 0;
        }
        if (values.size() + kFeatures + 1 > (1 << 20)) {
            npy.write(reinterpret_cast<const char*>(values.data()), qint64(values.size() * sizeof(float)));
            values.clear();
        }
        for (int f = 0; f < kFeatures; ++f) {
            char* const begin = buffer.data() + used;
            auto result = std::to_chars(begin, buffer.data() + buffer.size(), normal(random), std::chars_format::general, 6);
            if (npy.isOpen()) {
                double parsed = 0;
                std::from_chars(begin, result.ptr, parsed);
                values.push_back(float(parsed));
            }
            used = std::size_t(result.ptr - buffer.data());
            buffer[used++] = ',';
        }
        const int label = int(random() & 1);
        buffer[used++] = char('0' + label);
        buffer[used++] = '\n';
        if (npy.isOpen())
            values.push_back(float(label));
    }
    file.write(buffer.data(), qint64(used));
    if (npy.isOpen()) {
        npy.write(reinterpret_cast<const char*>(values.data()), qint64(values.size() * sizeof(float)));
        if (npy.error() != QFileDevice::NoError) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(npyPath));
            return 1;
        }
    }
    return file.error() == QFileDevice::NoError ? 0 : 1;
}

// Takes "NAME VALUE" out of `args`; `fallback` when it is not there.
inline QString takeOption(QStringList& args, const QString& name, const QString& fallback)
{
    const qsizetype at = args.indexOf(name);
    if (at < 0 || at + 1 >= args.size())
        return fallback;
    const QString value = args.at(at + 1);
    args.remove(at, 2);
    return value;
}

// The largest resident set of this process so far, in KiB.
inline qint64 peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// One JSON document on one line of standard output (what a parent process reads).
inline void printJson(const QJsonObject& object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
}

struct ChildRun
{
    QJsonObject json; // its standard output, one JSON object (when asked for)
    double wallSeconds = 0;
    double cpuSeconds = 0; // user + system time of the child
    double peakRssMb = 0;  // ru_maxrss of the child
    double otherCpuSeconds = 0; // CPU time the rest of the machine used while it ran
};

// CPU time all processes have used since boot (user, nice, system, irq, softirq, steal), from
// /proc/stat. Less the child's own, it tells whether anything else ran during a measurement:
// with 2 cores, any other load makes the times unreliable (an OpenMP thread that waits for a
// busy core spins).
inline double machineBusySeconds()
{
    unsigned long long user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0;
    if (std::FILE* file = std::fopen("/proc/stat", "r")) {
        if (std::fscanf(file, "cpu %llu %llu %llu %llu %llu %llu %llu %llu", &user, &nice, &system, &idle, &iowait, &irq,
                        &softirq, &steal) != 8)
            user = nice = system = irq = softirq = steal = 0;
        std::fclose(file);
    }
    return double(user + nice + system + irq + softirq + steal) / double(sysconf(_SC_CLK_TCK));
}

// Runs a program in a fresh process (posix_spawn, standard output and error to files) and waits
// for it with wait4(), which gives the child's own resource usage. With `expectJson`, its
// standard output must be one JSON object.
inline std::optional<ChildRun> runChild(const QString& program, const QStringList& arguments, const QString& scratch,
                                        bool expectJson = true)
{
    const QByteArray outPath = QDir(scratch).filePath(QStringLiteral("child.out")).toLocal8Bit();
    const QByteArray errPath = QDir(scratch).filePath(QStringLiteral("child.err")).toLocal8Bit();
    std::vector<QByteArray> storage{program.toLocal8Bit()};
    for (const QString& argument : arguments)
        storage.push_back(argument.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& bytes : storage)
        argv.push_back(bytes.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const double busyBefore = machineBusySeconds();
    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        std::fprintf(stderr, "cannot start %s: %s\n", argv[0], std::strerror(spawned));
        return std::nullopt;
    }
    int status = 0;
    rusage usage{};
    pid_t waited = -1;
    do {
        waited = wait4(pid, &status, 0, &usage);
    } while (waited < 0 && errno == EINTR);
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double busy = machineBusySeconds() - busyBefore;

    QFile out(QString::fromLocal8Bit(outPath)), err(QString::fromLocal8Bit(errPath));
    const QByteArray output = out.open(QIODevice::ReadOnly) ? out.readAll() : QByteArray();
    const QByteArray errors = err.open(QIODevice::ReadOnly) ? err.readAll() : QByteArray();
    if (waited != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "failed: %s %s\n%s%s\n", argv[0], qPrintable(arguments.join(u' ')), output.constData(),
                     errors.constData());
        return std::nullopt;
    }
    ChildRun run;
    run.json = QJsonDocument::fromJson(output).object();
    if (expectJson && run.json.isEmpty()) {
        std::fprintf(stderr, "no JSON from %s %s:\n%s\n", argv[0], qPrintable(arguments.join(u' ')), output.constData());
        return std::nullopt;
    }
    run.wallSeconds = wall;
    run.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                     double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    run.otherCpuSeconds = std::max(0.0, busy - run.cpuSeconds);
    run.peakRssMb = double(usage.ru_maxrss) / 1024.0;
    return run;
}

struct Stats
{
    double median = 0, min = 0, max = 0;
};

inline Stats stats(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    if (values.empty())
        return {};
    const std::size_t n = values.size();
    const double median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    return {median, values.front(), values.back()};
}

// CLOCK_MONOTONIC in nanoseconds: the clock Grove's start-up report (GROVE_REPORT_STARTUP) uses.
inline qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000LL + now.tv_nsec;
}

// Drops a file's pages from the page cache (what can be dropped without privileges), so that
// the next read comes from the disk as after a reboot or a while of other work.
inline void evictFromPageCache(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return;
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    ::close(fd);
}

// A workspace's database files, evicted before each measurement that should start cold (unless
// GROVE_BENCH_WARM=1 asks to measure with whatever the page cache holds).
inline void evictWorkspace(const QString& workspace)
{
    if (qEnvironmentVariableIntValue("GROVE_BENCH_WARM") == 1)
        return;
    for (const char* name : {"grove.db", "grove.db-wal"})
        evictFromPageCache(QDir(workspace).filePath(QString::fromLatin1(name)));
}

// CPU time (user and system) this thread has used, in milliseconds: on a busy machine a steadier
// figure than the time on the clock.
inline double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// CPU time (user and system) of the children that have ended, in milliseconds.
inline double childrenCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

// The machine's load while measuring (the benchmarks print it next to their medians).
inline QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readLine().split(' ').mid(0, 3).join(' '));
}

// How fast this machine runs a fixed piece of single-threaded work right now, in milliseconds.
// On a virtual machine the host may slow a guest down for a while without any process of the
// guest being busy; "others' CPU" and the load average do not show that. Measured before every
// pair, its spread says whether the machine kept one speed during the run.
inline double speedCheckMilliseconds()
{
    const auto start = std::chrono::steady_clock::now();
    std::uint64_t x = 0x9E3779B97F4A7C15ULL;
    double sum = 0;
    for (int i = 0; i < 20'000'000; ++i) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        sum += double(x & 0xFFFF) * 1e-6;
    }
    const double elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    // The sum is never negative; using it keeps the compiler from dropping the loop.
    return sum < 0 ? -elapsed : elapsed;
}

// One start of the real grove binary with GROVE_REPORT_STARTUP=1 and
// GROVE_EXIT_AFTER_FIRST_PAINT=1: the milestones it printed ("main", "window-painted",
// "runs-painted", ...), each in milliseconds from just before it was started (fork and exec
// included), and the rows its runs table showed.
struct Launch
{
    QMap<QString, double> milliseconds;
    int rows = -1;
    double cpuMs = 0; // CPU time of the whole process, start to exit
    QString error;    // empty when Grove started, painted and quit
};

inline Launch launchGrove(const QString& program, const QStringList& arguments, QProcessEnvironment environment)
{
    environment.insert(QStringLiteral("GROVE_REPORT_STARTUP"), QStringLiteral("1"));
    environment.insert(QStringLiteral("GROVE_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess child;
    child.setProcessEnvironment(environment);
    Launch launch;
    const double cpuBefore = childrenCpuMs();
    const qint64 started = monotonicNs();
    child.start(program, arguments);
    const bool finished = child.waitForFinished(120000);
    launch.cpuMs = childrenCpuMs() - cpuBefore;
    if (!finished || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        child.kill();
        child.waitForFinished();
        launch.error = QStringLiteral("%1 did not start and quit cleanly: %2").arg(program, QString::fromLocal8Bit(child.readAllStandardError()));
        return launch;
    }
    const QList<QByteArray> lines = child.readAllStandardError().split('\n');
    for (const QByteArray& line : lines) {
        const QList<QByteArray> fields = line.trimmed().split(' ');
        if (fields.size() < 3 || fields[0] != "grove-startup")
            continue;
        launch.milliseconds.insert(QString::fromLatin1(fields[1]), double(fields[2].toLongLong() - started) / 1e6);
        if (fields.size() > 3 && fields[3].startsWith("rows="))
            launch.rows = fields[3].mid(5).toInt();
    }
    if (!launch.milliseconds.contains(QStringLiteral("window-painted")))
        launch.error = QStringLiteral("%1 reported no paint (is it built with the start-up report?)").arg(program);
    return launch;
}

} // namespace grove::bench
