#include "BackgroundCount.h"

#include "WorkerConnection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>

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

    // `keepAtMost` < 0: `sql` counts; else it lists ids and texts, kept when there are no
    // more than that many.
    void run(quint64 request, const QString &sql, const QVariantList &values, int keepAtMost)
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
        Answer answer;
        if (!m_connection->ok()) {
            answer.error = m_connection->error();
            m_connection.reset();
            Q_EMIT answered(request, answer);
            return;
        }
        // A cancel request meant for the statement before may reach the server just as this
        // one starts: one more try tells that apart from a real failure.
        for (int attempt = 0; attempt < 2 && answer.count < 0; ++attempt) {
            QSqlQuery q(m_connection->database());
            q.setForwardOnly(true);
            q.prepare(sql);
            for (const QVariant &v : values)
                q.addBindValue(v);
            if (!q.exec()) {
                answer.error = q.lastError().text();
                if (m_cancelled->load() || m_latest->load() != request)
                    return;
                continue;
            }
            if (keepAtMost < 0) {
                if (q.next())
                    answer.count = q.value(0).toLongLong();
                else
                    answer.error = q.lastError().text();
                continue;
            }
            qint64 rows = 0;
            while (q.next()) {
                if (++rows <= keepAtMost) {
                    answer.ids.append(q.value(0).toLongLong());
                    answer.texts.append(q.value(1).toString());
                }
                if (m_cancelled->load())
                    return;
            }
            answer.count = rows;
            answer.listed = rows <= keepAtMost;
            if (!answer.listed) {
                answer.ids.clear();
                answer.texts.clear();
            }
        }
        if (answer.count < 0)
            m_connection.reset();
        Q_EMIT answered(request, answer);
    }

Q_SIGNALS:
    void answered(quint64 request, const khana::BackgroundCount::Answer &answer);

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
    run(sql, values, -1);
}

void BackgroundCount::startListing(const QString &sql, const QVariantList &values, int keepAtMost)
{
    run(sql, values, std::max(keepAtMost, 0));
}

void BackgroundCount::run(const QString &sql, const QVariantList &values, int keepAtMost)
{
    const quint64 request = ++*m_latest;
    m_cancelled->store(true);
    m_counting = true;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, request, sql, values, keepAtMost] { worker->run(request, sql, values, keepAtMost); },
                              Qt::QueuedConnection);
}

void BackgroundCount::cancel()
{
    ++*m_latest;
    m_cancelled->store(true);
    m_counting = false;
}

void BackgroundCount::finished(quint64 request, const Answer &answer)
{
    if (request != m_latest->load())
        return;
    m_counting = false;
    if (answer.count < 0) {
        Q_EMIT failed(answer.error);
        return;
    }
    if (answer.listed)
        Q_EMIT listed(answer.ids, answer.texts);
    Q_EMIT counted(answer.count);
}

} // namespace khana

#include "BackgroundCount.moc"
