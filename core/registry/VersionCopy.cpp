#include "core/registry/VersionCopy.h"

#include "core/common/Process.h"
#include "core/common/SafeText.h"
#include "core/common/Sha256.h"
#include "core/registry/RegistryDetail.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSysInfo>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

// Copying a version from one registry to another: the source is checked while it is streamed
// into the destination publisher's temporary folder, so that every byte is read and hashed once.

using namespace Qt::StringLiterals;

namespace grove {

using namespace registry_detail;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::VersionCopy)
};

const QString kMetadata = u"metadata.json"_s;

// Writes the files of the source, as checkVersionFolder() reads them, into the temporary folder
// of the destination's publisher: every file but VERSION.json (the publisher writes its own) and
// metadata.json (kept, to be written with the copy's lineage).
class CopySink : public VersionSink
{
public:
    CopySink(QString folder, QString model, JobControl& control)
        : m_folder(std::move(folder)), m_model(std::move(model)), m_control(control)
    {
    }

    bool begin(const QString& name) override
    {
        m_name = name;
        m_file.reset(); // of a file that did not match: it goes with the temporary folder
        m_pending.clear();
        if (name == kRecord || name == kMetadata)
            return true;
        m_file.reset(::open(native(path()).constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644));
        m_offset = m_flushed = 0;
        return m_file.get() >= 0 || fail(errno);
    }

    bool write(QByteArrayView bytes) override
    {
        if (m_control.isInterruptionRequested()) {
            m_error = Error::cancelled();
            return false;
        }
        m_bytes += bytes.size();
        if (m_name == kMetadata) {
            m_pending.append(bytes); // at most kMaxMetadataSize: checkVersionFolder's cap
            return true;
        }
        if (m_file.get() < 0)
            return true; // VERSION.json: checked, not copied
        const char* data = bytes.data();
        qsizetype left = bytes.size();
        while (left > 0) {
            const ssize_t written = ::write(m_file.get(), data, std::size_t(left));
            if (written < 0 && errno == EINTR)
                continue;
            if (written < 0)
                return fail(errno);
            data += written;
            left -= written;
            m_offset += written;
        }
        // The disk starts writing what is written while the next bytes are read and hashed, so
        // that the sync at the end has little left to wait for: a copy runs at the pace of the
        // disk instead of reading, hashing and then writing in turn. Only a hint; the sync stays.
        if (m_offset - m_flushed >= kFlushBytes) {
            ::sync_file_range(m_file.get(), m_flushed, m_offset - m_flushed, SYNC_FILE_RANGE_WRITE);
            m_flushed = m_offset;
        }
        return true;
    }

    bool end(const QByteArray& digest, qint64 size) override
    {
        if (m_name == kMetadata) {
            m_metadata = std::move(m_pending);
            return true;
        }
        if (m_file.get() < 0)
            return true;
        if (::fsync(m_file.get()) != 0)
            return fail(errno);
        ::fchmod(m_file.get(), 0444);
        // close() reports late write errors on network file systems.
        if (::close(m_file.release()) != 0)
            return fail(errno);
        m_written.insert(m_name, {size, digest});
        return true;
    }

    const std::optional<Error>& error() const { return m_error; }
    WrittenFiles& written() { return m_written; }
    // metadata.json of the source, once it matched the manifest; nothing when it has none.
    const std::optional<QByteArray>& metadata() const { return m_metadata; }
    qint64 bytes() const { return m_bytes; }

private:
    QString path() const { return m_folder + u'/' + m_name; }
    bool fail(int error)
    {
        m_error = publishWriteFailed(m_model, path(), error);
        return false;
    }

    QString m_folder, m_model, m_name;
    JobControl& m_control;
    static constexpr off_t kFlushBytes = off_t(8) << 20;
    Descriptor m_file;
    off_t m_offset = 0, m_flushed = 0; // written to the current file, and handed to the disk
    QByteArray m_pending;
    std::optional<QByteArray> m_metadata;
    WrittenFiles m_written;
    std::optional<Error> m_error;
    qint64 m_bytes = 0;
};

Error destinationProblem(const Registry& destination)
{
    const QString root = QDir::toNativeSeparators(destination.root());
    Error error = QFileInfo::exists(destination.root())
                      ? Error::badInput(Text::tr("The destination registry %1 is a file, not a folder. Give the "
                                                 "path of a registry folder.")
                                            .arg(root))
                      : Error::notFound(Text::tr("The destination registry %1 does not exist. Check the path, and "
                                                 "that the shared folder is mounted; to start a new registry there, "
                                                 "create the folder first.")
                                            .arg(root));
    error.file = destination.root();
    return error;
}

} // namespace

Result<VersionCopy> copyVersion(Registry& source, const QString& model, int version, Registry& destination,
                                const QString& destinationModel, JobControl& control)
{
    for (const QString& name : {model, destinationModel}) {
        if (const QString problem = Registry::validateModelName(name); !problem.isEmpty())
            return Error::badInput(problem);
    }
    if (!source.exists()) {
        Error error = Error::notFound(Text::tr("The registry %1 does not exist. Check the path, and that the shared "
                                               "folder is mounted.")
                                          .arg(QDir::toNativeSeparators(source.root())));
        error.file = source.root();
        return error;
    }
    if (!destination.exists())
        return destinationProblem(destination);
    if (model == destinationModel && sameFile(source.root(), destination.root()))
        return Error::badInput(Text::tr("Version %1 of \"%2\" is in the registry %3 already. To keep a copy in the "
                                        "same registry, give it another name (--model NAME).")
                                   .arg(QString::number(version), model, QDir::toNativeSeparators(source.root())));
    // The version must exist; its history is not needed (stages and aliases are not copied).
    const QString sourcePath = source.root() + u'/' + model + u'/' + QString::number(version);
    if (Descriptor folder; openFolderBelow(source.root(), {model, QString::number(version)}, folder) == ENOENT) {
        Error error = Error::notFound(Text::tr("There is no version %1 of model \"%2\" in the registry %3.")
                                          .arg(QString::number(version), model, QDir::toNativeSeparators(source.root())));
        error.file = sourcePath;
        return error;
    }

    const QString refused = Text::tr("Version %1 of model \"%2\" in %3 fails its checksum check, so it was not copied:")
                                .arg(QString::number(version), model, sourcePath);
    VersionCopy copy;
    auto published = publishVersion(destination.root(), destinationModel, [&](const QString& folder) -> Result<WrittenFiles> {
        CopySink sink(folder, destinationModel, control);
        QMap<QString, QByteArray> read;
        const QStringList problems =
            checkVersionFolder(source.root(), model, version, {Registry::manifestFileName()}, &read, &sink);
        const auto manifestRead = read.constFind(Registry::manifestFileName());
        const std::optional<QByteArray> manifest =
            manifestRead == read.cend() ? std::nullopt : std::optional<QByteArray>(*manifestRead);
        if (sink.error())
            return *sink.error();
        if (!problems.isEmpty())
            return failedCheck(refused, sourcePath, problems);
        const std::optional<QByteArray>& metadata = sink.metadata();
        if (!metadata || !manifest) {
            Error error = Error::badInput(Text::tr("Version %1 of model \"%2\" in %3 has no metadata.json, so it is not "
                                                   "a model version Grove can copy.")
                                              .arg(QString::number(version), model, sourcePath));
            error.file = sourcePath;
            return error;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(*metadata, &parseError);
        if (!document.isObject()) {
            Error error = Error::badInput(Text::tr("metadata.json of version %1 of model \"%2\" is not a JSON object "
                                                   "(%3), so the copy's lineage cannot be recorded in it.")
                                              .arg(QString::number(version), model, parseError.errorString()));
            error.file = sourcePath + u"/metadata.json"_s;
            return error;
        }
        copy.source.registry = source.root();
        copy.source.model = model;
        copy.source.version = version;
        copy.source.manifestSha256 = QString::fromLatin1(Sha256::hash(*manifest).toHex());
        copy.source.copiedAt = QDateTime::currentDateTimeUtc();
        copy.source.copiedBy = currentUserName();
        copy.source.copiedOn = QSysInfo::machineHostName();
        const QByteArray lineage =
            QJsonDocument(ModelMetadata::copiedDocument(document.object(), destinationModel, copy.source))
                .toJson(QJsonDocument::Indented);
        const QString path = folder + u'/' + kMetadata;
        if (const int error = writeDurably(path, lineage); error != 0)
            return publishWriteFailed(destinationModel, path, error);
        sink.written().insert(kMetadata, {qint64(lineage.size()), Sha256::hash(lineage).toHex()});
        copy.bytes = sink.bytes();
        return sink.written();
    });
    if (!published)
        return published.error();
    copy.version = *published;
    (void)destination.audit({u"version.copied"_s, u"%1/%2"_s.arg(destinationModel).arg(published->version), QJsonValue(),
                             QJsonObject{{u"source"_s, u"%1/%2/%3"_s.arg(source.root(), model).arg(version)},
                                         {u"manifest_sha256"_s, copy.source.manifestSha256}},
                             QJsonObject{{u"bytes"_s, copy.bytes}}});
    return copy;
}

} // namespace grove
