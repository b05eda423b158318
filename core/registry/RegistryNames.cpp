#include "core/registry/Registry.h"
#include "core/common/SafeText.h"
#include "core/registry/RegistryDetail.h"

#include <QCoreApplication>
#include <QList>

#include <algorithm>

// The rules for the names of models and of the files in a version.

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::Registry)
};

} // namespace

namespace registry_detail {

namespace {

constexpr int kMaxFileNameLength = 255; // characters, and bytes once encoded

QString codePoint(char32_t c)
{
    return QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
}

bool isWindowsDeviceName(const QString& name)
{
    // Windows reserves these with any extension ("CON.txt") and ignores spaces before the dot.
    const QString base = name.section(u'.', 0, 0).trimmed().toUpper();
    if (base == u"CON"_s || base == u"PRN"_s || base == u"AUX"_s || base == u"NUL"_s)
        return true;
    if (base.size() != 4 || !(base.startsWith(u"COM"_s) || base.startsWith(u"LPT"_s)))
        return false;
    const char16_t digit = base.at(3).unicode();
    // Windows counts the superscript digits ¹²³ as digits here.
    return (digit >= u'1' && digit <= u'9') || digit == 0x00B9 || digit == 0x00B2 ||
           digit == 0x00B3;
}

enum class NameKind
{
    Model,
    File,
    Alias
};

QString nameProblem(const QString& name, NameKind kind)
{
    const bool model = kind != NameKind::File; // an alias follows the rules of model names
    const int maxLength = model ? Registry::kMaxNameLength : kMaxFileNameLength;
    if (name.isEmpty())
        return kind == NameKind::Model ? Text::tr("A model needs a name; the name given is empty.")
               : kind == NameKind::Alias
                   ? Text::tr("An alias needs a name; the name given is empty.")
                   : Text::tr("A file in a model version needs a name; the name given is empty.");
    const QList<uint> characters = name.toUcs4();
    const bool long_ = characters.size() > maxLength;
    const QString shown = escapeUnsafeText(long_ ? name.left(20) + QChar(0x2026) : name);
    const QString subject = kind == NameKind::Model ? Text::tr("The model name \"%1\"").arg(shown)
                            : kind == NameKind::Alias
                                ? Text::tr("The alias \"%1\"").arg(shown)
                                : Text::tr("The file name \"%1\"").arg(shown);
    if (long_)
        return Text::tr("%1 has %2 characters; a name can have at most %3. Choose a shorter name.")
            .arg(subject, QString::number(characters.size()), QString::number(maxLength));
    if (name.toUtf8().size() > kMaxFileNameLength)
        return Text::tr("%1 takes %2 bytes once encoded, and file systems allow %3. Choose a "
                        "shorter name.")
            .arg(subject, QString::number(name.toUtf8().size()),
                 QString::number(kMaxFileNameLength));
    if (name == u"."_s || name == u".."_s)
        return Text::tr("%1 stands for a folder, not a name. Choose a name made of letters or "
                        "digits.")
            .arg(subject);
    for (char32_t c : characters) {
        if (QChar::category(c) == QChar::Other_Control)
            return Text::tr("%1 contains a control character (U+%2), such as a tab or a line "
                            "break. Use a name on one line without tabs.")
                .arg(subject, codePoint(c));
    }
    for (QChar separator : {u'/', u'\\'}) {
        if (name.contains(separator))
            return Text::tr("%1 contains \"%2\", which separates folders in a path. Use '-' or "
                            "'_' instead.")
                .arg(subject, QString(separator));
    }
    if (name.startsWith(u'.'))
        return Text::tr("%1 starts with '.', which hides it and marks the temporary files of the "
                        "registry. Start the name with a letter or a digit.")
            .arg(subject);
    for (QChar c : u"<>:\"|?*"_s) {
        if (name.contains(c))
            return Text::tr("%1 contains \"%2\", which Windows does not allow in names on shared "
                            "folders. Use letters, digits, '-', '_', '.' and spaces.")
                .arg(subject, QString(c));
    }
    if (name.startsWith(u' '))
        return Text::tr("%1 starts with a space. Remove it.").arg(subject);
    if (name.startsWith(u'-'))
        return Text::tr("%1 starts with '-', which command lines read as an option. Start the name "
                        "with a letter, a digit or '_'.")
            .arg(subject);
    if (name.endsWith(u' ') || name.endsWith(u'.'))
        return Text::tr("%1 ends with a space or a '.', which Windows removes from names on shared "
                        "folders. Remove it.")
            .arg(subject);
    for (char32_t c : characters) {
        if (!QChar::isLetterOrNumber(c) && !QChar::isMark(c) && c != U'-' && c != U'_' &&
            c != U'.' && c != U' ')
            return Text::tr("%1 contains \"%2\" (U+%3), which is not allowed. Use letters, digits, "
                            "'-', '_', '.' and spaces.")
                .arg(subject, QString::fromUcs4(&c, 1), codePoint(c));
    }
    if (isWindowsDeviceName(name))
        return Text::tr("%1 is the name of a device on Windows (%2), which cannot name a folder or "
                        "a file on a shared folder. Choose another name.")
            .arg(subject, name.section(u'.', 0, 0).trimmed().toUpper());
    if (kind == NameKind::Alias &&
        std::all_of(characters.begin(), characters.end(), [](uint c) { return c >= U'0' && c <= U'9'; }))
        return Text::tr("%1 is a number, which would read as a version number. Choose a name with a "
                        "letter in it, such as \"champion\".")
            .arg(subject);
    return {};
}

} // namespace
} // namespace registry_detail

QString Registry::validateModelName(const QString& name)
{
    return registry_detail::nameProblem(name, registry_detail::NameKind::Model);
}
QString Registry::validateFileName(const QString& name)
{
    return registry_detail::nameProblem(name, registry_detail::NameKind::File);
}
QString Registry::validateAliasName(const QString& name)
{
    return registry_detail::nameProblem(name, registry_detail::NameKind::Alias);
}

} // namespace grove
