#include "ui/runs/NewRunDialog.h"

#include "core/services/DatasetImport.h"
#include "core/store/DatasetSnapshot.h"
#include "core/store/DatasetStore.h"
#include "core/store/RunStore.h"
#include "core/store/Workspace.h"
#include "core/train/TrainingJob.h"
#include "core/train/TrainingPlan.h"
#include "ui/common/TaskRunner.h"
#include "ui/common/WindowSize.h"
#include "ui/runs/TrainingController.h"
#include "ui/workspace/WorkspaceController.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace grove {

NewRunDialog::NewRunDialog(WorkspaceController* workspace, TrainingController* training, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_training(training),
      m_lists(new TaskRunner(TaskRunner::Mode::All, this)), m_columns(new TaskRunner(TaskRunner::Mode::LatestWins, this))
{
    setObjectName(u"newRunDialog"_s);
    setWindowTitle(tr("New Training Run"));

    m_startFrom = new QComboBox(this);
    m_startFrom->setObjectName(u"startFromCombo"_s);
    auto* startRow = new QHBoxLayout;
    auto* startLabel = new QLabel(tr("&Start from:"), this);
    startLabel->setBuddy(m_startFrom);
    startRow->addWidget(startLabel);
    startRow->addWidget(m_startFrom, 1);

    auto* columns = new QHBoxLayout;
    columns->addWidget(createDataGroup(), 4);
    auto* middle = new QVBoxLayout;
    middle->addWidget(createValidationGroup());
    middle->addWidget(createTrainingGroup());
    middle->addStretch(1);
    columns->addLayout(middle, 4);
    columns->addWidget(createParametersGroup(), 4);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problemLabel"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_problem->setPalette(palette);
    m_problem->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_startButton = m_buttons->addButton(tr("Start Training"), QDialogButtonBox::AcceptRole);
    m_startButton->setObjectName(u"startTrainingButton"_s);
    m_startButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_startButton, &QPushButton::clicked, this, [this] { start(); });

    m_layout = new QVBoxLayout(this);
    m_layout->addLayout(startRow);
    m_layout->addLayout(columns, 1);
    m_layout->addWidget(m_problem);
    m_layout->addWidget(m_buttons);

    fillDatasets();
    fillStartFrom();
    setConfig(RunConfig{});
    resizeForScreen(this, sizeHint().expandedTo(QSize(1100, 640)));
}

void NewRunDialog::fillDatasets()
{
    Workspace* workspace = m_workspace->workspace();
    if (!workspace)
        return;
    auto datasets = DatasetStore(workspace->database()).list();
    if (!datasets) {
        showProblem(datasets.error().toString());
        return;
    }
    const QSignalBlocker blocker(m_dataset);
    m_dataset->clear();
    m_validationDataset->clear();
    for (const DatasetRecord& record : *datasets) {
        const QString text = tr("%1 (%2 rows)").arg(record.name, QLocale().toString(record.rows));
        m_dataset->addItem(text, record.id);
        m_validationDataset->addItem(text, record.id);
    }
    m_experiment->clear();
    m_experiment->addItem(u"Default"_s); // the others arrive with the runs (fillStartFrom)
}

namespace {

// What the "start from" list and the experiment list need of the workspace's runs; it grows
// with them, so it is read off the UI thread.
struct RunChoices
{
    struct Run
    {
        qint64 id = 0;
        QString dataset;
        QString target;
        RunStatus status = RunStatus::Queued;
    };
    QList<Run> runs; // newest first
    QStringList experiments;
    QString error;
};

RunChoices readRunChoices(const QString& directory)
{
    RunChoices choices;
    auto workspace = Workspace::connect(directory);
    if (!workspace) {
        choices.error = workspace.error().toString();
        return choices;
    }
    RunStore store(workspace->database());
    auto runs = store.list();
    auto experiments = store.experiments();
    if (!runs || !experiments) {
        choices.error = !runs ? runs.error().toString() : experiments.error().toString();
        return choices;
    }
    for (auto it = runs->crbegin(); it != runs->crend(); ++it)
        choices.runs << RunChoices::Run{it->id, it->datasetName(), it->target(), it->status};
    choices.experiments = *experiments;
    return choices;
}

} // namespace

void NewRunDialog::fillStartFrom()
{
    m_startFrom->addItem(tr("Defaults"), qint64(-1));
    if (m_workspace->workspace()) {
        const QString directory = m_workspace->directory();
        m_lists->run({}, [directory](JobControl&) { return readRunChoices(directory); }, [this](const RunChoices& choices) {
            if (!choices.error.isEmpty()) {
                showProblem(choices.error);
                return;
            }
            {
                const QSignalBlocker blocker(m_startFrom);
                for (const RunChoices::Run& run : choices.runs)
                    m_startFrom->addItem(tr("Copy of run %1 · %2 → %3 (%4)")
                                             .arg(run.id)
                                             .arg(run.dataset, run.target, runStatusDisplayName(run.status).toLower()),
                                         run.id);
                if (m_copiedRun >= 0)
                    m_startFrom->setCurrentIndex(std::max(0, m_startFrom->findData(m_copiedRun)));
            }
            // Keep what is typed or chosen; only the choices grow.
            const QString typed = m_experiment->currentText();
            const QSignalBlocker blocker(m_experiment);
            for (const QString& experiment : choices.experiments) {
                if (m_experiment->findText(experiment) < 0)
                    m_experiment->addItem(experiment);
            }
            m_experiment->setCurrentText(typed);
        });
    }
    connect(m_startFrom, &QComboBox::currentIndexChanged, this, [this] {
        const qint64 id = m_startFrom->currentData().toLongLong();
        if (id < 0) {
            m_copiedRun = -1;
            RunConfig defaults;
            defaults.dataset = QString::number(m_dataset->currentData().toLongLong());
            setConfig(defaults);
        } else {
            copyFromRun(id);
        }
    });
}

void NewRunDialog::setDataset(qint64 datasetId)
{
    const int index = m_dataset->findData(datasetId);
    if (index >= 0)
        m_dataset->setCurrentIndex(index);
}

void NewRunDialog::copyFromRun(qint64 runId)
{
    Workspace* workspace = m_workspace->workspace();
    if (!workspace)
        return;
    auto run = RunStore(workspace->database()).byId(runId);
    if (!run || !run->has_value()) {
        showProblem(run ? tr("There is no run %1.").arg(runId) : run.error().toString());
        return;
    }
    auto config = runConfig(**run);
    if (!config) {
        showProblem(config.error().toString());
        return;
    }
    {
        m_copiedRun = runId; // shown in the list once the runs have been read
        const QSignalBlocker blocker(m_startFrom);
        const int index = m_startFrom->findData(runId);
        if (index >= 0)
            m_startFrom->setCurrentIndex(index);
    }
    setConfig(*config);
}

void NewRunDialog::setConfig(const RunConfig& config)
{
    m_problem->hide();
    bool isId = false;
    const qint64 datasetId = config.dataset.toLongLong(&isId);
    // A config names its dataset by id (runs) or name (files); the combo holds ids.
    int datasetIndex = isId ? m_dataset->findData(datasetId) : -1;
    for (int i = 0; !isId && i < m_dataset->count() && !config.dataset.isEmpty(); ++i) {
        if (m_dataset->itemText(i).startsWith(config.dataset + u" ("_s))
            datasetIndex = i;
    }

    switch (config.validation.kind) {
    case ValidationKind::Holdout:
        m_holdout->setChecked(true);
        break;
    case ValidationKind::KFold:
        m_kfold->setChecked(true);
        break;
    case ValidationKind::Dataset:
        m_validDataset->setChecked(true);
        break;
    }
    m_fraction->setValue(config.validation.fraction);
    m_folds->setValue(config.validation.folds);
    m_splitSeed->setText(QString::number(config.validation.seed));
    if (int index = m_validationDataset->findData(config.validation.dataset.toLongLong()); index >= 0)
        m_validationDataset->setCurrentIndex(index);

    const BoosterParameters& p = config.params;
    m_objective->setText(p.objective);
    m_treeMethod->setCurrentText(p.treeMethod);
    const QMap<QString, double> values{{u"eta"_s, p.eta},
                                       {u"max_depth"_s, double(p.maxDepth)},
                                       {u"min_child_weight"_s, p.minChildWeight},
                                       {u"subsample"_s, p.subsample},
                                       {u"colsample_bytree"_s, p.colsampleByTree},
                                       {u"lambda"_s, p.lambda},
                                       {u"alpha"_s, p.alpha},
                                       {u"gamma"_s, p.gamma},
                                       {u"max_bin"_s, double(p.maxBin)},
                                       {u"scale_pos_weight"_s, p.scalePosWeight.value_or(1.0)}};
    for (auto it = m_parameters.begin(); it != m_parameters.end(); ++it)
        it.value()->setValue(values.value(it.key(), it.value()->value()));
    m_scalePosWeightSet->setChecked(p.scalePosWeight.has_value());
    QStringList extra;
    for (auto it = p.extra.cbegin(); it != p.extra.cend(); ++it)
        extra << it.key() + u'=' + it.value();
    m_extra->setText(extra.join(u"; "_s));

    m_rounds->setValue(config.rounds);
    m_earlyStopping->setValue(config.earlyStoppingRounds);
    m_metrics->setText(config.metrics.join(u", "_s));
    m_threads->setValue(config.threads);
    m_seed->setText(QString::number(config.seed));
    m_experiment->setCurrentText(config.experiment);
    updateValidationControls();

    // Target, task and features need the dataset's columns.
    m_pending = config;
    if (datasetIndex >= 0 && datasetIndex != m_dataset->currentIndex())
        m_dataset->setCurrentIndex(datasetIndex); // loads the columns, then applies m_pending
    else if (m_profile && m_loadingDataset == m_dataset->currentData().toLongLong())
        applyPending();
    else
        loadColumns();
}

void NewRunDialog::loadColumns()
{
    m_profile.reset();
    m_target->clear();
    m_features->clear();
    m_startButton->setEnabled(false);
    if (m_dataset->currentIndex() < 0 || !m_workspace->workspace()) {
        m_columns->dropAll();
        return;
    }
    const qint64 id = m_dataset->currentData().toLongLong();
    m_loadingDataset = id;
    const QString directory = m_workspace->directory();
    m_columns->run({}, [directory, id](JobControl&) { return loadDatasetProfile(directory, id); },
                   [this](const Result<DatasetProfile>& result) { columnsFinished(result); });
}

void NewRunDialog::columnsFinished(const Result<DatasetProfile>& result)
{
    if (!result) {
        showProblem(result.error().toString());
        return;
    }
    columnsLoaded(*result);
}

void NewRunDialog::columnsLoaded(const DatasetProfile& profile)
{
    m_profile = profile;
    {
        const QSignalBlocker blocker(m_target);
        m_target->clear();
        int likely = -1;
        for (const ColumnProfile& column : profile.columns) {
            if (!guessTask(column))
                continue; // text, constant or empty columns cannot be predicted
            m_target->addItem(tr("%1 (%2)").arg(column.name, columnTypeDisplayName(column.type).toLower()), column.name);
            if (likely < 0 && column.hints.contains(u"target_candidate"_s))
                likely = m_target->count() - 1;
        }
        m_target->setCurrentIndex(likely >= 0 ? likely : m_target->count() - 1);
    }
    m_startButton->setEnabled(m_target->count() > 0);
    if (m_target->count() == 0)
        showProblem(tr("No column of this dataset can be a target: every column is text, constant or empty."));
    targetChanged();
    if (!m_pending) {
        RunConfig defaults;
        m_pending = defaults;
        m_pending->target = m_target->currentData().toString();
        m_pending->experiment = m_experiment->currentText();
        m_pending->rounds = m_rounds->value();
    }
    applyPending();
}

void NewRunDialog::applyPending()
{
    if (!m_pending || !m_profile)
        return;
    const RunConfig config = *m_pending;
    m_pending.reset();
    if (int index = m_target->findData(config.target); index >= 0)
        m_target->setCurrentIndex(index);
    targetChanged();
    const int taskIndex = config.task ? m_task->findData(taskKey(*config.task)) : 0;
    m_task->setCurrentIndex(std::max(0, taskIndex));
    {
        const QSignalBlocker blocker(m_features);
        for (int i = 0; i < m_features->count(); ++i) {
            QListWidgetItem* item = m_features->item(i);
            if (item->flags() & Qt::ItemIsEnabled)
                item->setCheckState(config.excludedFeatures.contains(item->data(Qt::UserRole).toString())
                                        ? Qt::Unchecked
                                        : Qt::Checked);
        }
    }
    emit m_features->itemChanged(nullptr);
}

void NewRunDialog::targetChanged()
{
    if (!m_profile)
        return;
    const QString target = m_target->currentData().toString();
    QStringList excluded;
    for (int i = 0; i < m_features->count(); ++i) {
        if (m_features->item(i)->checkState() == Qt::Unchecked && (m_features->item(i)->flags() & Qt::ItemIsEnabled))
            excluded << m_features->item(i)->data(Qt::UserRole).toString();
    }
    const QSignalBlocker blocker(m_features);
    m_features->clear();
    for (const ColumnProfile& column : m_profile->columns) {
        auto* item = new QListWidgetItem(tr("%1 (%2)").arg(column.name, columnTypeDisplayName(column.type).toLower()), m_features);
        item->setData(Qt::UserRole, column.name);
        if (column.name == target) {
            item->setFlags(Qt::NoItemFlags);
            item->setCheckState(Qt::Unchecked);
            item->setToolTip(tr("The target"));
        } else if (column.type == ColumnType::Text) {
            item->setFlags(Qt::NoItemFlags);
            item->setCheckState(Qt::Unchecked);
            item->setToolTip(tr("A text column (an identifier or free text) is never a feature."));
        } else {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(excluded.contains(column.name) ? Qt::Unchecked : Qt::Checked);
        }
    }
    emit m_features->itemChanged(nullptr);
    updateTaskGuess();
}

void NewRunDialog::updateTaskGuess()
{
    std::optional<Task> guess;
    if (m_profile) {
        const int column = m_profile->indexOf(m_target->currentData().toString());
        if (column >= 0)
            guess = guessTask(m_profile->columns[column]);
    }
    m_task->setItemText(0, guess ? tr("Automatic: %1").arg(taskDisplayName(*guess)) : tr("Automatic"));
    emit m_task->currentIndexChanged(m_task->currentIndex());
}

std::optional<Task> NewRunDialog::effectiveTask() const
{
    if (m_task->currentIndex() > 0)
        return taskFromKey(m_task->currentData().toString());
    if (!m_profile)
        return std::nullopt;
    const int column = m_profile->indexOf(m_target->currentData().toString());
    return column >= 0 ? guessTask(m_profile->columns[column]) : std::nullopt;
}

void NewRunDialog::updateValidationControls()
{
    m_fraction->setEnabled(m_holdout->isChecked());
    m_folds->setEnabled(m_kfold->isChecked());
    m_splitSeed->setEnabled(!m_validDataset->isChecked());
    m_validationDataset->setEnabled(m_validDataset->isChecked());
}

RunConfig NewRunDialog::config() const
{
    RunConfig config;
    config.dataset = QString::number(m_dataset->currentData().toLongLong());
    config.target = m_target->currentData().toString();
    if (m_task->currentIndex() > 0)
        config.task = taskFromKey(m_task->currentData().toString());
    for (int i = 0; i < m_features->count(); ++i) {
        const QListWidgetItem* item = m_features->item(i);
        if ((item->flags() & Qt::ItemIsEnabled) && item->checkState() == Qt::Unchecked)
            config.excludedFeatures << item->data(Qt::UserRole).toString();
    }
    config.validation.kind = m_kfold->isChecked()          ? ValidationKind::KFold
                             : m_validDataset->isChecked() ? ValidationKind::Dataset
                                                           : ValidationKind::Holdout;
    config.validation.fraction = m_fraction->value();
    config.validation.folds = m_folds->value();
    config.validation.seed = m_splitSeed->text().toULongLong();
    if (config.validation.kind == ValidationKind::Dataset)
        config.validation.dataset = QString::number(m_validationDataset->currentData().toLongLong());

    BoosterParameters& p = config.params;
    p.objective = m_objective->text().trimmed();
    p.treeMethod = m_treeMethod->currentText();
    p.eta = m_parameters.value(u"eta"_s)->value();
    p.maxDepth = int(m_parameters.value(u"max_depth"_s)->value());
    p.minChildWeight = m_parameters.value(u"min_child_weight"_s)->value();
    p.subsample = m_parameters.value(u"subsample"_s)->value();
    p.colsampleByTree = m_parameters.value(u"colsample_bytree"_s)->value();
    p.lambda = m_parameters.value(u"lambda"_s)->value();
    p.alpha = m_parameters.value(u"alpha"_s)->value();
    p.gamma = m_parameters.value(u"gamma"_s)->value();
    p.maxBin = int(m_parameters.value(u"max_bin"_s)->value());
    if (m_scalePosWeightSet->isChecked())
        p.scalePosWeight = m_parameters.value(u"scale_pos_weight"_s)->value();

    config.rounds = m_rounds->value();
    config.earlyStoppingRounds = m_earlyStopping->value();
    for (const QString& metric : m_metrics->text().split(u',', Qt::SkipEmptyParts)) {
        if (!metric.trimmed().isEmpty())
            config.metrics << metric.trimmed();
    }
    config.threads = m_threads->value();
    config.seed = m_seed->text().toULongLong();
    config.experiment = m_experiment->currentText().trimmed();
    return config;
}

void NewRunDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void NewRunDialog::addSection(QWidget* section)
{
    m_layout->insertWidget(m_layout->indexOf(m_problem), section);
}

QString NewRunDialog::datasetName() const
{
    Workspace* workspace = m_workspace->workspace();
    if (!workspace || m_dataset->currentIndex() < 0)
        return {};
    auto record = DatasetStore(workspace->database()).byId(m_dataset->currentData().toLongLong());
    return record && record->has_value() ? (*record)->name : QString();
}

Result<RunConfig> NewRunDialog::checkedConfig() const
{
    RunConfig config = this->config();
    // Other parameters go through BoosterParameters::set(), which checks the ones it knows.
    for (const QString& assignment : m_extra->text().split(u';', Qt::SkipEmptyParts)) {
        const QString text = assignment.trimmed();
        if (text.isEmpty())
            continue;
        const qsizetype equals = text.indexOf(u'=');
        if (equals <= 0)
            return Error::badInput(tr("Other parameters: \"%1\" is not name=value.").arg(text));
        if (auto status = config.params.set(text.left(equals).trimmed(), text.mid(equals + 1).trimmed()); !status)
            return Error::badInput(tr("Other parameters: %1").arg(status.error().message));
    }
    return config;
}

void NewRunDialog::start()
{
    Result<RunConfig> checked = checkedConfig();
    if (!checked) {
        showProblem(checked.error().message);
        m_extra->setFocus();
        return;
    }
    RunConfig config = std::move(*checked);
    if (config.experiment.isEmpty()) {
        showProblem(tr("experiment: give the run an experiment name (\"Default\" will do)."));
        m_experiment->setFocus();
        return;
    }
    showProblem({});
    m_startButton->setEnabled(false);
    m_startButton->setText(tr("Checking…"));
    m_training->submit(config, [this, self = QPointer<NewRunDialog>(this)](const Result<qint64>& queued) {
        if (!self)
            return;
        m_startButton->setEnabled(true);
        m_startButton->setText(tr("Start Training"));
        if (!queued) {
            showProblem(queued.error().message);
            return;
        }
        emit runQueued(*queued);
        accept();
    });
}

} // namespace grove
