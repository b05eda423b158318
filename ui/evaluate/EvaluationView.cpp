#include "ui/evaluate/EvaluationView.h"

#include "core/services/RunEvaluation.h"
#include "core/store/Workspace.h"
#include "ui/common/ScrollingPage.h"
#include "ui/common/TaskRunner.h"
#include "ui/evaluate/BinaryPane.h"
#include "ui/evaluate/SlicesPanel.h"
#include "ui/evaluate/TaskPanes.h"
#include "ui/workspace/WorkspaceController.h"

#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace grove {

struct EvaluationView::Loaded
{
    std::shared_ptr<const HeldOutPredictions> predictions;
    Evaluation evaluation;
    QStringList columns;
    QString columnsProblem;
};

EvaluationView::EvaluationView(WorkspaceController* workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_loader(new TaskRunner(TaskRunner::Mode::LatestWins, this)),
      m_writer(new TaskRunner(TaskRunner::Mode::All, this))
{
    setObjectName(u"evaluationView"_s);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setObjectName(u"evaluationStatus"_s);
    m_panes = new QStackedWidget(this);
    m_empty = new QWidget(this);
    m_binary = new BinaryPane(this);
    m_multiclass = new MulticlassPane(this);
    m_regression = new RegressionPane(this);
    m_panes->addWidget(m_empty);
    m_panes->addWidget(m_binary);
    m_panes->addWidget(m_multiclass);
    m_panes->addWidget(m_regression);
    m_slices = new SlicesPanel(this);

    auto* inner = scrollingPage(this);
    inner->addWidget(m_status);
    inner->addWidget(m_panes, 3);
    inner->addWidget(new QLabel(tr("<b>Slices</b>"), this));
    inner->addWidget(m_slices, 1);
    m_slices->setMinimumHeight(260);

    connect(m_binary, &BinaryPane::saveRequested, this, &EvaluationView::saveDecision);
    connect(m_binary, &BinaryPane::decisionChanged, m_slices, &SlicesPanel::setDecision);
    connect(m_binary, &BinaryPane::exported, this, &EvaluationView::exported);
    connect(m_multiclass, &MulticlassPane::exported, this, &EvaluationView::exported);
    connect(m_regression, &RegressionPane::exported, this, &EvaluationView::exported);
    connect(m_slices, &SlicesPanel::exported, this, &EvaluationView::exported);
    setRun(std::nullopt);
}

bool EvaluationView::isIdle() const { return m_loader->isIdle() && m_writer->isIdle() && m_slices->isIdle(); }

QString EvaluationView::status() const { return m_status->text(); }

void EvaluationView::exported(const QString& path, const QString& error)
{
    if (!error.isEmpty())
        emit errorOccurred(error);
    else
        emit message(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

void EvaluationView::setRun(const std::optional<RunRecord>& run)
{
    const bool sameRun = run && m_run && run->id == m_run->id && run->status == m_run->status && m_predictions;
    m_run = run;
    if (sameRun) {
        m_binary->setSavedDecision(run->decision);
        return;
    }
    m_loader->dropAll();
    m_predictions.reset();
    m_panes->setCurrentWidget(m_empty);
    m_slices->setRun({}, std::nullopt, nullptr, {});
    if (!run) {
        m_status->setText(tr("Choose a run to evaluate it."));
        return;
    }
    if (run->status != RunStatus::Finished) {
        m_status->setText(tr("The evaluation is shown once the run has finished."));
        return;
    }
    m_status->setText(tr("Evaluating run %1 on its held-out rows…").arg(run->id));
    const qint64 runId = run->id;
    m_loader->run(tr("Evaluating run %1").arg(runId),
                  [directory = m_workspace->directory(), record = *run](JobControl& control) -> Result<std::shared_ptr<Loaded>> {
                      auto workspace = Workspace::connect(directory, Workspace::Access::ReadIfLocked);
                      if (!workspace)
                          return workspace.error();
                      auto predictions = loadHeldOutPredictions(*workspace, record, control);
                      if (!predictions)
                          return predictions.error();
                      if (control.isInterruptionRequested())
                          return Error::cancelled();
                      auto evaluation = evaluateRun(record, *predictions, record.decision);
                      if (!evaluation)
                          return evaluation.error();
                      auto loaded = std::make_shared<Loaded>();
                      loaded->predictions = std::make_shared<const HeldOutPredictions>(std::move(*predictions));
                      loaded->evaluation = std::move(*evaluation);
                      if (auto columns = sliceColumns(*workspace, record))
                          loaded->columns = *columns;
                      else
                          loaded->columnsProblem = columns.error().message;
                      return loaded;
                  },
                  [this, runId](const Result<std::shared_ptr<Loaded>>& loaded) { show(runId, loaded); });
}

void EvaluationView::show(qint64 runId, const Result<std::shared_ptr<Loaded>>& loaded)
{
    if (!m_run || m_run->id != runId)
        return;
    if (!loaded) {
        m_status->setText(loaded.error().isCancelled() ? tr("The evaluation was cancelled.")
                                                                      : loaded.error().message);
        emit evaluated(runId);
        return;
    }
    const Loaded& l = **loaded;
    m_predictions = l.predictions;
    const Evaluation& e = l.evaluation;
    QString source = e.crossValidated ? tr("out-of-fold predictions: each row scored by the fold model that did not see it")
                     : m_run->validDatasetId ? tr("the validation dataset")
                                            : tr("the rows held out of training");
    m_status->setText(tr("Run %1 · %2 · %L3 held-out rows (%4).")
                          .arg(runId)
                          .arg(taskDisplayName(e.task))
                          .arg(qlonglong(l.predictions->size()))
                          .arg(source));
    if (e.binary) {
        m_binary->setEvaluation(std::make_shared<const BinaryEvaluation>(*e.binary), e.classes, m_run->decision);
        m_panes->setCurrentWidget(m_binary);
    } else if (e.multiclass) {
        m_multiclass->setEvaluation(std::make_shared<const MulticlassEvaluation>(*e.multiclass));
        m_panes->setCurrentWidget(m_multiclass);
    } else if (e.regression) {
        m_regression->setEvaluation(std::make_shared<const RegressionEvaluation>(*e.regression), m_predictions);
        m_panes->setCurrentWidget(m_regression);
    }
    m_slices->setDecision(m_run->decision);
    m_slices->setRun(m_workspace->directory(), m_run, m_predictions, l.columns);
    emit evaluated(runId);
}

void EvaluationView::saveDecision(const RunDecision& decision)
{
    if (!m_run)
        return;
    const qint64 runId = m_run->id;
    m_writer->run(tr("Saving the threshold of run %1").arg(runId),
                  [directory = m_workspace->directory(), record = *m_run, decision](JobControl&) -> Status {
                      auto workspace = Workspace::connect(directory);
                      if (!workspace)
                          return workspace.error();
                      return saveRunDecision(*workspace, record, decision);
                  },
                  [this, runId, decision](const Status& saved) {
                      if (!saved) {
                          emit errorOccurred(saved.error().message);
                          return;
                      }
                      if (m_run && m_run->id == runId) {
                          m_run->decision = decision;
                          m_binary->setSavedDecision(decision);
                      }
                      emit message(tr("Saved threshold %1 with run %2: predict and export use it.")
                                       .arg(decision.effectiveThreshold())
                                       .arg(runId));
                      emit decisionSaved(runId);
                  });
}

} // namespace grove
