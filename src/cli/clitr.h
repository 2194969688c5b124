#pragma once
// The translated text of tumbuh-cli's records commands: tr("...") in the
// context "tumbuh::cli" (lupdate takes the context from the namespace).
#include <QCoreApplication>
#include <QString>

namespace tumbuh::cli {

inline QString tr(const char* text)
{
    return QCoreApplication::translate("tumbuh::cli", text);
}

} // namespace tumbuh::cli
