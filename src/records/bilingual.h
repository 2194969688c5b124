#pragma once
#include "records/storenames.h"
// A message in both of the product's languages at once, for files that are
// read by people on both sides (a rejects CSV has an Indonesian and an
// English reason column). The store makes its messages already translated
// (QCoreApplication::translate with the installed translator), so the only
// way to get both without copying every message is to make the message
// twice: once with an English translator in front, once with the Indonesian
// one. Once store::installTranslator() has run, each language is chosen for
// the calling thread only (store::ScopedMessageLanguage), so a worker thread
// may make these texts while the window goes on in its own language.
#include <QString>

#include <functional>

namespace tumbuh::records {

class Bilingual {
public:
    struct Text {
        QString id; // Bahasa Indonesia
        QString en; // English
        bool indonesianActive = true;
        // In the language the program is using.
        const QString& current() const { return indonesianActive ? id : en; }
    };

    static Text both(const std::function<QString()>& make);
    // Whether messages are being made in Indonesian now.
    static bool indonesianActive();
};

} // namespace tumbuh::records
