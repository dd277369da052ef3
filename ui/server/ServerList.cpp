#include "ServerList.h"

#include <QSettings>

namespace khana {

namespace {

const QString kGroup = QStringLiteral("servers");
const QString kLastKey = QStringLiteral("start/server");
constexpr qsizetype kKept = 10;

void write(const QList<ServerAddress> &servers)
{
    QSettings settings;
    settings.remove(kGroup);
    settings.beginWriteArray(kGroup, int(servers.size()));
    for (qsizetype i = 0; i < servers.size(); ++i) {
        const ServerAddress &s = servers.at(i);
        settings.setArrayIndex(int(i));
        settings.setValue(QStringLiteral("name"), s.name);
        settings.setValue(QStringLiteral("host"), s.host);
        settings.setValue(QStringLiteral("port"), s.port);
        settings.setValue(QStringLiteral("database"), s.database);
        settings.setValue(QStringLiteral("user"), s.user);
        settings.setValue(QStringLiteral("sslmode"), s.sslMode);
    }
    settings.endArray();
}

} // namespace

QList<ServerAddress> ServerList::recent()
{
    QSettings settings;
    QList<ServerAddress> servers;
    const int count = settings.beginReadArray(kGroup);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        ServerAddress s;
        s.name = settings.value(QStringLiteral("name")).toString();
        s.host = settings.value(QStringLiteral("host")).toString();
        s.port = settings.value(QStringLiteral("port"), 5432).toInt();
        s.database = settings.value(QStringLiteral("database"), s.database).toString();
        s.user = settings.value(QStringLiteral("user")).toString();
        s.sslMode = settings.value(QStringLiteral("sslmode"), s.sslMode).toString();
        if (!s.name.isEmpty() && !s.host.isEmpty())
            servers.append(s);
    }
    settings.endArray();
    return servers;
}

std::optional<ServerAddress> ServerList::named(const QString &name)
{
    for (const ServerAddress &s : recent()) {
        if (s.name == name)
            return s;
    }
    return std::nullopt;
}

void ServerList::remember(const ServerAddress &address)
{
    QList<ServerAddress> servers = recent();
    servers.removeIf([&address](const ServerAddress &s) { return s.name == address.name; });
    servers.prepend(address);
    if (servers.size() > kKept)
        servers.resize(kKept);
    write(servers);
}

void ServerList::forget(const QString &name)
{
    QList<ServerAddress> servers = recent();
    servers.removeIf([&name](const ServerAddress &s) { return s.name == name; });
    write(servers);
    if (lastServer() == name)
        setLastServer(QString());
}

QString ServerList::lastServer()
{
    return QSettings().value(kLastKey).toString();
}

void ServerList::setLastServer(const QString &name)
{
    if (name.isEmpty())
        QSettings().remove(kLastKey);
    else
        QSettings().setValue(kLastKey, name);
}

} // namespace khana
