#include "PeopleSearch.h"

#include "SearchText.h"
#include "SubstringIndex.h"
#include "database/SearchIndexes.h"
#include "database/SqlDialect.h"
#include "database/WorkerConnection.h"

#include <QHash>
#include <QMetaObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <mutex>
#include <string_view>

namespace khana {

namespace {

// A failed build (the file locked by a restore, a worker connection refused) is tried again
// no sooner than this.
constexpr qint64 kRetryAfterMs = 30000;

// The searched columns of a person from `q`, starting at `first`, in SearchText's form.
void encodeColumns(const QSqlQuery &q, int first, QByteArray *bytes, QStringList *wide)
{
    const int columns = int(SearchIndexes::people().columns.size());
    bool all = true;
    for (int i = 0; i < columns; ++i) {
        all = SearchText::append(q.value(first + i).toString(), bytes) && all;
        bytes->append(SearchText::kSeparator);
    }
    if (!all)
        for (int i = 0; i < columns; ++i)
            wide->append(q.value(first + i).toString().toLower());
}

QString searchedColumns()
{
    return SearchIndexes::people().columns.join(QStringLiteral(", "));
}

// Lists are made and dropped on the window's thread; the map is only read and written there,
// but a mutex keeps a list made elsewhere (a test's own thread) from racing it.
std::mutex registryMutex;
QHash<QString, std::weak_ptr<PeopleSearch>> &registry()
{
    static QHash<QString, std::weak_ptr<PeopleSearch>> r;
    return r;
}

} // namespace

struct PeopleSearch::Built
{
    std::unique_ptr<SubstringIndex> index;
    qint64 auditSeen = 0;
};

std::shared_ptr<PeopleSearch> PeopleSearch::of(const QSqlDatabase &db)
{
    if (!db.isValid() || SqlDialect::forDatabase(db).kind() != SqlDialect::Kind::Sqlite)
        return nullptr;
    // A connection name reused for another file is another search.
    const QString key = db.connectionName() + QLatin1Char('\n') + db.databaseName();
    const std::lock_guard lock(registryMutex);
    if (auto existing = registry().value(key).lock())
        return existing;
    std::shared_ptr<PeopleSearch> made(new PeopleSearch(db));
    registry().insert(key, made);
    return made;
}

PeopleSearch::PeopleSearch(const QSqlDatabase &db)
    : m_db(db)
{
}

PeopleSearch::~PeopleSearch()
{
    stopBuilding();
}

void PeopleSearch::stopBuilding()
{
    m_cancelBuild = true;
    if (m_builder.joinable())
        m_builder.join();
    m_cancelBuild = false;
    m_building = false;
}

qsizetype PeopleSearch::bytesUsed() const
{
    qsizetype bytes = m_index ? m_index->bytesUsed() : 0;
    for (const Text &t : m_changed)
        bytes += t.bytes.capacity();
    return bytes;
}

void PeopleSearch::prepare()
{
    if (m_building || m_index)
        return;
    if (m_sinceFailure.isValid() && !m_sinceFailure.hasExpired(kRetryAfterMs))
        return;
    startBuilding();
}

void PeopleSearch::startBuilding()
{
    if (m_builder.joinable())
        m_builder.join();
    m_building = true;
    const QString connection = m_db.connectionName();
    m_builder = std::thread([this, connection] {
        std::shared_ptr<Built> built = buildFrom(connection, &m_cancelBuild);
        // Handed to the window's thread; dropped unread if this search is gone by then.
        QMetaObject::invokeMethod(this, [this, built] { install(built); }, Qt::QueuedConnection);
    });
}

std::shared_ptr<PeopleSearch::Built> PeopleSearch::buildFrom(const QString &connectionName, const std::atomic<bool> *cancelled)
{
    WorkerConnection connection(connectionName);
    if (!connection.ok())
        return nullptr;
    connection.interruptWhen(cancelled);
    QSqlDatabase db = connection.database();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Reading every person once needs no page cache of its own: what it reads is not read again.
    if (!q.exec(QStringLiteral("PRAGMA cache_size = -4096")) || !db.transaction())
        return nullptr;
    auto built = std::make_shared<Built>();
    // One read transaction: the rows as of the audit entry read first, later changes after it.
    if (!q.exec(QStringLiteral("SELECT COALESCE(max(id), 0) FROM audit_entry")) || !q.next())
        return nullptr;
    built->auditSeen = q.value(0).toLongLong();
    if (!q.exec(QStringLiteral("SELECT count(*) FROM person")) || !q.next())
        return nullptr;
    const qint64 people = q.value(0).toLongLong();
    SubstringIndex::Builder builder;
    builder.reserve(people, people * 64);
    // In the list's order by name, which the index keeps.
    if (!q.exec(QStringLiteral("SELECT id, %1 FROM person ORDER BY sort_key, id").arg(searchedColumns())))
        return nullptr;
    QByteArray bytes;
    QStringList wide;
    while (q.next()) {
        bytes.clear();
        wide.clear();
        encodeColumns(q, 1, &bytes, &wide);
        builder.add(q.value(0).toLongLong(), bytes, wide);
    }
    if (q.lastError().isValid())
        return nullptr;
    q.finish();
    db.rollback();
    built->index = builder.build(cancelled);
    return built->index ? built : nullptr;
}

void PeopleSearch::install(const std::shared_ptr<Built> &built)
{
    m_building = false;
    if (m_builder.joinable())
        m_builder.join();
    if (!built) {
        m_sinceFailure.start();
        return;
    }
    m_sinceFailure.invalidate();
    m_index = std::move(built->index);
    m_auditSeen = built->auditSeen;
    m_changed.clear();
    Q_EMIT ready();
}

bool PeopleSearch::catchUp()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT COALESCE(max(id), 0) FROM audit_entry")) || !q.next())
        return false;
    const qint64 latest = q.value(0).toLongLong();
    q.finish();
    if (latest == m_auditSeen)
        return true;
    if (latest < m_auditSeen) {
        // Another history (a backup restored in place): nothing here can be trusted.
        m_index.reset();
        m_changed.clear();
        prepare();
        return false;
    }
    // The people the entries since name: added, changed, imported, removed or erased (not
    // exported or printed). A batch's own entry names no one ('*').
    q.prepare(QStringLiteral("SELECT DISTINCT entity_id FROM audit_entry WHERE id > ? AND entity = 'person' "
                             "AND action IN ('create', 'update', 'delete', 'import', 'erase') AND entity_id <> '*' LIMIT ?"));
    q.addBindValue(m_auditSeen);
    q.addBindValue(kChangedBeforeRebuild + 1);
    if (!q.exec())
        return false;
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    q.finish();
    if (ids.size() > kChangedBeforeRebuild) {
        // An import or a merge: building again costs less than searching them one by one.
        m_index.reset();
        m_changed.clear();
        prepare();
        return false;
    }
    for (const QString &id : std::as_const(ids)) {
        m_index->remove(id.toLongLong());
        m_changed.remove(id.toLongLong());
    }
    q.prepare(QStringLiteral("SELECT id, %1 FROM person WHERE id IN (SELECT value FROM json_each(?))").arg(searchedColumns()));
    q.addBindValue(QLatin1Char('[') + ids.join(QLatin1Char(',')) + QLatin1Char(']'));
    if (!q.exec()) {
        // Those taken out are not found again: the index no longer answers for them.
        m_index.reset();
        m_changed.clear();
        prepare();
        return false;
    }
    while (q.next()) {
        Text t;
        encodeColumns(q, 1, &t.bytes, &t.wide);
        m_changed.insert(q.value(0).toLongLong(), t);
    }
    m_auditSeen = latest;
    if (m_changed.size() > kChangedBeforeRebuild && !m_building)
        startBuilding(); // behind the scenes: this one answers meanwhile
    return true;
}

std::optional<PeopleSearch::Found> PeopleSearch::find(const QString &fragment)
{
    if (fragment.isEmpty())
        return std::nullopt;
    if (!m_index) {
        prepare();
        return std::nullopt;
    }
    if (!catchUp() || !m_index)
        return std::nullopt;
    const QByteArray bytes = SearchText::fragment(fragment);
    const QString wideFragment = bytes.isEmpty() ? fragment.toLower() : QString();
    const std::vector<uint32_t> slots = bytes.isEmpty() ? m_index->findWide(wideFragment) : m_index->find(bytes);
    Found found;
    found.inOrder.reserve(qsizetype(slots.size()));
    for (uint32_t s : slots)
        found.inOrder.append(m_index->idAt(s));
    const std::string_view wanted(bytes.constData(), size_t(bytes.size()));
    for (auto it = m_changed.cbegin(); it != m_changed.cend(); ++it) {
        const Text &t = it.value();
        const bool holds = bytes.isEmpty()
            ? std::any_of(t.wide.cbegin(), t.wide.cend(), [&](const QString &c) { return c.contains(wideFragment); })
            : std::string_view(t.bytes.constData(), size_t(t.bytes.size())).find(wanted) != std::string_view::npos;
        if (holds)
            found.changed.append(it.key());
    }
    found.count = found.inOrder.size() + found.changed.size();
    return found;
}

} // namespace khana
