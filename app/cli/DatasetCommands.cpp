#include "app/cli/CliApp.h"
#include "app/cli/Interrupt.h"
#include "app/cli/TextTable.h"

#include "core/common/SafeText.h"
#include "core/data/CsvReader.h"
#include "core/data/TypeInference.h"
#include "core/services/DatasetImport.h"
#include "core/store/DatasetStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace grove::cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::cli)
};

QJsonObject datasetJson(const DatasetRecord& record, const Workspace& workspace)
{
    return {{u"id"_s, record.id},
            {u"name"_s, record.name},
            {u"content_hash"_s, record.contentHash},
            {u"short_hash"_s, record.shortHash()},
            {u"rows"_s, record.rows},
            {u"column_count"_s, record.columns},
            {u"size_bytes"_s, record.sizeBytes},
            {u"snapshot"_s, QDir(workspace.datasetsDirectory()).filePath(record.snapshot)},
            {u"source"_s, record.sourcePath},
            {u"format"_s, record.sourceFormat},
            {u"imported_at"_s, record.importedAt.toString(Qt::ISODate)},
            {u"imported_by"_s, record.importedBy}};
}

QString number(double value) { return QString::number(value, 'g', 6); }
QString optionalNumber(const std::optional<double>& value) { return value ? number(*value) : QString(); }

std::optional<char> parseDelimiter(const QString& text)
{
    const QString lower = text.toLower();
    if (lower == u"tab"_s || text == u"\\t"_s)
        return '\t';
    if (lower == u"comma"_s)
        return ',';
    if (lower == u"semicolon"_s)
        return ';';
    if (lower == u"pipe"_s)
        return '|';
    if (lower == u"space"_s)
        return ' ';
    if (text.size() == 1 && text.at(0).unicode() < 128 && text.at(0) != u'"' && text.at(0) != u'\n' &&
        text.at(0) != u'\r')
        return char(text.at(0).unicode());
    return std::nullopt;
}

// ---- import --------------------------------------------------------------------------------

int runImport(Context& context)
{
    QCommandLineParser& parser = context.parser;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1)
        return context.usageError(Text::tr("import needs exactly one FILE. Example: grove-cli import data.csv"));

    ImportOptions options;
    options.path = positional.front();
    options.name = parser.value(u"name"_s);
    // An empty name is not "no name": `--name ""` from a script whose variable is empty must not
    // import under the file's name.
    if (parser.isSet(u"name"_s)) {
        if (const QString problem = DatasetStore::validateName(options.name); !problem.isEmpty())
            return context.fail(Error::badInput(problem));
    }
    if (parser.isSet(u"format"_s)) {
        const auto format = datasetFormatFromKey(parser.value(u"format"_s));
        if (!format)
            return context.usageError(Text::tr("Unknown format \"%1\"; use csv, tsv or libsvm.")
                                          .arg(parser.value(u"format"_s)));
        options.format = *format;
    }
    if (parser.isSet(u"delimiter"_s)) {
        const auto delimiter = parseDelimiter(parser.value(u"delimiter"_s));
        if (!delimiter)
            return context.usageError(Text::tr("The delimiter must be one character, or tab, comma, "
                                         "semicolon, pipe or space; got \"%1\".")
                                          .arg(parser.value(u"delimiter"_s)));
        options.delimiter = *delimiter;
    }
    options.hasHeader = !parser.isSet(u"no-header"_s);
    for (const QString& assignment : parser.values(u"type"_s)) {
        const qsizetype equals = assignment.lastIndexOf(u'=');
        const auto type = equals > 0 ? columnTypeFromKey(assignment.mid(equals + 1)) : std::nullopt;
        if (!type)
            return context.usageError(Text::tr("--type takes COLUMN=TYPE with TYPE numeric, categorical "
                                         "or text; got \"%1\".")
                                          .arg(assignment));
        options.typeOverrides.insert(assignment.left(equals), *type);
    }
    if (parser.isSet(u"threads"_s)) {
        bool ok = false;
        options.threads = parser.value(u"threads"_s).toInt(&ok);
        if (!ok || options.threads < 1 || options.threads > 256)
            return context.usageError(Text::tr("--threads takes a whole number from 1 to 256."));
    }

    // A bad path is reported before the workspace is opened (or created).
    if (auto readable = checkReadableFile(options.path); !readable)
        return context.fail(readable.error());
    // Ctrl-C is caught from here on: one that arrives while the workspace opens still ends the
    // import cleanly, with nothing stored.
    JobControl control;
    InterruptGuard interrupt(control);
    auto workspace = context.openWorkspace();
    if (!workspace)
        return context.fail(workspace.error());

    const bool showProgress = !context.json && isatty(fileno(stderr));
    if (showProgress) {
        control.setProgressCallback([&context](double fraction, const QString& phase) {
            context.err << "\r" << phase << " " << int(fraction * 100) << " %   ";
            context.err.flush();
        });
    }
    auto result = importDataset(*workspace, options, control);
    if (showProgress)
        context.err << "\r" << QString(40, u' ') << "\r";
    if (!result) {
        if (result.error().isCancelled())
            return context.fail(Error::make(ErrorKind::Cancelled,
                                            Text::tr("Import cancelled; nothing was stored.")));
        return context.fail(result.error());
    }

    const ImportResult& imported = *result;
    if (context.json) {
        QJsonObject json = datasetJson(imported.dataset, *workspace);
        QJsonArray columns;
        for (const ColumnProfile& column : imported.profile.columns) {
            columns.append(QJsonObject{{u"name"_s, column.name},
                                       {u"type"_s, columnTypeKey(column.type)},
                                       {u"missing"_s, column.missing},
                                       {u"distinct"_s, column.distinct},
                                       {u"hints"_s, QJsonArray::fromStringList(column.hints)}});
        }
        json.insert(u"columns"_s, columns);
        json.insert(u"already_imported"_s, imported.alreadyImported);
        json.insert(u"repaired_snapshot"_s, imported.repairedSnapshot);
        json.insert(u"seconds"_s, imported.seconds);
        QJsonObject steps;
        for (const auto& [step, seconds] : imported.stepSeconds)
            steps.insert(step, seconds);
        json.insert(u"step_seconds"_s, steps);
        QJsonObject stepCpu;
        for (const auto& [step, seconds] : imported.stepCpuSeconds)
            stepCpu.insert(step, seconds);
        json.insert(u"step_cpu_seconds"_s, stepCpu);
        context.printJson(json);
        return Success;
    }
    const DatasetRecord& d = imported.dataset;
    if (imported.repairedSnapshot)
        context.out << Text::tr("This content is already in the workspace as \"%1\" (id %2, sha256 %3); its "
                                "damaged snapshot was written again from this file.")
                           .arg(d.name)
                           .arg(d.id)
                           .arg(d.shortHash())
                    << Qt::endl;
    else if (imported.alreadyImported)
        context.out << Text::tr("This content is already in the workspace as \"%1\" (id %2, sha256 %3); "
                          "nothing new was stored.")
                           .arg(escapeUnsafeText(d.name))
                           .arg(d.id)
                           .arg(d.shortHash())
                    << Qt::endl;
    else
        context.out << Text::tr("Imported \"%1\" (id %2): %3 rows, %4 columns, sha256 %5, in %6 s.")
                           .arg(escapeUnsafeText(d.name))
                           .arg(d.id)
                           .arg(d.rows)
                           .arg(d.columns)
                           .arg(d.shortHash())
                           .arg(imported.seconds, 0, 'f', 2)
                    << Qt::endl;
    return Success;
}

// ---- datasets ------------------------------------------------------------------------------

int runDatasets(Context& context)
{
    auto workspace = context.openWorkspace(Workspace::Access::ReadIfLocked);
    if (!workspace)
        return context.fail(workspace.error());
    auto datasets = DatasetStore(workspace->database()).list();
    if (!datasets)
        return context.fail(datasets.error());
    if (context.json) {
        QJsonArray array;
        for (const DatasetRecord& record : *datasets)
            array.append(datasetJson(record, *workspace));
        context.printJson({{u"workspace"_s, workspace->directory()}, {u"datasets"_s, array}});
        return Success;
    }
    if (datasets->isEmpty()) {
        context.out << Text::tr("No datasets in %1 yet. Import one with: grove-cli import FILE")
                           .arg(escapeUnsafeText(workspace->directory()))
                    << Qt::endl;
        return Success;
    }
    TextTable table({Text::tr("ID"), Text::tr("NAME"), Text::tr("ROWS"), Text::tr("COLUMNS"), Text::tr("HASH"), Text::tr("IMPORTED")});
    for (const DatasetRecord& record : *datasets) {
        table.addRow({QString::number(record.id), record.name, QString::number(record.rows),
                      QString::number(record.columns), record.shortHash(),
                      record.importedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)});
    }
    context.out << table.render();
    return Success;
}

// ---- profile -------------------------------------------------------------------------------

int runProfile(Context& context)
{
    const QStringList positional = context.parser.positionalArguments().mid(1);
    if (positional.size() != 1)
        return context.usageError(Text::tr("profile needs one DATASET (an id, a name or a hash prefix)."));
    auto workspace = context.openWorkspace(Workspace::Access::ReadIfLocked);
    if (!workspace)
        return context.fail(workspace.error());
    auto dataset = DatasetStore(workspace->database()).find(positional.front());
    if (!dataset)
        return context.fail(dataset.error());
    auto snapshot = openSnapshot(*workspace, *dataset);
    if (!snapshot)
        return context.fail(snapshot.error());
    auto profile = snapshot->profile();
    if (!profile)
        return context.fail(profile.error());

    if (context.json) {
        QJsonObject json = profile->toJson();
        json.insert(u"dataset"_s, datasetJson(*dataset, *workspace));
        context.printJson(json);
        return Success;
    }
    context.out << Text::tr("%1 (id %2): %3 rows, %4 columns, sha256 %5")
                       .arg(escapeUnsafeText(dataset->name))
                       .arg(dataset->id)
                       .arg(profile->rows)
                       .arg(profile->columns.size())
                       .arg(dataset->shortHash())
                << "\n\n";
    TextTable table({Text::tr("COLUMN"), Text::tr("TYPE"), Text::tr("MISSING"), Text::tr("DISTINCT"), Text::tr("MIN"), Text::tr("MEDIAN"),
                     Text::tr("MAX"), Text::tr("MEAN"), Text::tr("STD"), Text::tr("TOP VALUES / NOTES")});
    for (const ColumnProfile& column : profile->columns) {
        QStringList notes;
        for (const CategoryCount& top : column.topValues.mid(0, 3))
            notes << u"%1 (%2)"_s.arg(top.value.left(24)).arg(top.count);
        for (const QString& hint : column.hints)
            notes << hintDisplayText(hint);
        table.addRow({column.name, columnTypeKey(column.type), QString::number(column.missing),
                      QString::number(column.distinct), optionalNumber(column.min),
                      optionalNumber(column.median), optionalNumber(column.max),
                      optionalNumber(column.mean), optionalNumber(column.stddev), notes.join(u"; "_s)});
    }
    context.out << table.render();
    return Success;
}

// ---- rename / delete -----------------------------------------------------------------------

int runRename(Context& context)
{
    const QStringList positional = context.parser.positionalArguments().mid(1);
    if (positional.size() != 2)
        return context.usageError(Text::tr("rename needs a DATASET and a NEW_NAME."));
    auto workspace = context.openWorkspace();
    if (!workspace)
        return context.fail(workspace.error());
    DatasetStore store(workspace->database());
    auto dataset = store.find(positional[0]);
    if (!dataset)
        return context.fail(dataset.error());
    if (auto status = store.rename(dataset->id, positional[1]); !status)
        return context.fail(status.error());
    if (context.json)
        context.printJson({{u"id"_s, dataset->id}, {u"name"_s, positional[1].trimmed()}});
    else
        context.out << Text::tr("Renamed \"%1\" to \"%2\".").arg(escapeUnsafeText(dataset->name), escapeUnsafeText(positional[1].trimmed())) << Qt::endl;
    return Success;
}

int runDelete(Context& context)
{
    const QStringList positional = context.parser.positionalArguments().mid(1);
    if (positional.size() != 1)
        return context.usageError(Text::tr("delete needs one DATASET."));
    auto workspace = context.openWorkspace();
    if (!workspace)
        return context.fail(workspace.error());
    auto dataset = DatasetStore(workspace->database()).find(positional.front());
    if (!dataset)
        return context.fail(dataset.error());
    if (!context.parser.isSet(u"yes"_s)) {
        if (!isatty(fileno(stdin)))
            return context.usageError(Text::tr("Deleting \"%1\" needs confirmation: add --yes.").arg(escapeUnsafeText(dataset->name)));
        context.err << Text::tr("Delete dataset \"%1\" (id %2, %3 rows) and its snapshot? [y/N] ")
                           .arg(escapeUnsafeText(dataset->name))
                           .arg(dataset->id)
                           .arg(dataset->rows);
        context.err.flush();
        QTextStream in(stdin);
        // "y"/"yes", or the answers the German prompt offers ("j"/"ja").
        const QString answer = in.readLine().trimmed().toLower();
        if (!QStringList{u"y"_s, u"yes"_s, u"j"_s, u"ja"_s}.contains(answer)) {
            context.err << Text::tr("Nothing was deleted.") << Qt::endl;
            return Failure;
        }
    }
    if (auto status = deleteDataset(*workspace, dataset->id); !status)
        return context.fail(status.error());
    if (context.json)
        context.printJson({{u"id"_s, dataset->id}, {u"deleted"_s, true}});
    else
        context.out << Text::tr("Deleted \"%1\".").arg(escapeUnsafeText(dataset->name)) << Qt::endl;
    return Success;
}

} // namespace

void addDatasetCommands(QList<Command>& commands)
{
    commands << Command{
        u"import"_s, Text::tr("Import a CSV, TSV or LIBSVM file as a dataset snapshot."), u"FILE"_s,
        [](QCommandLineParser& parser) {
            parser.addPositionalArgument(u"FILE"_s, Text::tr("The file to import."));
            parser.addOptions({
                {u"name"_s, Text::tr("Name of the dataset (default: the file name)."), u"NAME"_s},
                {u"format"_s, Text::tr("csv, tsv or libsvm (default: from the extension and content)."), u"FORMAT"_s},
                {u"delimiter"_s, Text::tr("Field delimiter: one character, or tab (default: detected)."), u"C"_s},
                {u"no-header"_s, Text::tr("The first line is data; columns are named column_1, column_2, ...")},
                {u"type"_s, Text::tr("Set a column's type: COLUMN=numeric|categorical|text. Repeatable."),
                 u"COLUMN=TYPE"_s},
                {u"threads"_s, Text::tr("Threads for parsing (default: one per core)."), u"N"_s},
                jsonOption(),
            });
        },
        runImport};
    commands << Command{u"datasets"_s, Text::tr("List the datasets in the workspace."), {},
                        [](QCommandLineParser& parser) { parser.addOption(jsonOption()); }, runDatasets};
    commands << Command{u"profile"_s, Text::tr("Show a dataset's columns, types and statistics."), u"DATASET"_s,
                        [](QCommandLineParser& parser) {
                            parser.addPositionalArgument(u"DATASET"_s, Text::tr("An id, a name or a hash prefix."));
                            parser.addOption(jsonOption());
                        },
                        runProfile};
    commands << Command{u"rename"_s, Text::tr("Rename a dataset."), u"DATASET NEW_NAME"_s,
                        [](QCommandLineParser& parser) {
                            parser.addPositionalArgument(u"DATASET"_s, Text::tr("An id, a name or a hash prefix."));
                            parser.addPositionalArgument(u"NEW_NAME"_s, Text::tr("The new name."));
                            parser.addOption(jsonOption());
                        },
                        runRename};
    commands << Command{u"delete"_s, Text::tr("Delete a dataset and its snapshot."), u"DATASET"_s,
                        [](QCommandLineParser& parser) {
                            parser.addPositionalArgument(u"DATASET"_s, Text::tr("An id, a name or a hash prefix."));
                            parser.addOption({u"yes"_s, Text::tr("Do not ask for confirmation.")});
                            parser.addOption(jsonOption());
                        },
                        runDelete};
}

} // namespace grove::cli
