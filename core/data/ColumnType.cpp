#include "core/data/ColumnType.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace grove {

QString columnTypeKey(ColumnType type)
{
    switch (type) {
    case ColumnType::Numeric:
        return u"numeric"_s;
    case ColumnType::Categorical:
        return u"categorical"_s;
    case ColumnType::Text:
        return u"text"_s;
    }
    return {};
}

std::optional<ColumnType> columnTypeFromKey(QStringView key)
{
    for (auto type : {ColumnType::Numeric, ColumnType::Categorical, ColumnType::Text}) {
        if (key.compare(columnTypeKey(type), Qt::CaseInsensitive) == 0)
            return type;
    }
    return std::nullopt;
}

QString columnTypeDisplayName(ColumnType type)
{
    switch (type) {
    case ColumnType::Numeric:
        return QCoreApplication::translate("grove::ColumnType", "Numeric");
    case ColumnType::Categorical:
        return QCoreApplication::translate("grove::ColumnType", "Categorical");
    case ColumnType::Text:
        return QCoreApplication::translate("grove::ColumnType", "Text (ignored)");
    }
    return {};
}

} // namespace grove
