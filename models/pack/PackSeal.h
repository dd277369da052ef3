#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace khana {

// The key a passphrase gives a sealed workshop pack: Argon2id (libsodium's crypto_pwhash) over
// the passphrase and the pack's own salt. It lives in memory libsodium keeps out of swap and
// wipes when the key goes.
class PackKey
{
public:
    // How hard a passphrase is made to guess: Moderate (256 MiB, about a second on a two-core
    // laptop) for every pack; Quick (64 MiB) only where tests make many packs.
    enum class Cost { Moderate, Quick };

    // A new key with a new random salt; null if memory for it cannot be had.
    static std::shared_ptr<PackKey> fromPassphrase(const QString &passphrase, Cost cost = Cost::Moderate);
    // The key of a sealed pack whose salt and limits are known; null when they are out of bounds.
    static std::shared_ptr<PackKey> derive(const QString &passphrase, const QByteArray &salt, quint64 ops, quint64 mem);
    ~PackKey();
    PackKey(const PackKey &) = delete;
    PackKey &operator=(const PackKey &) = delete;

    const unsigned char *bytes() const { return m_key; }
    QByteArray salt() const { return m_salt; }
    quint64 opsLimit() const { return m_ops; }
    quint64 memLimit() const { return m_mem; }

private:
    PackKey() = default;

    unsigned char *m_key = nullptr;
    QByteArray m_salt;
    quint64 m_ops = 0;
    quint64 m_mem = 0;
};

// A workshop pack's file sealed with a passphrase. libsodium (Debian's libsodium23) does the
// cryptography: the key from PackKey, the database's bytes encrypted and authenticated with
// crypto_secretstream_xchacha20poly1305 in 1 MiB pieces, the last marked final, so that a wrong
// passphrase, a changed byte, a cut-off or lengthened file are all refused. Khana adds only the
// file's frame:
//
//   "KhanaSealedPack\0" · format (u32) · Argon2id ops and memory (u64 each) · salt (16 bytes)
//   · stream header (24 bytes) · pieces, each its length (u32) then its bytes
//
// (little-endian; everything before the stream header is authenticated with the first piece).
// SQLCipher was the other way: Debian 12 has it only at 3.4, and Qt's SQLite driver is built
// against the system SQLite, so it could not open SQLCipher's files.
namespace PackSeal {

enum class Failure { None, CannotRead, NotSealed, WrongPassphrase, Damaged, NewerFormat };

// True when the file at `path` begins as a sealed pack does.
bool isSealed(const QString &path);

QByteArray seal(const QByteArray &plain, const PackKey &key);

struct Opened
{
    Failure failure = Failure::None;
    QByteArray plain;
    std::shared_ptr<PackKey> key; // to seal it again after each change
    bool ok() const { return failure == Failure::None; }
};
// Reads and opens the sealed bytes (derives the key: about a second).
Opened open(const QByteArray &sealed, const QString &passphrase);
// Opens bytes sealed with `key` (no derivation); false when they are not whole.
bool openWithKey(const QByteArray &sealed, const PackKey &key, QByteArray *plain);

// What a failure means for the person opening the pack, translated.
QString describe(Failure failure, const QString &fileName);

// Writes `sealed` to `path` in one step (a new file renamed over the old once it is whole and on
// the disk), readable by its owner only. `error` gets the reason, translated.
bool writeFile(const QString &path, const QByteArray &sealed, QString *error);

// The least a passphrase must be, in characters.
constexpr int kMinimumLength = 8;

} // namespace PackSeal

} // namespace khana
