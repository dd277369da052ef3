#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>
#include <thread>

namespace khana {

class SubstringIndex;

// Search-as-you-type over the people of an embedded database, from memory: the substring index
// of everyone's name, English name, nickname, phone and member number (SubstringIndex), built
// on a thread of its own with its own connection the first time a list asks, and shared by
// every list on the connection.
//
// It is kept in step with the database through the audit trail, which every change to a person
// writes in the same transaction (whichever connection or thread made it): before each search
// the entries written since are read, the people they name taken out of the index, and their
// current rows searched alongside it (re-read from the database). After many changes (an
// import) it is built again in the background; a search before it is ready, or one that
// cannot read the trail, is answered by the database's own trigram index (the caller's part).
//
// Servers search their own trigram index: an office's changes come from every desk.
class PeopleSearch : public QObject
{
    Q_OBJECT

public:
    // The search of the embedded database open as `db`, shared by every list on its
    // connection; null on a server.
    static std::shared_ptr<PeopleSearch> of(const QSqlDatabase &db);
    ~PeopleSearch() override;

    // People changed since the index was built are searched one by one; past this many the
    // index is built again (in the background, answering meanwhile).
    static constexpr int kChangedBeforeRebuild = 20000;

    struct Found
    {
        qint64 count = 0;
        QList<qint64> inOrder; // ids in the list's order by name (its sort key, then id)
        QList<qint64> changed; // ids of people changed or added since the build, in no order
    };
    // The people whose searchable columns hold `fragment`, case aside; nullopt until the index
    // is ready (building starts) or when the audit trail cannot be read.
    std::optional<Found> find(const QString &fragment);

    // Starts building, unless built or building already.
    void prepare();
    bool isReady() const { return m_index != nullptr; }
    // Memory the index and the changed people's texts hold, in bytes.
    qsizetype bytesUsed() const;

Q_SIGNALS:
    // The index is built (again) and answers searches.
    void ready();

private:
    explicit PeopleSearch(const QSqlDatabase &db);
    struct Text
    {
        QByteArray bytes;      // SearchText's form, columns apart
        QStringList wide;      // lower-cased columns when some character has no byte
    };
    struct Built;
    static std::shared_ptr<Built> buildFrom(const QString &connectionName, const std::atomic<bool> *cancelled);
    void install(const std::shared_ptr<Built> &built);
    bool catchUp();
    void startBuilding();
    void stopBuilding();

    QSqlDatabase m_db;
    std::unique_ptr<SubstringIndex> m_index;
    qint64 m_auditSeen = 0;          // the last audit entry the index and m_changed reflect
    QHash<qint64, Text> m_changed;   // people changed since the build, as they are now
    std::thread m_builder;
    std::atomic<bool> m_cancelBuild{false};
    bool m_building = false;
    QElapsedTimer m_sinceFailure;    // a build that failed is tried again after a while
};

} // namespace khana
