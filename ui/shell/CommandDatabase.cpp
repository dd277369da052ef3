#include "CommandDatabase.h"

#include "database/Database.h"
#include "demo/PeopleGenerator.h"
#include "server/PasswordKeychain.h"
#include "server/ServerList.h"
#include "server/TerminalPassword.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace khana {

namespace {

// Free functions' texts, under the context "CommandDatabase" that lupdate and the translator share.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandDatabase)
};

bool refuse(const char *command, const QString &message)
{
    std::fprintf(stderr, "khana %s: %s\n", command, message.toLocal8Bit().constData());
    return false;
}

bool openServer(const CommandDatabase &choice, const char *command)
{
    const auto address = ServerList::named(choice.server);
    if (!address)
        return refuse(command, Text::tr("No server is known as \"%1\". Connect to it once in Khana's window (File > Connect to server…) "
                                  "to give it that name.").arg(choice.server));
    QString password;
    if (choice.passwordStdin) {
        password = readSecretLine(QString());
    } else if (const PasswordKeychain::Result kept = PasswordKeychain::read(*address); kept.ok()) {
        password = kept.password;
    }
    Database::OpenResult opened = ServerDatabase::open(*address, password);
    if (opened.status == Database::Status::AuthenticationFailed && !choice.passwordStdin && standardInputIsTerminal())
        opened = ServerDatabase::open(*address, readSecretLine(Text::tr("Password of %1 on %2: ").arg(address->user, address->name)));
    if (!opened.ok())
        return refuse(command, opened.message);
    return true;
}

} // namespace

bool CommandDatabase::open(const char *command) const
{
    const int chosen = int(demo) + int(!path.isEmpty()) + int(!server.isEmpty());
    if (chosen > 1)
        return refuse(command, Text::tr("Give one of --database FILE, --server NAME or --demo."));
    if (!server.isEmpty())
        return openServer(*this, command);
    QString file = path.isEmpty() ? Database::defaultPath() : path;
    if (!demo && !create && !QFileInfo::exists(file))
        return refuse(command, Database::noDatabaseMessage(file));
    const auto opened = demo ? DemoData::open(&file) : Database::openSqlite(file);
    if (!opened.ok())
        return refuse(command, opened.message);
    return true;
}

QString CommandDatabase::shownName() const
{
    if (!server.isEmpty())
        return server;
    if (demo)
        return Database::demoPath();
    return QDir::toNativeSeparators(path.isEmpty() ? Database::defaultPath() : path);
}

} // namespace khana
