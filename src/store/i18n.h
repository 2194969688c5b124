#pragma once
// Language set-up shared by the command line and the GUI.
#include <QString>

class QCoreApplication;

namespace tumbuh::store {

// Installs the product's translator on `app` and returns the language in use
// ("id" or "en"). `language` empty = follow the system: Indonesian when the
// system locale is Indonesian or unset ("C"), English otherwise. Indonesian is
// the product's default; the English texts are the source strings. Calling it
// again replaces the previous choice (the language switch in settings).
// It also sets the default QLocale to match (Indonesian: decimal comma, month
// names), which the store's messages use for numbers and dates.
QString installTranslator(QCoreApplication& app, const QString& language = {});

// The language installTranslator() would choose for an empty argument.
QString defaultLanguage();

} // namespace tumbuh::store
