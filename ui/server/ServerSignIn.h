#pragma once

#include "database/ServerDatabase.h"

#include <optional>

class QWidget;

namespace khana {

// A signed-in connection's address and the password it was opened with, so that the window
// can move onto it without asking again.
struct ServerSession
{
    ServerAddress address;
    QString password;
};

// Signs in to an office server on `connectionName`: with the password kept in the system
// keychain when there is one; otherwise, or when the server refuses it or cannot be reached,
// the Connect dialog asks (saying why). `known` empty: the dialog starts blank, for a new
// server. On success the server goes first in the recent list and its password is kept in, or
// taken out of, the keychain as the user ticked.
std::optional<ServerSession> signInToServer(QWidget *parent, const std::optional<ServerAddress> &known, const QString &connectionName);

} // namespace khana
