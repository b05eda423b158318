#include "ui/registry/AliasDialog.h"

#include "core/common/SafeText.h"
#include "ui/common/WindowSize.h"
#include "ui/registry/ReportTable.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace grove {

QString reasonInputProblem(const QString& text)
{
    QString issue = singleLineFieldProblem(AliasDialog::tr("The reason"), text);
    if (const qsizetype length = text.trimmed().toUcs4().size(); issue.isEmpty() && length > Registry::kMaxReasonLength)
        issue = AliasDialog::tr("The reason has %1 characters, and at most %2 are kept. Shorten it.")
                    .arg(length)
                    .arg(Registry::kMaxReasonLength);
    return issue;
}

AliasDialog::AliasDialog(const QString& model, int version, const QList<HistoryEntry>& history, QWidget* parent)
    : QDialog(parent), m_version(version), m_aliases(Registry::aliasesAfter(history)), m_table(new QTableWidget(this)),
      m_name(new QComboBox(this)), m_reason(new QLineEdit(this)), m_state(new QLabel(this)), m_problem(new QLabel(this)),
      m_set(new QPushButton(this)), m_remove(new QPushButton(tr("&Remove Alias"), this))
{
    setObjectName(u"aliasDialog"_s);
    setWindowTitle(tr("Aliases of %1").arg(model));
    auto* intro = new QLabel(tr("An alias names a version for those who use the model, as %1@ALIAS (for example "
                                "in grove-cli predict --model); it points to one version and can be moved. "
                                "Every change is kept in the model's history with its reason.")
                                 .arg(model),
                             this);
    intro->setWordWrap(true);

    // The last change of each alias that is set: who moved it there, when and why.
    QMap<QString, AliasChange> last;
    for (const HistoryEntry& entry : history) {
        for (const AliasChange& change : entry.aliasChanges)
            last.insert(change.alias, change);
    }
    m_table->setObjectName(u"aliasTable"_s);
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Alias"), tr("Version"), tr("Set by"), tr("When"), tr("Reason")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setRowCount(int(m_aliases.size()));
    int row = 0;
    for (auto it = m_aliases.begin(); it != m_aliases.end(); ++it, ++row) {
        const AliasChange change = last.value(it.key());
        m_table->setItem(row, 0, readOnlyCell(it.key()));
        QTableWidgetItem* number = readOnlyCell(QString::number(it.value()));
        if (it.value() == version) {
            QFont bold = number->font();
            bold.setBold(true);
            number->setFont(bold);
        }
        m_table->setItem(row, 1, number);
        // Another Grove, or a hand edit, may have written anything into the shared folder.
        m_table->setItem(row, 2, readOnlyCell(escapeUnsafeText(u"%1@%2"_s.arg(change.user, change.host))));
        m_table->setItem(row, 3, readOnlyCell(change.time.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)));
        m_table->setItem(row, 4, readOnlyCell(escapeUnsafeText(change.reason)));
        m_name->addItem(it.key());
    }
    m_table->resizeColumnsToContents();
    m_table->setMinimumSize(560, 150);

    m_name->setObjectName(u"aliasName"_s);
    m_name->setEditable(true);
    m_name->setInsertPolicy(QComboBox::NoInsert);
    m_name->setCurrentText(QString());
    m_name->lineEdit()->setPlaceholderText(tr("A name, such as champion or challenger"));
    m_reason->setObjectName(u"aliasReason"_s);
    m_reason->setPlaceholderText(tr("Why, for the history (required)"));
    m_state->setObjectName(u"aliasState"_s);
    m_state->setWordWrap(true);
    m_problem->setObjectName(u"aliasProblem"_s);
    m_problem->setWordWrap(true);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, kFailedColor);
    m_problem->setPalette(palette);
    m_problem->hide();
    m_set->setObjectName(u"aliasSetButton"_s);
    // Wide enough for either text, so that the button does not change size as a name is typed.
    m_set->setText(tr("&Move to Version %1").arg(version));
    const int moveWidth = m_set->sizeHint().width();
    m_set->setText(tr("&Set on Version %1").arg(version));
    m_set->setMinimumWidth(std::max(moveWidth, m_set->sizeHint().width()) + 12);
    m_remove->setObjectName(u"aliasRemoveButton"_s);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_set, QDialogButtonBox::ActionRole);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_set, &QPushButton::clicked, this, [this] {
        m_action = Action::Set;
        accept();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        m_action = Action::Remove;
        accept();
    });
    connect(m_name, &QComboBox::currentTextChanged, this, &AliasDialog::refreshState);
    connect(m_reason, &QLineEdit::textChanged, this, &AliasDialog::refreshState);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            m_name->setCurrentText(m_table->item(rows.front().row(), 0)->text());
    });

    auto* form = new QFormLayout;
    form->addRow(tr("Alias:"), m_name);
    form->addRow(QString(), m_state);
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(m_problem);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resizeForScreen(this, QSize(640, 420));
    refreshState();
}

QString AliasDialog::alias() const
{
    return m_name->currentText().trimmed();
}

QString AliasDialog::reason() const
{
    return m_reason->text().trimmed();
}

void AliasDialog::refreshState()
{
    const QString name = alias();
    const int current = m_aliases.value(name, 0);
    QString issue = name.isEmpty() ? QString() : Registry::validateAliasName(name);
    if (issue.isEmpty())
        issue = reasonInputProblem(m_reason->text());
    m_problem->setText(issue);
    m_problem->setVisible(!issue.isEmpty());
    const bool ready = !name.isEmpty() && issue.isEmpty() && !reason().isEmpty();
    m_set->setText(current > 0 && current != m_version ? tr("&Move to Version %1").arg(m_version)
                                                       : tr("&Set on Version %1").arg(m_version));
    m_set->setEnabled(ready && current != m_version);
    m_remove->setEnabled(ready && current > 0);
    m_state->setText(name.isEmpty()       ? tr("Type a new alias, or pick one to move or remove.")
                     : current == 0       ? tr("A new alias of this model.")
                     : current == m_version ? tr("It points to this version already.")
                                            : tr("It points to version %1 now.").arg(current));
}

} // namespace grove
