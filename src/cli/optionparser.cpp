#include "cli/optionparser.h"

#include <QCoreApplication>

namespace tumbuh::cli {
namespace {

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

OptionParser::OptionParser(std::set<std::string> valued, std::set<std::string> flags)
    : valued_(std::move(valued)), flags_(std::move(flags))
{
}

bool OptionParser::parse(Args args)
{
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string_view a = args[i];
        if (a == "--help" || a == "-h") {
            help_ = true;
            return true;
        }
        if (a.size() < 2 || a[0] != '-') {
            positional_ << text(a);
            continue;
        }
        std::string name(a);
        std::optional<std::string_view> inlineValue;
        if (const auto eq = a.find('='); eq != std::string_view::npos) {
            name = std::string(a.substr(0, eq));
            inlineValue = a.substr(eq + 1);
        }
        if (flags_.count(name) && !inlineValue) {
            flagsSet_.insert(name);
        } else if (valued_.count(name)) {
            if (inlineValue) {
                values_[name] << text(*inlineValue);
            } else if (i + 1 < args.size()) {
                values_[name] << text(args[++i]);
            } else {
                error_ = QCoreApplication::translate("tumbuh::cli", "The option %1 needs a value.").arg(text(name));
                return false;
            }
        } else {
            error_ = QCoreApplication::translate("tumbuh::cli", "Unknown option %1.").arg(text(a));
            return false;
        }
    }
    return true;
}

std::optional<QString> OptionParser::value(const std::string& name) const
{
    const auto it = values_.find(name);
    if (it == values_.end() || it->second.isEmpty())
        return std::nullopt;
    return it->second.constLast();
}

QStringList OptionParser::values(const std::string& name) const
{
    const auto it = values_.find(name);
    return it == values_.end() ? QStringList() : it->second;
}

std::optional<long long> OptionParser::number(const std::string& name, long long min, long long max, bool& bad)
{
    const auto v = value(name);
    if (!v)
        return std::nullopt;
    bool ok = false;
    const long long n = v->toLongLong(&ok);
    if (!ok || n < min || n > max) {
        bad = true;
        error_ = QCoreApplication::translate("tumbuh::cli", "The option %1 needs a whole number from %2 to %3, not \"%4\".")
                     .arg(text(name))
                     .arg(min)
                     .arg(max)
                     .arg(*v);
        return std::nullopt;
    }
    return n;
}

} // namespace tumbuh::cli
