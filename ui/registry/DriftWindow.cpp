#include "ui/registry/DriftWindow.h"

#include "core/common/SafeText.h"
#include "core/registry/ModelExport.h"
#include "core/store/Workspace.h"
#include "ui/charts/ExportActions.h"
#include "ui/charts/FigurePlot.h"
#include "ui/common/Dialogs.h"
#include "ui/common/MessageBar.h"
#include "ui/common/TaskRunner.h"
#include "ui/common/WindowSize.h"
#include "ui/registry/DriftFeatureModel.h"
#include "ui/registry/RegistryController.h"
#include "ui/registry/ReportTable.h"
#include "ui/workspace/WorkspaceController.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>
#include <cmath>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

// A line of coloured squares and names, for the charts' legends.
QString legend(const QList<std::pair<QColor, QString>>& entries)
{
    QStringList parts;
    for (const auto& [color, name] : entries)
        parts << u"<span style=\"color:%1\">■</span>&nbsp;%2"_s.arg(color.name(),
                                                                    name.toHtmlEscaped());
    return parts.join(u"&nbsp;&nbsp;&nbsp;&nbsp;"_s);
}

QLabel* caption(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::RichText);
    label->setAlignment(Qt::AlignCenter);
    return label;
}

} // namespace

DriftWindow::DriftWindow(WorkspaceController* workspace, RegistryController* registry,
                         QWidget* parent)
    : QWidget(parent, Qt::Window), m_workspace(workspace), m_registry(registry),
      m_checks(new TaskRunner(TaskRunner::Mode::All, this)),
      m_historyReads(new TaskRunner(TaskRunner::Mode::LatestWins, this)),
      m_version(new QComboBox(this)), m_input(new QLineEdit(this)),
      m_threshold(new QDoubleSpinBox(this)), m_missingThreshold(new QDoubleSpinBox(this)), m_check(new QPushButton(tr("&Check"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_registryLabel(new QLabel(this)),
      m_messages(new MessageBar(this)), m_summary(new QLabel(this)), m_details(new QLabel(this)),
      m_model(new DriftFeatureModel(this)), m_table(new QTableView(this)),
      m_featurePlot(new FigurePlot(this)), m_scorePlot(new FigurePlot(this)),
      m_historyPlot(new FigurePlot(this)), m_historyNote(new QLabel(this)),
      m_status(new QStatusBar(this))
{
    setObjectName(u"driftWindow"_s);
    setWindowTitle(tr("Check Drift"));
    setAcceptDrops(true);
    setAttribute(Qt::WA_QuitOnClose, false); // closing the main window quits with this one open
    m_checks->setStatusBar(m_status);

    m_version->setObjectName(u"driftVersion"_s);
    m_version->setEditable(true);
    m_version->setInsertPolicy(QComboBox::NoInsert);
    m_version->setMinimumWidth(220);
    m_version->lineEdit()->setPlaceholderText(tr("MODEL/VERSION or MODEL@ALIAS"));
    m_version->setToolTip(
        tr("A version of the open registry (churn/3, churn@champion), or a whole reference "
           "such as /srv/registry/churn/3."));
    m_input->setObjectName(u"driftInput"_s);
    m_input->setPlaceholderText(
        tr("The new data: CSV, TSV or LIBSVM, with the model's feature columns"));
    m_input->setClearButtonEnabled(true);
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(u"driftBrowse"_s);
    m_threshold->setObjectName(u"driftThreshold"_s);
    m_threshold->setRange(0.01, 10);
    m_threshold->setDecimals(2);
    m_threshold->setSingleStep(0.05);
    m_threshold->setValue(0.2);
    m_threshold->setToolTip(
        tr("A feature (or the scores) whose PSI is above this has drifted. 0.1 is a common "
           "warning level, 0.2 and above a significant shift."));
    m_missingThreshold->setObjectName(u"driftMissingThreshold"_s);
    m_missingThreshold->setRange(0, 0.99);
    m_missingThreshold->setDecimals(2);
    m_missingThreshold->setSingleStep(0.05);
    m_missingThreshold->setValue(0.1);
    m_missingThreshold->setToolTip(
        tr("A feature whose missing rate rises or falls by more than this (0.1: ten percentage "
           "points) is an alert too, such as a column that arrives empty."));
    m_check->setObjectName(u"driftCheckButton"_s);
    m_check->setDefault(true);
    m_cancel->setObjectName(u"driftCancelButton"_s);
    m_cancel->setEnabled(false);

    const auto label = [this](const QString& text, QWidget* buddy) {
        auto* widget = new QLabel(text, this);
        widget->setBuddy(buddy);
        return widget;
    };
    auto* form = new QHBoxLayout;
    form->addWidget(label(tr("&Version:"), m_version));
    form->addWidget(m_version, 2);
    form->addSpacing(12);
    form->addWidget(label(tr("New &data:"), m_input));
    form->addWidget(m_input, 4);
    form->addWidget(browse);
    form->addSpacing(12);
    form->addWidget(label(tr("PSI &threshold:"), m_threshold));
    form->addWidget(m_threshold);
    form->addWidget(label(tr("&Missing:"), m_missingThreshold));
    form->addWidget(m_missingThreshold);
    form->addSpacing(12);
    form->addWidget(m_check);
    form->addWidget(m_cancel);

    m_registryLabel->setObjectName(u"driftRegistry"_s);
    m_registryLabel->setEnabled(false);
    m_registryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(u"driftSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_details->setObjectName(u"driftDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setObjectName(u"driftFeatures"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setMinimumWidth(420);

    const auto report = [this](const QString& path, const QString& error) {
        if (!error.isEmpty())
            m_messages->showMessage(MessageBar::Kind::Error, error);
        else if (!path.isEmpty())
            m_messages->showMessage(MessageBar::Kind::Information,
                                    tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    };
    addTableExportAction(m_table, u"drift-features"_s, report);
    const auto setUp = [&report](FigurePlot* plot, const QString& name, const QString& y,
                                 const QString& empty) {
        plot->setObjectName(name);
        plot->setAxisTitles(QString(), y);
        plot->setEmptyMessage(empty);
        plot->setMinimumSize(360, 250);
        addPlotExportActions(plot, name, report);
    };
    setUp(m_featurePlot, u"driftFeatureBins"_s, tr("Share of rows (%)"),
          tr("Check new data to see a feature's distribution beside its training data."));
    setUp(m_scorePlot, u"driftScoreBins"_s, tr("Share of rows (%)"),
          tr("Check new data to see the model's scores."));
    setUp(m_historyPlot, u"driftHistory"_s, tr("PSI"), tr("No drift checks of this model yet."));
    m_featurePlot->setTitle(tr("Feature"));
    m_scorePlot->setTitle(tr("Scores"));
    m_historyPlot->setTitle(tr("PSI over the model's checks"));
    m_historyNote->setObjectName(u"driftHistoryNote"_s);
    m_historyNote->setWordWrap(true);
    m_historyNote->setEnabled(false);

    // Left: the features, and their PSI over past checks; right: the selected feature's bins and
    // the scores' bins.
    auto* left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_table);
    auto* historyBox = new QWidget(left);
    auto* historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->setSpacing(2);
    historyLayout->addWidget(m_historyPlot, 1);
    historyLayout->addWidget(caption(legend({{kDriftSelectedColor, tr("selected feature")},
                                             {kDriftOtherColor, tr("other features")},
                                             {kDriftScoreColor, tr("scores (dashed)")}}) +
                                         u"&nbsp;&nbsp;&nbsp;&nbsp;┄&nbsp;"_s +
                                         tr("threshold").toHtmlEscaped(),
                                     historyBox));
    historyLayout->addWidget(m_historyNote);
    left->addWidget(historyBox);
    left->setStretchFactor(0, 2);
    left->setStretchFactor(1, 3);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(2);
    rightLayout->addWidget(caption(legend({{kDriftReferenceColor, tr("training data (reference)")},
                                           {kDriftNewColor, tr("new data")}}),
                                   right));
    rightLayout->addWidget(m_featurePlot, 1);
    rightLayout->addWidget(m_scorePlot, 1);
    auto* body = new QSplitter(Qt::Horizontal, this);
    body->addWidget(left);
    body->addWidget(right);
    body->setStretchFactor(0, 5);
    body->setStretchFactor(1, 6);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 0);
    layout->addLayout(form);
    layout->addWidget(m_registryLabel);
    layout->addWidget(m_messages);
    layout->addWidget(m_summary);
    layout->addWidget(m_details);
    layout->addWidget(body, 1);
    layout->addWidget(m_status);

    connect(browse, &QPushButton::clicked, this, &DriftWindow::chooseInput);
    connect(m_check, &QPushButton::clicked, this, &DriftWindow::check);
    connect(m_cancel, &QPushButton::clicked, this, &DriftWindow::cancel);
    connect(m_input, &QLineEdit::returnPressed, this, &DriftWindow::check);
    connect(m_version, &QComboBox::currentTextChanged, this, &DriftWindow::versionChanged);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, [this] {
        if (!m_outcome)
            showHistory(); // after a check, its threshold is the one shown
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showFeature();
        showHistory();
    });
    connect(m_registry, &RegistryController::snapshotChanged, this, &DriftWindow::fillVersions);
    connect(m_registry, &RegistryController::registryChanged, this, &DriftWindow::versionChanged);
    clearResults();
    fillVersions();
    versionChanged();
    setUpToolWindow(this, QSize(1440, 920)); // once laid out: never below what the layout needs
}

DriftWindow::~DriftWindow()
{
    // Nothing reacts to the widgets as they go, and the work in the background ends (the runners
    // interrupt it and wait) before what its results would reach.
    disconnect(m_table->selectionModel(), nullptr, this, nullptr);
    disconnect(m_version, nullptr, this, nullptr);
    delete m_checks;
    delete m_historyReads;
}

void DriftWindow::setVersion(const QString& model, int version)
{
    m_version->setCurrentText(u"%1/%2"_s.arg(model).arg(version));
}

void DriftWindow::setInput(const QString& path)
{
    m_input->setText(QDir::toNativeSeparators(path));
}

void DriftWindow::setThreshold(double threshold)
{
    m_threshold->setValue(threshold);
}

bool DriftWindow::isChecking() const
{
    return !m_checks->isIdle();
}

QString DriftWindow::versionReference() const
{
    const QString text = m_version->currentText().trimmed();
    if (text.isEmpty() || QDir::isAbsolutePath(text))
        return text;
    const QString root = m_registry->registryRoot();
    return root.isEmpty() ? text : QDir(root).filePath(text);
}

QString DriftWindow::summary() const
{
    return m_summary->text();
}

void DriftWindow::chooseInput()
{
    const QString start =
        m_input->text().isEmpty() ? QDir::homePath() : QFileInfo(m_input->text()).absolutePath();
    const QString path =
        Dialogs::openFile(this, tr("New Data to Check"), start,
                          tr("Data files (*.csv *.tsv *.tab *.txt *.svm *.libsvm);;All files (*)"));
    if (!path.isEmpty())
        setInput(path);
}

void DriftWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.front().isLocalFile())
        event->acceptProposedAction();
}

// A file dropped on the window is the new data.
void DriftWindow::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.front().isLocalFile())
        return;
    event->acceptProposedAction();
    setInput(urls.front().toLocalFile());
}

void DriftWindow::fillVersions()
{
    const QString current = m_version->currentText();
    QStringList items;
    for (const RegistrySnapshot::Model& model : m_registry->snapshot().models) {
        QStringList aliases;
        for (auto it = model.versions.crbegin(); it != model.versions.crend(); ++it) {
            items << u"%1/%2"_s.arg(model.name).arg(it->version.version);
            for (const QString& alias : it->version.aliases)
                aliases << u"%1@%2"_s.arg(model.name, alias);
        }
        items << aliases;
    }
    const QSignalBlocker blocker(m_version);
    m_version->clear();
    m_version->addItems(items);
    m_version->setCurrentText(current);
}

void DriftWindow::versionChanged()
{
    const QString root = m_registry->registryRoot();
    m_registryLabel->setText(root.isEmpty()
                                 ? tr("Open a workspace to use its registry.")
                                 : tr("Registry: %1").arg(QDir::toNativeSeparators(root)));
    // The history follows the model being typed or chosen, once its reference makes sense.
    auto reference = parseVersionReference(versionReference());
    if (reference && (reference->root != m_historyRoot || reference->model != m_historyModel))
        readHistory(reference->root, reference->model);
}

void DriftWindow::readHistory(const QString& root, const QString& model)
{
    m_historyRoot = root;
    m_historyModel = model;
    m_historyReads->run(
        {}, [root, model](JobControl&) { return readDriftHistory(root, model); },
        [this, root, model](Result<DriftHistory> history) {
            if (root != m_historyRoot || model != m_historyModel)
                return;
            m_history = history ? std::move(*history) : DriftHistory();
            if (!history)
                m_history.problems << history.error().message;
            showHistory();
            emit historyRead();
        });
}

bool DriftWindow::check()
{
    if (isChecking())
        return false;
    const QString reference = versionReference();
    const QString input = QDir::fromNativeSeparators(m_input->text().trimmed());
    if (reference.isEmpty() || input.isEmpty()) {
        m_messages->showMessage(
            MessageBar::Kind::Error,
            reference.isEmpty()
                ? tr("Choose the version to check: MODEL/VERSION or MODEL@ALIAS.")
                : tr("Choose the file of new data to compare with the version's training data."));
        return false;
    }
    clearResults();
    m_messages->clear();
    DriftCheckRequest request;
    request.version = reference;
    request.inputPath = input;
    request.psiThreshold = m_threshold->value();
    request.missingThreshold = m_missingThreshold->value();
    // Only for a version without a reference of its own: its training data in this workspace.
    if (const QString directory = m_workspace->directory(); !directory.isEmpty())
        request.openWorkspace = [directory] {
            return Workspace::connect(directory, Workspace::Access::ReadIfLocked);
        };
    setChecking(true);
    m_checks->run(
        tr("Checking %1").arg(QFileInfo(input).fileName()),
        [request](JobControl& control) { return checkDrift(request, control); },
        [this, input](Result<DriftCheckOutcome> outcome) {
            setChecking(false);
            if (!outcome) {
                if (outcome.error().isCancelled())
                    m_messages->showMessage(MessageBar::Kind::Information,
                                            tr("The check was cancelled; no report was kept."));
                else
                    m_messages->showMessage(
                        MessageBar::Kind::Error,
                        tr("The check could not be made: %1").arg(outcome.error().toString()));
                emit checkEnded(false);
                return;
            }
            m_checkedInput = input;
            showOutcome(*outcome);
            if (!outcome->reportProblem.isEmpty())
                m_messages->showMessage(
                    MessageBar::Kind::Warning,
                    tr("The check ran, but no report was kept: %1").arg(outcome->reportProblem));
            emit checkEnded(true);
        });
    return true;
}

void DriftWindow::cancel()
{
    m_checks->cancelAll();
}

void DriftWindow::setChecking(bool checking)
{
    m_check->setEnabled(!checking);
    m_cancel->setEnabled(checking);
}

void DriftWindow::clearResults()
{
    m_outcome.reset();
    m_model->clear();
    m_featureBins = {};
    for (FigurePlot* plot : {m_featurePlot, m_scorePlot}) {
        plot->setXCategories({});
        plot->setSeries(std::vector<FigurePlot::Series>());
    }
    m_featurePlot->setTitle(tr("Feature"));
    m_scorePlot->setTitle(tr("Scores"));
    m_summary->clear();
    m_summary->hide();
    m_details->clear();
    m_details->hide();
    showHistory();
}

void DriftWindow::showOutcome(const DriftCheckOutcome& outcome)
{
    m_outcome = outcome;
    m_model->setReport(outcome.report);
    m_table->resizeColumnsToContents();
    showSummary();
    const DriftReport& report = outcome.report;
    if (report.prediction && !outcome.reference.prediction.empty()) {
        showBins(m_scorePlot, scoreBins(outcome.reference.prediction, *report.prediction),
                 tr("Scores — PSI %1").arg(driftFigure(report.prediction->psi)));
    } else {
        m_scorePlot->setTitle(tr("Scores"));
        m_scorePlot->setEmptyMessage(tr("The version's reference has no scores to compare with."));
    }
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    // The check kept a report: the history has one more check.
    readHistory(outcome.version.root, outcome.version.model);
}

void DriftWindow::showSummary()
{
    const DriftReport& report = m_outcome->report;
    const QColor color = report.alert ? kFailedColor : kPassedColor;
    m_summary->setStyleSheet(
        u"QLabel { color: %1; background: rgba(%2, %3, %4, 22); border-left: 4px solid %1; "
        "padding: 6px 10px; font-weight: bold; font-size: 11pt; }"_s.arg(color.name())
            .arg(color.red())
            .arg(color.green())
            .arg(color.blue()));
    m_summary->setText(driftVerdict(report));
    m_summary->show();

    const VersionReference& version = m_outcome->version;
    const QString used =
        version.alias.isEmpty()
            ? tr("%1 version %2").arg(version.model).arg(version.version)
            : tr("%1@%2 (version %3)").arg(version.model, version.alias).arg(version.version);
    QStringList details;
    details << (report.prediction
                    ? tr("Scores: PSI %1, KS %2 (p-value %3).")
                          .arg(driftFigure(report.prediction->psi),
                               driftFigure(report.prediction->ks),
                               driftFigure(report.prediction->ksPValue))
                    : tr("Scores: not compared (the version's reference has no scores)."));
    details << tr("%n row(s) of %1 against the training data of %2.", nullptr,
                  int(std::min<qint64>(m_outcome->rows, INT_MAX)))
                   .arg(QFileInfo(m_checkedInput).fileName(), escapeUnsafeText(used));
    if (m_outcome->referenceFromWorkspace)
        details << escapeUnsafeText(m_outcome->referenceNote);
    if (!m_outcome->reportPath.isEmpty())
        details << tr("Report: %1")
                       .arg(QDir::toNativeSeparators(
                           QDir(version.root).relativeFilePath(m_outcome->reportPath)));
    m_details->setText(details.join(u"  "_s));
    m_details->setToolTip(QDir::toNativeSeparators(m_outcome->reportPath));
    m_details->show();
}

QString DriftWindow::selectedFeature() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_model->feature(current.row()).name : QString();
}

void DriftWindow::selectFeature(const QString& name)
{
    if (const int row = m_model->rowOf(name); row >= 0)
        m_table->selectRow(row);
}

void DriftWindow::showFeature()
{
    const QString name = selectedFeature();
    const FeatureReference* reference = m_outcome ? m_outcome->reference.feature(name) : nullptr;
    const int row = m_model->rowOf(name);
    if (!reference || row < 0) {
        m_featureBins = {};
        m_featurePlot->setSeries(std::vector<FigurePlot::Series>());
        return;
    }
    const FeatureDrift& drift = m_model->feature(row);
    m_featureBins = featureBins(*reference, drift);
    showBins(
        m_featurePlot, m_featureBins,
        drift.alert
            ? tr("%1 — PSI %2, drift")
                  .arg(escapeUnsafeText(name), driftFigure(drift.distribution.psi))
            : tr("%1 — PSI %2").arg(escapeUnsafeText(name), driftFigure(drift.distribution.psi)));
    if (drift.distribution.shares.empty())
        m_featurePlot->setTitle(tr("%1 — no values in the new data").arg(escapeUnsafeText(name)));
}

void DriftWindow::showHistory()
{
    QString selected = selectedFeature();
    if (selected.isEmpty() && !m_history.checks.empty()) {
        // Before a check: the feature that drifted most in the latest one.
        double highest = -1;
        for (auto it = m_history.checks.back().featurePsi.cbegin();
             it != m_history.checks.back().featurePsi.cend(); ++it) {
            if (it.value() > highest) {
                highest = it.value();
                selected = it.key();
            }
        }
    }
    const double threshold = m_outcome ? m_outcome->report.psiThreshold : m_threshold->value();
    showPsiHistory(m_historyPlot, m_history, selected, threshold);
    m_historyPlot->setTitle(
        m_historyModel.isEmpty() ? tr("PSI over the model's checks")
        : selected.isEmpty()
            ? tr("PSI over the checks of %1").arg(escapeUnsafeText(m_historyModel))
            : tr("PSI of %1 over the checks of %2")
                  .arg(escapeUnsafeText(selected), escapeUnsafeText(m_historyModel)));
    QStringList notes;
    if (m_history.skipped > 0)
        notes << tr("The %n oldest check(s) are left out.", nullptr, m_history.skipped);
    if (!m_history.problems.isEmpty())
        notes << tr("%n report(s) could not be read: %1", nullptr, int(m_history.problems.size()))
                     .arg(escapeUnsafeText(m_history.problems.join(u"; "_s)));
    m_historyNote->setText(notes.join(u' '));
    m_historyNote->setVisible(!notes.isEmpty());
}

} // namespace grove
