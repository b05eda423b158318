#include "core/services/DriftHistory.h"

#include "core/common/DurableFile.h"
#include "core/registry/Registry.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cerrno>
#include <cmath>


using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DriftCheck)
};

std::optional<double> finiteNumber(const QJsonValue& value)
{
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        return std::nullopt;
    return value.toDouble();
}

Result<PastDriftCheck> readReport(int folder, const QString& name, const QString& folderPath)
{
    const QString where = QDir::toNativeSeparators(folderPath + u'/' + name);
    QByteArray bytes;
    switch (const int error = readRegularFileAt(folder, name, kMaxReportBytes, bytes)) {
    case 0:
        break;
    case ELOOP:
    case EISDIR:
    case EINVAL:
        return Error::badInput(Text::tr("%1 is not a plain file; it is left out.").arg(where));
    case EFBIG:
        return Error::badInput(Text::tr("%1 is larger than %2 MiB; it is left out.").arg(where).arg(kMaxReportBytes >> 20));
    default:
        return Error::io(Text::tr("Cannot read %1: %2.").arg(where, qt_error_string(error)));
    }
    auto check = parseDriftReport(bytes, where);
    if (check)
        check->file = name;
    return check;
}

} // namespace

Result<PastDriftCheck> parseDriftReport(QByteArrayView bytes, const QString& where)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Error::badInput(Text::tr("%1 is not a drift report (not a JSON object).").arg(where));
    const QJsonObject json = document.object();
    PastDriftCheck check;
    check.time = QDateTime::fromString(json.value(u"time"_s).toString(), Qt::ISODateWithMs);
    const QJsonValue version = json.value(u"version"_s);
    if (!check.time.isValid() || !version.isDouble() || version.toDouble() < 1 || version.toDouble() > 1e9 ||
        !json.value(u"features"_s).isArray())
        return Error::badInput(Text::tr("%1 is not a drift report (its time, version or features are missing).").arg(where));
    check.version = version.toInt();
    check.input = json.value(u"input"_s).toString().left(256);
    check.rows = qint64(std::clamp(json.value(u"rows"_s).toDouble(), 0.0, 9e15));
    check.alert = json.value(u"alert"_s).toBool();
    for (const QJsonValue& value : json.value(u"features"_s).toArray()) {
        const QJsonObject feature = value.toObject();
        const QString name = feature.value(u"name"_s).toString();
        if (const auto psi = finiteNumber(feature.value(u"psi"_s)); psi && !name.isEmpty())
            check.featurePsi.insert(name, *psi);
    }
    check.predictionPsi = finiteNumber(json.value(u"prediction"_s).toObject().value(u"psi"_s));
    return check;
}

Result<DriftHistory> readDriftHistory(const QString& root, const QString& model, int limit)
{
    if (const QString problem = Registry::validateModelName(model); !problem.isEmpty())
        return Error::badInput(problem);
    DriftHistory history;
    // The registry folder may be a link (to a share); the model's folder and its monitoring
    // folder are opened without following one, and everything is read through them.
    Descriptor folder;
    if (openFolderBelow(root, {model, Registry::monitoringFolderName()}, folder) != 0)
        return history;
    const QString folderPath = QDir(QDir(root).filePath(model)).filePath(Registry::monitoringFolderName());
    QStringList names;
    if (const int error = listFolderAt(folder.get(), names); error != 0)
        return Error::io(Text::tr("Cannot list %1: %2.")
                             .arg(QDir::toNativeSeparators(folderPath), qt_error_string(error)));
    // A report being written (or left by a writer that was killed) is not one yet.
    names.removeIf([](const QString& name) {
        return !name.endsWith(u".json"_s) || name.startsWith(kDurableTemporaryPrefix);
    });
    names.sort();
    if (names.size() > limit) {
        history.skipped = int(names.size() - limit);
        names = names.mid(names.size() - limit);
    }
    for (const QString& name : std::as_const(names)) {
        auto check = readReport(folder.get(), name, folderPath);
        if (check)
            history.checks.push_back(std::move(*check));
        else
            history.problems << check.error().message;
    }
    std::stable_sort(history.checks.begin(), history.checks.end(),
                     [](const PastDriftCheck& a, const PastDriftCheck& b) { return a.time < b.time; });
    return history;
}

} // namespace grove
