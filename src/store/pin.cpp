#include "store/pin.h"

#include <QCoreApplication>

#include <sodium.h>

#include <algorithm>

namespace tumbuh::store {
namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

std::optional<QString> pinProblem(const QString& pin)
{
    const bool allDigits = !pin.isEmpty() && std::all_of(pin.begin(), pin.end(), [](QChar c) {
        return c >= u'0' && c <= u'9';
    });
    if (allDigits) {
        if (pin.size() < 6)
            return QCoreApplication::translate("tumbuh::store", "A PIN has at least 6 digits.");
        return std::nullopt;
    }
    if (pin.size() < 8)
        return QCoreApplication::translate("tumbuh::store", "A PIN has at least 6 digits; a password at least 8 characters.");
    return std::nullopt;
}

Result<QString> hashPin(const QString& pin)
{
    if (!sodiumReady())
        return Error{ErrorCode::Sql, {}, QCoreApplication::translate("tumbuh::store", "The cryptography library could not start."), {}, {}};
    const QByteArray utf8 = pin.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return Error{ErrorCode::Sql, {}, QCoreApplication::translate("tumbuh::store", "Not enough memory to protect the PIN."), {}, {}};
    return QString::fromLatin1(out);
}

bool pinMatches(const QString& hash, const QString& pin)
{
    if (!sodiumReady() || hash.isEmpty())
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = pin.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size()))
        == 0;
}

} // namespace tumbuh::store
