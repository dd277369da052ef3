#include "PackSeal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>

#include <sodium.h>

namespace khana {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PackSeal)
};

constexpr char kMagic[16] = {'K', 'h', 'a', 'n', 'a', 'S', 'e', 'a', 'l', 'e', 'd', 'P', 'a', 'c', 'k', '\0'};
constexpr quint32 kFormat = 1;
constexpr qsizetype kSaltBytes = crypto_pwhash_SALTBYTES;
constexpr qsizetype kHeaderBytes = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
// magic · format · ops · mem · salt: authenticated with the first piece.
constexpr qsizetype kFrameBytes = 16 + 4 + 8 + 8 + kSaltBytes;
constexpr qsizetype kPieceBytes = 1 << 20;
// What a file may ask of Argon2id: no more memory than a laptop gives one program, and never
// less than libsodium allows (a damaged or crafted frame is refused, not obeyed).
constexpr quint64 kMostMemory = quint64(1) << 30;
constexpr quint64 kMostOps = 16;

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

template<typename T>
void append(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

template<typename T>
T read(const char *at)
{
    return qFromLittleEndian<T>(at);
}

// The passphrase as bytes: UTF-8 of its composed form, so that the same Thai typed with another
// keyboard or input method (marks in another order) is the same passphrase.
QByteArray passphraseBytes(const QString &passphrase)
{
    return passphrase.normalized(QString::NormalizationForm_C).toUtf8();
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

} // namespace

PackKey::~PackKey()
{
    if (m_key)
        sodium_free(m_key);
}

std::shared_ptr<PackKey> PackKey::fromPassphrase(const QString &passphrase, Cost cost)
{
    if (!sodiumReady())
        return nullptr;
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));
    const bool moderate = cost == Cost::Moderate;
    return derive(passphrase, salt, moderate ? crypto_pwhash_OPSLIMIT_MODERATE : crypto_pwhash_OPSLIMIT_INTERACTIVE,
                  moderate ? crypto_pwhash_MEMLIMIT_MODERATE : crypto_pwhash_MEMLIMIT_INTERACTIVE);
}

std::shared_ptr<PackKey> PackKey::derive(const QString &passphrase, const QByteArray &salt, quint64 ops, quint64 mem)
{
    if (!sodiumReady() || salt.size() != kSaltBytes || ops < crypto_pwhash_OPSLIMIT_MIN || ops > kMostOps || mem < crypto_pwhash_MEMLIMIT_MIN
        || mem > kMostMemory)
        return nullptr;
    std::shared_ptr<PackKey> key(new PackKey);
    key->m_key = static_cast<unsigned char *>(sodium_malloc(crypto_secretstream_xchacha20poly1305_KEYBYTES));
    if (!key->m_key)
        return nullptr;
    key->m_salt = salt;
    key->m_ops = ops;
    key->m_mem = mem;
    QByteArray secret = passphraseBytes(passphrase);
    const int derived = crypto_pwhash(key->m_key, crypto_secretstream_xchacha20poly1305_KEYBYTES, secret.constData(), quint64(secret.size()),
                                      reinterpret_cast<const unsigned char *>(salt.constData()), ops, size_t(mem), crypto_pwhash_ALG_ARGON2ID13);
    wipe(secret);
    return derived == 0 ? key : nullptr;
}

namespace PackSeal {

bool isSealed(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray start = file.read(sizeof kMagic);
    return start == QByteArray(kMagic, sizeof kMagic);
}

QByteArray seal(const QByteArray &plain, const PackKey &key)
{
    QByteArray out;
    out.reserve(kFrameBytes + kHeaderBytes + plain.size() + (plain.size() / kPieceBytes + 1) * (4 + crypto_secretstream_xchacha20poly1305_ABYTES));
    out.append(kMagic, sizeof kMagic);
    append<quint32>(out, kFormat);
    append<quint64>(out, key.opsLimit());
    append<quint64>(out, key.memLimit());
    out.append(key.salt());
    const QByteArray frame = out;

    crypto_secretstream_xchacha20poly1305_state state;
    unsigned char header[kHeaderBytes];
    crypto_secretstream_xchacha20poly1305_init_push(&state, header, key.bytes());
    out.append(reinterpret_cast<const char *>(header), kHeaderBytes);
    qsizetype at = 0;
    bool first = true;
    do {
        const qsizetype length = qMin(kPieceBytes, plain.size() - at);
        const bool last = at + length == plain.size();
        QByteArray piece(length + crypto_secretstream_xchacha20poly1305_ABYTES, Qt::Uninitialized);
        unsigned long long written = 0;
        crypto_secretstream_xchacha20poly1305_push(&state, reinterpret_cast<unsigned char *>(piece.data()), &written,
                                                   reinterpret_cast<const unsigned char *>(plain.constData() + at), quint64(length),
                                                   first ? reinterpret_cast<const unsigned char *>(frame.constData()) : nullptr,
                                                   first ? quint64(frame.size()) : 0,
                                                   last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        append<quint32>(out, quint32(written));
        out.append(piece.constData(), qsizetype(written));
        at += length;
        first = false;
    } while (at < plain.size());
    sodium_memzero(&state, sizeof state);
    return out;
}

namespace {

struct Frame
{
    Failure failure = Failure::None;
    QByteArray salt;
    quint64 ops = 0;
    quint64 mem = 0;
};

Frame frameOf(const QByteArray &sealed)
{
    Frame f;
    if (sealed.size() < qsizetype(sizeof kMagic) || !sealed.startsWith(QByteArray(kMagic, sizeof kMagic))) {
        f.failure = Failure::NotSealed;
        return f;
    }
    if (sealed.size() < kFrameBytes + kHeaderBytes) {
        f.failure = Failure::Damaged;
        return f;
    }
    const char *at = sealed.constData() + sizeof kMagic;
    if (read<quint32>(at) > kFormat) {
        f.failure = Failure::NewerFormat;
        return f;
    }
    f.ops = read<quint64>(at + 4);
    f.mem = read<quint64>(at + 12);
    f.salt = sealed.mid(20 + 16, kSaltBytes);
    return f;
}

// Decrypts every piece; WrongPassphrase when the first does not open (the key is not the
// pack's, or its frame was changed), Damaged when a later one does not or the end is missing.
Failure openPieces(const QByteArray &sealed, const PackKey &key, QByteArray *plain)
{
    const QByteArray frame = sealed.left(kFrameBytes);
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, reinterpret_cast<const unsigned char *>(sealed.constData() + kFrameBytes), key.bytes()) != 0)
        return Failure::Damaged;
    qsizetype at = kFrameBytes + kHeaderBytes;
    QByteArray out;
    bool first = true;
    for (;;) {
        if (sealed.size() - at < 4)
            break;
        const quint32 length = read<quint32>(sealed.constData() + at);
        at += 4;
        if (length < crypto_secretstream_xchacha20poly1305_ABYTES || length > kPieceBytes + crypto_secretstream_xchacha20poly1305_ABYTES
            || sealed.size() - at < qsizetype(length))
            break;
        const qsizetype before = out.size();
        out.resize(before + qsizetype(length - crypto_secretstream_xchacha20poly1305_ABYTES));
        unsigned long long opened = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&state, reinterpret_cast<unsigned char *>(out.data() + before), &opened, &tag,
                                                       reinterpret_cast<const unsigned char *>(sealed.constData() + at), length,
                                                       first ? reinterpret_cast<const unsigned char *>(frame.constData()) : nullptr,
                                                       first ? quint64(frame.size()) : 0)
            != 0) {
            wipe(out);
            return first ? Failure::WrongPassphrase : Failure::Damaged;
        }
        at += length;
        first = false;
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
            if (at != sealed.size())
                break; // bytes after the end: not the file that was sealed
            *plain = out;
            return Failure::None;
        }
    }
    wipe(out); // cut off, or its pieces do not add up: not what was sealed
    return Failure::Damaged;
}

} // namespace

Opened open(const QByteArray &sealed, const QString &passphrase)
{
    Opened result;
    const Frame frame = frameOf(sealed);
    if (frame.failure != Failure::None) {
        result.failure = frame.failure;
        return result;
    }
    result.key = PackKey::derive(passphrase, frame.salt, frame.ops, frame.mem);
    if (!result.key) {
        result.failure = Failure::Damaged;
        return result;
    }
    result.failure = openPieces(sealed, *result.key, &result.plain);
    if (!result.ok())
        result.key.reset();
    return result;
}

bool openWithKey(const QByteArray &sealed, const PackKey &key, QByteArray *plain)
{
    const Frame frame = frameOf(sealed);
    return frame.failure == Failure::None && frame.salt == key.salt() && openPieces(sealed, key, plain) == Failure::None;
}

QString describe(Failure failure, const QString &fileName)
{
    switch (failure) {
    case Failure::None:
        return {};
    case Failure::CannotRead:
        return Text::tr("%1 cannot be read.").arg(fileName);
    case Failure::NotSealed:
        return Text::tr("%1 is not a workshop pack protected with a passphrase.").arg(fileName);
    case Failure::WrongPassphrase:
        return Text::tr("That passphrase does not open %1. Check it (capital letters, Thai or English keyboard) and try again.").arg(fileName);
    case Failure::Damaged:
        return Text::tr("%1 is damaged: its sealed contents are not whole. Nothing in it can be trusted; ask the office for a new pack.").arg(fileName);
    case Failure::NewerFormat:
        return Text::tr("%1 was sealed by a newer Khana: open it with that version.").arg(fileName);
    }
    return {};
}

bool writeFile(const QString &path, const QByteArray &sealed, QString *error)
{
    QSaveFile file(path);
    const auto refuse = [&] {
        *error = Text::tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        file.cancelWriting();
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return refuse();
    if (!file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) || file.write(sealed) != sealed.size())
        return refuse();
    if (!file.commit()) {
        *error = Text::tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace PackSeal

} // namespace khana
