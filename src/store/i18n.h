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

// While one lives, Tumbuh's messages made ON THIS THREAD are in `language`
// ("id" or "en"), whatever the program's language; other threads, and the
// installed translators, are untouched (no LanguageChange event is sent).
// Works once installTranslator() has run (translatorInstalled()): the
// translator it installs asks this thread's choice first. Numbers inside the
// messages keep the program's QLocale (a default QLocale is global).
class ScopedMessageLanguage {
public:
    explicit ScopedMessageLanguage(const QString& language);
    ~ScopedMessageLanguage();
    ScopedMessageLanguage(const ScopedMessageLanguage&) = delete;
    ScopedMessageLanguage& operator=(const ScopedMessageLanguage&) = delete;

private:
    int previous_;
};

// Whether installTranslator() has installed Tumbuh's translator.
bool translatorInstalled();

} // namespace tumbuh::store
