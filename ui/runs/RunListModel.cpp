#include "ui/runs/RunListModel.h"

#include "core/runs/RunQuery.h"
#include "core/store/Workspace.h"
#include "ui/common/TaskRunner.h"
#include "ui/runs/RunEdits.h"
#include "ui/runs/RunFormat.h"
#include "ui/runs/TrainingController.h"
#include "ui/workspace/WorkspaceController.h"

#include <QJsonArray>

#include <algorithm>
#include <QLocale>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace grove {

RunListModel::RunListModel(WorkspaceController* workspace, TrainingController* training, QObject* parent)
    : QAbstractTableModel(parent), m_workspace(workspace), m_training(training),
      m_loader(new TaskRunner(TaskRunner::Mode::LatestWins, this)), m_poller(new TaskRunner(TaskRunner::Mode::All, this))
{
    connect(m_workspace, &WorkspaceController::workspaceChanged, this, [this] {
        // Run ids repeat across workspaces: start afresh.
        beginResetModel();
        m_records.clear();
        m_unparsed.clear();
        endResetModel();
        reload();
    });
    connect(m_training, &TrainingController::runQueued, this, &RunListModel::refresh);
    connect(m_training, &TrainingController::runStarted, this, &RunListModel::refresh);
    connect(m_training, &TrainingController::runFinished, this, [this](qint64 id) { refresh(id); });
    connect(m_training, &TrainingController::roundsCompleted, this, [this](qint64 id) { liveUpdated(id); });
    // Runs that other processes (grove-cli, a teammate's Grove) add or change show up too.
    auto* timer = new QTimer(this);
    timer->setInterval(2000);
    connect(timer, &QTimer::timeout, this, &RunListModel::poll);
    timer->start();
    reload();
}

int RunListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_records.size()); }

int RunListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount + int(m_extra.size());
}

void RunListModel::setExtraColumns(const QStringList& keys)
{
    if (keys == m_extra)
        return;
    beginResetModel();
    m_extra = keys;
    endResetModel();
}

QStringList RunListModel::availableKeys() const
{
    QStringList params, metrics;
    for (int row = 0; row < m_records.size(); ++row) {
        const RunRecord& run = *record(row);
        for (const QString& name : run.setup.config.params.names()) {
            const QString key = u"params."_s + name;
            if (!params.contains(key))
                params << key;
        }
        for (const QString& split : {u"valid"_s, u"train"_s}) {
            const QJsonObject m = run.finalMetrics.value(split).toObject();
            for (auto it = m.begin(); it != m.end(); ++it) {
                const QString key = split + u'.' + it.key();
                if (!metrics.contains(key))
                    metrics << key;
            }
        }
    }
    params.sort();
    return metrics + params;
}

const RunRecord* RunListModel::record(int row) const
{
    if (row < 0 || row >= m_records.size())
        return nullptr;
    RunRecord& run = m_records[row];
    if (!m_unparsed.isEmpty()) {
        if (const auto found = m_unparsed.constFind(run.id); found != m_unparsed.cend()) {
            parseRunDocuments(run, *found);
            m_unparsed.erase(found);
        }
    }
    return &run;
}

const RunRecord* RunListModel::recordFields(int row) const
{
    return row >= 0 && row < m_records.size() ? &std::as_const(m_records)[row] : nullptr;
}

int RunListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records[row].id == id)
            return row;
    }
    return -1;
}

double RunListModel::progress(const RunRecord& record) const
{
    if (record.status == RunStatus::Finished)
        return 1.0;
    int done = record.roundsDone;
    if (const auto* live = m_training->live(record.id))
        done = std::max(done, live->roundsDone);
    return record.roundsTotal > 0 ? std::clamp(double(done) / record.roundsTotal, 0.0, 1.0) : 0.0;
}

QVariant RunListModel::data(const QModelIndex& index, int role) const
{
    const RunRecord* fields = index.isValid() ? recordFields(index.row()) : nullptr;
    if (!fields)
        return {};
    if (role == IdRole)
        return fields->id;
    if (role == StatusRole)
        return int(fields->status);
    // Only these show the run's configuration or metrics: the other columns sort and paint
    // without parsing them.
    const bool documents = index.column() >= ColumnCount || index.column() == Dataset || index.column() == Target ||
                           index.column() == Metric;
    const RunRecord* r = documents ? record(index.row()) : fields;
    if (index.column() >= ColumnCount) {
        const QString key = m_extra.value(index.column() - ColumnCount);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role != Qt::DisplayRole)
            return {};
        return runValue(*r, key); // numbers stay numbers, so that the column sorts by value
    }
    if (role == ProgressRole)
        return index.column() == Progress && (isActive(r->status) || r->status == RunStatus::Finished)
                   ? QVariant(progress(*r))
                   : QVariant();
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == Id || index.column() == Metric || index.column() == Duration)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Status && !r->message.isEmpty())
            return r->message;
        if (index.column() == Metric) {
            const RunKeyMetric key = runKeyMetric(*r);
            return tr("%1 on the %2 data").arg(key.metric, RunFormat::splitName(key.split));
        }
        return {};
    }
    if (role == Qt::EditRole && index.column() == Tags)
        return r->tags.join(u" "_s);
    if (role == Qt::EditRole && index.column() == Note)
        return r->note;
    if (role == Qt::ToolTipRole && index.column() == Note && !r->note.isEmpty())
        return r->note;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id:
        return r->id;
    case Experiment:
        return r->experiment;
    case Dataset:
        return r->datasetName();
    case Target:
        return r->target();
    case Status:
        return runStatusDisplayName(r->status);
    case Progress: {
        if (!isActive(r->status) && r->status != RunStatus::Finished)
            return tr("%1 of %2 rounds").arg(r->roundsDone).arg(r->roundsTotal);
        return RunFormat::percent(progress(*r));
    }
    case Metric: {
        const RunKeyMetric key = runKeyMetric(*r);
        std::optional<double> value = key.value;
        if (const auto* live = m_training->live(r->id)) {
            for (const auto& e : live->latest) {
                if (e.metric == key.metric && e.split == key.split)
                    value = e.value;
            }
        }
        if (!value)
            return {};
        return tr("%1 %2").arg(key.metric, RunFormat::metric(*value));
    }
    case Started:
        return r->startedAt.isValid() ? QLocale().toString(r->startedAt.toLocalTime(), QLocale::ShortFormat) : QString();
    case Tags:
        return r->tags.join(u" "_s);
    case Note:
        return r->note.section(u'\n', 0, 0);
    case Duration: {
        if (!r->startedAt.isValid())
            return {};
        double seconds = r->durationSeconds();
        if (const auto* live = m_training->live(r->id))
            seconds = std::max(seconds, live->elapsedSeconds);
        return RunFormat::duration(seconds);
    }
    }
    return {};
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= ColumnCount)
        return m_extra.value(section - ColumnCount);
    switch (section) {
    case Id:
        return tr("Run");
    case Experiment:
        return tr("Experiment");
    case Dataset:
        return tr("Dataset");
    case Target:
        return tr("Target");
    case Status:
        return tr("Status");
    case Progress:
        return tr("Progress");
    case Metric:
        return tr("Key metric");
    case Started:
        return tr("Started");
    case Duration:
        return tr("Duration");
    case Tags:
        return tr("Tags");
    case Note:
        return tr("Note");
    }
    return {};
}

Qt::ItemFlags RunListModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == Tags || index.column() == Note) && m_undo)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool RunListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const RunRecord* r = index.isValid() ? record(index.row()) : nullptr;
    if (!r || role != Qt::EditRole || !m_undo || (index.column() != Tags && index.column() != Note))
        return false;
    if (index.column() == Tags) {
        QStringList tags = value.toString().split(QRegularExpression(u"[\\s,]+"_s), Qt::SkipEmptyParts);
        for (const QString& tag : tags) {
            if (const QString problem = RunStore::validateTag(tag); !problem.isEmpty()) {
                emit errorOccurred(problem);
                return false;
            }
        }
        if (tags == r->tags)
            return false;
        m_undo->push(new RunEditCommand(m_workspace, this, r->id, RunEditCommand::Field::Tags, r->tags.join(u' '),
                                        tags.join(u' ')));
        return true;
    }
    const QString note = value.toString();
    if (note == r->note)
        return false;
    if (const QString problem = RunStore::validateNote(note); !problem.isEmpty()) {
        emit errorOccurred(problem);
        return false;
    }
    m_undo->push(new RunEditCommand(m_workspace, this, r->id, RunEditCommand::Field::Note, r->note, note));
    return true;
}

void RunListModel::reload()
{
    Workspace* workspace = m_workspace->workspace();
    if (!workspace) {
        m_loader->dropAll();
        apply({}, {});
        return;
    }
    // What other connections have committed so far is in the listing read below; poll() looks
    // for what comes after. (The version is per connection: it is read on the one poll() uses.)
    if (auto version = RunStore(workspace->database()).externalChanges())
        m_dataVersion = *version;
    // A workspace may hold 10,000 runs: they are read off the UI thread, in one query that gives
    // the runs and their fingerprints; the JSON columns are parsed only for the rows that are
    // shown, sorted or filtered (see record()).
    const QString directory = m_workspace->directory();
    struct Rows
    {
        QList<RunRecord> records; // newest first
        QHash<qint64, RunDocuments> unparsed;
        QHash<qint64, quint64> fingerprints;
    };
    m_loader->run(
        {},
        [directory](JobControl&) -> Result<Rows> {
            auto listing = listRunsUnparsed(directory);
            if (!listing)
                return listing.error();
            // Arranged for the model here, so that the UI thread only swaps them in.
            Rows rows;
            rows.fingerprints = std::move(listing->fingerprints);
            rows.records = std::move(listing->runs); // not shared: reversing it copies nothing
            rows.unparsed.reserve(rows.records.size());
            for (qsizetype i = 0; i < rows.records.size(); ++i)
                rows.unparsed.insert(rows.records[i].id, std::move(listing->documents[std::size_t(i)]));
            std::reverse(rows.records.begin(), rows.records.end());
            return rows;
        },
        [this](Result<Rows> rows) {
            if (!rows) {
                emit errorOccurred(rows.error().toString());
                return;
            }
            m_fingerprints = std::move(rows->fingerprints);
            apply(std::move(rows->records), std::move(rows->unparsed));
        });
}

bool RunListModel::isLoading() const { return !m_loader->isIdle(); }

bool RunListModel::isPolling() const { return !m_poller->isIdle(); }

void RunListModel::apply(QList<RunRecord> records, QHash<qint64, RunDocuments> unparsed)
{
    // Same runs in the same order, maybe with new ones on top: update in place.
    const qsizetype added = records.size() - m_records.size();
    bool sameTail = added >= 0;
    for (qsizetype i = 0; sameTail && i < m_records.size(); ++i)
        sameTail = records[i + added].id == m_records[i].id;
    if (!sameTail) {
        beginResetModel();
        m_records = std::move(records);
        m_unparsed = std::move(unparsed);
        endResetModel();
        emit loaded();
        return;
    }
    if (added > 0) {
        beginInsertRows({}, 0, int(added) - 1);
        m_records = std::move(records);
        m_unparsed = std::move(unparsed);
        endInsertRows();
    } else {
        m_records = std::move(records);
        m_unparsed = std::move(unparsed);
    }
    // The rows that were there before may have changed too.
    if (added < m_records.size())
        emit dataChanged(index(int(added), 0), index(int(m_records.size()) - 1, columnCount() - 1));
    emit loaded();
}

namespace {

// What changed since the fingerprints the model has: the runs to read again, those gone.
struct PollResult
{
    QHash<qint64, quint64> fingerprints;
    QList<RunRecord> changed; // added (in id order), then changed
    QList<qint64> removed;
    bool startAfresh = false; // too much changed, or something could not be read
};

PollResult readChanges(const QString& directory, const QHash<qint64, quint64>& known)
{
    PollResult result;
    result.startAfresh = true;
    auto workspace = Workspace::connect(directory);
    if (!workspace)
        return result;
    RunStore store(workspace->database());
    auto fingerprints = store.fingerprints();
    if (!fingerprints)
        return result;
    QList<qint64> added, changed;
    for (auto it = fingerprints->cbegin(); it != fingerprints->cend(); ++it) {
        const auto before = known.constFind(it.key());
        if (before == known.cend())
            added << it.key();
        else if (*before != it.value())
            changed << it.key();
    }
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        if (!fingerprints->contains(it.key()))
            result.removed << it.key();
    }
    if (added.size() + changed.size() + result.removed.size() > 100)
        return result; // a big change (another workspace copied in, the trash emptied)
    std::sort(added.begin(), added.end());
    for (qint64 id : added + changed) {
        auto found = store.byId(id);
        if (!found || !found->has_value())
            return result;
        result.changed << **found;
    }
    result.fingerprints = std::move(*fingerprints);
    result.startAfresh = false;
    return result;
}

} // namespace

void RunListModel::poll()
{
    Workspace* workspace = m_workspace->workspace();
    if (!workspace || isLoading() || !m_poller->isIdle())
        return; // the listing being read shows what was committed before it
    auto version = RunStore(workspace->database()).externalChanges();
    if (!version || *version == m_dataVersion)
        return;
    m_dataVersion = *version;
    // Something was committed (often just a training thread's progress): read again, off the UI
    // thread, only the runs whose fingerprint changed, not every run.
    const QString directory = m_workspace->directory();
    const QHash<qint64, quint64> known = m_fingerprints;
    m_poller->run({}, [directory, known](JobControl&) { return readChanges(directory, known); },
                  [this, directory](const PollResult& result) {
                      if (directory != m_workspace->directory() || isLoading())
                          return; // another workspace, or a full listing on its way
                      if (result.startAfresh) {
                          reload();
                          return;
                      }
                      m_fingerprints = result.fingerprints;
                      for (qint64 id : result.removed) {
                          if (const int row = rowOf(id); row >= 0) {
                              beginRemoveRows({}, row, row);
                              m_records.removeAt(row);
                              m_unparsed.remove(id);
                              endRemoveRows();
                          }
                      }
                      for (const RunRecord& run : result.changed)
                          show(run);
                  });
}

void RunListModel::refresh(qint64 id)
{
    Workspace* workspace = m_workspace->workspace();
    if (!workspace)
        return;
    if (isLoading()) {
        reload(); // the listing being read may predate this change: read one that has it
        return;
    }
    auto found = RunStore(workspace->database()).byId(id);
    if (!found || !found->has_value()) {
        reload();
        return;
    }
    show(**found);
}

void RunListModel::show(const RunRecord& run)
{
    const qint64 id = run.id;
    const int row = rowOf(id);
    if (row < 0) {
        // Newest first, as in reload().
        const auto place = std::find_if(m_records.cbegin(), m_records.cend(), [id](const RunRecord& r) { return r.id < id; });
        const int at = int(place - m_records.cbegin());
        beginInsertRows({}, at, at);
        m_records.insert(at, run);
        endInsertRows();
        return;
    }
    m_records[row] = run;
    m_unparsed.remove(id);
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void RunListModel::liveUpdated(qint64 id)
{
    const int row = rowOf(id);
    if (row >= 0 && recordFields(row)->status == RunStatus::Queued)
        refresh(id); // it has started
    else if (row >= 0)
        emit dataChanged(index(row, Progress), index(row, Duration));
}

} // namespace grove
