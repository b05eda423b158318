#include "core/data/TypeInference.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace grove {

namespace {
constexpr double kFreeTextMeanLength = 64.0;
constexpr qint64 kMaxCategories = 100000;
constexpr int kMaxCategoricalCandidateLevels = 10;
} // namespace

bool looksLikeIdentifierName(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    static const QStringList exact = {u"id"_s,   u"uuid"_s,  u"guid"_s,   u"key"_s,   u"index"_s,
                                      u"idx"_s,  u"rowid"_s, u"row_id"_s, u"row"_s,   u"record"_s,
                                      u"ident"_s};
    if (exact.contains(lower))
        return true;
    if (lower.endsWith(u"_id"_s) || lower.endsWith(u"-id"_s) || lower.endsWith(u" id"_s) ||
        lower.endsWith(u"_uuid"_s))
        return true;
    // camelCase: customerId, CustomerID
    const QString trimmedName = name.trimmed();
    if (trimmedName.size() > 2 && (trimmedName.endsWith(u"Id"_s) || trimmedName.endsWith(u"ID"_s)) &&
        trimmedName.at(trimmedName.size() - 3).isLower())
        return true;
    return false;
}

bool looksLikeTargetName(const QString& name)
{
    static const QStringList names = {u"target"_s, u"label"_s,   u"class"_s,
                                      u"y"_s,      u"outcome"_s, u"response"_s};
    return names.contains(name.trimmed().toLower());
}

ColumnType inferColumnType(const ColumnObservation& o)
{
    if (o.nonMissing() == 0)
        return ColumnType::Numeric;
    const bool mostlyDistinct = o.nonMissing() >= 20 && o.distinct * 2 > o.nonMissing();
    if (o.others == 0) {
        if (o.leadingZeros)
            return mostlyDistinct ? ColumnType::Text : ColumnType::Categorical;
        if (o.allIntegers && o.distinct == o.nonMissing() && o.nonMissing() >= 2 &&
            looksLikeIdentifierName(o.name))
            return ColumnType::Text;
        return ColumnType::Numeric;
    }
    if (o.meanLength > kFreeTextMeanLength || mostlyDistinct || o.distinct > kMaxCategories)
        return ColumnType::Text;
    return ColumnType::Categorical;
}

QStringList columnHints(const ColumnObservation& o, ColumnType type, qint64 rows)
{
    QStringList result;
    if (o.nonMissing() == 0) {
        result << QString::fromLatin1(hints::AllMissing);
        return result;
    }
    if (o.missing * 2 > rows)
        result << QString::fromLatin1(hints::MostlyMissing);
    if (o.distinct == 1)
        result << QString::fromLatin1(hints::Constant);
    if (type == ColumnType::Text) {
        if (o.meanLength > kFreeTextMeanLength)
            result << QString::fromLatin1(hints::FreeText);
        else
            result << QString::fromLatin1(hints::Identifier);
    }
    if (o.leadingZeros)
        result << QString::fromLatin1(hints::LeadingZeros);
    // Only with enough rows to see values repeat; on a handful of rows any column qualifies.
    if (type == ColumnType::Numeric && o.others == 0 && o.allIntegers && o.distinct > 2 &&
        o.distinct <= kMaxCategoricalCandidateLevels && o.nonMissing() >= 20)
        result << QString::fromLatin1(hints::CategoricalCandidate);
    return result;
}

QString hintDisplayText(const QString& hint)
{
    const QByteArray key = hint.toLatin1();
    if (key == hints::TargetCandidate)
        return QCoreApplication::translate("grove::TypeInference", "likely target");
    if (key == hints::CategoricalCandidate)
        return QCoreApplication::translate("grove::TypeInference",
                                           "few distinct whole numbers: could be categorical");
    if (key == hints::Identifier)
        return QCoreApplication::translate("grove::TypeInference",
                                           "looks like an identifier: not used for training");
    if (key == hints::FreeText)
        return QCoreApplication::translate("grove::TypeInference",
                                           "free text: not used for training");
    if (key == hints::Constant)
        return QCoreApplication::translate("grove::TypeInference", "constant: carries no information");
    if (key == hints::AllMissing)
        return QCoreApplication::translate("grove::TypeInference", "every value is missing");
    if (key == hints::MostlyMissing)
        return QCoreApplication::translate("grove::TypeInference", "more than half missing");
    if (key == hints::LeadingZeros)
        return QCoreApplication::translate("grove::TypeInference",
                                           "numbers with leading zeros: read as codes");
    return hint;
}

int pickTargetCandidate(const QList<TargetCandidateInput>& columns)
{
    for (int i = 0; i < columns.size(); ++i) {
        if (looksLikeTargetName(columns[i].name) && columns[i].type != ColumnType::Text)
            return i;
    }
    for (int i = int(columns.size()) - 1; i >= 0; --i) {
        if (columns[i].type != ColumnType::Text && columns[i].distinct >= 2)
            return i;
    }
    return -1;
}

} // namespace grove
