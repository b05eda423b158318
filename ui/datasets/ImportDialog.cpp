#include "ui/datasets/ImportDialog.h"

#include "core/services/DatasetImport.h"
#include "ui/common/Dialogs.h"
#include "ui/common/MessageBar.h"
#include "ui/common/Settings.h"
#include "ui/common/TaskRunner.h"
#include "ui/common/WindowSize.h"
#include "ui/datasets/PreviewModels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

// A combo box for the Type column.
class TypeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* combo = new QComboBox(parent);
        for (auto type : {ColumnType::Numeric, ColumnType::Categorical, ColumnType::Text})
            combo->addItem(columnTypeDisplayName(type), int(type));
        connect(combo, &QComboBox::activated, this, [this, combo] {
            auto* self = const_cast<TypeDelegate*>(this);
            emit self->commitData(combo);
            emit self->closeEditor(combo);
        });
        return combo;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* combo = static_cast<QComboBox*>(editor);
        combo->setCurrentIndex(combo->findData(index.data(ColumnGuessModel::TypeRole)));
        combo->showPopup();
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        auto* combo = static_cast<QComboBox*>(editor);
        model->setData(index, combo->currentData(), ColumnGuessModel::TypeRole);
    }
};

struct DelimiterChoice
{
    char delimiter;
    const char* label;
};

const DelimiterChoice kDelimiters[] = {
    {0, QT_TRANSLATE_NOOP("grove::ImportDialog", "Detect")},
    {',', QT_TRANSLATE_NOOP("grove::ImportDialog", "Comma ( , )")},
    {';', QT_TRANSLATE_NOOP("grove::ImportDialog", "Semicolon ( ; )")},
    {'\t', QT_TRANSLATE_NOOP("grove::ImportDialog", "Tab")},
    {'|', QT_TRANSLATE_NOOP("grove::ImportDialog", "Pipe ( | )")},
    {' ', QT_TRANSLATE_NOOP("grove::ImportDialog", "Space")},
};

QString formatName(DatasetFormat format)
{
    switch (format) {
    case DatasetFormat::Auto:
        return ImportDialog::tr("Detect");
    case DatasetFormat::Csv:
        return ImportDialog::tr("CSV");
    case DatasetFormat::Tsv:
        return ImportDialog::tr("TSV");
    case DatasetFormat::Libsvm:
        return ImportDialog::tr("LIBSVM");
    }
    return {};
}

} // namespace

ImportDialog::ImportDialog(const QString& path, QWidget* parent)
    : QDialog(parent), m_path(new QLineEdit(path, this)), m_name(new QLineEdit(this)),
      m_format(new QComboBox(this)), m_delimiter(new QComboBox(this)),
      m_header(new QCheckBox(tr("First row holds the column names"), this)), m_message(new MessageBar(this)),
      m_summary(new QLabel(this)), m_columnsView(new QTableView(this)), m_rowsView(new QTableView(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)), m_columns(new ColumnGuessModel(this)),
      m_rows(new PreviewRowsModel(this)), m_debounce(new QTimer(this)),
      m_previews(new TaskRunner(TaskRunner::Mode::LatestWins, this))
{
    setObjectName(u"importDialog"_s);
    setWindowTitle(tr("Import Dataset"));
    setSizeGripEnabled(true);

    auto* browseButton = new QPushButton(tr("Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    m_path->setObjectName(u"importPath"_s);
    m_name->setObjectName(u"importName"_s);
    m_name->setClearButtonEnabled(true);
    for (auto format : {DatasetFormat::Auto, DatasetFormat::Csv, DatasetFormat::Tsv, DatasetFormat::Libsvm})
        m_format->addItem(formatName(format), int(format));
    for (const DelimiterChoice& choice : kDelimiters)
        m_delimiter->addItem(tr(choice.label), int(choice.delimiter));
    m_header->setChecked(true);

    auto* readingRow = new QHBoxLayout;
    readingRow->addWidget(new QLabel(tr("Format:"), this));
    readingRow->addWidget(m_format);
    readingRow->addSpacing(12);
    readingRow->addWidget(new QLabel(tr("Delimiter:"), this));
    readingRow->addWidget(m_delimiter);
    readingRow->addSpacing(12);
    readingRow->addWidget(m_header);
    readingRow->addStretch(1);

    auto* form = new QFormLayout;
    form->addRow(tr("File:"), pathRow);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Reading:"), readingRow);

    m_summary->setWordWrap(true);
    m_summary->setObjectName(u"importSummary"_s);

    m_columnsView->setModel(m_columns);
    m_columnsView->setObjectName(u"importColumns"_s);
    m_columnsView->setItemDelegateForColumn(ColumnGuessModel::Type, new TypeDelegate(m_columnsView));
    m_columnsView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_columnsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_columnsView->verticalHeader()->hide();
    m_columnsView->horizontalHeader()->setStretchLastSection(true);
    m_columnsView->setAlternatingRowColors(true);

    m_rowsView->setModel(m_rows);
    m_rowsView->setObjectName(u"importRows"_s);
    m_rowsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rowsView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_rowsView->setAlternatingRowColors(true);

    auto* columnsBox = new QWidget(this);
    auto* columnsLayout = new QVBoxLayout(columnsBox);
    columnsLayout->setContentsMargins(0, 0, 0, 0);
    columnsLayout->addWidget(new QLabel(tr("<b>Columns</b> — click a type to change how the column is read"), this));
    columnsLayout->addWidget(m_columnsView);
    auto* rowsBox = new QWidget(this);
    auto* rowsLayout = new QVBoxLayout(rowsBox);
    rowsLayout->setContentsMargins(0, 0, 0, 0);
    rowsLayout->addWidget(new QLabel(tr("<b>First rows</b>"), this));
    rowsLayout->addWidget(m_rowsView);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(columnsBox);
    splitter->addWidget(rowsBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    QPushButton* importButton = m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    importButton->setObjectName(u"importButton"_s);
    importButton->setDefault(true);
    importButton->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &ImportDialog::startPreview);
    connect(browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ImportDialog::schedulePreview);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportDialog::schedulePreview);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportDialog::schedulePreview);
    connect(m_header, &QCheckBox::toggled, this, &ImportDialog::schedulePreview);
    connect(m_columns, &ColumnGuessModel::typeChanged, this, [this](int column, ColumnType type) {
        m_rows->setColumnType(column, type);
        m_rowsView->resizeColumnToContents(column);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (!path.isEmpty())
        startPreview();
    else
        m_summary->setText(tr("Choose a CSV, TSV or LIBSVM file."));
    resizeForScreen(this, QSize(980, 680)); // once laid out: never below what the layout needs
}

void ImportDialog::browse()
{
    const QString start = m_path->text().isEmpty() ? Settings::value(Settings::Key::LastImportDirectory).toString()
                                                   : QFileInfo(m_path->text()).absolutePath();
    const QString chosen = Dialogs::openFile(
        this, tr("Import Dataset"), start,
        tr("Data files (*.csv *.tsv *.tab *.txt *.svm *.libsvm *.svmlight);;All files (*)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ImportDialog::schedulePreview() { m_debounce->start(); }

void ImportDialog::startPreview()
{
    m_debounce->stop();
    m_preview.reset();
    setImportEnabled(false);
    const QString path = m_path->text().trimmed();
    m_name->setPlaceholderText(path.isEmpty() ? QString() : defaultDatasetName(path));
    if (path.isEmpty()) {
        m_previews->dropAll();
        m_columns->setColumns({}, true);
        m_rows->setPreview({});
        m_summary->setText(tr("Choose a CSV, TSV or LIBSVM file."));
        return;
    }
    ImportOptions options = this->options();
    options.typeOverrides.clear(); // guesses first; the user's choices are applied on top
    m_summary->setText(tr("Reading the start of %1…").arg(QFileInfo(path).fileName()));
    // The newest settings win: a preview still reading for older ones is dropped.
    m_previews->run({}, [options](JobControl&) { return previewDataset(options); },
                    [this](const Result<DatasetPreview>& result) { previewFinished(result); });
}

void ImportDialog::previewFinished(const Result<DatasetPreview>& result)
{
    if (!result) {
        m_message->showMessage(MessageBar::Kind::Error, result.error().toString());
        m_summary->clear();
        m_columns->setColumns({}, true);
        m_rows->setPreview({});
        return;
    }
    m_message->clear();
    const DatasetPreview& preview = *result;
    m_preview = preview;
    Settings::setValue(Settings::Key::LastImportDirectory, QFileInfo(preview.path).absolutePath());

    QStringList facts;
    facts << formatName(preview.format);
    if (preview.format != DatasetFormat::Libsvm) {
        facts << tr("%1-delimited").arg(delimiterDisplayName(preview.dialect.delimiter));
        facts << (preview.hasBom ? tr("UTF-8 with BOM") : tr("UTF-8"));
        facts << (preview.crlf ? tr("Windows line endings") : tr("Unix line endings"));
    }
    facts << tr("%n column(s)", nullptr, int(preview.columns.size()));
    facts << QLocale().formattedDataSize(preview.fileSize);
    const QString basis = preview.sampleIsWholeFile
                              ? tr("Types are guessed from all %n row(s).", nullptr, int(preview.sampledRows))
                              : tr("Types are guessed from the first %n row(s); the import checks every row.",
                                   nullptr, int(preview.sampledRows));
    m_summary->setText(tr("Detected: %1. %2").arg(facts.join(u", "_s), basis));
    m_columns->setColumns(preview.columns, preview.format != DatasetFormat::Libsvm);
    m_rows->setPreview(preview);
    m_columnsView->resizeColumnsToContents();
    // Measuring text is slow; a file with thousands of columns gets exact widths for the first
    // ones only (the rest keep the default width, and the user can widen any column).
    constexpr int kMeasuredColumns = 60;
    for (int c = 0; c < std::min(m_rows->columnCount(), kMeasuredColumns); ++c) {
        m_rowsView->resizeColumnToContents(c);
        m_rowsView->setColumnWidth(c, std::min(m_rowsView->columnWidth(c), 220));
    }
    setImportEnabled(true);
}

void ImportDialog::setImportEnabled(bool enabled)
{
    for (QAbstractButton* button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(enabled);
    }
}

ImportOptions ImportDialog::options() const
{
    ImportOptions options;
    options.path = m_path->text().trimmed();
    options.name = m_name->text().trimmed();
    options.format = DatasetFormat(m_format->currentData().toInt());
    options.delimiter = char(m_delimiter->currentData().toInt());
    options.hasHeader = m_header->isChecked();
    for (const ColumnGuess& column : m_columns->columns()) {
        if (column.type != column.inferredType)
            options.typeOverrides.insert(column.name, column.type);
    }
    return options;
}

} // namespace grove
