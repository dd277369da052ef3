#pragma once

#include "database/ServerDatabase.h"

#include <QList>
#include <QString>

#include <optional>

namespace khana {

// The office servers this user has connected to, newest first, kept in QSettings (never with a
// password). `--server NAME` and File › Connect to server… find them here.
class ServerList
{
public:
    static QList<ServerAddress> recent();
    static std::optional<ServerAddress> named(const QString &name);
    // Puts `address` first, in place of any kept under the same name; keeps the newest ten.
    static void remember(const ServerAddress &address);
    static void forget(const QString &name);

    // The server a plain start connects to (the last one worked on), or none for a file.
    static QString lastServer();
    static void setLastServer(const QString &name);
};

} // namespace khana
