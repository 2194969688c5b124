#include "records/package/packagecrypto.h"

#include "records/outputfile.h"

#include <QCoreApplication>
#include <QFile>

#include <sodium.h>

#include <array>
#include <cstring>
#include <vector>

namespace tumbuh::records::packagecrypto {
namespace {

using Stream = crypto_secretstream_xchacha20poly1305_state;

constexpr char kMagic[] = "TUMBUHENC";
constexpr std::size_t kMagicSize = sizeof(kMagic) - 1;
constexpr unsigned char kFormat = 1;
constexpr std::size_t kSaltOffset = kMagicSize + 1;
constexpr std::size_t kCostOffset = kSaltOffset + crypto_pwhash_SALTBYTES;
// magic, format byte, salt, opslimit, memlimit: the additional data of the
// first chunk, so that a changed cost or format byte is noticed too.
constexpr std::size_t kPrefixSize = kCostOffset + 16;
constexpr std::size_t kHeaderSize = kPrefixSize + crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr std::size_t kChunk = 64 * 1024;
constexpr std::size_t kSealedChunk = kChunk + crypto_secretstream_xchacha20poly1305_ABYTES;
// A changed header must not make the program spend minutes or gigabytes.
constexpr std::uint64_t kMaxOpslimit = 16;
constexpr std::uint64_t kMaxMemlimit = std::uint64_t{1} << 30;

Error failure(ErrorCode code, const QString& message)
{
    return Error{code, {}, message, {}, {}};
}

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

void putU64(unsigned char* out, std::uint64_t v)
{
    for (std::size_t i = 0; i < 8; ++i)
        out[i] = static_cast<unsigned char>(v >> (8 * i));
}

std::uint64_t getU64(const unsigned char* in)
{
    std::uint64_t v = 0;
    for (std::size_t i = 0; i < 8; ++i)
        v |= static_cast<std::uint64_t>(in[i]) << (8 * i);
    return v;
}

// The key, wiped when it goes.
class Key {
public:
    Key() = default;
    ~Key() { sodium_memzero(bytes_.data(), bytes_.size()); }
    Key(const Key&) = delete;
    Key& operator=(const Key&) = delete;

    bool derive(const QString& passphrase, const unsigned char* salt, KdfCost cost)
    {
        QByteArray utf8 = passphrase.toUtf8();
        const int rc = crypto_pwhash(bytes_.data(), bytes_.size(), utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                                     salt, static_cast<unsigned long long>(cost.opslimit), static_cast<std::size_t>(cost.memlimit),
                                     crypto_pwhash_ALG_ARGON2ID13);
        sodium_memzero(utf8.data(), static_cast<std::size_t>(utf8.size()));
        return rc == 0;
    }
    const unsigned char* data() const { return bytes_.data(); }

private:
    std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES> bytes_{};
};

// Reads up to `size` bytes; fewer only at the end of the file.
qint64 readFull(QFile& in, unsigned char* out, std::size_t size)
{
    qint64 total = 0;
    while (static_cast<std::size_t>(total) < size) {
        const qint64 n = in.read(reinterpret_cast<char*>(out) + total, static_cast<qint64>(size) - total);
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        total += n;
    }
    return total;
}

Error readError(const QString& path, const QFile& f)
{
    return failure(ErrorCode::CannotOpen, QCoreApplication::translate("tumbuh::records", "The file %1 cannot be read: %2").arg(path, f.errorString()));
}

Error damaged(const QString& path)
{
    return failure(ErrorCode::Corrupt, QCoreApplication::translate("tumbuh::records", "The encrypted package %1 is damaged or was changed after it was written; nothing was "
                                                                                      "merged. Ask for the package again.")
                                           .arg(path));
}

} // namespace

KdfCost defaultCost()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, std::uint64_t{128} * 1024 * 1024};
}

QString passphraseProblem(const QString& passphrase)
{
    if (passphrase.size() < kMinPassphraseLength)
        return QCoreApplication::translate("tumbuh::records", "The passphrase is too short: use at least %1 characters.").arg(kMinPassphraseLength);
    return {};
}

bool isEncrypted(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(static_cast<qint64>(kMagicSize + 1));
    return head.size() == static_cast<qint64>(kMagicSize + 1) && head.startsWith(kMagic)
        && static_cast<unsigned char>(head.back()) == kFormat;
}

Result<void> encryptFile(const QString& plainPath, const QString& target, const QString& passphrase, KdfCost cost)
{
    if (!sodiumReady())
        return failure(ErrorCode::Sql, QCoreApplication::translate("tumbuh::records", "The cryptography library could not start."));
    if (const QString problem = passphraseProblem(passphrase); !problem.isEmpty())
        return failure(ErrorCode::Required, problem);
    QFile in(plainPath);
    if (!in.open(QIODevice::ReadOnly))
        return readError(plainPath, in);
    OutputFile output(target);
    if (auto created = output.create(); !created)
        return created.error();
    QFile out(output.temporaryPath());
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return failure(ErrorCode::CannotOpen, QCoreApplication::translate("tumbuh::records", "The file %1 cannot be written: %2").arg(target, out.errorString()));

    std::array<unsigned char, kHeaderSize> header{};
    std::memcpy(header.data(), kMagic, kMagicSize);
    header[kMagicSize] = kFormat;
    randombytes_buf(header.data() + kSaltOffset, crypto_pwhash_SALTBYTES);
    putU64(header.data() + kCostOffset, cost.opslimit);
    putU64(header.data() + kCostOffset + 8, cost.memlimit);
    Key key;
    if (!key.derive(passphrase, header.data() + kSaltOffset, cost))
        return failure(ErrorCode::Sql, QCoreApplication::translate("tumbuh::records", "Not enough memory to derive the key from the passphrase."));
    Stream stream;
    crypto_secretstream_xchacha20poly1305_init_push(&stream, header.data() + kPrefixSize, key.data());
    if (out.write(reinterpret_cast<const char*>(header.data()), static_cast<qint64>(header.size())) != static_cast<qint64>(header.size()))
        return failure(ErrorCode::CannotOpen, QCoreApplication::translate("tumbuh::records", "The file %1 cannot be written: %2").arg(target, out.errorString()));

    // One chunk read ahead, so that the last one is known and gets TAG_FINAL
    // (an empty last chunk when the file is a multiple of the chunk size).
    std::vector<unsigned char> current(kChunk);
    std::vector<unsigned char> next(kChunk);
    std::vector<unsigned char> sealed(kSealedChunk);
    qint64 have = readFull(in, current.data(), kChunk);
    if (have < 0)
        return readError(plainPath, in);
    bool first = true;
    for (;;) {
        qint64 following = 0;
        if (static_cast<std::size_t>(have) == kChunk) {
            following = readFull(in, next.data(), kChunk);
            if (following < 0)
                return readError(plainPath, in);
        }
        const bool last = static_cast<std::size_t>(have) < kChunk || following == 0;
        unsigned long long sealedSize = 0;
        crypto_secretstream_xchacha20poly1305_push(&stream, sealed.data(), &sealedSize, current.data(),
                                                   static_cast<unsigned long long>(have), first ? header.data() : nullptr,
                                                   first ? kPrefixSize : 0,
                                                   last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        first = false;
        if (out.write(reinterpret_cast<const char*>(sealed.data()), static_cast<qint64>(sealedSize)) != static_cast<qint64>(sealedSize))
            return failure(ErrorCode::CannotOpen, QCoreApplication::translate("tumbuh::records", "The file %1 cannot be written: %2").arg(target, out.errorString()));
        if (last)
            break;
        current.swap(next);
        have = following;
    }
    sodium_memzero(current.data(), current.size());
    sodium_memzero(next.data(), next.size());
    sodium_memzero(&stream, sizeof stream);
    if (!out.flush())
        return failure(ErrorCode::CannotOpen, QCoreApplication::translate("tumbuh::records", "The file %1 cannot be written: %2").arg(target, out.errorString()));
    out.close();
    return output.commit();
}

Result<void> decryptFile(const QString& encryptedPath, const QString& plainTarget, const QString& passphrase)
{
    if (!sodiumReady())
        return failure(ErrorCode::Sql, QCoreApplication::translate("tumbuh::records", "The cryptography library could not start."));
    QFile in(encryptedPath);
    if (!in.open(QIODevice::ReadOnly))
        return readError(encryptedPath, in);
    std::array<unsigned char, kHeaderSize> header{};
    const qint64 got = readFull(in, header.data(), header.size());
    if (got < 0)
        return readError(encryptedPath, in);
    if (static_cast<std::size_t>(got) < kMagicSize + 1 || std::memcmp(header.data(), kMagic, kMagicSize) != 0
        || header[kMagicSize] != kFormat)
        return failure(ErrorCode::InvalidFormat, QCoreApplication::translate("tumbuh::records", "The file %1 is not an encrypted Tumbuh package.").arg(encryptedPath));
    if (static_cast<std::size_t>(got) < header.size())
        return failure(ErrorCode::Corrupt, QCoreApplication::translate("tumbuh::records", "The encrypted package %1 is incomplete (cut short); nothing was merged. Copy it "
                                                                                          "again from the original.")
                                               .arg(encryptedPath));
    const KdfCost cost{getU64(header.data() + kCostOffset), getU64(header.data() + kCostOffset + 8)};
    if (cost.opslimit < crypto_pwhash_OPSLIMIT_MIN || cost.opslimit > kMaxOpslimit || cost.memlimit < crypto_pwhash_MEMLIMIT_MIN
        || cost.memlimit > kMaxMemlimit)
        return damaged(encryptedPath);
    Key key;
    if (!key.derive(passphrase, header.data() + kSaltOffset, cost))
        return failure(ErrorCode::Sql, QCoreApplication::translate("tumbuh::records", "Not enough memory to derive the key from the passphrase."));
    Stream stream;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&stream, header.data() + kPrefixSize, key.data()) != 0)
        return damaged(encryptedPath);

    QFile out(plainTarget);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return failure(ErrorCode::CannotOpen, QCoreApplication::translate("tumbuh::records", "The file %1 cannot be written: %2").arg(plainTarget, out.errorString()));
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto fail = [&](Error e) -> Result<void> {
        out.close();
        QFile::remove(plainTarget);
        sodium_memzero(&stream, sizeof stream);
        return e;
    };
    std::vector<unsigned char> sealed(kSealedChunk);
    std::vector<unsigned char> plain(kChunk);
    bool first = true;
    for (;;) {
        const qint64 n = readFull(in, sealed.data(), kSealedChunk);
        if (n < 0)
            return fail(readError(encryptedPath, in));
        if (n == 0) // the end came before the final chunk
            return fail(failure(ErrorCode::Corrupt, QCoreApplication::translate("tumbuh::records", "The encrypted package %1 is incomplete (cut short); nothing was merged. "
                                                                                                   "Copy it again from the original.")
                                                        .arg(encryptedPath)));
        unsigned long long plainSize = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&stream, plain.data(), &plainSize, &tag, sealed.data(),
                                                       static_cast<unsigned long long>(n), first ? header.data() : nullptr,
                                                       first ? kPrefixSize : 0)
            != 0) {
            if (first)
                return fail(failure(ErrorCode::Corrupt, QCoreApplication::translate("tumbuh::records", "The passphrase is wrong, or the encrypted package %1 was changed; "
                                                                                                       "nothing was merged.")
                                                            .arg(encryptedPath)));
            return fail(damaged(encryptedPath));
        }
        first = false;
        if (out.write(reinterpret_cast<const char*>(plain.data()), static_cast<qint64>(plainSize)) != static_cast<qint64>(plainSize))
            return fail(failure(ErrorCode::CannotOpen, QCoreApplication::translate("tumbuh::records", "The file %1 cannot be written: %2").arg(plainTarget, out.errorString())));
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
            if (!in.atEnd()) // bytes after the end: not as written
                return fail(damaged(encryptedPath));
            break;
        }
        if (static_cast<std::size_t>(n) < kSealedChunk) // a short chunk that is not the last
            return fail(damaged(encryptedPath));
    }
    sodium_memzero(plain.data(), plain.size());
    sodium_memzero(&stream, sizeof stream);
    if (!out.flush())
        return fail(failure(ErrorCode::CannotOpen, QCoreApplication::translate("tumbuh::records", "The file %1 cannot be written: %2").arg(plainTarget, out.errorString())));
    out.close();
    return {};
}

} // namespace tumbuh::records::packagecrypto
