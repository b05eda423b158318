#pragma once

#include "core/common/Result.h"
#include "core/store/Database.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace grove {

struct DatasetRecord
{
    qint64 id = 0;
    QString name;
    QString contentHash;
    qint64 rows = 0;
    qint64 columns = 0;
    QString snapshot;     // file name inside the workspace's datasets/ folder
    qint64 sizeBytes = 0; // of the snapshot
    QString sourcePath;
    QString sourceFormat;
    QDateTime importedAt; // UTC
    QString importedBy;

    QString shortHash() const { return contentHash.left(12); }
};

// The datasets table. Names are unique without regard to case, and may not be only digits
// (so that "3" always means the dataset with id 3).
class DatasetStore
{
public:
    explicit DatasetStore(Database& database) : m_database(database) {}

    Result<QList<DatasetRecord>> list();
    Result<std::optional<DatasetRecord>> byId(qint64 id);
    Result<std::optional<DatasetRecord>> byHash(const QString& contentHash);
    Result<std::optional<DatasetRecord>> byName(const QString& name);
    // An id, a name, or a prefix of at least 6 characters of the content hash.
    Result<DatasetRecord> find(const QString& reference);

    // Inserts the record. With `uniquifyName` a taken name gets a " (2)", " (3)" ... suffix;
    // without it a taken name is an error. A record with the same content hash that already
    // exists is returned instead (with `inserted` false).
    struct Insertion
    {
        DatasetRecord record;
        bool inserted = false;
    };
    Result<Insertion> insert(DatasetRecord record, bool uniquifyName);
    Status rename(qint64 id, const QString& newName);
    Status remove(qint64 id);

    // Empty when the name is acceptable, else why not.
    static QString validateName(const QString& name);

private:
    Database& m_database;
};

} // namespace grove
