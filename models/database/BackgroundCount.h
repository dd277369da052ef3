#pragma once

#include <QList>
#include <QObject>
#include <QStringList>
#include <QString>
#include <QVariantList>

#include <atomic>
#include <memory>

class QThread;

namespace khana {

// Counts rows on a connection of its own, on a thread of its own, so that counting the matches
// of a search on a server (seconds for a fragment that a tenth of a million people share) never
// holds up the first rows. One count at a time: a new one cancels the one the server is still
// running, whose answer is then never reported. When the rows are few, it can list them
// instead (an id and a text each), and the count is how many there are.
class BackgroundCount : public QObject
{
    Q_OBJECT

public:
    // `connectionName`: the connection whose server and login the worker's own connection uses.
    explicit BackgroundCount(const QString &connectionName, QObject *parent = nullptr);
    ~BackgroundCount() override;

    // Starts counting `SELECT count(*) …` (`sql`, with `values` bound in order).
    void start(const QString &sql, const QVariantList &values);
    // Starts reading `SELECT id, text …`: listed() reports the rows, in order, when there are
    // at most `keepAtMost`; counted() follows either way.
    void startListing(const QString &sql, const QVariantList &values, int keepAtMost);
    // Drops the count running, if any: nothing is reported for it.
    void cancel();
    bool isCounting() const { return m_counting; }

Q_SIGNALS:
    void listed(const QList<qint64> &ids, const QStringList &texts);
    void counted(qint64 count);
    void failed(const QString &error); // the database's words

private:
    class Worker;

    struct Answer
    {
        qint64 count = -1;
        QString error;
        bool listed = false;
        QList<qint64> ids;
        QStringList texts;
    };
    void run(const QString &sql, const QVariantList &values, int keepAtMost);
    void finished(quint64 request, const Answer &answer);

    QThread *m_thread;
    Worker *m_worker;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    bool m_counting = false;
};

} // namespace khana
