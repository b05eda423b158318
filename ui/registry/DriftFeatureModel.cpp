#include "ui/registry/DriftFeatureModel.h"

#include "core/common/SafeText.h"
#include "ui/registry/ReportTable.h"

#include <QLocale>
#include <cmath>

using namespace Qt::StringLiterals;

namespace grove {

QString driftFigure(double value, int digits)
{
    if (!std::isfinite(value))
        return DriftFeatureModel::tr("–");
    // Tiny p-values keep their magnitude instead of becoming 0.000.
    if (value != 0 && std::abs(value) < 0.001)
        return QLocale().toString(value, 'e', 1);
    return QLocale().toString(value, 'f', digits);
}

QString driftVerdict(const DriftReport& report)
{
    constexpr qsizetype kNamed = 6;
    const QString threshold = QLocale().toString(report.psiThreshold);
    const QStringList drifted = escapeUnsafeText(report.psiAlertNames());
    const QStringList missing = escapeUnsafeText(report.missingAlertNames());
    const auto named = [](QStringList names) {
        if (names.size() > kNamed) {
            names.resize(kNamed);
            names << u"…"_s;
        }
        return names.join(u", "_s);
    };
    const bool scoresDrifted = report.scoresDrifted();
    QStringList parts;
    if (!drifted.isEmpty())
        parts << DriftFeatureModel::tr("Alert: %n feature(s) over PSI %1", nullptr, int(drifted.size())).arg(threshold) +
                     u" — "_s + named(drifted) +
                     (scoresDrifted ? DriftFeatureModel::tr("; the scores drifted too") : QString());
    else if (scoresDrifted)
        parts << DriftFeatureModel::tr("Alert: the scores are over PSI %1, no feature is").arg(threshold);
    if (!missing.isEmpty())
        parts << DriftFeatureModel::tr("Alert: the missing rate of %n feature(s) moved by more than %1", nullptr,
                                       int(missing.size()))
                         .arg(QLocale().toString(report.missingThreshold)) +
                     u" — "_s + named(missing);
    if (parts.isEmpty())
        return DriftFeatureModel::tr("No drift over the thresholds: every PSI is at most %1, every missing rate "
                                     "moved by at most %2")
            .arg(threshold, QLocale().toString(report.missingThreshold));
    return parts.join(u'\n');
}

DriftFeatureModel::DriftFeatureModel(QObject* parent) : QAbstractTableModel(parent) {}

void DriftFeatureModel::setReport(const DriftReport& report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

void DriftFeatureModel::clear()
{
    setReport({});
}

int DriftFeatureModel::rowOf(const QString& feature) const
{
    for (std::size_t i = 0; i < m_report.features.size(); ++i) {
        if (m_report.features[i].name == feature)
            return int(i);
    }
    return -1;
}

int DriftFeatureModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_report.features.size());
}

int DriftFeatureModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DriftFeatureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Feature:
            return tr("Feature");
        case Kind:
            return tr("Kind");
        case Psi:
            return tr("PSI");
        case Ks:
            return tr("KS");
        case PValue:
            return tr("KS p-value");
        case MissingChange:
            return tr("Missing rate change");
        case Unseen:
            return tr("Unseen categories");
        case Status:
            return tr("Status");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Psi:
            return tr("Population stability index over the reference's bins; above the threshold "
                      "is drift.");
        case Ks:
            return tr("Two-sample Kolmogorov–Smirnov statistic against the training values "
                      "(numeric features).");
        case PValue:
            return tr("The KS test's p-value: small values say that the distributions differ.");
        case MissingChange:
            return tr("The new data's share of missing values minus the training data's.");
        case Unseen:
            return tr("Rows whose category the training data did not have.");
        }
    }
    return {};
}

QVariant DriftFeatureModel::exact(const FeatureDrift& feature, int column) const
{
    switch (column) {
    case Feature:
        return feature.name;
    case Kind:
        return feature.categorical ? 1 : 0;
    case Psi:
        return feature.distribution.psi;
    case Ks:
        return feature.distribution.ks;
    case PValue:
        return feature.distribution.ksPValue;
    case MissingChange:
        return feature.missingRateChange;
    case Unseen:
        return qlonglong(feature.unseenRows);
    case Status:
        return feature.alert ? 1 : 0;
    }
    return {};
}

QVariant DriftFeatureModel::display(const FeatureDrift& feature, int column) const
{
    switch (column) {
    case Feature:
        return escapeUnsafeText(feature.name);
    case Kind:
        return feature.categorical ? tr("categorical") : tr("numeric");
    case Psi:
        return driftFigure(feature.distribution.psi);
    case Ks:
        return driftFigure(feature.distribution.ks);
    case PValue:
        return driftFigure(feature.distribution.ksPValue);
    case MissingChange: {
        const double change = feature.missingRateChange * 100;
        if (!std::isfinite(change))
            return tr("–");
        return tr("%1%2 pp").arg(change > 0.0005 ? u"+"_s : QString(),
                                 QLocale().toString(change, 'f', 1));
    }
    case Unseen: {
        if (!feature.categorical)
            return tr("–");
        if (feature.unseenRows == 0)
            return tr("none");
        QStringList values;
        for (std::size_t i = 0; i < feature.unseen.size() && i < 3; ++i)
            values << escapeUnsafeText(feature.unseen[i].value);
        if (feature.unseen.size() > 3)
            values << u"…"_s;
        return tr("%n row(s): %1", nullptr,
                  int(std::min<std::int64_t>(feature.unseenRows, INT_MAX)))
            .arg(values.join(u", "_s));
    }
    case Status:
        if (feature.psiAlert && feature.missingAlert)
            return tr("drift, missing");
        return feature.psiAlert ? tr("drift") : feature.missingAlert ? tr("missing") : tr("ok");
    }
    return {};
}

QVariant DriftFeatureModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FeatureDrift& feature = m_report.features[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(feature, index.column());
    case Qt::UserRole:
        return exact(feature, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Unseen && !feature.unseen.empty()) {
            QStringList lines;
            for (const UnseenCategory& category : feature.unseen)
                lines << tr("%1: %n row(s)", nullptr,
                            int(std::min<std::int64_t>(category.count, INT_MAX)))
                             .arg(escapeUnsafeText(category.value));
            return lines.join(u'\n');
        }
        {
            QStringList reasons;
            if (feature.psiAlert)
                reasons << tr("PSI %1 is over the threshold %2.")
                               .arg(driftFigure(feature.distribution.psi), QLocale().toString(m_report.psiThreshold));
            if (feature.missingAlert)
                reasons << tr("The missing rate moved by %1, more than the threshold %2.")
                               .arg(driftFigure(feature.missingRateChange), QLocale().toString(m_report.missingThreshold));
            return reasons.join(u'\n');
        }
    case Qt::TextAlignmentRole:
        return index.column() == Feature || index.column() == Kind || index.column() == Unseen ||
                       index.column() == Status
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (feature.alert) {
            QColor tint = kFailedColor;
            tint.setAlpha(38);
            return tint;
        }
        return {};
    case Qt::ForegroundRole:
        if ((feature.alert && index.column() == Status) || (feature.psiAlert && index.column() == Psi) ||
            (feature.missingAlert && index.column() == MissingChange))
            return kFailedColor;
        return {};
    case Qt::FontRole:
        if (feature.alert && index.column() == Status) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    return {};
}

} // namespace grove
