#include "ui/history/HistoryWindow.h"

#include "core/registry/Registry.h"
#include "ui/common/MessageBar.h"
#include "ui/common/TaskRunner.h"
#include "ui/common/WindowSize.h"
#include "ui/history/AuditEntryModel.h"
#include "ui/registry/RegistryController.h"
#include "ui/workspace/WorkspaceController.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShowEvent>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <utility>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

constexpr int kProblemsListed = 20; // a log damaged everywhere is not listed line by line
constexpr int kHashShown = 12;      // of the newest hash, in the chain's line

// A value of an entry as indented JSON; a plain value as JSON writes it.
QString json(const QJsonValue& value)
{
    // Nothing before a creation, or no details: a dash, not JSON's "null" or "{}".
    if (value.isNull() || value.isUndefined() || (value.isObject() && value.toObject().isEmpty()))
        return HistoryWindow::tr("—");
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented))
            .trimmed();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented))
            .trimmed();
    const QString list =
        QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    return list.mid(1, list.size() - 2);
}

} // namespace

HistoryWindow::HistoryWindow(WorkspaceController* workspace, RegistryController* registry,
                             QWidget* parent)
    : QWidget(parent, Qt::Window), m_workspace(workspace), m_registry(registry),
      m_reads(new TaskRunner(TaskRunner::Mode::LatestWins, this)), m_log(new QComboBox(this)),
      m_folder(new QLabel(this)), m_refresh(new QPushButton(tr("&Refresh"), this)),
      m_chain(new QLabel(this)), m_messages(new MessageBar(this)), m_filter(new QLineEdit(this)),
      m_sinceOn(new QCheckBox(tr("&Since:"), this)), m_since(new QDateEdit(this)),
      m_count(new QLabel(this)), m_model(new AuditEntryModel(this)),
      m_filtered(new AuditFilterModel(this)), m_table(new QTableView(this)),
      m_details(new QTextBrowser(this))
{
    setObjectName(u"historyWindow"_s);
    setWindowTitle(tr("History"));
    setAttribute(Qt::WA_QuitOnClose, false); // closing the main window quits with this one open

    m_log->setObjectName(u"historyLog"_s);
    m_log->addItem(tr("Workspace"), int(Log::Workspace));
    m_log->addItem(tr("Registry"), int(Log::Registry));
    m_log->setToolTip(
        tr("The workspace's log (imports, renames, runs, validations, exports) or "
           "the open registry's (exports, promotions, aliases, copies, drift checks)."));
    m_folder->setObjectName(u"historyFolder"_s);
    m_folder->setEnabled(false);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refresh->setObjectName(u"historyRefresh"_s);
    m_refresh->setToolTip(tr("Read the log again and check its chain"));
    m_chain->setObjectName(u"historyChain"_s);
    m_chain->setWordWrap(true);
    m_chain->setTextFormat(Qt::PlainText);
    m_chain->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_chain->font();
    bold.setBold(true);
    m_chain->setFont(bold);
    m_filter->setObjectName(u"historyFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by action, object or user"));
    m_filter->setClearButtonEnabled(true);
    m_sinceOn->setObjectName(u"historySinceOn"_s);
    m_sinceOn->setToolTip(tr("Only entries from the start of this day on (local time)"));
    m_since->setObjectName(u"historySince"_s);
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_since->setDate(QDate::currentDate());
    m_since->setEnabled(false);
    m_since->setMinimumWidth(m_since->fontMetrics().horizontalAdvance(u"0000-00-00"_s) + 48);
    m_count->setObjectName(u"historyCount"_s);

    m_filtered->setSourceModel(m_model);
    m_table->setObjectName(u"historyEntries"_s);
    m_table->setModel(m_filtered);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AuditEntryModel::Sequence, Qt::DescendingOrder); // newest first
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_details->setObjectName(u"historyDetails"_s);
    m_details->setOpenLinks(false);
    m_details->setMinimumWidth(420); // a hash on one line

    auto* top = new QHBoxLayout;
    auto* logLabel = new QLabel(tr("&Log:"), this);
    logLabel->setBuddy(m_log);
    top->addWidget(logLabel);
    top->addWidget(m_log);
    top->addWidget(m_folder, 1);
    top->addWidget(m_refresh);
    auto* filters = new QHBoxLayout;
    auto* filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);
    filters->addWidget(filterLabel);
    filters->addWidget(m_filter, 2);
    filters->addSpacing(12);
    filters->addWidget(m_sinceOn);
    filters->addWidget(m_since);
    filters->addSpacing(12);
    filters->addWidget(m_count, 1);
    auto* body = new QSplitter(Qt::Horizontal, this);
    body->addWidget(m_table);
    body->addWidget(m_details);
    body->setStretchFactor(0, 3);
    body->setStretchFactor(1, 2);
    body->setSizes({800, 500});
    body->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->addLayout(top);
    layout->addWidget(m_chain);
    layout->addWidget(m_messages);
    layout->addLayout(filters);
    layout->addWidget(body, 1);

    connect(m_log, &QComboBox::currentIndexChanged, this, &HistoryWindow::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &HistoryWindow::refresh);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filtered->setText(text);
        updateCount();
    });
    connect(m_sinceOn, &QCheckBox::toggled, m_since, &QWidget::setEnabled);
    connect(m_sinceOn, &QCheckBox::toggled, this, &HistoryWindow::applySince);
    connect(m_since, &QDateEdit::dateChanged, this, &HistoryWindow::applySince);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryWindow::showDetails);
    // Another workspace or registry: the log shown is not theirs.
    const auto reread = [this] {
        if (isVisible())
            refresh();
    };
    connect(m_workspace, &WorkspaceController::workspaceChanged, this, reread);
    connect(m_registry, &RegistryController::registryChanged, this, reread);
    updateCount();
    setUpToolWindow(this, QSize(1320, 780)); // once laid out: never below what the layout needs
}

HistoryWindow::~HistoryWindow()
{
    // Nothing reacts to the widgets as they go, and a reading under way is dropped.
    disconnect(m_table->selectionModel(), nullptr, this, nullptr);
    disconnect(m_log, nullptr, this, nullptr);
    delete m_reads;
}

void HistoryWindow::setLog(Log log)
{
    const int index = m_log->findData(int(log));
    if (!isVisible()) {
        const QSignalBlocker blocker(m_log); // read when shown
        m_log->setCurrentIndex(index);
    } else if (index == m_log->currentIndex()) {
        refresh();
    } else {
        m_log->setCurrentIndex(index); // reads it
    }
}

HistoryWindow::Log HistoryWindow::log() const
{
    return Log(m_log->currentData().toInt());
}

bool HistoryWindow::isReading() const
{
    return !m_reads->isIdle();
}

QString HistoryWindow::logFolder() const
{
    if (!m_workspace->workspace())
        return {};
    return log() == Log::Workspace ? AuditLog::workspaceFolder(m_workspace->directory())
                                   : AuditLog::registryFolder(m_registry->registryRoot());
}

QString HistoryWindow::logName() const
{
    return log() == Log::Workspace ? tr("the workspace's audit log")
                                   : tr("the registry's audit log");
}

void HistoryWindow::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous()) // shown by Grove, not restored from the task bar
        refresh();
}

void HistoryWindow::refresh()
{
    const QString folder = logFolder();
    m_folder->setText(QDir::toNativeSeparators(folder));
    if (folder.isEmpty()) {
        m_reads->dropAll();
        m_shownFolder.clear();
        showReading(AuditReading(), false);
        m_chain->setText(tr("No workspace is open, so there is no log to show."));
        return;
    }
    if (m_shownFolder != folder)
        m_chain->setText(tr("Reading %1…").arg(logName()));
    const QString name = logName();
    m_reads->run(
        QString(),
        [folder, name](JobControl&) -> Result<AuditReading> {
            return AuditLog(folder, name).read();
        },
        [this, folder](const Result<AuditReading>& reading) {
            const bool sameLog = std::exchange(m_shownFolder, folder) == folder;
            showReading(reading, sameLog);
        });
}

void HistoryWindow::showReading(const Result<AuditReading>& reading, bool sameLog)
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 selected = sameLog && current.isValid()
                                ? m_model->entry(m_filtered->mapToSource(current).row()).sequence
                                : -1;
    m_messages->clear();
    if (!reading) {
        m_model->clear();
        m_problems.clear();
        m_chain->setStyleSheet(u"color: #b01c1c;"_s);
        m_chain->setText(tr("The log could not be read, so its chain was not checked."));
        m_messages->showMessage(MessageBar::Kind::Error, reading.error().toString());
    } else {
        m_model->setReading(*reading);
        m_problems = reading->problems;
        showChainState(*reading);
    }
    updateCount();
    if (m_filtered->rowCount() > 0) {
        const int row = m_model->rowOf(selected);
        if (row >= 0 && m_filtered->mapFromSource(m_model->index(row, 0)).isValid())
            selectEntry(selected);
        else
            m_table->selectRow(0);
    }
    showDetails();
    if (!sameLog && m_model->rowCount() > 0) { // widths a user set stay on Refresh
        m_table->resizeColumnsToContents();
        // The change takes the rest; a long one is read in the details or its tooltip.
        m_table->horizontalHeader()->resizeSection(AuditEntryModel::Change, 200);
    }
    emit readingShown();
}

void HistoryWindow::showChainState(const AuditReading& reading)
{
    if (!reading.intact()) {
        m_chain->setStyleSheet(u"color: #b01c1c;"_s);
        m_chain->setText(
            tr("Chain broken — %n problem(s), listed below. Entries named by a problem are marked.",
               nullptr, int(reading.problems.size())));
        QStringList lines;
        for (const QString& problem :
             reading.problems.first(std::min<qsizetype>(reading.problems.size(), kProblemsListed)))
            lines << tr("DAMAGED: %1").arg(problem);
        if (reading.problems.size() > kProblemsListed)
            lines << tr("… and %n more problem(s).", nullptr,
                        int(reading.problems.size() - kProblemsListed));
        m_messages->showMessage(MessageBar::Kind::Error, lines.join(u'\n'));
        return;
    }
    if (reading.entries.isEmpty()) {
        m_chain->setStyleSheet(QString());
        m_chain->setText(tr("No entries yet: nothing has been recorded in this log."));
        return;
    }
    m_chain->setStyleSheet(u"color: #1b7a35;"_s);
    m_chain->setText(
        tr("Chain intact — %n entry(s), newest hash %1…", nullptr, int(reading.entries.size()))
            .arg(reading.entries.back().hash.left(kHashShown)));
}

void HistoryWindow::selectEntry(qint64 sequence)
{
    const int row = m_model->rowOf(sequence);
    if (row < 0)
        return;
    const QModelIndex index = m_filtered->mapFromSource(m_model->index(row, 0));
    if (index.isValid())
        m_table->selectRow(index.row());
}

void HistoryWindow::applySince()
{
    m_filtered->setSince(m_sinceOn->isChecked() ? m_since->date().startOfDay() : QDateTime());
    updateCount();
}

void HistoryWindow::updateCount()
{
    m_count->setText(
        tr("%1 of %n entry(s) shown", nullptr, m_model->rowCount()).arg(m_filtered->rowCount()));
}

void HistoryWindow::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->setHtml(
            u"<p>%1</p>"_s.arg(tr("Select an entry to see what it changed.").toHtmlEscaped()));
        return;
    }
    const int row = m_filtered->mapToSource(current).row();
    const AuditEntry& entry = m_model->entry(row);
    const auto field = [](const QString& name, const QString& value) {
        return u"<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>"_s.arg(
            name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    const auto block = [](const QString& name, const QString& text) {
        return u"<p style=\"margin-bottom:2px\"><b>%1</b></p><pre>%2</pre>"_s.arg(
            name.toHtmlEscaped(), text.toHtmlEscaped());
    };
    QString html = u"<h3>%1</h3>"_s.arg(
        tr("Entry %1: %2").arg(entry.sequence).arg(entry.action).toHtmlEscaped());
    for (const QString& problem : m_model->problemsOf(row))
        html += u"<p style=\"color:#b01c1c\"><b>%1</b></p>"_s.arg(
            tr("DAMAGED: %1").arg(problem).toHtmlEscaped());
    const QString change = entry.changeSummary();
    html += u"<table>"_s +
            field(tr("Time"), tr("%1 (UTC %2)")
                                  .arg(entry.time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s),
                                       entry.time.toUTC().toString(Qt::ISODateWithMs))) +
            field(tr("By"), u"%1@%2"_s.arg(entry.user, entry.host)) +
            field(tr("Object"), entry.object) +
            field(tr("Change"), change.isEmpty() ? tr("—") : change) + u"</table>"_s;
    html += block(tr("Before"), json(entry.before)) + block(tr("After"), json(entry.after)) +
            block(tr("Details"), json(entry.details)) + block(tr("Previous hash"), entry.previous) +
            block(tr("Hash"), entry.hash);
    m_details->setHtml(html);
}

} // namespace grove
