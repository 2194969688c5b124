#pragma once
// tumbuh [--db FILE] [--page register|posyandu-day|at-risk|report|child:UID]
//        [--screenshot OUT.png] [--size WxH] [--lang id|en] [--user NAME (PIN in TUMBUH_PIN)]
#include <QSize>
#include <QString>
#include <QStringList>

namespace tumbuh::app {

struct CommandLine {
    QString database;      // --db: open this file instead of the last one
    QString page;          // "register", "posyandu-day", "at-risk", "report" or "child"
    QString childKey;      // for "child": the child's UID (or row id)
    QString screenshot;    // --screenshot: render the page to this PNG and exit
    QSize size{1280, 800}; // --size: the window's size for --screenshot (logical pixels)
    QString user;          // --user: sign in as NAME with the PIN in TUMBUH_PIN (no dialog)
    QString language;      // --lang: "id" or "en"; empty = settings, then system
    QString error;         // not empty: the arguments are wrong (the text says why)
    bool exitNow = false;  // --help or --version was shown
};

CommandLine parseCommandLine(const QStringList& arguments);

} // namespace tumbuh::app
