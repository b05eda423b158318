#include "core/registry/Registry.h"

#include "core/common/Process.h"
#include "core/registry/RegistryDetail.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Registry)
};

QJsonValue versionValue(int version)
{
    return version > 0 ? QJsonValue(QJsonObject{{u"version"_s, version}}) : QJsonValue();
}

// Who asked, when it was not the account that wrote the entry (promote --user).
QJsonObject changeDetails(const QString& reason, const QString& user)
{
    QJsonObject details{{u"reason"_s, reason}};
    if (user != currentUserName())
        details.insert(u"on_behalf_of"_s, user);
    return details;
}

} // namespace

AuditLog Registry::auditLog() const
{
    return AuditLog(AuditLog::registryFolder(m_root), Text::tr("the registry's audit log"));
}

Status Registry::audit(const AuditChange& change) const
{
    auto written = auditLog().append(change);
    if (written)
        return {};
    qWarning("%s", qPrintable(Text::tr("\"%1\" was done but not written to the registry's audit log: %2")
                                  .arg(change.action, written.error().message)));
    return written.error();
}

namespace registry_detail {

void auditHistoryEntry(const QString& root, const QString& model, const HistoryEntry& entry)
{
    const Registry registry(root);
    for (const StageChange& change : entry.changes)
        (void)registry.audit({u"version.promoted"_s, u"%1/%2"_s.arg(model).arg(change.version),
                              QJsonObject{{u"stage"_s, stageKey(change.from)}},
                              QJsonObject{{u"stage"_s, stageKey(change.to)}}, changeDetails(change.reason, change.user)});
    for (const AliasChange& change : entry.aliasChanges) {
        const QString action = change.from == 0 ? u"alias.set"_s : change.to == 0 ? u"alias.removed"_s : u"alias.moved"_s;
        (void)registry.audit({action, u"%1@%2"_s.arg(model, change.alias), versionValue(change.from),
                              versionValue(change.to), changeDetails(change.reason, change.user)});
    }
}

} // namespace registry_detail
} // namespace grove
