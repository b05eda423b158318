#include "app/cli/CliApp.h"
#include "app/cli/Interrupt.h"
#include "app/cli/RegistryCommands.h"

#include "core/registry/ModelExport.h"
#include "core/registry/VersionCopy.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>

// grove-cli registry copy SRC_REGISTRY/MODEL/VERSION DEST_REGISTRY [--model NAME]: a version
// copied to another registry (core/registry/VersionCopy does the work).

using namespace Qt::StringLiterals;

namespace grove::cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::cli)
};

} // namespace

int registryCopy(Context& context, const QStringList& arguments)
{
    if (arguments.size() != 2)
        return context.usageError(
            Text::tr("registry copy needs SRC_REGISTRY/MODEL/VERSION (or SRC_REGISTRY/MODEL@ALIAS) and "
                     "DEST_REGISTRY, and takes --model NAME for another name in the destination."));
    auto reference = resolveVersionReference(arguments.front());
    if (!reference)
        return context.fail(reference.error());
    Registry source(reference->root);
    Registry destination(QDir(arguments.back()).absolutePath());
    const QString model = context.parser.isSet(u"model"_s) ? context.parser.value(u"model"_s) : reference->model;
    JobControl control;
    InterruptGuard interrupt(control);
    auto copy = copyVersion(source, reference->model, reference->version, destination, model, control);
    if (!copy)
        return context.fail(copy.error());
    if (context.json) {
        const CopiedVersion& from = copy->source;
        context.printJson({{u"model"_s, copy->version.model},
                           {u"version"_s, copy->version.version},
                           {u"path"_s, copy->version.path},
                           {u"registry"_s, destination.root()},
                           {u"bytes"_s, copy->bytes},
                           {u"source"_s, QJsonObject{{u"registry"_s, from.registry},
                                                      {u"model"_s, from.model},
                                                      {u"version"_s, from.version},
                                                      {u"manifest_sha256"_s, from.manifestSha256}}}});
        return Success;
    }
    context.out << Text::tr("Copied %1 version %2 from %3 as %4 version %5: %6")
                       .arg(reference->model, QString::number(reference->version),
                            QDir::toNativeSeparators(source.root()), copy->version.model,
                            QString::number(copy->version.version), QDir::toNativeSeparators(copy->version.path))
                << Qt::endl;
    return Success;
}

} // namespace grove::cli
