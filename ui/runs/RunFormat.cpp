#include "ui/runs/RunFormat.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace grove::RunFormat {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::RunFormat)
};

} // namespace

QString splitName(const QString& split)
{
    if (split == u"train"_s)
        return Text::tr("training");
    if (split == u"valid"_s)
        return Text::tr("validation");
    return split;
}

QString metric(double value) { return std::isfinite(value) ? QLocale().toString(value, 'g', 6) : QString::number(value); }

QString percent(double fraction) { return Text::tr("%1 %").arg(QLocale().toString(fraction * 100, 'f', 0)); }

QString duration(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0)
        return QString();
    if (seconds < 10)
        return Text::tr("%1 s").arg(QLocale().toString(seconds, 'f', 1));
    const qint64 whole = std::llround(seconds);
    if (whole < 60)
        return Text::tr("%1 s").arg(whole);
    if (whole < 3600)
        return Text::tr("%1 min %2 s").arg(whole / 60).arg(whole % 60, 2, 10, QChar(u'0'));
    return Text::tr("%1 h %2 min").arg(whole / 3600).arg((whole % 3600) / 60, 2, 10, QChar(u'0'));
}

} // namespace grove::RunFormat
