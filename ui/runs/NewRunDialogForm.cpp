#include "ui/runs/NewRunDialog.h"

// The New Run dialog's form: its groups of controls. What they do is in NewRunDialog.cpp.

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

} // namespace grove
