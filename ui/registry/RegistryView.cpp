#include "ui/registry/RegistryView.h"

#include "core/common/SafeText.h"
#include "core/registry/ModelExport.h"
#include "core/store/RunStore.h"
#include "core/store/Workspace.h"
#include "core/validate/ValidationRules.h"
#include "ui/common/Dialogs.h"
#include "ui/registry/AliasDialog.h"
#include "ui/registry/DriftWindow.h"
#include "ui/registry/ReportTable.h"
#include "ui/registry/RegistryController.h"
#include "ui/workspace/WorkspaceController.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

QTableWidget* table(QWidget* parent, const QString& name, const QStringList& header)
{
    auto* widget = new QTableWidget(parent);
    widget->setObjectName(name);
    widget->setColumnCount(int(header.size()));
    widget->setHorizontalHeaderLabels(header);
    widget->verticalHeader()->hide();
    widget->horizontalHeader()->setStretchLastSection(true);
    widget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    widget->setSelectionBehavior(QAbstractItemView::SelectRows);
    widget->setSelectionMode(QAbstractItemView::SingleSelection);
    widget->setAlternatingRowColors(true);
    widget->setWordWrap(false);
    return widget;
}

QString when(const QDateTime& time)
{
    return time.isValid() ? time.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

// A text read from the shared folder, as HTML: escaped for the markup, and with control and
// bidirectional formatting characters shown as escapes, since anyone may have written it.
QString sharedHtml(const QString& value) { return escapeUnsafeText(value).toHtmlEscaped(); }

const RegistrySnapshot::Model* findModel(const RegistrySnapshot& snapshot, const QString& name)
{
    for (const RegistrySnapshot::Model& model : snapshot.models) {
        if (model.name == name)
            return &model;
    }
    return nullptr;
}

} // namespace

RegistryView::RegistryView(WorkspaceController* workspace, RegistryController* registry, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_registry(registry), m_root(new QLabel(this)),
      m_models(new QListWidget(this)),
      m_versions(table(this, u"registryVersions"_s,
                       {tr("Version"), tr("Stage"), tr("Aliases"), tr("Key metric"), tr("Dataset"), tr("Author"),
                        tr("Published")})),
      m_promote(new QPushButton(tr("&Promote…"), this)), m_aliases(new QPushButton(tr("&Aliases…"), this)),
      m_score(new QPushButton(tr("&Score a File…"), this)), m_copy(new QPushButton(tr("Copy to Registry…"), this)),
      m_drift(new QPushButton(tr("Check &Drift…"), this)), m_checkDrift(new QAction(tr("Check &Drift…"), this)),
      m_details(new QTabWidget(this)), m_card(new QTextBrowser(this)), m_lineage(new QTextBrowser(this)),
      m_validation(createReportTable(this)),
      m_checksums(new QLabel(this)),
      m_history(table(this, u"registryHistory"_s, {tr("When"), tr("Version"), tr("Change"), tr("Who"), tr("Reason")}))
{
    setObjectName(u"registryView"_s);
    m_root->setObjectName(u"registryRootLabel"_s);
    m_root->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_root->setWordWrap(true);
    m_models->setObjectName(u"registryModels"_s);
    m_promote->setObjectName(u"promoteButton"_s);
    m_aliases->setObjectName(u"aliasButton"_s);
    m_aliases->setToolTip(tr("Set, move or remove an alias of the model (a name that points to one version)."));
    m_score->setObjectName(u"scoreButton"_s);
    m_copy->setObjectName(u"copyButton"_s);
    m_copy->setToolTip(tr("Copy the version to another registry folder, as the next version of a model there."));
    m_drift->setObjectName(u"driftButton"_s);
    m_drift->setToolTip(tr("Compare new data with the training data of the selected version (PSI, KS)."));
    m_checkDrift->setObjectName(u"checkDriftAction"_s);
    m_checkDrift->setStatusTip(tr("Compare new data with a registry version's training data"));
    m_card->setObjectName(u"modelCard"_s);
    m_lineage->setObjectName(u"lineage"_s);
    m_lineage->setOpenLinks(false);
    m_checksums->setObjectName(u"checksumStatus"_s);
    m_checksums->setWordWrap(true);
    m_checksums->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_checksums->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checksums->setMargin(8);
    m_details->setObjectName(u"registryDetailTabs"_s);

    auto* change = new QPushButton(tr("Change &Folder…"), this);
    change->setObjectName(u"registryFolderButton"_s);
    change->setToolTip(tr("Use another registry folder for this workspace, such as a shared network folder."));
    auto* refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setObjectName(u"registryRefreshButton"_s);
    auto* header = new QHBoxLayout;
    header->addWidget(m_root, 1);
    header->addWidget(change);
    header->addWidget(refresh);

    m_details->addTab(m_card, tr("Model Card"));
    m_details->addTab(m_lineage, tr("Lineage"));
    m_details->addTab(m_validation, tr("Validation"));
    m_details->addTab(m_checksums, tr("Checksums"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_promote);
    buttons->addWidget(m_aliases);
    buttons->addWidget(m_score);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_drift);
    buttons->addStretch(1);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* vertical = new QSplitter(Qt::Vertical, right);
    auto* top = new QWidget(vertical);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    // The versions and the model's stage history side by side, above the selected version's details.
    auto* lists = new QSplitter(Qt::Horizontal, top);
    auto* historyBox = new QWidget(lists);
    auto* historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    auto* historyTitle = new QLabel(tr("History of stages and aliases (newest first)"), historyBox);
    QFont bold = historyTitle->font();
    bold.setBold(true);
    historyTitle->setFont(bold);
    historyLayout->addWidget(historyTitle);
    historyLayout->addWidget(m_history, 1);
    lists->addWidget(m_versions);
    lists->addWidget(historyBox);
    lists->setStretchFactor(0, 1);
    lists->setStretchFactor(1, 1);
    topLayout->addWidget(lists, 1);
    topLayout->addLayout(buttons);
    vertical->addWidget(top);
    vertical->addWidget(m_details);
    vertical->setStretchFactor(0, 2);
    vertical->setStretchFactor(1, 3);
    rightLayout->addWidget(vertical);
    auto* horizontal = new QSplitter(Qt::Horizontal, this);
    horizontal->addWidget(m_models);
    horizontal->addWidget(right);
    horizontal->setStretchFactor(0, 1);
    horizontal->setStretchFactor(1, 4);
    horizontal->setSizes({150, 950});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(header);
    layout->addWidget(horizontal, 1);

    connect(change, &QPushButton::clicked, this, [this] {
        const QString directory = Dialogs::existingDirectory(this, tr("Registry Folder"), m_registry->registryRoot());
        if (!directory.isEmpty())
            m_registry->setRegistryRoot(directory);
    });
    connect(refresh, &QPushButton::clicked, m_registry, &RegistryController::refresh);
    connect(m_registry, &RegistryController::snapshotChanged, this, &RegistryView::fillModels);
    connect(m_models, &QListWidget::currentRowChanged, this, &RegistryView::fillVersions);
    connect(m_versions, &QTableWidget::itemSelectionChanged, this, &RegistryView::fillDetails);
    connect(m_promote, &QPushButton::clicked, this, &RegistryView::askPromote);
    connect(m_aliases, &QPushButton::clicked, this, &RegistryView::askAliases);
    connect(m_score, &QPushButton::clicked, this, &RegistryView::askScore);
    connect(m_copy, &QPushButton::clicked, this, &RegistryView::askCopy);
    connect(m_drift, &QPushButton::clicked, this, &RegistryView::showDriftWindow);
    connect(m_checkDrift, &QAction::triggered, this, &RegistryView::showDriftWindow);
    connect(m_lineage, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == u"run"_s)
            emit openRunRequested(url.path().toLongLong());
    });
    fillModels();
}

QString RegistryView::selectedModel() const
{
    return m_models->currentItem() ? m_models->currentItem()->text() : QString();
}

int RegistryView::selectedVersion() const
{
    const auto rows = m_versions->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_versions->item(rows.front().row(), 0)->data(Qt::UserRole).toInt();
}

bool RegistryView::selectVersion(const QString& model, int version)
{
    const auto items = m_models->findItems(model, Qt::MatchExactly);
    if (items.isEmpty())
        return false;
    m_models->setCurrentItem(items.front());
    for (int row = 0; row < m_versions->rowCount(); ++row) {
        if (m_versions->item(row, 0)->data(Qt::UserRole).toInt() == version) {
            m_versions->selectRow(row);
            return true;
        }
    }
    return false;
}

void RegistryView::showVersionWhenRead(const QString& model, int version)
{
    if (!selectVersion(model, version)) {
        m_pendingModel = model;
        m_pendingVersion = version;
    }
}

void RegistryView::fillModels()
{
    const RegistrySnapshot& snapshot = m_registry->snapshot();
    const QString root = m_registry->registryRoot();
    m_root->setText(root.isEmpty() ? tr("Open a workspace to see its registry.")
                    : snapshot.error.isEmpty()
                        ? tr("Registry: %1").arg(QDir::toNativeSeparators(root))
                        : tr("Registry: %1 — cannot be read: %2").arg(QDir::toNativeSeparators(root), snapshot.error));
    const QString model = selectedModel();
    const int version = selectedVersion();
    {
        const QSignalBlocker blocker(m_models);
        m_models->clear();
        for (const RegistrySnapshot::Model& item : snapshot.models) {
            int production = 0;
            for (const RegistrySnapshot::Version& v : item.versions)
                production = v.version.stage == Stage::Production ? v.version.version : production;
            auto* entry = new QListWidgetItem(item.name, m_models);
            entry->setToolTip(production > 0 ? tr("%n version(s); version %1 is in Production", nullptr,
                                                  int(item.versions.size()))
                                                   .arg(production)
                                             : tr("%n version(s)", nullptr, int(item.versions.size())));
        }
    }
    if (snapshot.models.isEmpty()) {
        m_card->setMarkdown(tr("No models in this registry yet.\n\nValidate a finished run on its page, then click "
                               "**Export to Registry…**, or run `grove-cli export RUN --model NAME`."));
    }
    const auto items = m_models->findItems(model, Qt::MatchExactly);
    m_models->setCurrentRow(items.isEmpty() ? (m_models->count() > 0 ? 0 : -1) : m_models->row(items.front()));
    fillVersions();
    if (m_pendingVersion > 0 && selectVersion(m_pendingModel, m_pendingVersion)) {
        m_pendingModel.clear();
        m_pendingVersion = 0;
    } else if (version > 0) {
        selectVersion(selectedModel(), version);
    }
}

void RegistryView::fillVersions()
{
    const RegistrySnapshot::Model* model = findModel(m_registry->snapshot(), selectedModel());
    const QSignalBlocker blocker(m_versions);
    m_versions->setRowCount(0);
    m_history->setRowCount(0);
    if (model) {
        // Newest first.
        m_versions->setRowCount(int(model->versions.size()));
        for (int i = 0; i < model->versions.size(); ++i) {
            const RegistrySnapshot::Version& v = model->versions[model->versions.size() - 1 - i];
            QTableWidgetItem* number = readOnlyCell(QString::number(v.version.version));
            number->setData(Qt::UserRole, v.version.version);
            m_versions->setItem(i, 0, number);
            QTableWidgetItem* stage = readOnlyCell(stageDisplayName(v.version.stage));
            if (v.version.stage == Stage::Production) {
                QFont bold = stage->font();
                bold.setBold(true);
                stage->setFont(bold);
            }
            m_versions->setItem(i, 1, stage);
            m_versions->setItem(i, 2, readOnlyCell(v.version.aliases.join(u", "_s)));
            m_versions->setItem(i, 3, v.problems.isEmpty() ? readOnlyCell(v.metadata.keyMetric()) : readOnlyCell(tr("damaged")));
            if (!v.problems.isEmpty())
                m_versions->item(i, 3)->setForeground(kFailedColor);
            m_versions->setItem(i, 4, readOnlyCell(v.metadata.data.dataset.name));
            m_versions->setItem(i, 5, readOnlyCell(v.metadata.exportedBy));
            m_versions->setItem(i, 6, readOnlyCell(when(v.version.published)));
        }
        m_versions->resizeColumnsToContents();
        // The model's history of stages and aliases, newest first: when, version, change, who, reason.
        QList<QStringList> rows;
        // Another Grove, or a hand edit, may have written anything into the shared folder.
        const auto row = [](const QDateTime& time, const QString& version, const QString& change, const QString& user,
                            const QString& host, const QString& reason) {
            return QStringList{when(time), version, change, escapeUnsafeText(u"%1@%2"_s.arg(user, host)),
                               escapeUnsafeText(reason)};
        };
        const auto number = [](int version) { return version > 0 ? QString::number(version) : u"—"_s; };
        for (const HistoryEntry& entry : model->history) {
            for (const StageChange& change : entry.changes)
                rows.prepend(row(change.time, QString::number(change.version),
                                 tr("%1 → %2").arg(stageDisplayName(change.from), stageDisplayName(change.to)),
                                 change.user, change.host, change.reason));
            // An alias: the version it points to (or pointed to, once removed).
            for (const AliasChange& change : entry.aliasChanges)
                rows.prepend(row(change.time, number(change.to > 0 ? change.to : change.from),
                                 tr("@%1: %2 → %3").arg(change.alias, number(change.from), number(change.to)),
                                 change.user, change.host, change.reason));
        }
        m_history->setRowCount(int(rows.size()));
        for (int r = 0; r < rows.size(); ++r) {
            for (int column = 0; column < rows[r].size(); ++column)
                m_history->setItem(r, column, readOnlyCell(rows[r][column]));
        }
        m_history->resizeColumnsToContents();
        if (m_versions->rowCount() > 0)
            m_versions->selectRow(0);
    }
    fillDetails();
}

void RegistryView::fillDetails()
{
    const RegistrySnapshot::Model* model = findModel(m_registry->snapshot(), selectedModel());
    const int number = selectedVersion();
    const RegistrySnapshot::Version* version = nullptr;
    for (const RegistrySnapshot::Version& v : model ? model->versions : QList<RegistrySnapshot::Version>()) {
        if (v.version.version == number)
            version = &v;
    }
    m_promote->setEnabled(version && version->problems.isEmpty());
    m_aliases->setEnabled(version && version->problems.isEmpty());
    m_score->setEnabled(version && version->problems.isEmpty());
    m_copy->setEnabled(version && version->problems.isEmpty());
    m_drift->setEnabled(version != nullptr); // a damaged version is refused there, and says why
    m_validation->setRowCount(0);
    if (!version) {
        if (!m_registry->snapshot().models.isEmpty())
            m_card->clear();
        m_lineage->clear();
        m_checksums->clear();
        return;
    }
    if (!version->problems.isEmpty()) {
        // A damaged version is reported, never shown as if it were sound.
        QStringList problems;
        for (const QString& problem : version->problems)
            problems << escapeUnsafeText(problem);
        const QString text = tr("This version failed verification and must not be used:\n\n%1").arg(problems.join(u'\n'));
        m_card->setPlainText(text);
        m_lineage->setPlainText(text);
        m_checksums->setText(text);
        QPalette palette = m_checksums->palette();
        palette.setColor(QPalette::WindowText, kFailedColor);
        m_checksums->setPalette(palette);
        m_details->setTabText(3, tr("Checksums (failed)"));
        return;
    }
    const ModelMetadata& metadata = version->metadata;
    m_details->setTabText(3, tr("Checksums"));
    QPalette palette = m_checksums->palette();
    palette.setColor(QPalette::WindowText, kPassedColor);
    m_checksums->setPalette(palette);
    m_checksums->setText(tr("Every file of %1 version %2 matches MANIFEST.sha256 (checked when the registry was read).\n%3")
                             .arg(version->version.model)
                             .arg(version->version.version)
                             .arg(QDir::toNativeSeparators(version->version.path)));
    // The card as read (and checked) with the registry, without any HTML it might carry.
    m_card->document()->setMarkdown(version->card, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                                                   QTextDocument::MarkdownNoHTML));
    m_card->moveCursor(QTextCursor::Start); // from the top, whichever version was shown before

    const ExportedRun& run = metadata.run;
    const TrainingData& data = metadata.data;
    const qint64 runId = run.id;
    // The run is linked when it is in the open workspace: same folder, and the same model (a run
    // id can be given again after the trash was emptied).
    bool here = false;
    if (Workspace* workspace = m_workspace->workspace();
        workspace && QDir::cleanPath(run.workspace) == QDir::cleanPath(m_workspace->directory())) {
        auto record = RunStore(workspace->database()).byId(runId);
        here = record && record->has_value() && (*record)->modelSha256 == run.modelSha256;
    }
    QString html = u"<table cellspacing=6>"_s;
    auto row = [&html](const QString& name, const QString& value) {
        html += u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(name.toHtmlEscaped(), value);
    };
    row(tr("Run"), here ? u"<a href=\"run:%1\">%2</a>"_s.arg(runId).arg(tr("Run %1 (open it)").arg(runId))
                        : tr("Run %1 in %2").arg(runId).arg(sharedHtml(run.workspace)));
    row(tr("Experiment"), sharedHtml(run.experiment));
    row(tr("Dataset"), tr("%1, content %2")
                           .arg(sharedHtml(data.dataset.name), sharedHtml(data.dataset.contentHash)));
    if (data.validDataset)
        row(tr("Validation dataset"), sharedHtml(data.validDataset->name));
    row(tr("Trained"), tr("by %1 on %2, %3")
                           .arg(sharedHtml(run.trainedBy), sharedHtml(run.trainedOn), when(run.finishedAt)));
    row(tr("Exported"), tr("by %1 on %2, %3")
                            .arg(sharedHtml(metadata.exportedBy), sharedHtml(metadata.exportedOn), when(metadata.exportedAt)));
    row(tr("Model SHA-256"), sharedHtml(run.modelSha256));
    const QJsonObject& environment = metadata.environment;
    row(tr("Environment"), u"Grove %1, XGBoost %2, %3"_s.arg(environment.value(u"grove"_s).toString(),
                                                            environment.value(u"xgboost"_s).toString(),
                                                            environment.value(u"os"_s).toString())
                               .toHtmlEscaped());
    html += u"</table><h4>%1</h4><pre>%2</pre>"_s.arg(
        tr("Configuration"),
        QString::fromUtf8(QJsonDocument(metadata.config.toJson()).toJson(QJsonDocument::Indented)).toHtmlEscaped());
    m_lineage->setHtml(html);

    if (auto report = ValidationReport::fromJson(metadata.validation))
        fillReportTable(m_validation, *report);
}

void RegistryView::promoteSelected(Stage stage, const QString& reason)
{
    if (selectedVersion() > 0)
        m_registry->promote(selectedModel(), selectedVersion(), stage, reason);
}

void RegistryView::setAliasOnSelected(const QString& alias, const QString& reason)
{
    if (selectedVersion() > 0)
        m_registry->setAlias(selectedModel(), alias, selectedVersion(), reason);
}

void RegistryView::removeAliasOfSelected(const QString& alias, const QString& reason)
{
    if (!selectedModel().isEmpty())
        m_registry->removeAlias(selectedModel(), alias, reason);
}

void RegistryView::askAliases()
{
    const RegistrySnapshot::Model* model = findModel(m_registry->snapshot(), selectedModel());
    if (!model || selectedVersion() <= 0)
        return;
    AliasDialog dialog(model->name, selectedVersion(), model->history, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.action() == AliasDialog::Action::Set)
        setAliasOnSelected(dialog.alias(), dialog.reason());
    else if (dialog.action() == AliasDialog::Action::Remove)
        removeAliasOfSelected(dialog.alias(), dialog.reason());
}

void RegistryView::scoreSelected(const QString& input, const QString& output)
{
    if (selectedVersion() > 0)
        m_registry->score(selectedModel(), selectedVersion(), input, output);
}

void RegistryView::askPromote()
{
    if (selectedVersion() <= 0)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Promote %1 Version %2").arg(selectedModel()).arg(selectedVersion()));
    auto* stage = new QComboBox(&dialog);
    for (Stage s : {Stage::Staging, Stage::Production, Stage::Archived, Stage::None})
        stage->addItem(stageDisplayName(s), int(s));
    auto* reason = new QLineEdit(&dialog);
    reason->setObjectName(u"promoteReason"_s);
    reason->setPlaceholderText(tr("Why, for the history (required)"));
    reason->setMinimumWidth(360);
    // Refused as it is typed: the reason goes into a shared history, one line, printed on terminals.
    auto* problem = new QLabel(&dialog);
    problem->setObjectName(u"promoteProblem"_s);
    problem->setWordWrap(true);
    QPalette palette = problem->palette();
    palette.setColor(QPalette::WindowText, kFailedColor);
    problem->setPalette(palette);
    problem->hide();
    auto* note = new QLabel(tr("Promoting to Production archives the version now in Production; both changes are "
                               "recorded."),
                            &dialog);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Promote"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(reason, &QLineEdit::textChanged, &dialog, [buttons, problem](const QString& text) {
        const QString issue = reasonInputProblem(text);
        problem->setText(issue);
        problem->setVisible(!issue.isEmpty());
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty() && issue.isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("Stage:"), stage);
    form->addRow(tr("Reason:"), reason);
    form->addRow(problem);
    form->addRow(note);
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted)
        promoteSelected(Stage(stage->currentData().toInt()), reason->text().trimmed());
}

void RegistryView::askScore()
{
    if (selectedVersion() <= 0)
        return;
    const QString input = Dialogs::openFile(this, tr("File to Score"), QDir::homePath(),
                                            tr("Data files (*.csv *.tsv *.tab *.txt *.svm *.libsvm);;All files (*)"));
    if (input.isEmpty())
        return;
    const QFileInfo info(input);
    const QString output = Dialogs::saveFile(this, tr("Save Predictions"),
                                             info.dir().filePath(info.completeBaseName() + u"-predictions.csv"_s),
                                             tr("CSV files (*.csv)"));
    if (!output.isEmpty())
        scoreSelected(input, output);
}

void RegistryView::copySelected(const QString& destination, const QString& model)
{
    if (selectedVersion() > 0)
        m_registry->copyVersion(selectedModel(), selectedVersion(), destination, model);
}

void RegistryView::askCopy()
{
    if (selectedVersion() <= 0)
        return;
    const QString destination = Dialogs::existingDirectory(
        this, tr("Copy %1 Version %2 to Registry").arg(selectedModel()).arg(selectedVersion()), QDir::homePath());
    if (destination.isEmpty())
        return;
    const QString model = Dialogs::text(this, tr("Copy to Registry"),
                                        tr("The model's name in %1:").arg(QDir::toNativeSeparators(destination)),
                                        selectedModel());
    if (!model.trimmed().isEmpty())
        copySelected(destination, model.trimmed());
}

DriftWindow* RegistryView::showDriftWindow()
{
    if (!m_driftWindow)
        m_driftWindow = new DriftWindow(m_workspace, m_registry, this);
    if (selectedVersion() > 0)
        m_driftWindow->setVersion(selectedModel(), selectedVersion());
    m_driftWindow->show();
    m_driftWindow->raise();
    m_driftWindow->activateWindow();
    return m_driftWindow;
}

} // namespace grove
