#pragma once
// The records commands (demo, import, export, package, merge, backup,
// restore) work through the Qt-based store, which needs an application
// object and the product's translator. The language follows the system
// (Indonesian when the locale is Indonesian or unset), or TUMBUH_LANG=id|en.
#include <QString>

#include <memory>

class QCoreApplication;

namespace tumbuh::cli {

class QtSession {
public:
    QtSession();
    ~QtSession();
    QtSession(const QtSession&) = delete;
    QtSession& operator=(const QtSession&) = delete;

    const QString& language() const { return language_; }

private:
    std::unique_ptr<QCoreApplication> owned_;
    QString language_;
};

} // namespace tumbuh::cli
