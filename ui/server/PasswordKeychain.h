#pragma once

#include <QString>

namespace khana {

struct ServerAddress;

// Server passwords in the operating system's keychain through QtKeychain (Secret Service on
// Linux, Credential Manager on Windows), only when the user asks for it. There is no fallback
// into a file: without a keychain the user is asked each time.
class PasswordKeychain
{
public:
    enum class Outcome {
        Done,        // read (password set), stored or forgotten
        NotFound,    // no password kept for this login
        Unavailable, // no keychain service answers
        Failed,      // the keychain answered with an error (locked, access refused)
    };
    struct Result
    {
        Outcome outcome = Outcome::Failed;
        QString password;
        QString message; // for people, translated; empty when Done or NotFound
        bool ok() const { return outcome == Outcome::Done; }
    };

    // Each waits for the keychain (a local event loop; the keychain may ask to be unlocked).
    static Result read(const ServerAddress &address);
    static Result store(const ServerAddress &address, const QString &password);
    static Result forget(const ServerAddress &address);

    // The keychain entry's name: "Khana/user@host:port/database". On Windows the key alone
    // names the credential, so it carries the application's name too.
    static QString keyOf(const ServerAddress &address);
    // The keychain's service name; tests use their own.
    static QString service();
    static void setService(const QString &service);
};

} // namespace khana
