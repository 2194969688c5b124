#pragma once
// The records commands (demo, import, export, package, merge, backup,
// restore, card) work through the Qt-based store, which needs an application
// object and the product's translator. The language follows the system
// (Indonesian when the locale is Indonesian or unset), or TUMBUH_LANG=id|en.
#include <QString>

#include <cstdint>
#include <memory>

class QCoreApplication;

namespace tumbuh::cli {

class QtSession {
public:
    enum class Kind : std::uint8_t {
        Core,    // a QCoreApplication: files and the database only
        Widgets, // a QApplication: the charts of the growth card (Qt Charts draws through widgets)
    };

    // Make the session first thing in a command: Qt wants its application
    // object before any other Qt object. With Widgets and no display (a
    // server, a cron job, ssh), Qt's offscreen platform is chosen unless
    // QT_QPA_PLATFORM says otherwise, so that printing a batch of cards never
    // needs a desktop.
    explicit QtSession(Kind kind = Kind::Core);
    ~QtSession();
    QtSession(const QtSession&) = delete;
    QtSession& operator=(const QtSession&) = delete;

    const QString& language() const { return language_; }

private:
    std::unique_ptr<QCoreApplication> owned_;
    QString language_;
};

} // namespace tumbuh::cli
