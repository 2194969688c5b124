#pragma once
// The skeleton every records command (demo, import, export, package, merge,
// backup, restore, card...) runs on: the Qt session, the options, --help
// built from the command's table entry (commandtable.cpp), the --db file and
// who is working (issue 12).
//
//     RecordsCommand cmd("export", kDetails, {"--db", "--what"}, {});
//     if (const auto done = cmd.start(args))
//         return *done;                       // a parse error, or --help
//     if (!cmd.database() || ...)
//         return cmd.missingArguments();      // names the table's usage
//     auto db = cmd.openReadOnly();           // opened AND signed in, or nullptr
//     if (!db)
//         return kExitFailure;
//     if (const auto refused = cmd.require(store::Permission::ExportByName))
//         return *refused;                    // before anything is read or written
//     ... cmd.user().id is the audit's `who` for rows this command writes
//
// Signing in: every command except demo takes --user NAME (the constructor
// adds the option). open()/openReadOnly() sign in right after opening: the
// PIN comes from TUMBUH_PIN or is asked on the terminal without echo
// (cli/secretprompt.h). Without --user, an unknown, deactivated or locked
// user, a wrong PIN or a user without a PIN: the reason on standard error
// and nullptr (the command exits 2, nothing written but the wrong-PIN
// count). A file without any live user (a new import target): --user NAME
// becomes its first admin with the PIN given, said on standard error.
#include "cli/command.h"
#include "cli/optionparser.h"
#include "cli/qtsession.h"

#include "store/access.h"

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

    // The --db file (cli/databaseopener.h), signed in to as --user
    // (signIn): nullptr after saying why.
    std::unique_ptr<store::Database> open(bool create);
    std::unique_ptr<store::Database> openReadOnly();

    // Signs in to `db` as --user (see the top of this file); false after
    // saying why. open()/openReadOnly() call it; restore calls it on the file
    // it can open (the current database, else the backup).
    bool signIn(store::Database& db);
    // The user signed in (valid after open()/signIn() succeeded).
    const store::SignedInUser& user() const { return user_; }
    // nullopt when the signed-in user may do `permission`; otherwise prints
    // the refusal (store::refusalText, translated) and returns kExitFailure.
    std::optional<int> require(store::Permission permission) const;

private:
    std::string_view name_;
    const char* details_;
    QtSession session_; // before any other Qt object
    OptionParser parser_;
    store::SignedInUser user_;
};

// A --month value written YYYY-MM (such as 2024-05), year 1900 or later;
// nothing when it is not one.
std::optional<std::chrono::year_month> parseMonthOption(const QString& text);

} // namespace tumbuh::cli
