#include "app/cli/CliApp.h"
#include "app/cli/Interrupt.h"
#include "app/cli/TextTable.h"

#include "core/common/SafeText.h"
#include "core/services/DriftCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cmath>

using namespace Qt::StringLiterals;

namespace grove::cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::cli)
};

QString figure(double value, int digits = 4)
{
    return std::isfinite(value) ? QString::number(value, 'g', digits) : u"–"_s;
}

QString signedFigure(double value)
{
    if (!std::isfinite(value))
        return u"–"_s;
    return (value > 0 ? u"+"_s : QString()) + QString::number(value, 'f', 4);
}

QString unseenCell(const FeatureDrift& feature)
{
    if (!feature.categorical)
        return u"–"_s;
    if (feature.unseenRows == 0)
        return u"0"_s;
    QStringList values;
    for (std::size_t i = 0; i < feature.unseen.size() && i < 3; ++i)
        values << u"%1 (%2)"_s.arg(feature.unseen[i].value).arg(feature.unseen[i].count);
    if (feature.unseen.size() > 3)
        values << u"…"_s;
    return Text::tr("%1 rows: %2").arg(feature.unseenRows).arg(values.join(u", "_s));
}

// DRIFT for a PSI over the threshold, MISSING for a missing rate that moved by more than its own.
QString alertCell(const FeatureDrift& feature)
{
    QStringList alerts;
    if (feature.psiAlert)
        alerts << Text::tr("DRIFT");
    if (feature.missingAlert)
        alerts << Text::tr("MISSING");
    return alerts.join(u' ');
}

void printOutcome(Context& context, const DriftCheckOutcome& outcome, const QString& input)
{
    const VersionReference& version = outcome.version;
    const QString used = version.alias.isEmpty()
                             ? Text::tr("%1 version %2").arg(version.model).arg(version.version)
                             : Text::tr("%1@%2 (version %3)").arg(version.model, version.alias).arg(version.version);
    context.out << Text::tr("Drift of %1 (%2 rows) against the training data of %3.")
                       .arg(escapeUnsafeText(QDir::toNativeSeparators(input)))
                       .arg(outcome.rows)
                       .arg(escapeUnsafeText(used))
                << Qt::endl;
    if (outcome.referenceFromWorkspace)
        context.out << escapeUnsafeText(outcome.referenceNote) << Qt::endl;
    const DriftReport& report = outcome.report;
    TextTable table({Text::tr("FEATURE"), Text::tr("PSI"), Text::tr("KS"), Text::tr("KS P-VALUE"),
                     Text::tr("MISSING RATE CHANGE"), Text::tr("UNSEEN CATEGORIES"), QString()});
    for (const FeatureDrift& feature : report.features)
        table.addRow({feature.name, figure(feature.distribution.psi), figure(feature.distribution.ks),
                      figure(feature.distribution.ksPValue, 3), signedFigure(feature.missingRateChange),
                      unseenCell(feature), alertCell(feature)});
    context.out << table.render();
    if (report.prediction)
        context.out << Text::tr("Scores: PSI %1, KS %2 (p-value %3)")
                           .arg(figure(report.prediction->psi), figure(report.prediction->ks),
                                figure(report.prediction->ksPValue, 3))
                    << Qt::endl;
    else
        context.out << Text::tr("Scores: not compared (the reference has no scores).") << Qt::endl;
    QStringList drifted = escapeUnsafeText(report.psiAlertNames());
    const QStringList missing = escapeUnsafeText(report.missingAlertNames());
    if (report.scoresDrifted())
        drifted << Text::tr("the scores");
    if (!drifted.isEmpty())
        context.out << Text::tr("ALERT: PSI above %1 for %2.").arg(report.psiThreshold).arg(drifted.join(u", "_s)) << Qt::endl;
    if (!missing.isEmpty())
        context.out << Text::tr("ALERT: the missing rate changed by more than %1 for %2.")
                           .arg(report.missingThreshold)
                           .arg(missing.join(u", "_s))
                    << Qt::endl;
    if (!report.alert)
        context.out << Text::tr("OK: no PSI above %1, and no missing rate changed by more than %2.")
                           .arg(report.psiThreshold)
                           .arg(report.missingThreshold)
                    << Qt::endl;
    if (!outcome.reportPath.isEmpty())
        context.out << Text::tr("Report: %1").arg(escapeUnsafeText(QDir::toNativeSeparators(outcome.reportPath))) << Qt::endl;
}

int runDrift(Context& context)
{
    QCommandLineParser& parser = context.parser;
    if (!parser.isSet(u"model"_s) || !parser.isSet(u"input"_s) || parser.positionalArguments().size() != 1)
        return context.usageError(Text::tr("drift needs --model REGISTRY/MODEL/VERSION (or REGISTRY/MODEL@ALIAS) and "
                                           "--input FILE."));
    DriftCheckRequest request;
    request.version = parser.value(u"model"_s);
    request.inputPath = parser.value(u"input"_s);
    if (parser.isSet(u"psi-threshold"_s)) {
        bool ok = false;
        request.psiThreshold = parser.value(u"psi-threshold"_s).toDouble(&ok);
        if (!ok || !(request.psiThreshold > 0) || !std::isfinite(request.psiThreshold))
            return context.usageError(Text::tr("--psi-threshold must be a number above 0, such as 0.2; \"%1\" is not.")
                                          .arg(escapeUnsafeText(parser.value(u"psi-threshold"_s))));
    }
    if (parser.isSet(u"missing-threshold"_s)) {
        bool ok = false;
        request.missingThreshold = parser.value(u"missing-threshold"_s).toDouble(&ok);
        if (!ok || !(request.missingThreshold >= 0 && request.missingThreshold < 1))
            return context.usageError(Text::tr("--missing-threshold must be a number from 0 to below 1, such as 0.1; "
                                               "\"%1\" is not.")
                                          .arg(escapeUnsafeText(parser.value(u"missing-threshold"_s))));
    }
    // Only a workspace that exists: a check never creates one (the default workspace included).
    const Context* opener = &context;
    if (QFileInfo::exists(QDir(context.workspaceDirectory()).filePath(u"grove.db"_s)))
        request.openWorkspace = [opener] { return opener->openWorkspace(Workspace::Access::ReadIfLocked); };
    JobControl control;
    InterruptGuard interrupt(control);
    auto outcome = checkDrift(request, control);
    if (!outcome)
        return context.fail(outcome.error());
    if (!outcome->reportProblem.isEmpty())
        context.err << Text::tr("Warning: no report was kept: %1").arg(escapeUnsafeText(outcome->reportProblem)) << Qt::endl;
    if (context.json)
        context.printJson(outcome->json);
    else
        printOutcome(context, *outcome, request.inputPath);
    return outcome->report.alert ? Failure : Success;
}

} // namespace

void addDriftCommands(QList<Command>& commands)
{
    commands << Command{u"drift"_s,
                        Text::tr("Compare new data with a registry version's training data (PSI, KS) and keep a report."),
                        QString(),
                        [](QCommandLineParser& parser) {
                            parser.addOptions({
                                {u"model"_s, Text::tr("The version: REGISTRY/MODEL/VERSION or REGISTRY/MODEL@ALIAS."),
                                 u"VERSION"_s},
                                {u"input"_s, Text::tr("The new data (CSV, TSV or LIBSVM), read as predict reads it."),
                                 u"FILE"_s},
                                {u"psi-threshold"_s, Text::tr("Alert when a PSI exceeds this (default 0.2)."), u"PSI"_s},
                                {u"missing-threshold"_s,
                                 Text::tr("Alert when a feature's missing rate rises or falls by more than this "
                                          "(default 0.1, ten percentage points)."),
                                 u"RATE"_s},
                                jsonOption(),
                            });
                        },
                        runDrift};
}

} // namespace grove::cli
