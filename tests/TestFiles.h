#pragma once

// Small helpers shared by the tests.

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSize>
#include <QString>
#include <QStringList>

namespace grove::test {

// Writes `content` to `path` (replacing it) and returns the path; an empty path on failure.
inline QString writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        return {};
    return path;
}

// The message of a failed Result, empty for a success.
template <typename T>
QString errorText(const T& result)
{
    return result ? QString() : result.error().message;
}

// Checks a Result once (in a test function), showing its error message on failure.
#define VERIFY_OK(expression)                                                                      \
    do {                                                                                           \
        const auto& verified_ = (expression);                                                      \
        QVERIFY2(verified_, qPrintable(grove::test::errorText(verified_)));                        \
    } while (false)

// The whole file, or nothing when it cannot be read.
inline QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// One grove-cli process (tests that link it define GROVE_CLI_PATH).
struct CliRun
{
    int exitCode = -1; // -1 when it crashed or did not finish
    QByteArray out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QString describe() const { return QStringLiteral("exit %1, stderr: %2").arg(exitCode).arg(err); }
};

#ifdef GROVE_CLI_PATH
inline CliRun runCli(const QStringList& arguments, const QByteArray& input = {}, int timeoutMs = 180000)
{
    QProcess process;
    process.start(QStringLiteral(GROVE_CLI_PATH), arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(timeoutMs);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}
#endif

// Runs a program; true when it exits with 0.
inline bool runProgram(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit &&
           process.exitCode() == 0;
}

// Shows the folder `source` at `path` through a read-only bind mount (needs root), as a workspace
// on a CD or a read-only share looks; unmounted when it goes, however the test ends.
struct ReadOnlyMount
{
    QString path;
    bool mounted = false;
    ReadOnlyMount(const QString& source, const QString& mountPoint) : path(mountPoint)
    {
        QDir().mkpath(path);
        mounted = runProgram(QStringLiteral("mount"), {QStringLiteral("--bind"), source, path});
        if (mounted && !runProgram(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,bind,ro"), path})) {
            runProgram(QStringLiteral("umount"), {path});
            mounted = false;
        }
    }
    ~ReadOnlyMount()
    {
        if (mounted)
            runProgram(QStringLiteral("umount"), {path});
    }
    ReadOnlyMount(const ReadOnlyMount&) = delete;
    ReadOnlyMount& operator=(const ReadOnlyMount&) = delete;
};

// Saves a picture of `widget` when GROVE_SCREENSHOT_DIR is set (for the README and for looking
// at what a GUI test saw). With `size`, the widget is first given that size (a dialog's size on
// an ordinary screen: the offscreen test screen is 800 x 800, and dialogs open within it) and
// laid out again. Returns false only when saving failed.
template <typename Widget>
bool saveScreenshot(Widget* widget, const QString& name, QSize size = QSize())
{
    if (size.isValid()) {
        widget->resize(size);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    }
    const QString directory = qEnvironmentVariable("GROVE_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return true;
    QDir().mkpath(directory);
    return widget->grab().save(QDir(directory).filePath(name));
}

} // namespace grove::test
