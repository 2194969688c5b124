#pragma once
// The skeleton every records command (demo, import, export, package, merge,
// backup, restore, card) runs on: the Qt session, the options, --help built
// from the command's table entry (commandtable.cpp) and the --db file.
//
//     RecordsCommand cmd("export", kDetails, {"--db", "--what"}, {});
//     if (const auto done = cmd.start(args))
//         return *done;                       // a parse error, or --help
//     if (!cmd.database() || ...)
//         return cmd.missingArguments();      // names the table's usage
//     auto db = cmd.openReadOnly();
#include "cli/command.h"
#include "cli/optionparser.h"
#include "cli/qtsession.h"

#include <QString>

#include <chrono>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace tumbuh::store {
class Database;
}

namespace tumbuh::cli {

class RecordsCommand {
public:
    // `name`: the command's entry in the table. `details`: what --help says
    // after the usage line, marked with QT_TRANSLATE_NOOP("tumbuh::cli", ...).
    RecordsCommand(std::string_view name, const char* details, std::set<std::string> valued,
                   std::set<std::string> flags, QtSession::Kind kind = QtSession::Kind::Core);

    // Parses the arguments. An exit status when the command is done already:
    // kExitFailure after complaining about the options, kExitOk after --help.
    std::optional<int> start(Args args);

    const OptionParser& options() const { return parser_; }
    OptionParser& options() { return parser_; }
    std::string_view name() const { return name_; }

    // The value of --db; of -o or --output.
    std::optional<QString> database() const;
    std::optional<QString> output() const;

    // "tumbuh-cli <name> <usage>", from the table.
    QString usageLine() const;
    // The complaint about missing or extra arguments, naming the usage;
    // returns kExitFailure.
    int missingArguments() const;
    // Complains with `message`; returns kExitFailure.
    int fail(const QString& message) const;

    // The --db file (cli/databaseopener.h): nullptr after saying why.
    std::unique_ptr<store::Database> open(bool create) const;
    std::unique_ptr<store::Database> openReadOnly() const;

private:
    std::string_view name_;
    const char* details_;
    QtSession session_; // before any other Qt object
    OptionParser parser_;
};

// A --month value written YYYY-MM (such as 2024-05), year 1900 or later;
// nothing when it is not one.
std::optional<std::chrono::year_month> parseMonthOption(const QString& text);

} // namespace tumbuh::cli
