#include "ui/sweeps/NewSweepDialog.h"

#include "core/data/TextChecks.h"
#include "core/common/AtomicFile.h"
#include "core/model/SweepDefinition.h"
#include "core/store/RunStore.h"
#include "core/store/Workspace.h"
#include "ui/common/Dialogs.h"
#include "ui/common/WindowSize.h"
#include "ui/sweeps/SweepController.h"
#include "ui/workspace/WorkspaceController.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTableWidget>
#include <QThread>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

enum SpaceColumn { ParameterColumn, ModeColumn, FromColumn, ToColumn };

// The parameters the table offers: the catalogue's (numbers), then some that take names.
QStringList searchableParameters()
{
    QStringList names;
    for (const ParameterInfo& info : parameterCatalogue())
        names << QString::fromLatin1(info.key);
    return names << u"max_leaves"_s << u"tree_method"_s << u"grow_policy"_s;
}

bool takesNames(const QString& parameter) { return parameter == u"tree_method"_s || parameter == u"grow_policy"_s; }

int cores() { return std::max(1, QThread::idealThreadCount()); }

// "2, 4, 6" or "hist, approx" as the JSON list of a choice.
QJsonArray choicesFrom(const QString& text)
{
    QJsonArray choices;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        double number = 0;
        if (item.isEmpty())
            continue;
        if (readNumber(item, number) == NumberText::Finite)
            choices.append(number);
        else
            choices.append(item);
    }
    return choices;
}

// The shortest text that reads back as the same double.
QString numberText(double value) { return QLocale::c().toString(value, 'g', QLocale::FloatingPointShortest); }

} // namespace

NewSweepDialog::NewSweepDialog(WorkspaceController* workspace, TrainingController* training, SweepController* sweeps,
                               QWidget* parent)
    : NewRunDialog(workspace, training, parent), m_sweeps(sweeps)
{
    setObjectName(u"newSweepDialog"_s);
    setWindowTitle(tr("New Sweep"));
    addSection(createSearchSection());
    startButton()->setText(tr("Start Sweep"));
    startButton()->setObjectName(u"startSweepButton"_s);
    QPushButton* load = buttonBox()->addButton(tr("Load…"), QDialogButtonBox::ActionRole);
    load->setObjectName(u"loadSweepButton"_s);
    load->setToolTip(tr("Fill the dialog from a sweep definition (JSON), as grove-cli sweep --config reads it"));
    connect(load, &QPushButton::clicked, this, &NewSweepDialog::chooseLoadFile);
    QPushButton* save = buttonBox()->addButton(tr("Save…"), QDialogButtonBox::ActionRole);
    save->setObjectName(u"saveSweepButton"_s);
    save->setToolTip(tr("Write this sweep's definition to a JSON file for grove-cli sweep --config"));
    connect(save, &QPushButton::clicked, this, &NewSweepDialog::chooseSaveFile);
    // A sweep's runs go to an experiment named after the sweep.
    if (auto* experiment = findChild<QComboBox*>(u"experimentCombo"_s)) {
        experiment->setEnabled(false);
        experiment->setToolTip(tr("A sweep's runs go to an experiment named after the sweep."));
    }
    setSearch(u"eta"_s, u"log_uniform"_s, u"0.01"_s, u"0.3"_s);
    setSearch(u"max_depth"_s, u"int"_s, u"2"_s, u"8"_s);
    resizeForScreen(this, sizeHint().expandedTo(QSize(1180, 900)));
}

QWidget* NewSweepDialog::createSearchSection()
{
    auto* group = new QGroupBox(tr("Search"), this);
    auto* layout = new QHBoxLayout(group);

    m_space = new QTableWidget(0, 4, group);
    m_space->setObjectName(u"searchSpaceTable"_s);
    m_space->setHorizontalHeaderLabels({tr("Parameter"), tr("Search"), tr("Values, or from"), tr("To")});
    m_space->verticalHeader()->hide();
    m_space->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_space->horizontalHeader()->setSectionResizeMode(FromColumn, QHeaderView::Stretch);
    m_space->setSelectionMode(QAbstractItemView::NoSelection);
    const QStringList parameters = searchableParameters();
    m_space->setRowCount(int(parameters.size()));
    for (int row = 0; row < parameters.size(); ++row) {
        const QString& name = parameters[row];
        auto* item = new QTableWidgetItem(name);
        item->setFlags(Qt::ItemIsEnabled);
        if (const ParameterInfo* info = parameterInfo(name))
            item->setToolTip(parameterDescription(*info));
        m_space->setItem(row, ParameterColumn, item);
        auto* mode = new QComboBox(m_space);
        mode->addItem(tr("Fixed"), u"fixed"_s);
        mode->addItem(tr("Values"), u"list"_s);
        if (!takesNames(name)) {
            mode->addItem(tr("Uniform"), u"uniform"_s);
            mode->addItem(tr("Log-uniform"), u"log_uniform"_s);
            mode->addItem(tr("Integer"), u"int"_s);
        }
        m_space->setCellWidget(row, ModeColumn, mode);
        auto* from = new QLineEdit(m_space);
        auto* to = new QLineEdit(m_space);
        from->setFrame(false);
        to->setFrame(false);
        m_space->setCellWidget(row, FromColumn, from);
        m_space->setCellWidget(row, ToColumn, to);
        connect(mode, &QComboBox::currentIndexChanged, this, [this, row] { modeChanged(row); });
        connect(from, &QLineEdit::textChanged, this, &NewSweepDialog::updateGridSize);
        connect(to, &QLineEdit::textChanged, this, &NewSweepDialog::updateGridSize);
        modeChanged(row);
    }
    m_space->setMinimumWidth(460);
    layout->addWidget(m_space, 3);

    auto* settings = new QWidget(group);
    auto* form = new QFormLayout(settings);
    m_name = new QLineEdit(settings);
    m_name->setObjectName(u"sweepNameEdit"_s);
    m_name->setText(u"sweep"_s);
    m_name->setToolTip(tr("The sweep's name; its runs go to an experiment of that name."));
    form->addRow(tr("&Name:"), m_name);
    m_strategy = new QComboBox(settings);
    m_strategy->setObjectName(u"strategyCombo"_s);
    m_strategy->addItem(tr("TPE (Bayesian)"), u"tpe"_s);
    m_strategy->addItem(tr("Random"), u"random"_s);
    m_strategy->addItem(tr("Grid"), u"grid"_s);
    m_strategy->addItem(tr("Successive halving"), u"halving"_s);
    m_strategy->setToolTip(tr("Grid: every combination. Random: seeded draws. Successive halving: every "
                              "configuration for a few rounds, the best 1/η continue. TPE: random startup "
                              "trials, then draws where good trials were."));
    form->addRow(tr("S&trategy:"), m_strategy);
    m_trials = new QSpinBox(settings);
    m_trials->setObjectName(u"trialsSpin"_s);
    m_trials->setRange(1, 100000);
    m_trials->setValue(30);
    form->addRow(tr("T&rials:"), m_trials);
    m_repeats = new QSpinBox(settings);
    m_repeats->setObjectName(u"repeatsSpin"_s);
    m_repeats->setRange(1, 100);
    m_repeats->setToolTip(tr("Each configuration is trained with this many seeds."));
    form->addRow(tr("Re&peats:"), m_repeats);
    m_parallel = new QSpinBox(settings);
    m_parallel->setObjectName(u"parallelSpin"_s);
    m_parallel->setRange(0, cores() * 4);
    m_parallel->setSpecialValueText(tr("Fit the cores"));
    m_parallel->setToolTip(tr("Trials trained at once; the cores are split between them."));
    form->addRow(tr("Para&llel trials:"), m_parallel);
    m_timeLimit = new QSpinBox(settings);
    m_timeLimit->setObjectName(u"timeLimitSpin"_s);
    m_timeLimit->setRange(0, 7 * 24 * 3600);
    m_timeLimit->setSingleStep(60);
    m_timeLimit->setSuffix(tr(" s"));
    m_timeLimit->setToolTip(tr("No trial starts after this many seconds of the sweep's runs (over resumes too)."));
    m_timeLimit->setSpecialValueText(tr("None"));
    form->addRow(tr("Time &limit:"), m_timeLimit);
    m_sweepSeed = new QLineEdit(u"1"_s, settings);
    m_sweepSeed->setObjectName(u"sweepSeedEdit"_s);
    m_sweepSeed->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9]{1,15}"_s), m_sweepSeed));
    m_sweepSeed->setToolTip(tr("The same seed gives the same trial configurations."));
    form->addRow(tr("Sweep s&eed:"), m_sweepSeed);
    m_objective = new QComboBox(settings);
    m_objective->setObjectName(u"objectiveCombo"_s);
    m_objective->setEditable(true);
    m_objective->addItems({QString(), u"valid.auc"_s, u"valid.logloss"_s, u"valid.aucpr"_s, u"valid.error"_s,
                           u"valid.mlogloss"_s, u"valid.merror"_s, u"valid.rmse"_s, u"valid.mae"_s});
    m_objective->lineEdit()->setPlaceholderText(tr("The last validation metric"));
    form->addRow(tr("&Objective:"), m_objective);
    m_direction = new QComboBox(settings);
    m_direction->setObjectName(u"directionCombo"_s);
    m_direction->addItem(tr("By the metric"), QString());
    m_direction->addItem(tr("Maximize"), u"maximize"_s);
    m_direction->addItem(tr("Minimize"), u"minimize"_s);
    form->addRow(tr("&Direction:"), m_direction);
    m_startupTrials = new QSpinBox(settings);
    m_startupTrials->setRange(1, 1000);
    m_startupTrials->setValue(10);
    form->addRow(tr("TPE start&up trials:"), m_startupTrials);
    m_halvingEta = new QSpinBox(settings);
    m_halvingEta->setRange(2, 10);
    m_halvingEta->setValue(3);
    m_halvingEta->setPrefix(tr("keep 1/"));
    form->addRow(tr("&Halving:"), m_halvingEta);
    m_gridSize = new QLabel(settings);
    m_gridSize->setObjectName(u"gridSizeLabel"_s);
    m_gridSize->setWordWrap(true);
    form->addRow(m_gridSize);
    layout->addWidget(settings, 2);
    connect(m_strategy, &QComboBox::currentIndexChanged, this, &NewSweepDialog::strategyChanged);
    strategyChanged();
    return group;
}

int NewSweepDialog::rowOf(const QString& parameter) const
{
    for (int row = 0; row < m_space->rowCount(); ++row) {
        if (m_space->item(row, ParameterColumn)->text() == parameter)
            return row;
    }
    return -1;
}

void NewSweepDialog::setSearch(const QString& parameter, const QString& mode, const QString& from, const QString& to)
{
    const int row = rowOf(parameter);
    if (row < 0)
        return;
    auto* combo = static_cast<QComboBox*>(m_space->cellWidget(row, ModeColumn));
    combo->setCurrentIndex(std::max(0, combo->findData(mode)));
    static_cast<QLineEdit*>(m_space->cellWidget(row, FromColumn))->setText(from);
    static_cast<QLineEdit*>(m_space->cellWidget(row, ToColumn))->setText(to);
}

void NewSweepDialog::modeChanged(int row)
{
    const QString mode = static_cast<QComboBox*>(m_space->cellWidget(row, ModeColumn))->currentData().toString();
    auto* from = static_cast<QLineEdit*>(m_space->cellWidget(row, FromColumn));
    auto* to = static_cast<QLineEdit*>(m_space->cellWidget(row, ToColumn));
    from->setEnabled(mode != u"fixed"_s);
    to->setEnabled(mode != u"fixed"_s && mode != u"list"_s);
    from->setPlaceholderText(mode == u"fixed"_s ? tr("as set above") : mode == u"list"_s ? tr("e.g. 2, 4, 6") : tr("from"));
    to->setPlaceholderText(to->isEnabled() ? tr("to") : QString());
    updateGridSize();
}

void NewSweepDialog::strategyChanged()
{
    const QString strategy = m_strategy->currentData().toString();
    m_trials->setEnabled(strategy != u"grid"_s);
    m_startupTrials->setEnabled(strategy == u"tpe"_s);
    m_halvingEta->setEnabled(strategy == u"halving"_s);
    updateGridSize();
}

void NewSweepDialog::updateGridSize()
{
    if (!m_gridSize)
        return;
    if (m_strategy->currentData().toString() != u"grid"_s) {
        m_gridSize->clear();
        return;
    }
    // The count as the definition computes it; a range that is not a list or whole numbers has none.
    std::uint64_t count = 1;
    bool searched = false;
    for (int row = 0; row < m_space->rowCount(); ++row) {
        const QString mode = static_cast<QComboBox*>(m_space->cellWidget(row, ModeColumn))->currentData().toString();
        const QString from = static_cast<QLineEdit*>(m_space->cellWidget(row, FromColumn))->text();
        const QString to = static_cast<QLineEdit*>(m_space->cellWidget(row, ToColumn))->text();
        std::uint64_t values = 0;
        if (mode == u"fixed"_s)
            continue;
        searched = true;
        if (mode == u"list"_s) {
            values = std::uint64_t(choicesFrom(from).size());
        } else if (mode == u"int"_s) {
            double low = 0, high = 0;
            if (readNumber(from.trimmed(), low) == NumberText::Finite && readNumber(to.trimmed(), high) == NumberText::Finite
                && high >= low)
                values = std::uint64_t(std::floor(high) - std::ceil(low) + 1);
        } else {
            m_gridSize->setText(tr("A grid needs lists or integer ranges: %1 is a continuous range.")
                                    .arg(m_space->item(row, ParameterColumn)->text()));
            return;
        }
        count = values > 0 && count > UINT64_MAX / values ? UINT64_MAX : count * values;
    }
    m_gridSize->setText(searched ? tr("The grid has %1 combinations.").arg(QLocale().toString(qulonglong(count)))
                                 : QString());
}

Result<QJsonObject> NewSweepDialog::definition()
{
    auto config = checkedConfig();
    if (!config)
        return config.error();
    QJsonObject json{{u"name"_s, m_name->text().trimmed()}, {u"target"_s, config->target}, {u"rounds"_s, config->rounds}};
    const QString dataset = datasetName();
    json.insert(u"dataset"_s, dataset.isEmpty() ? config->dataset : dataset);
    if (config->task)
        json.insert(u"task"_s, taskKey(*config->task));
    if (!config->excludedFeatures.isEmpty())
        json.insert(u"exclude"_s, QJsonArray::fromStringList(config->excludedFeatures));
    if (!config->metrics.isEmpty())
        json.insert(u"metrics"_s, QJsonArray::fromStringList(config->metrics));
    switch (config->validation.kind) {
    case ValidationKind::Holdout:
        json.insert(u"validation"_s, QJsonObject{{u"fraction"_s, config->validation.fraction},
                                                 {u"seed"_s, splitSeedJson(config->validation.seed)}});
        break;
    case ValidationKind::KFold:
        json.insert(u"validation"_s, QJsonObject{{u"folds"_s, config->validation.folds},
                                                 {u"seed"_s, splitSeedJson(config->validation.seed)}});
        break;
    case ValidationKind::Dataset:
        json.insert(u"validation"_s, QJsonObject{{u"dataset"_s, config->validation.dataset}});
        break;
    }
    if (config->earlyStoppingRounds > 0)
        json.insert(u"early_stopping"_s, config->earlyStoppingRounds);

    // The objective: as chosen, or the last validation metric the runs compute.
    QString objective = m_objective->currentText().trimmed();
    if (objective.isEmpty()) {
        QStringList metrics = config->metrics;
        if (metrics.isEmpty() && effectiveTask())
            metrics = defaultMetrics(*effectiveTask());
        if (metrics.isEmpty())
            return Error::badInput(tr("Objective: choose the metric the sweep optimises, such as valid.auc."));
        objective = u"valid."_s + metrics.last();
    }
    json.insert(u"objective_metric"_s, objective);
    const QString direction = m_direction->currentData().toString();
    json.insert(u"direction"_s, !direction.isEmpty() ? direction
                                : metricIsMaximized(objective.mid(objective.indexOf(u'.') + 1)) ? u"maximize"_s
                                                                                                : u"minimize"_s);
    const QString strategy = m_strategy->currentData().toString();
    json.insert(u"strategy"_s, strategy);
    if (strategy != u"grid"_s)
        json.insert(u"trials"_s, m_trials->value());
    json.insert(u"seed"_s, m_sweepSeed->text().toDouble());
    json.insert(u"repeats"_s, m_repeats->value());
    if (m_parallel->value() > 0)
        json.insert(u"parallel"_s, m_parallel->value());
    if (m_timeLimit->value() > 0)
        json.insert(u"time_limit"_s, m_timeLimit->value());
    if (strategy == u"tpe"_s)
        json.insert(u"startup_trials"_s, m_startupTrials->value());
    if (strategy == u"halving"_s)
        json.insert(u"halving"_s, QJsonObject{{u"eta"_s, m_halvingEta->value()}});

    // The searched parameters, and the fixed ones that differ from XGBoost's defaults.
    QJsonObject space;
    for (int row = 0; row < m_space->rowCount(); ++row) {
        const QString name = m_space->item(row, ParameterColumn)->text();
        const QString mode = static_cast<QComboBox*>(m_space->cellWidget(row, ModeColumn))->currentData().toString();
        const QString from = static_cast<QLineEdit*>(m_space->cellWidget(row, FromColumn))->text().trimmed();
        const QString to = static_cast<QLineEdit*>(m_space->cellWidget(row, ToColumn))->text().trimmed();
        if (mode == u"fixed"_s)
            continue;
        if (mode == u"list"_s) {
            const QJsonArray choices = choicesFrom(from);
            if (choices.isEmpty())
                return Error::badInput(tr("%1: give the values to try, separated by commas.").arg(name));
            space.insert(name, choices);
            continue;
        }
        double low = 0, high = 0;
        if (readNumber(from, low) != NumberText::Finite || readNumber(to, high) != NumberText::Finite)
            return Error::badInput(tr("%1: the range needs a number in \"from\" and in \"to\".").arg(name));
        space.insert(name, QJsonObject{{mode, QJsonArray{low, high}}});
    }
    const QJsonObject defaults = BoosterParameters{}.toJson();
    QJsonObject fixed;
    const QJsonObject params = config->params.toJson();
    for (auto it = params.begin(); it != params.end(); ++it) {
        if (!space.contains(it.key()) && defaults.value(it.key()) != it.value())
            fixed.insert(it.key(), it.value());
    }
    json.insert(u"fixed"_s, fixed);
    json.insert(u"space"_s, space);
    if (auto checked = SweepDefinition::fromJson(json, cores()); !checked)
        return checked.error();
    return json;
}

Status NewSweepDialog::setDefinition(const QJsonObject& json)
{
    auto d = SweepDefinition::fromJson(json, cores());
    if (!d)
        return d.error();
    setConfig(d->base);
    m_name->setText(d->name);
    m_strategy->setCurrentIndex(std::max(0, m_strategy->findData(sweepStrategyKey(d->strategy))));
    if (d->trials > 0)
        m_trials->setValue(d->trials);
    m_repeats->setValue(d->repeats);
    m_parallel->setValue(d->parallel);
    m_timeLimit->setValue(int(std::ceil(d->timeLimitSeconds)));
    m_sweepSeed->setText(QString::number(d->seed));
    m_objective->setCurrentText(d->objective());
    m_direction->setCurrentIndex(m_direction->findData(d->maximize ? u"maximize"_s : u"minimize"_s));
    m_startupTrials->setValue(d->startupTrials);
    m_halvingEta->setValue(d->halvingEta);
    for (int row = 0; row < m_space->rowCount(); ++row)
        setSearch(m_space->item(row, ParameterColumn)->text(), u"fixed"_s, {});
    for (const SearchDimension& dimension : d->space) {
        switch (dimension.kind) {
        case SearchDimension::Kind::Choice: {
            QStringList values;
            for (const QJsonValue& value : dimension.choices)
                values << (value.isString() ? value.toString() : numberText(value.toDouble()));
            setSearch(dimension.name, u"list"_s, values.join(u", "_s));
            break;
        }
        case SearchDimension::Kind::Uniform:
            setSearch(dimension.name, u"uniform"_s, numberText(dimension.low), numberText(dimension.high));
            break;
        case SearchDimension::Kind::LogUniform:
            setSearch(dimension.name, u"log_uniform"_s, numberText(dimension.low), numberText(dimension.high));
            break;
        case SearchDimension::Kind::Int:
            setSearch(dimension.name, u"int"_s, numberText(dimension.low), numberText(dimension.high));
            break;
        }
    }
    return {};
}

Status NewSweepDialog::saveDefinition(const QString& path)
{
    auto json = definition();
    if (!json)
        return json.error();
    return writeFileAtomically(path, QJsonDocument(*json).toJson(QJsonDocument::Indented));
}

Status NewSweepDialog::loadDefinition(const QString& path)
{
    auto json = readJsonObjectFile(path, tr("Cannot read the sweep definition %1: %2."));
    if (!json)
        return json.error();
    if (auto status = setDefinition(*json); !status)
        return Error::badInput(tr("%1: %2").arg(path, status.error().message));
    return {};
}

void NewSweepDialog::chooseSaveFile()
{
    const QString path = Dialogs::saveFile(this, tr("Save Sweep Definition"),
                                           QDir::home().filePath(m_name->text().trimmed() + u".json"_s),
                                           tr("Sweep definitions (*.json)"));
    if (path.isEmpty())
        return;
    const Status saved = saveDefinition(path);
    showProblem(saved ? QString() : saved.error().message);
}

void NewSweepDialog::chooseLoadFile()
{
    const QString path = Dialogs::openFile(this, tr("Load Sweep Definition"), QDir::homePath(),
                                           tr("Sweep definitions (*.json)"));
    if (path.isEmpty())
        return;
    const Status loaded = loadDefinition(path);
    showProblem(loaded ? QString() : loaded.error().message);
}

void NewSweepDialog::sweepAroundRun(qint64 runId)
{
    copyFromRun(runId);
    m_name->setText(u"around-run-%1"_s.arg(runId));
    // Ranges around the run's values (its parameters are in the settings at once; the columns
    // follow when they are read).
    const BoosterParameters p = config().params;
    for (int row = 0; row < m_space->rowCount(); ++row)
        setSearch(m_space->item(row, ParameterColumn)->text(), u"fixed"_s, {});
    setSearch(u"eta"_s, u"log_uniform"_s, numberText(std::max(0.001, p.eta / 3)), numberText(std::min(1.0, p.eta * 3)));
    if (p.maxDepth > 0)
        setSearch(u"max_depth"_s, u"int"_s, QString::number(std::max(1, p.maxDepth - 2)), QString::number(p.maxDepth + 2));
    if (p.minChildWeight > 0)
        setSearch(u"min_child_weight"_s, u"log_uniform"_s, numberText(p.minChildWeight / 4), numberText(p.minChildWeight * 4));
    else
        setSearch(u"min_child_weight"_s, u"uniform"_s, u"0"_s, u"5"_s);
    const auto around = [this](const QString& name, double value) {
        const double low = std::max(0.3, std::min(value, 1.0) - 0.3), high = std::min(1.0, value + 0.3);
        if (high > low)
            setSearch(name, u"uniform"_s, numberText(low), numberText(high));
    };
    around(u"subsample"_s, p.subsample);
    around(u"colsample_bytree"_s, p.colsampleByTree);
    if (p.lambda > 0)
        setSearch(u"lambda"_s, u"log_uniform"_s, numberText(p.lambda / 10), numberText(p.lambda * 10));
    m_strategy->setCurrentIndex(m_strategy->findData(u"tpe"_s));
    m_trials->setValue(30);
}

void NewSweepDialog::start()
{
    auto json = definition();
    if (!json) {
        showProblem(json.error().message);
        return;
    }
    auto d = SweepDefinition::fromJson(*json, cores());
    auto started = d ? m_sweeps->start(*d) : Result<qint64>(d.error());
    if (!started) {
        showProblem(started.error().message);
        return;
    }
    emit sweepStarted(*started);
    accept();
}

} // namespace grove
