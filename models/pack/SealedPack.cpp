#include "SealedPack.h"

#include "database/MemoryDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSqlQuery>

#include <sodium.h>

#include <memory>

namespace khana {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SealedPack)
};

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

// What the file holds, and how to seal what memory holds into it.
struct SealedFile
{
    QString path;
    std::shared_ptr<PackKey> key;
    QByteArray lastSealed; // what the file holds: memory goes back to it when a write fails
    quint32 counter = 0;   // the change counter of the database sealed last
    QMutex lock;
};

QString sealBack(SealedFile &file, const QSqlDatabase &db)
{
    QMutexLocker locker(&file.lock);
    quint32 counter = 0;
    if (MemoryDatabase::changeCounter(db, &counter) && counter == file.counter)
        return {};
    MemoryDatabase::Image image;
    QString error;
    if (MemoryDatabase::read(db, &image, &error)) {
        const QByteArray sealed = PackSeal::seal(image.bytes, *file.key);
        wipe(image.bytes);
        if (PackSeal::writeFile(file.path, sealed, &error)) {
            file.lastSealed = sealed;
            file.counter = image.changeCounter;
            return {};
        }
    }
    // Memory goes back to what the file holds: the change is kept nowhere, and says so.
    QByteArray plain;
    QString restoreError;
    if (PackSeal::openWithKey(file.lastSealed, *file.key, &plain) && MemoryDatabase::load(db, plain, &restoreError))
        MemoryDatabase::changeCounter(db, &file.counter);
    wipe(plain);
    return Text::tr("The change could not be kept in the workshop pack, so it was not saved: %1").arg(error);
}

SealedPack::Opened openImpl(const QString &path, const QString &passphrase, const QString &connectionName, bool forWork)
{
    SealedPack::Opened opened;
    const QString shown = QDir::toNativeSeparators(path);
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        opened.failure = PackSeal::Failure::CannotRead;
        opened.result.status = Database::Status::CannotOpen;
        opened.result.message = QCoreApplication::translate("Database", "Cannot open %1: %2").arg(shown, file.errorString());
        return opened;
    }
    const QByteArray sealed = file.readAll();
    file.close();
    PackSeal::Opened seal = PackSeal::open(sealed, passphrase);
    if (!seal.ok()) {
        opened.failure = seal.failure;
        opened.result.status = seal.failure == PackSeal::Failure::Damaged ? Database::Status::Damaged : Database::Status::CannotOpen;
        opened.result.message = PackSeal::describe(seal.failure, fileName);
        return opened;
    }
    opened.result = Database::openInMemory(MemoryDatabase::newName(), seal.plain, shown, connectionName);
    wipe(seal.plain);
    if (!opened.result.ok())
        return opened;
    const QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    if (!forWork) {
        QSqlQuery(db).exec(QStringLiteral("PRAGMA query_only = ON"));
        opened.result.readOnly = true;
        return opened;
    }
    auto state = std::make_shared<SealedFile>();
    state->path = QFileInfo(path).absoluteFilePath();
    state->key = seal.key;
    state->lastSealed = sealed;
    AfterCommit::set(db.databaseName(), connectionName, [state](const QSqlDatabase &on) { return sealBack(*state, on); });
    // A pack an older Khana made was brought up to date in memory: its file is too.
    if (const QString notKept = sealBack(*state, db); !notKept.isEmpty()) {
        Database::close(connectionName);
        opened.result.status = Database::Status::ReadOnly;
        opened.result.message = notKept;
    }
    return opened;
}

} // namespace

namespace SealedPack {

Opened open(const QString &path, const QString &passphrase, const QString &connectionName)
{
    return openImpl(path, passphrase, connectionName, true);
}

Opened openToRead(const QString &path, const QString &passphrase, const QString &connectionName)
{
    return openImpl(path, passphrase, connectionName, false);
}

bool sealInto(const QSqlDatabase &db, const PackKey &key, const QString &path, QString *error)
{
    MemoryDatabase::Image image;
    if (!MemoryDatabase::read(db, &image, error))
        return false;
    const QByteArray sealed = PackSeal::seal(image.bytes, key);
    wipe(image.bytes);
    return PackSeal::writeFile(path, sealed, error);
}

} // namespace SealedPack

} // namespace khana
