#include "cli/recordscommand.h"

#include "cli/console.h"
#include "cli/databaseopener.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tumbuh::cli {
namespace {

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

RecordsCommand::RecordsCommand(std::string_view name, const char* details, std::set<std::string> valued,
                               std::set<std::string> flags, QtSession::Kind kind)
    : name_(name), details_(details), session_(kind), parser_(std::move(valued), std::move(flags))
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

std::unique_ptr<store::Database> RecordsCommand::open(bool create) const
{
    const auto path = database();
    return path ? openDatabase(name_, *path, create) : nullptr;
}

std::unique_ptr<store::Database> RecordsCommand::openReadOnly() const
{
    const auto path = database();
    return path ? openDatabaseReadOnly(name_, *path) : nullptr;
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
