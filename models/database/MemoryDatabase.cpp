#include "MemoryDatabase.h"

#include "SqliteFile.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QThread>
#include <QUuid>
#include <QVariant>

#include <sqlite3.h>

#include <atomic>

namespace khana {

namespace {

QString sqliteError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

// Holds SQLite's shared lock on `db` while it lives: no other connection commits meanwhile.
class ReadLock
{
public:
    explicit ReadLock(sqlite3 *db)
        : m_db(db)
        , m_held(sqlite3_exec(db, "BEGIN DEFERRED; SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr) == SQLITE_OK)
    {
    }
    ~ReadLock()
    {
        if (sqlite3_get_autocommit(m_db) == 0)
            sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    }
    ReadLock(const ReadLock &) = delete;
    ReadLock &operator=(const ReadLock &) = delete;
    bool held() const { return m_held; }

private:
    sqlite3 *m_db;
    bool m_held;
};

quint32 counterIn(const unsigned char *bytes, sqlite3_int64 size)
{
    // Page 1's header: the file change counter is bytes 24–27, big-endian.
    if (size < 28)
        return 0;
    return quint32(bytes[24]) << 24 | quint32(bytes[25]) << 16 | quint32(bytes[26]) << 8 | quint32(bytes[27]);
}

} // namespace

namespace MemoryDatabase {

QString newName()
{
    return QStringLiteral("/khana-") + QUuid::createUuid().toString(QUuid::Id128);
}

QString uriOf(const QString &name)
{
    return QStringLiteral("file:%1?vfs=memdb").arg(name);
}

bool isInMemory(const QSqlDatabase &db)
{
    return db.databaseName().startsWith(QLatin1String("file:/khana-")) && db.databaseName().endsWith(QLatin1String("?vfs=memdb"));
}

bool load(const QSqlDatabase &db, const QByteArray &image, QString *error)
{
    sqlite3 *target = SqliteFile::handleOf(db);
    if (!target) {
        *error = QStringLiteral("not an SQLite connection");
        return false;
    }
    sqlite3 *source = nullptr;
    if (sqlite3_open_v2(":memory:", &source, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        *error = source ? sqliteError(source) : QStringLiteral("out of memory");
        sqlite3_close(source);
        return false;
    }
    // The image's own buffer is read in place (no copy SQLite would free unwiped); the caller
    // wipes it.
    bool ok = sqlite3_deserialize(source, "main", reinterpret_cast<unsigned char *>(const_cast<char *>(image.constData())), image.size(), image.size(),
                                  SQLITE_DESERIALIZE_READONLY)
              == SQLITE_OK;
    if (ok) {
        sqlite3_backup *copy = sqlite3_backup_init(target, "main", source, "main");
        ok = copy != nullptr;
        if (copy) {
            // Another connection reading holds its lock for a moment only.
            int step = SQLITE_OK;
            for (int tries = 0; tries < 500; ++tries) {
                step = sqlite3_backup_step(copy, -1);
                if (step != SQLITE_BUSY && step != SQLITE_LOCKED)
                    break;
                QThread::msleep(10);
            }
            ok = step == SQLITE_DONE;
            sqlite3_backup_finish(copy);
        }
    }
    if (!ok)
        *error = sqliteError(target);
    sqlite3_close(source);
    return ok;
}

bool read(const QSqlDatabase &db, Image *image, QString *error)
{
    sqlite3 *handle = SqliteFile::handleOf(db);
    if (!handle) {
        *error = QStringLiteral("not an SQLite connection");
        return false;
    }
    ReadLock lock(handle);
    if (!lock.held()) {
        *error = sqliteError(handle);
        return false;
    }
    sqlite3_int64 size = 0;
    // memdb hands out its own bytes; copied here while the lock holds them still.
    if (const unsigned char *bytes = sqlite3_serialize(handle, "main", &size, SQLITE_SERIALIZE_NOCOPY)) {
        image->bytes = QByteArray(reinterpret_cast<const char *>(bytes), qsizetype(size));
        image->changeCounter = counterIn(bytes, size);
        return true;
    }
    unsigned char *copy = sqlite3_serialize(handle, "main", &size, 0);
    if (!copy) {
        *error = sqliteError(handle);
        return false;
    }
    image->bytes = QByteArray(reinterpret_cast<const char *>(copy), qsizetype(size));
    image->changeCounter = counterIn(copy, size);
    sqlite3_free(copy);
    return true;
}

bool changeCounter(const QSqlDatabase &db, quint32 *counter)
{
    sqlite3 *handle = SqliteFile::handleOf(db);
    if (!handle)
        return false;
    ReadLock lock(handle);
    sqlite3_int64 size = 0;
    const unsigned char *bytes = lock.held() ? sqlite3_serialize(handle, "main", &size, SQLITE_SERIALIZE_NOCOPY) : nullptr;
    if (!bytes)
        return false;
    *counter = counterIn(bytes, size);
    return true;
}

} // namespace MemoryDatabase

namespace AfterCommit {

namespace {

struct Registered
{
    QString owner;
    Work work;
};

QMutex registryLock;
QHash<QString, Registered> registry;
std::atomic<int> registered{0};

} // namespace

void set(const QString &databaseName, const QString &owningConnection, Work work)
{
    QMutexLocker locker(&registryLock);
    registry.insert(databaseName, Registered{owningConnection, std::move(work)});
    registered = int(registry.size());
}

QString run(const QSqlDatabase &db)
{
    if (registered.load(std::memory_order_relaxed) == 0)
        return {};
    Work work;
    {
        QMutexLocker locker(&registryLock);
        const auto found = registry.constFind(db.databaseName());
        if (found == registry.constEnd())
            return {};
        work = found->work;
    }
    return work(db);
}

QString closing(const QSqlDatabase &db)
{
    if (registered.load(std::memory_order_relaxed) == 0)
        return {};
    Work work;
    {
        QMutexLocker locker(&registryLock);
        const auto found = registry.constFind(db.databaseName());
        if (found == registry.constEnd() || found->owner != db.connectionName())
            return {};
        work = found->work;
        registry.erase(found);
        registered = int(registry.size());
    }
    return work(db);
}

} // namespace AfterCommit

} // namespace khana
