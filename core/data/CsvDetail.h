#pragma once

// Helpers shared by the CSV preview (CsvPreview.cpp) and the reader (CsvReader.cpp).
// Not part of the public API.

#include "core/common/Error.h"
#include "core/data/CsvFormat.h"

#include <QString>

#include <string_view>

namespace grove::csv_detail {

// A bad-input error in `path`; with an offset, the line and column of that byte.
Error fileError(const QString& path, const QString& message, qint64 offset = -1);
QString fieldCountMessage(qint64 found, qint64 expected);
QString tokenizerMessage(RecordStatus status);
// A cell shortened for display.
QString cellForDisplay(std::string_view text);
std::string_view trimBlanks(std::string_view s);

} // namespace grove::csv_detail
