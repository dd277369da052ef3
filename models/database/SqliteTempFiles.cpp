#include "SqliteTempFiles.h"

#include "SqliteFile.h"

#include <sodium.h>
#include <QSqlDatabase>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <mutex>
#include <new>
#include <vector>

// SQLite keeps a temporary file in memory itself only as a whole (temp_store = MEMORY), which
// also turns its sorter into a single in-memory list sorted on one thread; no other switch
// keeps the files off the disk. Hence this small file system of Khana's own.

namespace khana::SqliteTempFiles {

namespace {

constexpr const char *kName = "khana-temp-in-memory";

void wipe(std::vector<unsigned char> &bytes)
{
    if (!bytes.empty())
        sodium_memzero(bytes.data(), bytes.size()); // a plain fill before freeing may be left out
}

// A temporary file's bytes, zeroed before any of them is freed: they may be anyone's name.
struct Bytes
{
    std::vector<unsigned char> data;
    ~Bytes() { wipe(data); }

    // Room for `end` bytes; false when there is no memory for them.
    bool growTo(size_t end)
    {
        if (end <= data.size())
            return true;
        try {
            if (end > data.capacity()) {
                std::vector<unsigned char> larger;
                larger.reserve(std::max(end, 2 * data.capacity()));
                larger.assign(data.cbegin(), data.cend());
                wipe(data);
                data.swap(larger);
            }
            data.resize(end);
        } catch (const std::bad_alloc &) {
            return false;
        }
        return true;
    }
};

// SQLite hands xOpen raw memory of szOsFile bytes that starts with an sqlite3_file.
struct MemoryFile
{
    sqlite3_file base;
    Bytes *bytes;
};

Bytes &bytesOf(sqlite3_file *file)
{
    return *reinterpret_cast<MemoryFile *>(file)->bytes;
}

int fileClose(sqlite3_file *file)
{
    delete reinterpret_cast<MemoryFile *>(file)->bytes;
    reinterpret_cast<MemoryFile *>(file)->bytes = nullptr;
    return SQLITE_OK;
}

int fileRead(sqlite3_file *file, void *out, int amount, sqlite3_int64 offset)
{
    const std::vector<unsigned char> &data = bytesOf(file).data;
    const sqlite3_int64 available = std::clamp<sqlite3_int64>(sqlite3_int64(data.size()) - offset, 0, amount);
    if (available > 0)
        std::memcpy(out, data.data() + offset, size_t(available));
    if (available == amount)
        return SQLITE_OK;
    // SQLite expects the rest of a short read zeroed.
    std::memset(static_cast<unsigned char *>(out) + available, 0, size_t(amount - available));
    return SQLITE_IOERR_SHORT_READ;
}

int fileWrite(sqlite3_file *file, const void *in, int amount, sqlite3_int64 offset)
{
    Bytes &bytes = bytesOf(file);
    if (!bytes.growTo(size_t(offset) + size_t(amount)))
        return SQLITE_IOERR_NOMEM;
    std::memcpy(bytes.data.data() + offset, in, size_t(amount));
    return SQLITE_OK;
}

int fileTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    std::vector<unsigned char> &data = bytesOf(file).data;
    if (size_t(size) < data.size()) {
        sodium_memzero(data.data() + size, data.size() - size_t(size));
        data.resize(size_t(size));
    }
    return SQLITE_OK;
}

int fileSync(sqlite3_file *, int)
{
    return SQLITE_OK;
}

int fileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    *size = sqlite3_int64(bytesOf(file).data.size());
    return SQLITE_OK;
}

// A temporary file is its connection's alone: there is nobody to lock out.
int fileLock(sqlite3_file *, int)
{
    return SQLITE_OK;
}

int fileCheckReservedLock(sqlite3_file *, int *reserved)
{
    *reserved = 0;
    return SQLITE_OK;
}

int fileControl(sqlite3_file *, int, void *)
{
    return SQLITE_NOTFOUND;
}

int fileSectorSize(sqlite3_file *)
{
    return 4096;
}

int fileDeviceCharacteristics(sqlite3_file *)
{
    return SQLITE_IOCAP_SAFE_APPEND | SQLITE_IOCAP_SEQUENTIAL | SQLITE_IOCAP_POWERSAFE_OVERWRITE;
}

const sqlite3_io_methods kMemoryMethods = {
    1, // no shared memory or memory mapping: only databases use them
    fileClose,
    fileRead,
    fileWrite,
    fileTruncate,
    fileSync,
    fileSize,
    fileLock,
    fileLock,
    fileCheckReservedLock,
    fileControl,
    fileSectorSize,
    fileDeviceCharacteristics,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
};

sqlite3_vfs *underlying(sqlite3_vfs *vfs)
{
    return static_cast<sqlite3_vfs *>(vfs->pAppData);
}

// SQLite asks for its temporary files without a name (it leaves naming them to the file system).
int vfsOpen(sqlite3_vfs *vfs, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    if (name)
        return underlying(vfs)->xOpen(underlying(vfs), name, file, flags, outFlags);
    auto *memory = reinterpret_cast<MemoryFile *>(file);
    memory->base.pMethods = nullptr;
    memory->bytes = new (std::nothrow) Bytes;
    if (!memory->bytes)
        return SQLITE_NOMEM;
    memory->base.pMethods = &kMemoryMethods;
    if (outFlags)
        *outFlags = flags;
    return SQLITE_OK;
}

int vfsDelete(sqlite3_vfs *vfs, const char *name, int syncDirectory)
{
    return underlying(vfs)->xDelete(underlying(vfs), name, syncDirectory);
}

int vfsAccess(sqlite3_vfs *vfs, const char *name, int flags, int *result)
{
    return underlying(vfs)->xAccess(underlying(vfs), name, flags, result);
}

int vfsFullPathname(sqlite3_vfs *vfs, const char *name, int size, char *out)
{
    return underlying(vfs)->xFullPathname(underlying(vfs), name, size, out);
}

void *vfsDlOpen(sqlite3_vfs *vfs, const char *name)
{
    return underlying(vfs)->xDlOpen(underlying(vfs), name);
}

void vfsDlError(sqlite3_vfs *vfs, int size, char *out)
{
    underlying(vfs)->xDlError(underlying(vfs), size, out);
}

void (*vfsDlSym(sqlite3_vfs *vfs, void *library, const char *symbol))(void)
{
    return underlying(vfs)->xDlSym(underlying(vfs), library, symbol);
}

void vfsDlClose(sqlite3_vfs *vfs, void *library)
{
    underlying(vfs)->xDlClose(underlying(vfs), library);
}

int vfsRandomness(sqlite3_vfs *vfs, int size, char *out)
{
    return underlying(vfs)->xRandomness(underlying(vfs), size, out);
}

int vfsSleep(sqlite3_vfs *vfs, int microseconds)
{
    return underlying(vfs)->xSleep(underlying(vfs), microseconds);
}

int vfsCurrentTime(sqlite3_vfs *vfs, double *now)
{
    return underlying(vfs)->xCurrentTime(underlying(vfs), now);
}

int vfsGetLastError(sqlite3_vfs *vfs, int size, char *out)
{
    return underlying(vfs)->xGetLastError ? underlying(vfs)->xGetLastError(underlying(vfs), size, out) : 0;
}

int vfsCurrentTimeInt64(sqlite3_vfs *vfs, sqlite3_int64 *now)
{
    return underlying(vfs)->xCurrentTimeInt64(underlying(vfs), now);
}

sqlite3_vfs theVfs{};

} // namespace

void keepInMemory()
{
    static std::once_flag once;
    std::call_once(once, [] {
        sqlite3_vfs *underneath = sqlite3_vfs_find(nullptr);
        if (!underneath || underneath->iVersion < 2)
            return;
        theVfs.iVersion = 2;
        theVfs.szOsFile = std::max(underneath->szOsFile, int(sizeof(MemoryFile)));
        theVfs.mxPathname = underneath->mxPathname;
        theVfs.zName = kName;
        theVfs.pAppData = underneath;
        theVfs.xOpen = vfsOpen;
        theVfs.xDelete = vfsDelete;
        theVfs.xAccess = vfsAccess;
        theVfs.xFullPathname = vfsFullPathname;
        theVfs.xDlOpen = vfsDlOpen;
        theVfs.xDlError = vfsDlError;
        theVfs.xDlSym = vfsDlSym;
        theVfs.xDlClose = vfsDlClose;
        theVfs.xRandomness = vfsRandomness;
        theVfs.xSleep = vfsSleep;
        theVfs.xCurrentTime = vfsCurrentTime;
        theVfs.xGetLastError = vfsGetLastError;
        theVfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
        sqlite3_vfs_register(&theVfs, 1);
    });
}

bool inMemory(const QSqlDatabase &db)
{
    sqlite3 *connection = SqliteFile::handleOf(db);
    sqlite3_vfs *vfs = nullptr;
    return connection && sqlite3_file_control(connection, "main", SQLITE_FCNTL_VFS_POINTER, &vfs) == SQLITE_OK && vfs == &theVfs;
}

} // namespace khana::SqliteTempFiles
