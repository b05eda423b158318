#include "ui/runs/NewRunDialog.h"

#include "core/services/DatasetImport.h"
#include "core/store/DatasetSnapshot.h"
#include "core/store/DatasetStore.h"
#include "core/store/RunStore.h"
#include "core/store/Workspace.h"
#include "core/train/TrainingJob.h"
#include "core/train/TrainingPlan.h"
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
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

QLineEdit* seedEdit(QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setValidator(new QRegularExpressionValidator(QRegularExpression(u"\\d{1,19}"_s), edit));
    return edit;
}

int decimalsFor(const ParameterInfo& info) { return info.integer ? 0 : (info.maximum <= 1 ? 3 : 4); }

} // namespace

NewRunDialog::NewRunDialog(WorkspaceController* workspace, TrainingController* training, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_training(training)
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

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_startButton = buttons->addButton(tr("Start Training"), QDialogButtonBox::AcceptRole);
    m_startButton->setObjectName(u"startTrainingButton"_s);
    m_startButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_startButton, &QPushButton::clicked, this, &NewRunDialog::start);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(startRow);
    layout->addLayout(columns, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(&m_columnsWatcher, &QFutureWatcher<Result<DatasetProfile>>::finished, this, [this] {
        const qint64 wanted = m_dataset->currentData().toLongLong();
        if (m_loadingDataset != wanted) {
            loadColumns(); // the choice changed while loading
            return;
        }
        const Result<DatasetProfile> result = m_columnsWatcher.result();
        if (!result) {
            showProblem(result.error().toString());
            return;
        }
        columnsLoaded(*result);
    });

    fillDatasets();
    fillStartFrom();
    setConfig(RunConfig{});
    resize(sizeHint().expandedTo(QSize(1100, 640)));
}

QWidget* NewRunDialog::createDataGroup()
{
    auto* group = new QGroupBox(tr("Data"), this);
    auto* form = new QFormLayout;
    m_dataset = new QComboBox(group);
    m_dataset->setObjectName(u"datasetCombo"_s);
    m_target = new QComboBox(group);
    m_target->setObjectName(u"targetCombo"_s);
    m_target->setToolTip(tr("The column the model learns to predict."));
    m_task = new QComboBox(group);
    m_task->setObjectName(u"taskCombo"_s);
    m_task->addItem(QString(), QString()); // the guess; its text is set per target
    for (Task task : {Task::Binary, Task::Multiclass, Task::Regression})
        m_task->addItem(taskDisplayName(task), taskKey(task));
    m_task->setToolTip(tr("Grove guesses the task from the target: two values make a binary classification, "
                          "a few whole numbers or categories a multiclass one, other numbers a regression."));
    form->addRow(tr("&Dataset:"), m_dataset);
    form->addRow(tr("&Target:"), m_target);
    form->addRow(tr("T&ask:"), m_task);

    m_features = new QListWidget(group);
    m_features->setObjectName(u"featureList"_s);
    m_features->setToolTip(tr("Uncheck the columns the model must not learn from (identifiers, leaks of the target)."));
    m_featureCount = new QLabel(group);
    auto* all = new QPushButton(tr("All"), group);
    auto* none = new QPushButton(tr("None"), group);
    auto* featureButtons = new QHBoxLayout;
    featureButtons->addWidget(m_featureCount, 1);
    featureButtons->addWidget(all);
    featureButtons->addWidget(none);

    auto* layout = new QVBoxLayout(group);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Features:"), group));
    layout->addWidget(m_features, 1);
    layout->addLayout(featureButtons);

    auto setAll = [this](Qt::CheckState state) {
        for (int i = 0; i < m_features->count(); ++i) {
            QListWidgetItem* item = m_features->item(i);
            if (item->flags() & Qt::ItemIsEnabled)
                item->setCheckState(state);
        }
    };
    connect(all, &QPushButton::clicked, this, [setAll] { setAll(Qt::Checked); });
    connect(none, &QPushButton::clicked, this, [setAll] { setAll(Qt::Unchecked); });
    connect(m_features, &QListWidget::itemChanged, this, [this] {
        int checked = 0;
        for (int i = 0; i < m_features->count(); ++i)
            checked += m_features->item(i)->checkState() == Qt::Checked;
        m_featureCount->setText(tr("%n feature(s) selected", nullptr, checked));
    });
    connect(m_dataset, &QComboBox::currentIndexChanged, this, &NewRunDialog::loadColumns);
    connect(m_target, &QComboBox::currentIndexChanged, this, &NewRunDialog::targetChanged);
    connect(m_task, &QComboBox::currentIndexChanged, this, [this] {
        const auto task = effectiveTask();
        m_metrics->setPlaceholderText(task ? defaultMetrics(*task).join(u", "_s) : QString());
        m_objective->setPlaceholderText(task ? defaultObjective(*task) : QString());
    });
    return group;
}

QWidget* NewRunDialog::createValidationGroup()
{
    auto* group = new QGroupBox(tr("Validation"), this);
    m_holdout = new QRadioButton(tr("&Hold out a share of the rows"), group);
    m_holdout->setObjectName(u"holdoutRadio"_s);
    m_holdout->setToolTip(tr("A random share of the rows is kept apart (stratified by class for classification) "
                             "and evaluated every round."));
    m_kfold = new QRadioButton(tr("&K-fold cross-validation"), group);
    m_kfold->setObjectName(u"kfoldRadio"_s);
    m_kfold->setToolTip(tr("Train k models, each validated on a different fold; metrics are reported per fold "
                           "and as mean ± standard deviation. The model kept is trained on all rows."));
    m_validDataset = new QRadioButton(tr("&Another dataset"), group);
    m_validDataset->setObjectName(u"validDatasetRadio"_s);
    m_validDataset->setToolTip(tr("Validate on a second dataset with the same columns."));
    auto* buttons = new QButtonGroup(group);
    buttons->addButton(m_holdout);
    buttons->addButton(m_kfold);
    buttons->addButton(m_validDataset);

    m_fraction = new QDoubleSpinBox(group);
    m_fraction->setObjectName(u"holdoutFractionSpin"_s);
    m_fraction->setRange(0.01, 0.9);
    m_fraction->setSingleStep(0.05);
    m_fraction->setDecimals(2);
    m_fraction->setToolTip(tr("Share of the rows held out for validation."));
    m_folds = new QSpinBox(group);
    m_folds->setObjectName(u"foldsSpin"_s);
    m_folds->setRange(2, 50);
    m_splitSeed = seedEdit(group);
    m_splitSeed->setObjectName(u"splitSeedEdit"_s);
    m_splitSeed->setToolTip(tr("Seed of the shuffle that splits the rows; the same seed gives the same split."));
    m_validationDataset = new QComboBox(group);
    m_validationDataset->setObjectName(u"validationDatasetCombo"_s);

    auto* form = new QFormLayout(group);
    form->addRow(m_holdout);
    form->addRow(tr("Share held out:"), m_fraction);
    form->addRow(m_kfold);
    form->addRow(tr("Folds:"), m_folds);
    form->addRow(tr("Split seed:"), m_splitSeed);
    form->addRow(m_validDataset);
    form->addRow(tr("Validation dataset:"), m_validationDataset);
    for (QRadioButton* radio : {m_holdout, m_kfold, m_validDataset})
        connect(radio, &QRadioButton::toggled, this, &NewRunDialog::updateValidationControls);
    return group;
}

QWidget* NewRunDialog::createParametersGroup()
{
    auto* group = new QGroupBox(tr("XGBoost parameters"), this);
    auto* form = new QFormLayout(group);
    m_objective = new QLineEdit(group);
    m_objective->setObjectName(u"objectiveEdit"_s);
    m_objective->setToolTip(tr("The loss XGBoost minimizes. Empty: the usual one for the task."));
    form->addRow(u"objective"_s, m_objective);
    m_treeMethod = new QComboBox(group);
    m_treeMethod->setObjectName(u"treeMethodCombo"_s);
    m_treeMethod->addItems({u"hist"_s, u"approx"_s, u"exact"_s});
    m_treeMethod->setToolTip(tr("How split points are found: hist (fast, bit-reproducible), approx (quantile "
                                "sketch per iteration) or exact (every value; slow, no categorical features)."));
    form->addRow(u"tree_method"_s, m_treeMethod);
    for (const ParameterInfo& info : parameterCatalogue()) {
        const QString key = QString::fromLatin1(info.key);
        auto* spin = new QDoubleSpinBox(group);
        spin->setObjectName(key + u"Spin"_s);
        spin->setDecimals(decimalsFor(info));
        const double step = std::pow(10.0, -spin->decimals());
        spin->setRange(info.minimumExclusive ? info.minimum + step : info.minimum, info.maximum);
        spin->setSingleStep(info.integer ? 1 : (info.maximum <= 1 ? 0.05 : 0.1));
        spin->setToolTip(parameterDescription(info));
        spin->setAccelerated(true);
        if (key == u"scale_pos_weight"_s) {
            m_scalePosWeightSet = new QCheckBox(group);
            m_scalePosWeightSet->setObjectName(u"scalePosWeightCheck"_s);
            m_scalePosWeightSet->setToolTip(tr("Off: XGBoost's default (1)."));
            auto* row = new QHBoxLayout;
            row->addWidget(m_scalePosWeightSet);
            row->addWidget(spin, 1);
            connect(m_scalePosWeightSet, &QCheckBox::toggled, spin, &QWidget::setEnabled);
            spin->setEnabled(false);
            auto* label = new QLabel(key, group);
            label->setToolTip(spin->toolTip());
            form->addRow(label, row);
        } else {
            auto* label = new QLabel(key, group);
            label->setToolTip(spin->toolTip());
            form->addRow(label, spin);
        }
        m_parameters.insert(key, spin);
    }
    m_extra = new QLineEdit(group);
    m_extra->setObjectName(u"extraParametersEdit"_s);
    m_extra->setPlaceholderText(tr("name=value; name=value"));
    m_extra->setToolTip(tr("Any other XGBoost parameter, passed through by name, e.g. max_leaves=31; grow_policy=lossguide."));
    form->addRow(tr("Other:"), m_extra);
    return group;
}

QWidget* NewRunDialog::createTrainingGroup()
{
    auto* group = new QGroupBox(tr("Training"), this);
    auto* form = new QFormLayout(group);
    m_rounds = new QSpinBox(group);
    m_rounds->setObjectName(u"roundsSpin"_s);
    m_rounds->setRange(1, 100000);
    m_rounds->setAccelerated(true);
    m_rounds->setToolTip(tr("Boosting rounds: one tree (one per class for multiclass) per round."));
    m_earlyStopping = new QSpinBox(group);
    m_earlyStopping->setObjectName(u"earlyStoppingSpin"_s);
    m_earlyStopping->setRange(0, 100000);
    m_earlyStopping->setSpecialValueText(tr("off"));
    m_earlyStopping->setToolTip(tr("Stop when the last metric on the validation data has not improved for this many "
                                   "rounds; the best iteration is recorded."));
    m_metrics = new QLineEdit(group);
    m_metrics->setObjectName(u"metricsEdit"_s);
    m_metrics->setToolTip(tr("XGBoost evaluation metrics, separated by commas (e.g. logloss, auc, error, rmse, mae, "
                             "mlogloss, merror). Empty: the defaults for the task. The last one decides early stopping."));
    m_threads = new QSpinBox(group);
    m_threads->setObjectName(u"threadsSpin"_s);
    m_threads->setRange(0, 256);
    m_threads->setSpecialValueText(tr("one per core (%1)").arg(QThread::idealThreadCount()));
    m_threads->setToolTip(tr("Threads XGBoost trains with. A run is bit-reproducible with the same thread count."));
    m_seed = seedEdit(group);
    m_seed->setObjectName(u"seedEdit"_s);
    m_seed->setToolTip(tr("XGBoost's random seed (row and column sampling)."));
    m_experiment = new QComboBox(group);
    m_experiment->setObjectName(u"experimentCombo"_s);
    m_experiment->setEditable(true);
    m_experiment->setToolTip(tr("A named group of runs; a new name creates the experiment."));
    form->addRow(tr("&Rounds:"), m_rounds);
    form->addRow(tr("&Early stopping:"), m_earlyStopping);
    form->addRow(tr("&Metrics:"), m_metrics);
    form->addRow(tr("T&hreads:"), m_threads);
    form->addRow(tr("S&eed:"), m_seed);
    form->addRow(tr("E&xperiment:"), m_experiment);
    return group;
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
    auto experiments = RunStore(workspace->database()).experiments();
    m_experiment->clear();
    if (experiments)
        m_experiment->addItems(*experiments);
    if (m_experiment->findText(u"Default"_s) < 0)
        m_experiment->addItem(u"Default"_s);
}

void NewRunDialog::fillStartFrom()
{
    m_startFrom->addItem(tr("Defaults"), qint64(-1));
    if (Workspace* workspace = m_workspace->workspace()) {
        auto runs = RunStore(workspace->database()).list();
        if (runs) {
            for (auto it = runs->crbegin(); it != runs->crend(); ++it)
                m_startFrom->addItem(tr("Copy of run %1 · %2 → %3 (%4)")
                                         .arg(it->id)
                                         .arg(it->datasetName(), it->target(), runStatusDisplayName(it->status).toLower()),
                                     it->id);
        }
    }
    connect(m_startFrom, &QComboBox::currentIndexChanged, this, [this] {
        const qint64 id = m_startFrom->currentData().toLongLong();
        if (id < 0) {
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
    if (m_dataset->currentIndex() < 0 || !m_workspace->workspace())
        return;
    if (m_columnsWatcher.isRunning())
        return; // the watcher starts the newest request when the running one ends
    const qint64 id = m_dataset->currentData().toLongLong();
    m_loadingDataset = id;
    const QString directory = m_workspace->directory();
    m_columnsWatcher.setFuture(QtConcurrent::run(loadDatasetProfile, directory, id));
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

void NewRunDialog::start()
{
    RunConfig config = this->config();
    // Other parameters go through BoosterParameters::set(), which checks the ones it knows.
    for (const QString& assignment : m_extra->text().split(u';', Qt::SkipEmptyParts)) {
        const QString text = assignment.trimmed();
        if (text.isEmpty())
            continue;
        const qsizetype equals = text.indexOf(u'=');
        if (equals <= 0) {
            showProblem(tr("Other parameters: \"%1\" is not name=value.").arg(text));
            m_extra->setFocus();
            return;
        }
        if (auto status = config.params.set(text.left(equals).trimmed(), text.mid(equals + 1).trimmed()); !status) {
            showProblem(tr("Other parameters: %1").arg(status.error().message));
            m_extra->setFocus();
            return;
        }
    }
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
