#include "ui/common/Dialogs.h"

#include <QComboBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

#include <optional>

namespace grove {
namespace {
std::optional<QString> g_nextFileName;
std::optional<QString> g_nextDirectory;
std::optional<bool> g_nextConfirmation;
std::optional<QString> g_nextText;

template <typename T>
std::optional<T> take(std::optional<T>& slot)
{
    auto value = std::move(slot);
    slot.reset();
    return value;
}
} // namespace

QString Dialogs::openFile(QWidget* parent, const QString& caption, const QString& directory,
                          const QString& filter)
{
    if (auto next = take(g_nextFileName))
        return *next;
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString Dialogs::saveFile(QWidget* parent, const QString& caption, const QString& path, const QString& filter)
{
    if (auto next = take(g_nextFileName))
        return *next;
    return QFileDialog::getSaveFileName(parent, caption, path, filter);
}

QString Dialogs::existingDirectory(QWidget* parent, const QString& caption, const QString& directory)
{
    if (auto next = take(g_nextDirectory))
        return *next;
    return QFileDialog::getExistingDirectory(parent, caption, directory);
}

bool Dialogs::confirm(QWidget* parent, const QString& title, const QString& text,
                      const QString& confirmButtonText)
{
    if (auto next = take(g_nextConfirmation))
        return *next;
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    QPushButton* confirmButton = box.addButton(confirmButtonText, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == confirmButton;
}

QString Dialogs::text(QWidget* parent, const QString& title, const QString& label, const QString& value)
{
    if (auto next = take(g_nextText))
        return *next;
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, value, &ok);
    return ok ? text : QString();
}

QString Dialogs::choice(QWidget* parent, const QString& title, const QString& label, const QStringList& items,
                        const QString& value)
{
    if (auto next = take(g_nextText))
        return *next;
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setComboBoxItems(items);
    dialog.setComboBoxEditable(true);
    dialog.setTextValue(value);
    // What is typed stays as typed: completing "churn" to an existing "churn-eu" would send the
    // answer somewhere else than the user wrote.
    for (QComboBox* combo : dialog.findChildren<QComboBox*>())
        combo->setCompleter(nullptr);
    dialog.setTextValue(value);
    return dialog.exec() == QDialog::Accepted ? dialog.textValue().trimmed() : QString();
}

void Dialogs::setNextFileName(const QString& path) { g_nextFileName = path; }
void Dialogs::setNextText(const QString& text) { g_nextText = text; }
void Dialogs::setNextDirectory(const QString& path) { g_nextDirectory = path; }
void Dialogs::setNextConfirmation(bool answer) { g_nextConfirmation = answer; }

} // namespace grove
