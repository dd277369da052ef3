#include "PeopleModel.h"

#include "database/BackgroundCount.h"
#include "database/StorageHealth.h"
#include "ItemRoles.h"
#include "database/SearchIndexes.h"
#include "database/SqlDialect.h"
#include "domain/Collation.h"
#include "domain/DisplayConventions.h"
#include "domain/Person.h"
#include "domain/PhoneNumber.h"
#include "domain/ThaiText.h"
#include "search/PeopleSearch.h"

#include <QScopedValueRollback>
#include <QSet>

#include <algorithm>
#include <QSqlError>
#include <QSqlQuery>

namespace khana {

namespace {

// On a server, reading one row along the list's order and testing it costs about an eighth of
// fetching one match through the trigram index (0.4 against 2.5–3.5 µs, measured at 1,000,000
// people on the project machine: docs/benchmarks.md).
constexpr double kWalkRowCost = 0.13;
// A walk reads rows enough for this many times the page's matches, were they spread evenly.
constexpr qint64 kWalkMargin = 4;
constexpr qint64 kShortestWalk = 1000;

QString joinedTagLabels(const QString &codes)
{
    QStringList labels;
    for (const QString &code : codes.split(QLatin1Char(','), Qt::SkipEmptyParts))
        labels.append(PersonCodes::tagLabel(code));
    return labels.join(QStringLiteral(", "));
}

} // namespace

// What the embedded database's search in memory found, for pages in the list's order.
struct PeopleModel::Found
{
    QList<qint64> inOrder; // by name: the pages hold them in this order
    QSet<qint64> changed;  // since the search's index was built: placed by the database
    qsizetype taken = 0;   // how many of inOrder the pages read so far hold
};

PeopleModel::PeopleModel(const QSqlDatabase &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_memorySearch(PeopleSearch::of(db))
{
    static int instances = 0;
    m_hitSet = QStringLiteral("people_hits_%1").arg(++instances);
    resetRows();
}

PeopleModel::~PeopleModel()
{
    SqlDialect::forDatabase(m_db).dropHitSet(m_db, m_hitSet);
}

int PeopleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PeopleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == ItemRole::Id)
        return r.id;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Name: return r.nameTh;
        case NameEn: return r.nameEn;
        case Nickname: return r.nickname;
        case Phone: return PhoneNumber::format(r.phone);
        case MemberNumber: return r.memberNumber;
        case Province: return r.provinceName;
        case District: return r.districtName;
        case Membership: return r.membership;
        case JoinDate: return DisplayConventions::current().dates().shortDate(r.joinDate);
        case Status: return r.status;
        case Tags: return r.tags;
        default: return {};
        }
    }
    if (role == ItemRole::Raw) {
        switch (index.column()) {
        case Phone: return r.phone;
        case Province: return r.provinceCode;
        case JoinDate: return r.joinDate.isValid() ? r.joinDate.toString(Qt::ISODate) : QString();
        default: return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case NameEn: return tr("Name in English");
    case Nickname: return tr("Nickname");
    case Phone: return tr("Phone");
    case MemberNumber: return tr("Member no.");
    case Province: return tr("Province");
    case District: return tr("District");
    case Membership: return tr("Membership");
    case JoinDate: return tr("Joined");
    case Status: return tr("Status");
    case Tags: return tr("Tags");
    default: return {};
    }
}

bool PeopleModel::isSortable(int column)
{
    switch (column) {
    case Name:
    case NameEn:
    case Phone:
    case MemberNumber:
    case Province:
    case JoinDate:
    case Status:
        return true;
    default:
        return false;
    }
}

QString PeopleModel::sortExpression() const
{
    // Each expression matches an index in the schema (see migrations/0002_people.sql).
    switch (m_sortColumn) {
    case NameEn: return QStringLiteral("p.name_en");
    case Phone: return QStringLiteral("p.phone");
    case MemberNumber: return QStringLiteral("p.member_no");
    case Province: return QStringLiteral("COALESCE(p.province_code, '')");
    case JoinDate: return QStringLiteral("COALESCE(p.join_date, '')");
    case Status: return QStringLiteral("p.status");
    default: return QStringLiteral("p.sort_key");
    }
}

SqlDialect::Condition PeopleModel::consentCondition(qint64 purposeId)
{
    return {QStringLiteral("p.id IN (SELECT c.person_id FROM person_consent c WHERE c.purpose_id = ? AND c.given = 1)"), {purposeId}};
}

QString PeopleModel::whereClause(QVariantList *values) const
{
    QStringList parts;
    if (!m_search.isEmpty()) {
        values->append(m_condition.values);
        parts.append(m_condition.sql);
    }
    if (m_consentPurpose > 0) {
        const SqlDialect::Condition consent = consentCondition(m_consentPurpose);
        values->append(consent.values);
        parts.append(consent.sql);
    }
    return parts.join(QStringLiteral(" AND "));
}

namespace {

// What a search text asks for: three characters or more match anywhere (trigram index); one
// or two match the start of a name, phone or member number (indexed ranges): a substring of
// one or two letters would match a large part of any big list and tell the user nothing.
struct SearchParts
{
    QString text;
    bool substring = false;
    QList<SqlDialect::Range> prefixes;
};

SearchParts searchParts(const QString &search)
{
    SearchParts parts;
    const bool phone = PhoneNumber::looksLikePhone(search);
    parts.text = phone ? PhoneNumber::searchDigits(search) : search;
    const QString &text = parts.text;
    parts.substring = text.size() >= 3;
    // Each prefix goes only to the columns written in its script, so that a Thai prefix is a
    // single range on the name index (in list order when the list is sorted by name).
    const bool thaiScript = std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.script() == QChar::Script_Thai; });
    if (phone) {
        parts.prefixes = {SqlDialect::prefixRange(QStringLiteral("phone"), text), SqlDialect::prefixRange(QStringLiteral("member_no"), search)};
    } else if (thaiScript) {
        // ICU's bounds for a prefix: tone marks and case aside, as the list is ordered.
        parts.prefixes = {{QStringLiteral("sort_key"), Collation::prefixLower(text), Collation::prefixUpper(text)}};
    } else {
        QString capitalised = text;
        capitalised[0] = capitalised.at(0).toUpper();
        parts.prefixes = {SqlDialect::prefixRange(QStringLiteral("name_en"), text), SqlDialect::prefixRange(QStringLiteral("member_no"), text)};
        if (capitalised != text)
            parts.prefixes.append(SqlDialect::prefixRange(QStringLiteral("name_en"), capitalised));
    }
    return parts;
}

} // namespace

std::optional<SqlDialect::Condition> PeopleModel::searchCondition(const QSqlDatabase &db, const QString &search, const QString &hitSet,
                                                                  QString *error)
{
    if (search.trimmed().isEmpty())
        return SqlDialect::Condition{QStringLiteral("1 = 1"), {}};
    const SqlDialect dialect = SqlDialect::forDatabase(db);
    const SearchParts parts = searchParts(search);
    if (!parts.substring)
        return dialect.inRanges(QStringLiteral("p"), parts.prefixes, false);
    if (dialect.collectContaining(db, hitSet, QStringLiteral("person"), SearchIndexes::people().name,
                                  parts.text, error)
        < 0)
        return std::nullopt;
    return dialect.containsText(QStringLiteral("p"), hitSet, parts.text, false);
}

void PeopleModel::prepareSearch()
{
    m_condition = {};
    m_walkCondition = {};
    m_fromList = false;
    m_pendingCount.reset();
    m_matchCount = -1;
    m_rowsPerMatch = 0;
    m_serverFragment.clear();
    m_found.reset();
    m_searchedInMemory = false;
    if (m_counter)
        m_counter->cancel();
    if (!m_search.isEmpty())
        prepareTextSearch();
    if (m_consentPurpose > 0)
        restrictToConsent();
}

void PeopleModel::restrictToConsent()
{
    // Consent narrows the search's matches: the server's ways for a fragment over the whole
    // list (walking it, or keeping its matches to narrow) do not know it, so the planner takes
    // both conditions, and the count is of both.
    m_rowsPerMatch = 0;
    m_walkCondition = {};
    m_pendingCount.reset();
    QVariantList values;
    const QString sql = QStringLiteral("SELECT count(*) FROM person p WHERE ") + whereClause(&values);
    if (SqlDialect::forDatabase(m_db).kind() == SqlDialect::Kind::Postgres) {
        ensureCounter();
        m_matchCount = -1;
        m_pendingCount = PendingCount{sql, values, -1};
        return;
    }
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    m_matchCount = (StorageHealth::exec(q) && q.next()) ? q.value(0).toLongLong() : 0;
    if (!q.lastError().text().trimmed().isEmpty())
        m_lastError = q.lastError().text();
}

void PeopleModel::prepareTextSearch()
{
    const SqlDialect dialect = SqlDialect::forDatabase(m_db);
    const SearchParts parts = searchParts(m_search);
    if (dialect.kind() == SqlDialect::Kind::Postgres) {
        m_condition = parts.substring ? dialect.containsText(QStringLiteral("p"), QString(), parts.text, false)
                                      : dialect.inRanges(QStringLiteral("p"), parts.prefixes, false);
        if (parts.substring)
            m_walkCondition = dialect.containsText(QStringLiteral("w"), QString(), parts.text, true);
        prepareServerSearch(dialect, parts.substring ? parts.text : QString());
        return;
    }
    if (parts.substring && searchInMemory(parts.text)) {
        if (m_found)
            return;
    } else if (parts.substring) {
        QString error;
        m_matchCount = dialect.collectContaining(m_db, m_hitSet, QStringLiteral("person"), SearchIndexes::people().name, parts.text, &error);
        if (m_matchCount < 0) {
            m_lastError = error;
            m_matchCount = 0;
        }
    } else {
        const SqlDialect::Condition where = dialect.inRanges(QStringLiteral("p"), parts.prefixes, false);
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT count(*) FROM person p WHERE ") + where.sql);
        for (const QVariant &v : where.values)
            q.addBindValue(v);
        m_matchCount = (StorageHealth::exec(q) && q.next()) ? q.value(0).toLongLong() : 0;
        if (!q.lastError().text().trimmed().isEmpty())
            m_lastError = q.lastError().text();
    }

    // When a large share of the list matches, walking the sort index and testing rows finds a
    // page quickly; when few match, fetching the matches and sorting them is quicker.
    // A single prefix on the column the list is sorted by is already a range in list order.
    const bool rangeInOrder = !parts.substring && parts.prefixes.size() == 1
        && sortExpression() == QStringLiteral("p.") + parts.prefixes.first().column;
    const bool drivenByOrder = !rangeInOrder && m_matchCount * 40 > totalCount();
    m_condition = parts.substring ? dialect.containsText(QStringLiteral("p"), m_hitSet, parts.text, drivenByOrder)
                                  : dialect.inRanges(QStringLiteral("p"), parts.prefixes, drivenByOrder);
}

bool PeopleModel::searchInMemory(const QString &fragment)
{
    if (!m_memorySearch)
        return false;
    std::optional<PeopleSearch::Found> found = m_memorySearch->find(fragment);
    if (!found)
        return false;
    m_searchedInMemory = true;
    m_matchCount = found->count;
    if (m_sortColumn == Name && m_consentPurpose == 0) {
        m_found = std::make_unique<Found>();
        m_found->inOrder = std::move(found->inOrder);
        m_found->changed = QSet<qint64>(found->changed.cbegin(), found->changed.cend());
        return true;
    }
    // In another order, or with consent asked for, the database orders and narrows the matches
    // from the connection's set of them.
    QStringList ids;
    ids.reserve(found->inOrder.size() + found->changed.size());
    for (const QList<qint64> *list : {&found->inOrder, &found->changed})
        for (qint64 id : *list)
            ids.append(QString::number(id));
    QString error;
    if (!SqlDialect::forDatabase(m_db).collectIds(m_db, m_hitSet, QLatin1Char('[') + ids.join(QLatin1Char(',')) + QLatin1Char(']'), &error)) {
        m_lastError = error;
        m_matchCount = 0;
    }
    return true;
}

QList<PeopleModel::Row> PeopleModel::foundPage(const Row *after, int limit) const
{
    // The page is the first `limit` rows after `after` among the next `limit` unchanged matches
    // and every changed one: unchanged matches keep their order among themselves, and a changed
    // one may now sit anywhere among them, so the database orders the two together.
    Found &found = *m_found;
    if (!after)
        found.taken = 0;
    const qsizetype n = found.inOrder.size();
    const qsizetype take = std::min<qsizetype>(limit, n - found.taken);
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    QStringList ids;
    ids.reserve(take + found.changed.size());
    for (qsizetype i = 0; i < take; ++i)
        ids.append(QString::number(found.inOrder.at(ascending ? found.taken + i : n - 1 - found.taken - i)));
    for (qint64 id : std::as_const(found.changed))
        ids.append(QString::number(id));
    if (ids.isEmpty())
        return {};
    const QList<Row> rows = queryPage(after, limit, Access::Found, 0, QLatin1Char('[') + ids.join(QLatin1Char(',')) + QLatin1Char(']'));
    found.taken += std::count_if(rows.cbegin(), rows.cend(), [&](const Row &r) { return !found.changed.contains(r.id); });
    return rows;
}

void PeopleModel::prepareServerSearch(const SqlDialect &dialect, const QString &fragment)
{
    // The server's planner chooses well for prefixes (ranges it has statistics for). For a
    // fragment, the trigram index offers every row holding it, each to be read and checked:
    // a fragment that 60,000 people share costs a second before the first row. Walking the
    // sort order instead and checking each row finds a page of such a fragment within a few
    // thousand rows, so the planner's guess of the matches chooses; a bounded walk that does
    // not fill its page falls back to the index (fetchPage). The count comes afterwards, from
    // a connection of its own.
    m_serverFragment = fragment;
    if (narrowListedMatches(dialect, fragment))
        return;
    qint64 estimate = -1;
    const bool walkFellShort = !m_shortWalk.fragment.isEmpty() && fragment.contains(m_shortWalk.fragment)
                               && m_shortWalk.sortColumn == m_sortColumn && m_shortWalk.sortOrder == m_sortOrder;
    if (!fragment.isEmpty())
        estimate = dialect.estimateContaining(m_db, QStringLiteral("person"), fragment);
    if (!fragment.isEmpty() && !walkFellShort) {
        if (estimate > 0) {
            m_rowsPerMatch = double(totalCount()) / double(estimate);
            // Walk when reading the first page's window costs less than fetching every match.
            if (kWalkRowCost * double(walkWindow(kFirstSearchPage, m_rowsPerMatch)) >= double(estimate))
                m_rowsPerMatch = 0;
        }
    }
    ensureCounter();
    // A fragment that few people share is listed with its count: the count reads every match
    // anyway, and the next letter typed is then found among them at once.
    if (!fragment.isEmpty() && estimate >= 0 && estimate <= kListedMatches && m_consentPurpose == 0) {
        const QString direction = m_sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
        m_pendingCount = PendingCount{QStringLiteral("SELECT m.id, m.text FROM (SELECT p.id, p.%1 AS text, %2 AS sort_value FROM person p "
                                                     "WHERE %3 OFFSET 0) m ORDER BY m.sort_value %4, m.id %4")
                                          .arg(SqlDialect::serverSearchColumn(), sortExpression(), m_condition.sql, direction),
                                      m_condition.values, kListedMatches};
        return;
    }
    m_pendingCount = PendingCount{QStringLiteral("SELECT count(*) FROM person p WHERE ") + m_condition.sql, m_condition.values, -1};
}

void PeopleModel::ensureCounter()
{
    if (!m_counter) {
        m_counter = new BackgroundCount(m_db.connectionName(), this);
        connect(m_counter, &BackgroundCount::counted, this, [this](qint64 count) {
            m_matchCount = count;
            Q_EMIT matchCountChanged(count);
        });
        connect(m_counter, &BackgroundCount::failed, this, [this](const QString &error) {
            m_lastError = error;
            Q_EMIT matchCountChanged(-1);
        });
        // Only the latest search's answer arrives, so the list is the current fragment's.
        connect(m_counter, &BackgroundCount::listed, this, [this](const QList<qint64> &ids, const QStringList &texts) {
            m_listed = Listed{m_serverFragment, m_sortColumn, m_sortOrder, ids, texts};
        });
    }
}

void PeopleModel::startPendingCount()
{
    // After the first page: counting while the page is read would share the server's time and
    // the machine's two cores with it, for rows the user waits on.
    if (!m_pendingCount)
        return;
    if (m_pendingCount->keepAtMost < 0)
        m_counter->start(m_pendingCount->sql, m_pendingCount->values);
    else
        m_counter->startListing(m_pendingCount->sql, m_pendingCount->values, m_pendingCount->keepAtMost);
    m_pendingCount.reset();
}

bool PeopleModel::narrowListedMatches(const SqlDialect &dialect, const QString &fragment)
{
    if (fragment.isEmpty() || m_consentPurpose > 0 || !m_listed || m_listed->sortColumn != m_sortColumn || m_listed->sortOrder != m_sortOrder
        || !fragment.contains(m_listed->fragment) || dialect.kind() != SqlDialect::Kind::Postgres)
        return false;
    const QString searched = SqlDialect::serverSearchText(m_db, fragment);
    if (searched.isNull())
        return false;
    Listed narrowed{fragment, m_sortColumn, m_sortOrder, {}, {}};
    for (qsizetype i = 0; i < m_listed->ids.size(); ++i) {
        if (m_listed->texts.at(i).contains(searched)) {
            narrowed.ids.append(m_listed->ids.at(i));
            narrowed.texts.append(m_listed->texts.at(i));
        }
    }
    m_listed = std::move(narrowed);
    m_fromList = true;
    m_matchCount = m_listed->ids.size();
    if (m_counter)
        m_counter->cancel();
    return true;
}

qint64 PeopleModel::totalCount() const
{
    if (m_totalCount < 0) {
        QSqlQuery q(m_db);
        m_totalCount = (StorageHealth::exec(q, QStringLiteral("SELECT count(*) FROM person")) && q.next()) ? q.value(0).toLongLong() : 0;
    }
    return m_totalCount;
}

qint64 PeopleModel::walkWindow(int limit, double rowsPerMatch) const
{
    const qint64 total = totalCount();
    return std::clamp<qint64>(qint64(double(kWalkMargin * limit) * rowsPerMatch), kShortestWalk, std::max(total, kShortestWalk));
}

QList<PeopleModel::Row> PeopleModel::listedPage(const Row *after, int limit) const
{
    qsizetype from = 0;
    if (after) {
        from = m_listed->ids.indexOf(after->id) + 1;
        if (from == 0)
            return {};
    }
    QStringList ids;
    for (qint64 id : m_listed->ids.mid(from, limit))
        ids.append(QString::number(id));
    if (ids.isEmpty())
        return {};
    return queryPage(nullptr, int(ids.size()), Access::Listed, 0, QLatin1Char('{') + ids.join(QLatin1Char(',')) + QLatin1Char('}'));
}

QList<PeopleModel::Row> PeopleModel::fetchPage(const Row *after, int limit) const
{
    if (m_found)
        return foundPage(after, limit);
    if (m_fromList)
        return listedPage(after, limit);
    if (walksSortOrder()) {
        const qint64 window = walkWindow(limit, m_rowsPerMatch);
        QList<Row> rows = queryPage(after, limit, Access::Walk, window);
        if (rows.size() == limit || !m_lastError.isEmpty() || window >= totalCount())
            return rows;
        // Fewer matches in the rows walked than the planner's guess promised. Those found say
        // how far on the rest should be: walking that far is worth it while it costs less than
        // fetching every match (a fragment many people share, a little less common at the top
        // of the list).
        if (!rows.isEmpty()) {
            const qint64 longer = walkWindow(limit, double(window) / double(rows.size()));
            const double matches = double(totalCount()) / m_rowsPerMatch;
            if (longer > window && kWalkRowCost * double(longer) < matches) {
                rows = queryPage(after, limit, Access::Walk, longer);
                if (rows.size() == limit || !m_lastError.isEmpty() || longer >= totalCount())
                    return rows;
            }
        }
        // A page the walk did not fill may have more matches further on: the index finds them.
        if (!after)
            m_shortWalk = {m_serverFragment, m_sortColumn, m_sortOrder};
    }
    // Left to itself, the planner may walk the whole sort index for matches that all lie far
    // down it (seconds): a server's fragment is found through the trigram index instead.
    return queryPage(after, limit, m_serverFragment.isEmpty() ? Access::Planner : Access::Matches);
}

QList<PeopleModel::Row> PeopleModel::queryPage(const Row *after, int limit, Access access, qint64 walkRows, const QString &listedIds) const
{
    QList<Row> rows;
    const SqlDialect dialect = SqlDialect::forDatabase(m_db);
    const QString sortExpr = sortExpression();
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");

    QVariantList values;
    QStringList conditions;
    QString keyset;
    if (after) {
        keyset = QStringLiteral("(%1, p.id) %2 (?, ?)").arg(sortExpr, ascending ? QStringLiteral(">") : QStringLiteral("<"));
        values.append(after->sortValue);
        values.append(after->id);
    }
    if (!keyset.isEmpty())
        conditions.append(keyset);
    QString source = QStringLiteral("person p");
    if (access == Access::Walk) {
        // The next rows in list order, at most `walkRows` of them, read from the index the
        // list is ordered by where it carries the search text (sorted by name: the rows
        // themselves are not read); the page's matches among them are then joined to the rest.
        source = QStringLiteral("person p JOIN (SELECT w.id FROM (SELECT p.id, p.search_text, %1 AS sort_value FROM person p %2 "
                                "ORDER BY %1 %3, p.id %3 LIMIT %4) w WHERE %5 ORDER BY w.sort_value %3, w.id %3 LIMIT %6) hit ON hit.id = p.id")
                     .arg(sortExpr, keyset.isEmpty() ? QString() : QStringLiteral("WHERE ") + keyset, direction)
                     .arg(walkRows)
                     .arg(m_walkCondition.sql)
                     .arg(limit);
        values.append(m_walkCondition.values);
        conditions.clear();
    } else if (access == Access::Listed) {
        conditions = {QStringLiteral("p.id = ANY(CAST(? AS bigint[]))")};
        values = {listedIds};
    } else if (access == Access::Found) {
        // The ids drive the query (CROSS JOIN keeps SQLite from walking the list's order
        // instead); the keyset keeps those after the last row shown.
        source = QStringLiteral("json_each(?) f CROSS JOIN person p ON p.id = f.value");
        values.prepend(listedIds);
    } else if (const QString search = whereClause(&values); !search.isEmpty()) {
        conditions.append(search);
    }
    if (access == Access::Planner && dialect.kind() == SqlDialect::Kind::Postgres && filtered()) {
        // The page's rows chosen in list order first, then joined to their places: the
        // server's statistics may take a prefix that 15,000 people share for a hundred, and
        // would then join them all before sorting (150 ms instead of 5).
        source = QStringLiteral("person p JOIN (SELECT p.id FROM person p %1 ORDER BY %2 %3, p.id %3 LIMIT %4) hit ON hit.id = p.id")
                     .arg(conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")), sortExpr, direction)
                     .arg(limit);
        conditions.clear();
    }
    if (access == Access::Matches) {
        // Every match (through the trigram index: OFFSET 0 keeps the planner from walking the
        // list's order instead, which reads every row when the matches lie far down it), the
        // page's rows chosen among them, and only those joined to their places.
        source = QStringLiteral("person p JOIN (SELECT m.id FROM (SELECT p.id, %1 AS sort_value FROM person p WHERE %2 OFFSET 0) m "
                                "ORDER BY m.sort_value %3, m.id %3 LIMIT %4) hit ON hit.id = p.id")
                     .arg(sortExpr, conditions.join(QStringLiteral(" AND ")), direction)
                     .arg(limit);
        conditions.clear();
    }
    const bool thai = DisplayConventions::current().prefersThaiNames();
    const QString sql = QStringLiteral(
        "SELECT p.id, p.name_th, p.name_en, p.nickname, p.phone, p.member_no, p.province_code, "
        "%1, %2, p.membership_type, p.join_date, p.status, "
        "(SELECT %3 FROM person_tag t WHERE t.person_id = p.id), %4 "
        "FROM %8 LEFT JOIN province pr ON pr.code = p.province_code "
        "LEFT JOIN district d ON d.code = p.district_code "
        "%5 ORDER BY %4 %6, p.id %6 LIMIT %7")
        .arg(thai ? QStringLiteral("pr.name_th") : QStringLiteral("pr.name_en"),
             thai ? QStringLiteral("d.name_th") : QStringLiteral("COALESCE(NULLIF(d.name_en, ''), d.name_th)"),
             dialect.aggregateStrings(QStringLiteral("t.tag"), QStringLiteral(",")), sortExpr,
             conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")),
             direction)
        .arg(limit)
        .arg(source);

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!StorageHealth::exec(q)) {
        m_lastError = q.lastError().text();
        return rows;
    }
    m_lastError.clear();
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.nameTh = q.value(1).toString();
        r.nameEn = q.value(2).toString();
        r.nickname = q.value(3).toString();
        r.phone = q.value(4).toString();
        r.memberNumber = q.value(5).toString();
        r.provinceCode = q.value(6).toString();
        r.provinceName = q.value(7).toString();
        r.districtName = q.value(8).toString();
        const MembershipType type = PersonCodes::membershipFromCode(q.value(9).toString());
        r.membership = type == MembershipType::None ? QString() : PersonCodes::membershipLabel(type);
        r.joinDate = QDate::fromString(q.value(10).toString(), Qt::ISODate);
        r.status = PersonCodes::statusLabel(PersonCodes::statusFromCode(q.value(11).toString()));
        r.tags = joinedTagLabels(q.value(12).toString());
        r.sortValue = q.value(13);
        rows.append(r);
    }
    return rows;
}

bool PeopleModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void PeopleModel::fetchMore(const QModelIndex &parent)
{
    // Views and checkers may ask for more while rows are being inserted: fetch one page at a time.
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    const QList<Row> page = fetchPage(m_rows.isEmpty() ? nullptr : &m_rows.constLast(), kPageSize);
    m_atEnd = page.size() < kPageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

void PeopleModel::resetRows()
{
    prepareSearch();
    const bool onServer = SqlDialect::forDatabase(m_db).kind() == SqlDialect::Kind::Postgres;
    const int first = onServer && filtered() ? kFirstSearchPage : kPageSize;
    m_rows = fetchPage(nullptr, first);
    m_atEnd = m_rows.size() < first;
    startPendingCount();
}

void PeopleModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column) || (column == m_sortColumn && order == m_sortOrder))
        return;
    // A new order means a new first page: the rows fetched so far no longer apply.
    beginResetModel();
    m_sortColumn = column;
    m_sortOrder = order;
    resetRows();
    endResetModel();
}

void PeopleModel::setSearchText(const QString &text)
{
    const QString normalised = ThaiText::normalise(text);
    if (normalised == m_search)
        return;
    beginResetModel();
    m_search = normalised;
    resetRows();
    endResetModel();
    if (!isCounting())
        Q_EMIT matchCountChanged(matchCount());
}

void PeopleModel::setConsentPurpose(qint64 purposeId)
{
    if (purposeId == m_consentPurpose)
        return;
    beginResetModel();
    m_consentPurpose = purposeId;
    resetRows();
    endResetModel();
    if (!isCounting())
        Q_EMIT matchCountChanged(matchCount());
}

void PeopleModel::reload()
{
    // As deep as before: a view scrolled to row 3,000 stays there, and its selection is
    // still loaded to be found again.
    const qsizetype loaded = m_rows.size();
    beginResetModel();
    m_totalCount = -1;
    m_listed.reset(); // read again: the rows it holds may have changed
    resetRows();
    while (!m_atEnd && m_rows.size() < loaded) {
        const QList<Row> page = fetchPage(&m_rows.constLast(), kPageSize);
        m_atEnd = page.size() < kPageSize;
        m_rows.append(page);
    }
    endResetModel();
    if (!isCounting())
        Q_EMIT matchCountChanged(matchCount());
}

qint64 PeopleModel::matchCount() const
{
    return filtered() ? m_matchCount : totalCount();
}

bool PeopleModel::isCounting() const
{
    return m_counter && m_counter->isCounting();
}

qint64 PeopleModel::personId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int PeopleModel::rowOfPerson(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return int(i);
    return -1;
}

} // namespace khana
