#include "ui/charts/ExportActions.h"

#include "core/data/CsvFormat.h"
#include "ui/charts/PlotWidget.h"
#include "ui/common/Dialogs.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::ExportActions)
};

} // namespace

QByteArray tableCsv(const QAbstractItemModel& model)
{
    QByteArray csv;
    QStringList fields;
    for (int c = 0; c < model.columnCount(); ++c)
        fields << csvField(model.headerData(c, Qt::Horizontal).toString());
    const bool rowNames = !model.headerData(0, Qt::Vertical).toString().isEmpty() &&
                          model.headerData(0, Qt::Vertical).toString() != u"1"_s;
    if (rowNames)
        fields.prepend(QString());
    csv += fields.join(u',').toUtf8() + '\n';
    for (int row = 0; row < model.rowCount(); ++row) {
        fields.clear();
        if (rowNames)
            fields << csvField(model.headerData(row, Qt::Vertical).toString());
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex index = model.index(row, c);
            const QVariant full = index.data(Qt::UserRole);
            fields << csvField(full.isValid() ? full.toString() : index.data().toString());
        }
        csv += fields.join(u',').toUtf8() + '\n';
    }
    return csv;
}

QString writeTableCsv(const QAbstractItemModel& model, const QString& path) { return writeCsv(tableCsv(model), path); }

QString writeCsv(const QByteArray& csv, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
        return Text::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

void addPlotExportActions(PlotWidget* plot, const QString& name, ExportReport report)
{
    plot->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (const QString& suffix : {u"png"_s, u"svg"_s}) {
        auto* action = new QAction(suffix == u"png"_s ? Text::tr("Export PNG…") : Text::tr("Export SVG…"), plot);
        QObject::connect(action, &QAction::triggered, plot, [plot, name, suffix, report] {
            QString error;
            const QString path = plot->exportWithDialog(name, suffix, &error);
            if (!path.isEmpty() || !error.isEmpty())
                report(path, error);
        });
        plot->addAction(action);
    }
}

void addTableExportAction(QTableView* table, const QString& name, ExportReport report)
{
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* action = new QAction(Text::tr("Export CSV…"), table);
    QObject::connect(action, &QAction::triggered, table, [table, name, report] {
        const QString path = Dialogs::saveFile(table, Text::tr("Export Table"), QDir::home().filePath(name + u".csv"_s),
                                               Text::tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        const QString error = writeTableCsv(*table->model(), path);
        report(error.isEmpty() ? path : QString(), error);
    });
    table->addAction(action);
}

} // namespace grove
