#include "BackgroundCount.h"

#include "WorkerConnection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace khana {

// Lives on the counting thread; opens its connection when first asked, and again after a
// failure (the server may have restarted in between).
class BackgroundCount::Worker : public QObject
{
    Q_OBJECT

public:
    Worker(const QString &connectionName, std::shared_ptr<std::atomic<quint64>> latest, std::shared_ptr<std::atomic<bool>> cancelled)
        : m_connectionName(connectionName)
        , m_latest(std::move(latest))
        , m_cancelled(std::move(cancelled))
    {
    }
    ~Worker() override = default;

    void count(quint64 request, const QString &sql, const QVariantList &values)
    {
        // A request overtaken by a newer one before it began is not run at all. The flag is
        // cleared before the second look, so that a newer request arriving in between still
        // finds it to set.
        m_cancelled->store(false);
        if (m_latest->load() != request)
            return;
        if (!m_connection) {
            m_connection = std::make_unique<WorkerConnection>(m_connectionName);
            m_connection->interruptWhen(m_cancelled.get());
        }
        if (!m_connection->ok()) {
            const QString error = m_connection->error();
            m_connection.reset();
            Q_EMIT answered(request, -1, error);
            return;
        }
        qint64 result = -1;
        QString error;
        // A cancel request meant for the statement before may reach the server just as this
        // one starts: one more try tells that apart from a real failure.
        for (int attempt = 0; attempt < 2 && result < 0; ++attempt) {
            QSqlQuery q(m_connection->database());
            q.prepare(sql);
            for (const QVariant &v : values)
                q.addBindValue(v);
            if (q.exec() && q.next()) {
                result = q.value(0).toLongLong();
            } else {
                error = q.lastError().text();
                if (m_cancelled->load() || m_latest->load() != request)
                    return;
            }
        }
        if (result < 0)
            m_connection.reset();
        Q_EMIT answered(request, result, error);
    }

Q_SIGNALS:
    void answered(quint64 request, qint64 count, const QString &error);

private:
    QString m_connectionName;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    std::unique_ptr<WorkerConnection> m_connection;
};

BackgroundCount::BackgroundCount(const QString &connectionName, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
    , m_cancelled(std::make_shared<std::atomic<bool>>(false))
{
    m_worker = new Worker(connectionName, m_latest, m_cancelled);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &Worker::answered, this, &BackgroundCount::finished);
    m_thread->start();
}

BackgroundCount::~BackgroundCount()
{
    cancel();
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void BackgroundCount::start(const QString &sql, const QVariantList &values)
{
    const quint64 request = ++*m_latest;
    m_cancelled->store(true);
    m_counting = true;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, request, sql, values] { worker->count(request, sql, values); },
                              Qt::QueuedConnection);
}

void BackgroundCount::cancel()
{
    ++*m_latest;
    m_cancelled->store(true);
    m_counting = false;
}

void BackgroundCount::finished(quint64 request, qint64 count, const QString &error)
{
    if (request != m_latest->load())
        return;
    m_counting = false;
    if (count < 0)
        Q_EMIT failed(error);
    else
        Q_EMIT counted(count);
}

} // namespace khana

#include "BackgroundCount.moc"
