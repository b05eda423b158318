#pragma once

#include "core/registry/Registry.h"
#include "core/validate/ValidationRules.h"

#include <QColor>

class QTableWidget;
class QTableWidgetItem;
class QWidget;

namespace grove {

// The colours of a check that passed or failed, wherever one is shown.
inline const QColor kPassedColor(0x2c, 0x8a, 0x2c);
inline const QColor kFailedColor(0xb0, 0x20, 0x20);

// A stage as the GUI names it (translated).
QString stageDisplayName(Stage stage);

// A read-only cell with its text as tooltip (long details stay readable).
QTableWidgetItem* readOnlyCell(const QString& text);
// A table for a validation report: check, result, value, threshold, detail.
QTableWidget* createReportTable(QWidget* parent);
void fillReportTable(QTableWidget* table, const ValidationReport& report);

} // namespace grove
