#pragma once
#include "records/storenames.h"
// An encrypted posyandu package (the format is in packageformat.h): the plain
// package file sealed with a passphrase, for the USB stick between the
// posyandu and the puskesmas. libsodium's crypto_secretstream_xchacha20poly1305
// with a key derived by crypto_pwhash (Argon2id13) from the passphrase and a
// random salt. A wrong passphrase, a changed byte anywhere, a truncated file
// or a foreign one is refused with a message; nothing of the plain text is
// written then.
#include "store/result.h"

#include <QString>

#include <cstdint>

namespace tumbuh::records::packagecrypto {

// The Argon2id cost written into each file's header (so it can change
// without breaking older files).
struct KdfCost {
    std::uint64_t opslimit = 0;
    std::uint64_t memlimit = 0; // bytes
};

// The cost new files get: 3 passes over 128 MiB (about a second here).
KdfCost defaultCost();

// A passphrase shorter than this is refused.
inline constexpr int kMinPassphraseLength = 8;

// The reason a passphrase is refused for a new file (too short); empty when
// it is accepted.
QString passphraseProblem(const QString& passphrase);

// True when the file starts with the encrypted package's magic
// ("TUMBUHENC" and a format byte).
bool isEncrypted(const QString& path);

// Encrypts the plain file `plainPath` into `target` (through OutputFile: a
// temporary file, owner-only, renamed when complete).
Result<void> encryptFile(const QString& plainPath, const QString& target, const QString& passphrase,
                         KdfCost cost = defaultCost());

// Decrypts `encryptedPath` into `plainTarget` (created owner-only; removed
// again on any failure). Fails, with a message for the user, on a wrong
// passphrase, a changed or truncated file, a file not in this format.
Result<void> decryptFile(const QString& encryptedPath, const QString& plainTarget, const QString& passphrase);

} // namespace tumbuh::records::packagecrypto
