#include "cli/recordscommand.h"

#include "cli/console.h"
#include "cli/databaseopener.h"
#include "cli/secretprompt.h"

#include "store/database.h"
#include "store/signin.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tumbuh::cli {
namespace {

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// demo writes a new file of invented data: nobody signs in to it.
bool signsIn(std::string_view name)
{
    return name != "demo";
}

std::set<std::string> withUser(std::string_view name, std::set<std::string> valued)
{
    if (signsIn(name))
        valued.insert("--user");
    return valued;
}

} // namespace

RecordsCommand::RecordsCommand(std::string_view name, const char* details, std::set<std::string> valued,
                               std::set<std::string> flags, QtSession::Kind kind)
    : name_(name), details_(details), session_(kind), parser_(withUser(name, std::move(valued)), std::move(flags))
{
}

// The messages name their context: lupdate would file a tr() written in a
// member function under the class's name.
std::optional<int> RecordsCommand::start(Args args)
{
    if (!parser_.parse(args))
        return fail(parser_.error());
    if (parser_.helpRequested()) {
        console::say(QCoreApplication::translate("tumbuh::cli", "Usage: %1").arg(usageLine()));
        console::say(QCoreApplication::translate("tumbuh::cli", details_));
        return kExitOk;
    }
    return std::nullopt;
}

std::optional<QString> RecordsCommand::database() const
{
    return parser_.value("--db");
}

std::optional<QString> RecordsCommand::output() const
{
    const auto o = parser_.value("-o");
    return o ? o : parser_.value("--output");
}

QString RecordsCommand::usageLine() const
{
    QString line = QStringLiteral("tumbuh-cli ") + text(name_);
    if (const Command* c = findCommand(name_); c && !c->usage.empty())
        line += QLatin1Char(' ') + text(c->usage);
    return line;
}

int RecordsCommand::missingArguments() const
{
    return fail(QCoreApplication::translate("tumbuh::cli", "Give the arguments as in: %1 (tumbuh-cli %2 --help).")
                    .arg(usageLine(), text(name_)));
}

int RecordsCommand::fail(const QString& message) const
{
    console::complain(name_, message);
    return kExitFailure;
}

std::unique_ptr<store::Database> RecordsCommand::open(bool create)
{
    const auto path = database();
    auto db = path ? openDatabase(name_, *path, create) : nullptr;
    if (db && !signIn(*db))
        return nullptr;
    return db;
}

std::unique_ptr<store::Database> RecordsCommand::openReadOnly()
{
    const auto path = database();
    auto db = path ? openDatabaseReadOnly(name_, *path) : nullptr;
    if (db && !signIn(*db))
        return nullptr;
    return db;
}

bool RecordsCommand::signIn(store::Database& db)
{
    const auto name = parser_.value("--user");
    if (!name || name->simplified().isEmpty()) {
        fail(QCoreApplication::translate("tumbuh::cli", "Say who is working: add --user NAME (the PIN is asked for, or read from TUMBUH_PIN)."));
        return false;
    }
    store::SignIn signIn(db);
    const auto none = signIn.noUsers();
    if (!none) {
        fail(none.error().message);
        return false;
    }
    const auto pin = readSecret(QCoreApplication::translate("tumbuh::cli", "PIN for %1: ").arg(name->simplified()), "TUMBUH_PIN");
    if (!pin) {
        fail(QCoreApplication::translate("tumbuh::cli", "No PIN for %1: type it in a terminal, or set TUMBUH_PIN for a script.")
                 .arg(name->simplified()));
        return false;
    }
    if (*none) {
        // A file opened read-only (export, card...) gets its first user through
        // a short writable connection.
        std::unique_ptr<store::Database> writable;
        if (db.isReadOnly()) {
            writable = openDatabase(name_, db.path(), false);
            if (!writable)
                return false;
        }
        auto first = store::SignIn(writable ? *writable : db).createFirstAdmin(name->simplified(), *pin);
        if (!first) {
            fail(first.error().message);
            return false;
        }
        console::complain(name_, QCoreApplication::translate("tumbuh::cli", "This file had no user yet: %1 is now its first user, an admin, with the PIN given.")
                                     .arg(first->name));
        user_ = *first;
        return true;
    }
    auto signedIn = signIn.attempt(*name, *pin);
    if (!signedIn) {
        fail(signedIn.error().message);
        return false;
    }
    user_ = *signedIn;
    return true;
}

std::optional<int> RecordsCommand::require(store::Permission permission) const
{
    if (auto allowed = user_.require(permission); !allowed)
        return fail(allowed.error().message);
    return std::nullopt;
}

std::optional<std::chrono::year_month> parseMonthOption(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int y = m.captured(1).toInt();
    const int mo = m.captured(2).toInt();
    if (mo < 1 || mo > 12 || y < 1900)
        return std::nullopt;
    return std::chrono::year{y} / std::chrono::month{static_cast<unsigned>(mo)};
}

} // namespace tumbuh::cli
