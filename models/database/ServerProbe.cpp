#include "ServerProbe.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

namespace khana {

ServerProbe::ServerProbe(QObject *parent)
    : QObject(parent)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
}

ServerProbe::~ServerProbe()
{
    cancel();
}

void ServerProbe::start(const ServerAddress &address, const QString &password)
{
    const quint64 request = ++*m_latest;
    m_running = true;
    QPointer<ServerProbe> guard(this);
    QThreadPool::globalInstance()->start([guard, request, address, password, latest = m_latest] {
        const QString connection = QStringLiteral("khana-probe-%1").arg(request);
        const Database::OpenResult result = ServerDatabase::connect(address, password, connection);
        Database::close(connection);
        // Back on the application's thread, where the guard may be looked at safely.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, request, result, latest] {
                if (guard && latest->load() == request)
                    guard->deliver(request, result);
            },
            Qt::QueuedConnection);
    });
}

void ServerProbe::cancel()
{
    ++*m_latest;
    m_running = false;
}

void ServerProbe::deliver(quint64 request, const Database::OpenResult &result)
{
    if (request != m_latest->load())
        return;
    m_running = false;
    Q_EMIT answered(result);
}

} // namespace khana
