#pragma once
// Arguments of the records commands: "--name value" or "--name=value",
// flags, and positional arguments. Errors come back translated.
#include "cli/command.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <set>
#include <string>

namespace tumbuh::cli {

class OptionParser {
public:
    // Options that take a value ("-o", "--db"...) and flags ("--dry-run").
    OptionParser(std::set<std::string> valued, std::set<std::string> flags);

    // False (with error()) on an unknown option or a missing value. --help
    // and -h set helpRequested().
    bool parse(Args args);

    bool helpRequested() const { return help_; }
    const QString& error() const { return error_; }

    bool has(const std::string& name) const { return values_.count(name) > 0 || flagsSet_.count(name) > 0; }
    // The value given (the last one when the option was repeated).
    std::optional<QString> value(const std::string& name) const;
    // Every value of a repeatable option ("--child A --child B"), in order.
    QStringList values(const std::string& name) const;
    // The value as a whole number in [min, max]; nullopt when absent. Sets
    // `bad` (with error()) when present but not such a number.
    std::optional<long long> number(const std::string& name, long long min, long long max, bool& bad);
    const QStringList& positional() const { return positional_; }

private:
    std::set<std::string> valued_;
    std::set<std::string> flags_;
    std::map<std::string, QStringList> values_;
    std::set<std::string> flagsSet_;
    QStringList positional_;
    bool help_ = false;
    QString error_;
};

} // namespace tumbuh::cli
