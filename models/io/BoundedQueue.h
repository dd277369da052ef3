#pragma once

#include <QList>

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace khana {

// Hands work from one thread to another (an import's checked rows, from the thread checking
// them to the connection's thread writing them), holding at most `capacity` items so that a
// fast producer waits instead of filling memory. Either side may close it: the producer when it
// has no more, the consumer when it stops early — a producer waiting then gives up.
template <typename T>
class BoundedQueue
{
public:
    explicit BoundedQueue(qsizetype capacity)
        : m_capacity(capacity)
    {
    }

    // False when the queue was closed (nothing more is taken).
    bool push(T item)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_closed || m_items.size() < m_capacity; });
        if (m_closed)
            return false;
        m_items.append(std::move(item));
        m_changed.notify_all();
        return true;
    }

    enum class Popped { Item, NothingYet, Finished };

    // Waits at most `wait` for an item; Finished once the queue is closed and empty.
    Popped pop(T *item, std::chrono::milliseconds wait)
    {
        std::unique_lock lock(m_mutex);
        if (!m_changed.wait_for(lock, wait, [this] { return m_closed || !m_items.isEmpty(); }))
            return Popped::NothingYet;
        if (m_items.isEmpty())
            return Popped::Finished;
        *item = m_items.takeFirst();
        m_changed.notify_all();
        return Popped::Item;
    }

    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }

private:
    const qsizetype m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    QList<T> m_items;
    bool m_closed = false;
};

} // namespace khana
