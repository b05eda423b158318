#include "ui/registry/ValidationPanel.h"

#include "core/registry/Registry.h"
#include "core/services/RunValidation.h"
#include "core/validate/ValidationRules.h"
#include "core/validate/ValidationStore.h"
#include "ui/common/Dialogs.h"
#include "ui/registry/RegistryController.h"
#include "ui/registry/ReportTable.h"
#include "ui/workspace/WorkspaceController.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace grove {
ValidationPanel::ValidationPanel(WorkspaceController* workspace, RegistryController* registry, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_registry(registry), m_status(new QLabel(this)),
      m_rules(new QPlainTextEdit(this)), m_remember(new QCheckBox(this)), m_model(new QComboBox(this)),
      m_validate(new QPushButton(tr("&Validate"), this)), m_export(new QPushButton(tr("E&xport to Registry…"), this)),
      m_report(createReportTable(this))
{
    setObjectName(u"validationPanel"_s);
    m_status->setObjectName(u"validationStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_rules->setObjectName(u"validationRulesEdit"_s);
    m_rules->setPlaceholderText(tr("One rule per line, for example:\nvalid.auc >= 0.9\nvalid.auc >= production - 0.01\n"
                                  "threshold.precision >= 0.8 (at the saved threshold)\neval.brier <= 0.2\n"
                                  "min(slices(region).auc) >= 0.7"));
    m_rules->setMaximumHeight(fontMetrics().height() * 6);
    m_rules->setToolTip(tr("A metric on the held-out data compared with a number, or with the Production version of "
                           "the model below scored on the same rows (production - MARGIN)."));
    m_model->setObjectName(u"validationModelCombo"_s);
    m_model->setEditable(true);
    m_model->setMinimumContentsLength(16);
    m_model->lineEdit()->setPlaceholderText(tr("for rules against production"));
    m_model->setToolTip(tr("The registry model whose Production version \"production\" rules compare with; also the "
                           "name Export proposes."));
    m_validate->setObjectName(u"validateButton"_s);
    m_export->setObjectName(u"exportButton"_s);
    m_report->setObjectName(u"validationReport"_s);

    auto* form = new QFormLayout;
    form->addRow(tr("Rules:"), m_rules);
    form->addRow(QString(), m_remember);
    form->addRow(tr("Model:"), m_model);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_validate);
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_report, 1);

    connect(m_validate, &QPushButton::clicked, this, &ValidationPanel::validate);
    connect(m_export, &QPushButton::clicked, this, [this] {
        // The model named above, else the registry's only model, else a name made from the
        // experiment's; the registry's models are offered to pick from.
        QStringList models;
        for (const RegistrySnapshot::Model& model : m_registry->snapshot().models)
            models << model.name;
        const QString suggestion = !m_model->currentText().trimmed().isEmpty() ? m_model->currentText().trimmed()
                                   : models.size() == 1 ? models.front()
                                                        : m_run->experiment.simplified().replace(u' ', u'-').toLower();
        const QString model = Dialogs::choice(this, tr("Export to Registry"),
                                              tr("Model in %1 (a new name starts a new model):").arg(m_registry->registryRoot()),
                                              models, suggestion);
        if (!model.isEmpty())
            exportTo(model);
    });
    connect(m_registry, &RegistryController::validationEnded, this, [this](qint64 runId) {
        m_validating.remove(runId);
        if (m_run && m_run->id == runId)
            showReport();
    });
    connect(m_registry, &RegistryController::snapshotChanged, this, &ValidationPanel::updateModels);
    setRun(std::nullopt);
}

void ValidationPanel::setRun(const std::optional<RunRecord>& run)
{
    const bool sameExperiment = run && m_run && run->experiment == m_run->experiment && !m_rulesExperiment.isEmpty();
    m_run = run;
    if (run && !sameExperiment) {
        m_rulesExperiment = run->experiment;
        m_rules->setPlainText(m_registry->experimentRules(run->experiment).join(u'\n'));
        m_remember->setText(tr("Remember these rules for the experiment \"%1\"").arg(run->experiment));
        m_model->setEditText(QString()); // another experiment: no model is assumed
    }
    showReport();
}

void ValidationPanel::updateModels()
{
    const QString current = m_model->currentText();
    const QSignalBlocker blocker(m_model);
    m_model->clear();
    for (const RegistrySnapshot::Model& model : m_registry->snapshot().models)
        m_model->addItem(model.name);
    m_model->setEditText(current);
}

QString ValidationPanel::status() const { return m_status->text(); }

void ValidationPanel::showReport()
{
    m_report->setRowCount(0);
    const bool finished = m_run && m_run->status == RunStatus::Finished;
    const bool busy = m_run && m_validating.contains(m_run->id);
    m_validate->setEnabled(finished && !busy);
    m_rules->setEnabled(finished);
    m_export->setEnabled(false);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, this->palette().color(QPalette::WindowText));
    if (!m_run) {
        m_status->setText(tr("Choose a run to validate it."));
        m_status->setPalette(palette);
        return;
    }
    if (!finished) {
        m_status->setText(tr("Only a finished run can be validated and exported."));
        m_status->setPalette(palette);
        return;
    }
    if (busy) {
        m_status->setText(tr("Validating…"));
        return;
    }
    Workspace* workspace = m_workspace->workspace();
    auto latest = workspace ? ValidationStore(workspace->database()).latest(m_run->id)
                            : Result<std::optional<ValidationReport>>(std::nullopt);
    if (!latest) {
        m_status->setText(latest.error().message);
        return;
    }
    if (!latest->has_value()) {
        m_status->setText(tr("Not validated yet. Export is available once a validation passes: click Validate."));
        m_status->setPalette(palette);
        m_export->setToolTip(tr("Validate the run first."));
        return;
    }
    const ValidationReport& report = **latest;
    const QString when = QLocale().toString(report.time.toLocalTime(), QLocale::ShortFormat);
    if (report.passed()) {
        palette.setColor(QPalette::WindowText, kPassedColor);
        const auto notApplicable = std::count_if(report.checks.cbegin(), report.checks.cend(),
                                                 [](const auto& check) { return !check.applicable; });
        const int applied = int(report.checks.size() - std::size_t(notApplicable));
        m_status->setText(
            notApplicable == 0
                ? tr("Passed all %n check(s) on %1 (by %2). The run can be exported.", nullptr, applied).arg(when, report.user)
                : tr("Passed %n check(s) on %1 (by %2); %3 did not apply to this run. The run can be exported.", nullptr,
                     applied)
                      .arg(when, report.user)
                      .arg(notApplicable));
        m_export->setEnabled(true);
        m_export->setToolTip(tr("Publish this run's model as the next version of a model in the registry."));
    } else {
        palette.setColor(QPalette::WindowText, kFailedColor);
        m_status->setText(tr("Failed on %1: %2. Export is unavailable until a validation passes.")
                              .arg(when, report.failures().join(u"; "_s)));
        m_export->setToolTip(tr("The latest validation failed; see the report below."));
    }
    m_status->setPalette(palette);
    fillReportTable(m_report, report);
}

void ValidationPanel::validate()
{
    if (!m_run)
        return;
    QStringList rules;
    for (const QString& line : m_rules->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            rules << line.trimmed();
    }
    // Mistakes are shown before anything runs.
    if (auto parsed = parseRules(rules); !parsed) {
        emit errorOccurred(parsed.error().message);
        return;
    }
    const bool relative = rulesNeedProduction(rules);
    if (relative && Registry::validateModelName(m_model->currentText().trimmed()).size() > 0) {
        emit errorOccurred(tr("A rule compares with Production: name the model in \"Model\" first."));
        return;
    }
    m_validating.insert(m_run->id);
    showReport();
    m_registry->validate(m_run->id, rules, m_remember->isChecked(), relative ? m_model->currentText().trimmed() : QString());
}

void ValidationPanel::exportTo(const QString& model)
{
    if (!m_run)
        return;
    if (const QString problem = Registry::validateModelName(model.trimmed()); !problem.isEmpty()) {
        emit errorOccurred(problem);
        return;
    }
    m_model->setEditText(model.trimmed());
    m_registry->exportRun(m_run->id, model.trimmed());
}

} // namespace grove
