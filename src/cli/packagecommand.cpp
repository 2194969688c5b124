// tumbuh-cli package (its usage is written in the command table, commandtable.cpp)
//
// Writes one posyandu's package (store/packageformat.h) for `merge`.
#include "cli/clitr.h"
#include "cli/command.h"
#include "cli/console.h"
#include "cli/recordscommand.h"
#include "cli/secretprompt.h"

#include "records/package/packagewriter.h"

namespace tumbuh::cli {
namespace {

constexpr const char* kDetails = QT_TRANSLATE_NOOP("tumbuh::cli", "  Writes one posyandu's data (its children with all their measurements and referrals, "
                                                                  "families, deleted rows too) into one file, to merge elsewhere with tumbuh-cli merge.\n"
                                                                  "  --encrypt: the file is encrypted with a passphrase (at least 8 characters), asked twice "
                                                                  "on the terminal or read from TUMBUH_PASSPHRASE; merge asks for it again.\n"
                                                                  "  Exit status: 0 done, 2 failed.");

// The passphrase for --encrypt: TUMBUH_PASSPHRASE, or asked twice on the
// terminal. nullopt after saying why there is none.
std::optional<QString> newPassphrase(const RecordsCommand& cmd)
{
    auto first = readSecret(tr("Passphrase for the package: "), "TUMBUH_PASSPHRASE");
    if (!first) {
        cmd.fail(tr("No passphrase: set TUMBUH_PASSPHRASE or run the command on a terminal."));
        return std::nullopt;
    }
    if (qEnvironmentVariableIsSet("TUMBUH_PASSPHRASE"))
        return first;
    auto again = readSecret(tr("The same passphrase again: "), nullptr);
    if (!again || *again != *first) {
        cmd.fail(tr("The two passphrases differ; nothing was written."));
        return std::nullopt;
    }
    return first;
}

} // namespace

int runPackage(Args args)
{
    RecordsCommand cmd("package", kDetails, {"--db", "--posyandu", "-o", "--output"}, {"--encrypt"});
    if (const auto done = cmd.start(args))
        return *done;
    const auto posyandu = cmd.options().value("--posyandu");
    const auto out = cmd.output();
    if (!cmd.database() || !posyandu || !out || !cmd.options().positional().isEmpty())
        return cmd.missingArguments();
    auto db = cmd.openReadOnly();
    if (!db)
        return kExitFailure;
    if (const auto refused = cmd.require(store::Permission::MakePackage))
        return *refused;
    // After signing in: the PIN first, then the package's passphrase.
    std::optional<QString> passphrase;
    if (cmd.options().has("--encrypt")) {
        passphrase = newPassphrase(cmd);
        if (!passphrase)
            return kExitFailure;
    }
    records::PackageWriter writer(*db);
    auto id = writer.findPosyandu(*posyandu);
    if (!id)
        return cmd.fail(id.error().message);
    auto info = passphrase ? writer.writeEncrypted(*id, *out, *passphrase) : writer.write(*id, *out);
    if (!info)
        return cmd.fail(info.error().message);
    console::say(tr("Package of %1 written to %2: %3 children, %4 measurements, %5 referrals (%8 steps), "
                    "%9 counselling records, %6 households, %7 posyandu.")
                     .arg(info->posyanduName, *out)
                     .arg(info->children)
                     .arg(info->measurements)
                     .arg(info->referrals)
                     .arg(info->households)
                     .arg(info->posyandu)
                     .arg(info->referralEvents)
                     .arg(info->counselling));
    return kExitOk;
}

} // namespace tumbuh::cli
