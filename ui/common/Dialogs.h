#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace grove {

// Every file picker and confirmation of the GUI goes through here, so that tests can answer
// them without a modal dialog: setNext...() queues an answer that the next call returns.
class Dialogs
{
public:
    static QString openFile(QWidget* parent, const QString& caption, const QString& directory,
                            const QString& filter);
    static QString existingDirectory(QWidget* parent, const QString& caption, const QString& directory);
    // A file to write (the answer set by setNextFileName() in tests).
    static QString saveFile(QWidget* parent, const QString& caption, const QString& path, const QString& filter);
    // A yes/no question whose "yes" does something that cannot be undone.
    static bool confirm(QWidget* parent, const QString& title, const QString& text,
                        const QString& confirmButtonText);

    // A line of text, such as a name; empty when cancelled.
    static QString text(QWidget* parent, const QString& title, const QString& label, const QString& value);
    // The same with a list to pick from, and room to type something else (setNextText answers it).
    static QString choice(QWidget* parent, const QString& title, const QString& label, const QStringList& items,
                          const QString& value);

    static void setNextFileName(const QString& path);
    static void setNextText(const QString& text);
    static void setNextDirectory(const QString& path);
    static void setNextConfirmation(bool answer);
};

} // namespace grove
