#pragma once

#include "PersonStore.h"
#include "domain/Plan.h"
#include "itemmodels/PlanFilterModel.h"

#include <QSqlDatabase>

#include <optional>

namespace khana {

// One activity's line in a quarterly review.
struct ReviewEntry
{
    qint64 id = 0;
    qint64 itemId = 0;
    ActivityStatus status = ActivityStatus::NotStarted;
    std::optional<qint64> actualValue;
    QString delayCause;
    QString remedy;
    QString nextDirection;
    bool carriedForward = false; // unfinished in the previous quarter's review
    int rowVersion = 0;

    bool operator==(const ReviewEntry &) const = default;
};

struct Review
{
    qint64 id = 0;
    qint64 planId = 0;
    Quarter quarter;
    QList<ReviewEntry> entries;
};

// What a review adds up to: delays by cause and by unit, and targets met.
struct ReviewSummary
{
    int activities = 0;
    int done = 0;
    int delayed = 0;
    int withTarget = 0;
    int targetMet = 0;
    QList<std::pair<QString, int>> delaysByCause; // most first
    QList<std::pair<QString, int>> delaysByUnit;
};

// Quarterly reviews of a plan. Each quarter's review is kept as history: opening the next
// quarter never changes an earlier one. Activities running in the quarter are reviewed, and
// those left unfinished by the previous review carry forward.
class ReviewStore
{
public:
    explicit ReviewStore(const QSqlDatabase &db);

    using SaveResult = PersonStore::SaveResult;

    QList<Quarter> quarters(qint64 planId) const;
    std::optional<Review> find(qint64 planId, const Quarter &quarter) const;
    // The quarter's review, created with its entries the first time.
    std::optional<Review> open(qint64 planId, const Quarter &quarter, QString *error);
    // Saves one line; the activity takes the reviewed status. Refused as a conflict when the
    // line is no longer at `entry.rowVersion`.
    SaveResult saveEntry(qint64 reviewId, ReviewEntry &entry);
    // The line's texts as saveEntry stores them (Thai normalised, trimmed).
    static void tidy(ReviewEntry &entry);

    ReviewSummary summarise(const Review &review) const;

private:
    QSqlDatabase m_db;
};

} // namespace khana
