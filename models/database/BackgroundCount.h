#pragma once

#include <QObject>
#include <QString>
#include <QVariantList>

#include <atomic>
#include <memory>

class QThread;

namespace khana {

// Counts rows on a connection of its own, on a thread of its own, so that counting the matches
// of a search on a server (seconds for a fragment that a tenth of a million people share) never
// holds up the first rows. One count at a time: a new one cancels the one the server is still
// running, whose answer is then never reported.
class BackgroundCount : public QObject
{
    Q_OBJECT

public:
    // `connectionName`: the connection whose server and login the worker's own connection uses.
    explicit BackgroundCount(const QString &connectionName, QObject *parent = nullptr);
    ~BackgroundCount() override;

    // Starts counting `SELECT count(*) …` (`sql`, with `values` bound in order).
    void start(const QString &sql, const QVariantList &values);
    // Drops the count running, if any: nothing is reported for it.
    void cancel();
    bool isCounting() const { return m_counting; }

Q_SIGNALS:
    void counted(qint64 count);
    void failed(const QString &error); // the database's words

private:
    class Worker;

    void finished(quint64 request, qint64 count, const QString &error);

    QThread *m_thread;
    Worker *m_worker;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    bool m_counting = false;
};

} // namespace khana
