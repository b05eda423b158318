#include "core/common/Error.h"

namespace grove {

Error Error::cancelled()
{
    return make(ErrorKind::Cancelled, QCoreApplication::translate("grove::Error", "Cancelled."));
}

QString Error::toString() const
{
    if (file.isEmpty())
        return message;
    QString where = file;
    if (line > 0) {
        where += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
    }
    return where + QLatin1String(": ") + message;
}

} // namespace grove
