#pragma once

#include "core/store/RunStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QUndoStack>
#include <QList>

namespace grove {

class TaskRunner;
class TrainingController;
class WorkspaceController;

// The runs of the open workspace, newest first, with live progress and metrics for the runs
// this process trains.
class RunListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Experiment, Dataset, Target, Status, Progress, Metric, Started, Duration, Tags, Note, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, ProgressRole, StatusRole };

    RunListModel(WorkspaceController* workspace, TrainingController* training, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Editing tags (separated by spaces or commas) or the note goes through the undo stack.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    void setUndoStack(QUndoStack* stack) { m_undo = stack; }

    // Extra columns after the fixed ones, one per key as in runValue(): "params.max_depth",
    // "valid.auc", ... Their values sort as numbers.
    void setExtraColumns(const QStringList& keys);
    QStringList extraColumns() const { return m_extra; }
    // The parameters and final metrics the runs have, as candidates for extra columns.
    QStringList availableKeys() const;

    // The run shown in the row, with its configuration and metrics (parsed on first use).
    const RunRecord* record(int row) const;
    // The same run without parsing its JSON fields: its configuration, environment, metrics and
    // importance may still be empty. Enough for the id, experiment, status, times, tags and note.
    const RunRecord* recordFields(int row) const;
    int rowOf(qint64 id) const;
    bool isLoading() const; // a reload() is reading
    bool isPolling() const; // a poll() is reading

public slots:
    // Reads the runs again in the background, keeping rows (and so the selection) where the runs
    // are the same; loaded() says when they are in.
    void reload();
    // Reloads one run from the store (after a status change).
    void refresh(qint64 id);
    // Shows what other connections (grove-cli, a teammate's Grove, training threads) committed,
    // reading again, in the background, only the runs that changed. Runs every 2 s.
    void poll();

signals:
    void errorOccurred(const QString& message);
    void loaded(); // a reload() is in

private:
    void apply(QList<RunRecord> records, QHash<qint64, RunDocuments> unparsed);
    void liveUpdated(qint64 id);
    void show(const RunRecord& run); // inserts or updates its row
    double progress(const RunRecord& record) const;

    WorkspaceController* m_workspace;
    TrainingController* m_training;
    TaskRunner* m_loader; // reading the runs; the newest request wins
    TaskRunner* m_poller; // reading what other connections changed, one reading at a time
    // A workspace may hold 10,000 runs, but only a screenful of rows is painted when it opens:
    // the runs' JSON columns wait here, by run id, until record() needs them.
    mutable QList<RunRecord> m_records;
    mutable QHash<qint64, RunDocuments> m_unparsed;
    qint64 m_dataVersion = -1;
    QHash<qint64, quint64> m_fingerprints; // what the rows show, to find the runs that changed
    QUndoStack* m_undo = nullptr;
    QStringList m_extra;
};

} // namespace grove
