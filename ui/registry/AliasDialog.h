#pragma once

#include "core/registry/Registry.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace grove {

// The problem with a reason typed for a model's history (required, one line, at most
// Registry::kMaxReasonLength characters), or empty; for the Promote and Aliases dialogs.
QString reasonInputProblem(const QString& text);

// The alias editor of the registry browser: a model's aliases, each with the version it points
// to and its last change, and an alias to set on the selected version, to move there, or to
// remove, with a reason. It only asks; the browser has the change written.
class AliasDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Action
    {
        None,
        Set, // set or move to the selected version
        Remove
    };

    AliasDialog(const QString& model, int version, const QList<HistoryEntry>& history, QWidget* parent = nullptr);

    Action action() const { return m_action; }
    QString alias() const;
    QString reason() const;

private:
    void refreshState();

    int m_version;
    QMap<QString, int> m_aliases;
    QTableWidget* m_table;
    QComboBox* m_name;
    QLineEdit* m_reason;
    QLabel* m_state;
    QLabel* m_problem;
    QPushButton* m_set;
    QPushButton* m_remove;
    Action m_action = Action::None;
};

} // namespace grove
