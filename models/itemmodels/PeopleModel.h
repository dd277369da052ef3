#pragma once

#include "database/SqlDialect.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>
#include <QVariant>

#include <memory>
#include <optional>

namespace khana {

class BackgroundCount;
class PeopleSearch;

// The people list: lazy (pages of rows fetched as the view scrolls, by keyset so that deep
// pages cost the same as the first), sortable on indexed columns, and filtered by a search
// text over name, English name, nickname, phone and member number.
class PeopleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The rows a search of People matches, as SQL on `p` (person) for another connection (an
    // export of what the list shows, on a worker thread): three characters or more collect
    // their matches into `hitSet` on that connection. Everyone for an empty search; none on an
    // error (said in `error`).
    static std::optional<SqlDialect::Condition> searchCondition(const QSqlDatabase &db, const QString &search, const QString &hitSet,
                                                                QString *error);

    // The people who have given consent to a purpose (and not withdrawn it), as SQL on `p`.
    static SqlDialect::Condition consentCondition(qint64 purposeId);

    enum Column { Name, NameEn, Nickname, Phone, MemberNumber, Province, District, Membership, JoinDate, Status, Tags, ColumnCount };
    Q_ENUM(Column)

    static constexpr int kPageSize = 256;
    // On a server the first page of a search is smaller: a screenful and more, found sooner.
    static constexpr int kFirstSearchPage = 100;

    explicit PeopleModel(const QSqlDatabase &db, QObject *parent = nullptr);
    ~PeopleModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static bool isSortable(int column);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QString searchText() const { return m_search; }
    void setSearchText(const QString &text);
    // Only people who have given consent to this purpose (0: everyone), with the search.
    qint64 consentPurpose() const { return m_consentPurpose; }
    void setConsentPurpose(qint64 purposeId);

    // How many people match the current search (all people when there is none); -1 while a
    // server is still counting them (matchCountChanged follows; the rows come first).
    qint64 matchCount() const;
    bool isCounting() const;
    // Whether the current search reads the list in its order and tests each row (a server's
    // way for a fragment many people share), rather than starting from the index's matches.
    bool walksSortOrder() const { return m_rowsPerMatch > 0; }
    // Whether the current search was answered by the embedded database's search in memory
    // (PeopleSearch) rather than its trigram index.
    bool searchedInMemory() const { return m_searchedInMemory; }

    qint64 personId(int row) const;
    int rowOfPerson(qint64 id) const; // -1 when not loaded
    QString lastError() const { return m_lastError; }

public Q_SLOTS:
    // Reloads from the database, after an edit or a colleague's change, with at least as many
    // rows loaded as before.
    void reload();

Q_SIGNALS:
    void matchCountChanged(qint64 count);

private:
    struct Row
    {
        qint64 id = 0;
        QString nameTh, nameEn, nickname, phone, memberNumber;
        QString provinceCode, provinceName, districtName;
        QString membership, status, tags;
        QDate joinDate;
        QVariant sortValue;
    };

    // How a page's rows are found: as the planner chooses; by walking the sort order for at most
    // `walkRows` rows (see walkWindow()); (a server's fragment) from every match, then sorted;
    // by the ids of a server's listed matches or of the embedded database's search in memory.
    enum class Access { Planner, Walk, Matches, Listed, Found };
    QList<Row> fetchPage(const Row *after, int limit) const;
    // `walkRows`: how far Walk reads; `listedIds`: the page's ids for Listed ("{1,2,3}") or Found ("[1,2,3]").
    QList<Row> queryPage(const Row *after, int limit, Access access, qint64 walkRows = 0, const QString &listedIds = QString()) const;
    QList<Row> listedPage(const Row *after, int limit) const;
    QList<Row> foundPage(const Row *after, int limit) const;
    bool searchInMemory(const QString &fragment);
    bool narrowListedMatches(const SqlDialect &dialect, const QString &fragment);
    void prepareServerSearch(const SqlDialect &dialect, const QString &fragment);
    QString sortExpression() const;
    QString whereClause(QVariantList *values) const;
    void prepareSearch();
    void prepareTextSearch();
    void restrictToConsent();
    void ensureCounter();
    bool filtered() const { return !m_search.isEmpty() || m_consentPurpose > 0; }
    qint64 totalCount() const;
    void resetRows();

    QSqlDatabase m_db;
    QList<Row> m_rows;
    bool m_atEnd = false;
    bool m_fetching = false;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_search;
    qint64 m_consentPurpose = 0;
    qint64 m_matchCount = -1;
    mutable qint64 m_totalCount = -1;
    SqlDialect::Condition m_condition;
    SqlDialect::Condition m_walkCondition; // a server's fragment, tested on rows walked in list order
    QString m_hitSet; // this model's private set of search matches (ids)
    // Server: the planner's guess of rows in the list per match of the fragment, when the list
    // is walked for it (0: its matches are fetched and sorted).
    double m_rowsPerMatch = 0;
    qint64 walkWindow(int limit, double rowsPerMatch) const; // rows to walk for a page of `limit` matches
    QString m_serverFragment; // the fragment a server search looks for (none: prefixes or no search)
    // The latest fragment whose walk from the top did not fill a page, in this sort order: a
    // longer fragment holding it matches fewer of the same rows, so it goes straight to its matches.
    struct ShortWalk
    {
        QString fragment;
        int sortColumn = -1;
        Qt::SortOrder sortOrder = Qt::AscendingOrder;
    };
    mutable ShortWalk m_shortWalk;
    // A server search's matches in list order with their search text, read with the count when
    // they are few enough to keep (kListedMatches): a longer fragment typed after it is found
    // among them without asking the server again, and its pages are those rows by id.
    struct Listed
    {
        QString fragment;
        int sortColumn = -1;
        Qt::SortOrder sortOrder = Qt::AscendingOrder;
        QList<qint64> ids;
        QStringList texts;
    };
    static constexpr int kListedMatches = 25000;
    std::optional<Listed> m_listed;
    bool m_fromList = false; // the current search's matches are m_listed's
    // The count (or listing) of a server search, started once its first page is read.
    struct PendingCount
    {
        QString sql;
        QVariantList values;
        int keepAtMost = -1; // < 0: a count; else a listing
    };
    std::optional<PendingCount> m_pendingCount;
    void startPendingCount();
    BackgroundCount *m_counter = nullptr; // server only
    // The embedded database's search in memory (null on a server), and what it found for the
    // current fragment when the list is in its order (by name, with no consent asked for).
    std::shared_ptr<PeopleSearch> m_memorySearch;
    struct Found;
    std::unique_ptr<Found> m_found;
    bool m_searchedInMemory = false;
    mutable QString m_lastError;
};

} // namespace khana
