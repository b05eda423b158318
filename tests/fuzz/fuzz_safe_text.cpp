// Free text from users: checking and escaping any string must never crash, and the escaped form
// must never contain an unsafe character.
#include "core/common/SafeText.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString escaped = grove::escapeUnsafeText(text);
    if (grove::findUnsafeCharacter(escaped))
        std::abort();
    const bool unsafe = grove::findUnsafeCharacter(text).has_value();
    if (unsafe == grove::singleLineFieldProblem(QStringLiteral("The text"), text).isEmpty())
        std::abort();
    return 0;
}
