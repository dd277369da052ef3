#pragma once

#include "Database.h"
#include "ServerDatabase.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace khana {

// Tries signing in to a server on a pooled thread, so that a window waiting for a server that
// does not answer (libpq waits up to its ten-second connect timeout) stays responsive and can
// stop waiting. Only the attempt is made there: its connection is closed at once, and the
// caller then opens its own on its own thread, quickly, now that the server is known to answer.
class ServerProbe : public QObject
{
    Q_OBJECT

public:
    explicit ServerProbe(QObject *parent = nullptr);
    ~ServerProbe() override;

    void start(const ServerAddress &address, const QString &password);
    // Stops waiting: the attempt still running ends on its own and its answer is dropped.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // The server's answer, as ServerDatabase::connect() gives it.
    void answered(const khana::Database::OpenResult &result);

private:
    void deliver(quint64 request, const Database::OpenResult &result);

    std::shared_ptr<std::atomic<quint64>> m_latest;
    bool m_running = false;
};

} // namespace khana
