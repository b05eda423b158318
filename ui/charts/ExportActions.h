#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QAbstractItemModel;
class QTableView;

namespace grove {

class PlotWidget;

// What an export says afterwards: the path written, or why nothing was.
using ExportReport = std::function<void(const QString& savedPath, const QString& error)>;

// A table's header and rows as CSV (a cell's Qt::UserRole value, when it has one, is its exact figure).
QByteArray tableCsv(const QAbstractItemModel& model);
// Writes tableCsv() atomically; empty, or why it could not be written.
QString writeTableCsv(const QAbstractItemModel& model, const QString& path);
// Writes CSV text atomically; empty, or why it could not be written.
QString writeCsv(const QByteArray& csv, const QString& path);

// "Export PNG…" and "Export SVG…" in the plot's context menu; `name` is the suggested file name.
void addPlotExportActions(PlotWidget* plot, const QString& name, ExportReport report);
// "Export CSV…" in the table's context menu.
void addTableExportAction(QTableView* table, const QString& name, ExportReport report);

} // namespace grove
