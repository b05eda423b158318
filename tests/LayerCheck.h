#pragma once

// Checks the layering of Grove's sources against the table in docs/architecture.md (the fenced
// block marked `layers`): every `#include "core/…"`, `"ui/…"`, `"app/…"` or `"translations/…"` in
// core/, ui/ and app/ must name a folder that the including file's part may use.

#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QStringList>

namespace layers {

// Part ("core/data") -> the folders it may use besides itself.
using Table = QMap<QString, QStringList>;

// The table from the text of docs/architecture.md; empty when there is none.
inline Table parseTable(const QString& markdown)
{
    Table table;
    bool inside = false;
    for (const QString& raw : markdown.split(u'\n')) {
        const QString line = raw.trimmed();
        if (!inside) {
            inside = line == QLatin1String("```layers");
            continue;
        }
        if (line.startsWith(QLatin1String("```")))
            break;
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            continue;
        table.insert(line.left(colon).trimmed(), line.mid(colon + 1).split(u' ', Qt::SkipEmptyParts));
    }
    return table;
}

// Whether `path` lies in `folder` ("core" holds "core/data/Snapshot.h").
inline bool within(const QString& path, const QString& folder)
{
    return path.startsWith(folder + u'/');
}

// The part a source file belongs to: the longest part of the table whose folder holds it.
inline QString partOf(const Table& table, const QString& path)
{
    QString best;
    for (auto it = table.keyBegin(); it != table.keyEnd(); ++it) {
        if (within(path, *it) && it->size() > best.size())
            best = *it;
    }
    return best;
}

// Every breach under `root`, one line each ("file:line: ..."); empty when the layering holds.
inline QStringList violations(const QString& root, const Table& table)
{
    static const QRegularExpression include(
        QStringLiteral("^\\s*#\\s*include\\s+\"((?:core|ui|app|translations)/[^\"]+)\""));
    QStringList found;
    if (table.isEmpty())
        return {QStringLiteral("no layer table found")};
    for (const QString& top : {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")}) {
        QDirIterator files(root + u'/' + top, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next().mid(root.size() + 1);
            const QString part = partOf(table, path);
            if (part.isEmpty()) {
                found << QStringLiteral("%1: in no part of the layer table; add its folder to docs/architecture.md")
                             .arg(path);
                continue;
            }
            QFile file(root + u'/' + path);
            if (!file.open(QIODevice::ReadOnly)) {
                found << QStringLiteral("%1: cannot be read").arg(path);
                continue;
            }
            int number = 0;
            while (!file.atEnd()) {
                const QString line = QString::fromUtf8(file.readLine());
                ++number;
                const auto match = include.match(line);
                if (!match.hasMatch())
                    continue;
                const QString target = match.captured(1);
                bool allowed = within(target, part);
                for (const QString& folder : table.value(part))
                    allowed = allowed || within(target, folder);
                if (!allowed)
                    found << QStringLiteral("%1:%2: includes %3, but %4 may use only %5")
                                 .arg(path)
                                 .arg(number)
                                 .arg(target, part,
                                      table.value(part).isEmpty() ? QStringLiteral("itself")
                                                                  : table.value(part).join(QStringLiteral(", ")));
            }
        }
    }
    return found;
}

// The libraries of the core against the same table, from the text of core/CMakeLists.txt: each
// `grove_core_part(NAME SOURCES … USES …)` must build a part of the table from files in its own
// folder, and link (USES) only Grove libraries of parts it may use; every part of core/ in the
// table must have its library. One line per breach; empty when the build follows the table.
inline QStringList linkViolations(const QString& cmake, const Table& table)
{
    static const QRegularExpression call(QStringLiteral("grove_core_part\\((\\w+)([^)]*)\\)"));
    static const QRegularExpression usesLine(QStringLiteral("USES([^\\n]*)"));
    QStringList found, built;
    for (auto it = call.globalMatch(cmake); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString folder = match.captured(1);
        const QString part = QStringLiteral("core/") + folder;
        built << part;
        if (!table.contains(part)) {
            found << QStringLiteral("grove_%1: core/%1 is no part of the layer table").arg(folder);
            continue;
        }
        const QString body = match.captured(2);
        for (const QString& word : body.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
            if ((word.endsWith(QLatin1String(".cpp")) || word.endsWith(QLatin1String(".h"))) && !within(word, folder))
                found << QStringLiteral("grove_%1: builds %2, which is outside core/%1").arg(folder, word);
        }
        for (const QString& target : usesLine.match(body).captured(1).split(u' ', Qt::SkipEmptyParts)) {
            if (!target.startsWith(QLatin1String("grove_")) || target == QLatin1String("grove_settings"))
                continue; // Qt, and the compiler settings every target shares
            const QString used = QStringLiteral("core/") + target.mid(6);
            bool allowed = false;
            for (const QString& allowedFolder : table.value(part))
                allowed = allowed || used == allowedFolder || within(used, allowedFolder);
            if (!allowed)
                found << QStringLiteral("grove_%1: links %2, but %3 may use only %4")
                             .arg(folder, target, part,
                                  table.value(part).isEmpty() ? QStringLiteral("itself")
                                                              : table.value(part).join(QStringLiteral(", ")));
        }
    }
    for (auto it = table.keyBegin(); it != table.keyEnd(); ++it) {
        if (within(*it, QStringLiteral("core")) && !built.contains(*it))
            found << QStringLiteral("%1 has no library (grove_core_part) in core/CMakeLists.txt").arg(*it);
    }
    return found;
}

} // namespace layers
