#pragma once

class QCoreApplication;

namespace grove {

// Installs Grove's and Qt's translations for the system locale. English, the source language,
// is the fallback, so that plural forms ("1 row", "2 rows") read right in every locale.
void installTranslations(QCoreApplication& application);

} // namespace grove
