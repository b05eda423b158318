#include "ui/registry/ReportTable.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QTableWidget>

#include <cmath>

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::ReportTable)
};

QString number(double value) { return std::isfinite(value) ? QString::number(value, 'g', 6) : QString(); }

} // namespace

QString stageDisplayName(Stage stage)
{
    switch (stage) {
    case Stage::None:
        return Text::tr("None");
    case Stage::Staging:
        return Text::tr("Staging");
    case Stage::Production:
        return Text::tr("Production");
    case Stage::Archived:
        return Text::tr("Archived");
    }
    return {};
}

QTableWidgetItem* readOnlyCell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

QTableWidget* createReportTable(QWidget* parent)
{
    auto* table = new QTableWidget(parent);
    table->setColumnCount(5);
    table->setHorizontalHeaderLabels(
        {Text::tr("Check"), Text::tr("Result"), Text::tr("Value"), Text::tr("Threshold"), Text::tr("Detail")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    return table;
}

void fillReportTable(QTableWidget* table, const ValidationReport& report)
{
    table->setRowCount(int(report.checks.size()));
    for (int row = 0; row < report.checks.size(); ++row) {
        const ValidationCheck& check = report.checks[row];
        table->setItem(row, 0, readOnlyCell(TechnicalCheck::label(check.name)));
        QTableWidgetItem* result = readOnlyCell(!check.applicable ? Text::tr("not applicable")
                                                : check.passed    ? Text::tr("passed")
                                                                  : Text::tr("failed"));
        result->setForeground(!check.applicable ? table->palette().color(QPalette::PlaceholderText)
                              : check.passed    ? kPassedColor
                                                : kFailedColor);
        QFont bold = result->font();
        bold.setBold(!check.passed);
        result->setFont(bold);
        table->setItem(row, 1, result);
        table->setItem(row, 2, readOnlyCell(number(check.value)));
        table->setItem(row, 3, readOnlyCell(number(check.threshold)));
        table->setItem(row, 4, readOnlyCell(check.detail));
    }
    table->resizeColumnsToContents();
    table->setColumnWidth(0, std::min(table->columnWidth(0), 340));
}

} // namespace grove
