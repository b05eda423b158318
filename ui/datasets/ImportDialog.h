#pragma once

#include "core/common/Result.h"
#include "core/data/DatasetPreview.h"
#include "core/data/ImportOptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace grove {

class ColumnGuessModel;
class MessageBar;
class TaskRunner;
class PreviewRowsModel;

// Shows what Grove will read from a file before anything is stored: detected format and
// delimiter, the first rows, and a type per column that the user can change.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(const QString& path, QWidget* parent = nullptr);

    // The choices made in the dialog, including type changes; valid once accepted.
    ImportOptions options() const;
    // True once a preview of the current file and settings is shown without error.
    bool hasPreview() const { return m_preview.has_value(); }

private slots:
    void browse();
    void schedulePreview();
    void startPreview();
    void previewFinished(const Result<DatasetPreview>& result);

private:
    void setImportEnabled(bool enabled);

    QLineEdit* m_path;
    QLineEdit* m_name;
    QComboBox* m_format;
    QComboBox* m_delimiter;
    QCheckBox* m_header;
    MessageBar* m_message;
    QLabel* m_summary;
    QTableView* m_columnsView;
    QTableView* m_rowsView;
    QDialogButtonBox* m_buttons;
    ColumnGuessModel* m_columns;
    PreviewRowsModel* m_rows;
    QTimer* m_debounce;
    TaskRunner* m_previews; // reading the start of the file; the newest settings win
    std::optional<DatasetPreview> m_preview;
};

} // namespace grove
