#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace grove {

// How a column is stored and used. Text columns are kept in the snapshot (identifiers, free
// text) but are not offered as training features.
enum class ColumnType { Numeric, Categorical, Text };

QString columnTypeKey(ColumnType type);                    // "numeric", "categorical", "text"
std::optional<ColumnType> columnTypeFromKey(QStringView key); // accepts the keys, any case
QString columnTypeDisplayName(ColumnType type);            // translated, for people

} // namespace grove
