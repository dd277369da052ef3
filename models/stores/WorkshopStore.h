#pragma once

#include "PersonStore.h"
#include "domain/Workshop.h"

#include <QSqlDatabase>

#include <optional>

namespace khana {

class Transaction;

struct WorkshopSummary
{
    qint64 id = 0;
    QString title;
    WorkshopKind kind = WorkshopKind::Workshop;
    WorkshopStatus status = WorkshopStatus::Draft;
    QDate firstDay;
    QString venueName;
};

// Reads and writes a workshop with its days, budget, agenda and participant categories, as one
// record: validated, written in one transaction, version-checked and audited.
class WorkshopStore
{
public:
    explicit WorkshopStore(const QSqlDatabase &db);

    QList<WorkshopSummary> list() const;
    std::optional<Workshop> find(qint64 id) const;

    using SaveResult = PersonStore::SaveResult;
    // Inserts (id == 0) or updates. Categories keep their ids; a category's quota cannot drop
    // below the people already registered in it, and a category with registrations cannot be
    // removed. On failure nothing changed.
    SaveResult save(Workshop &workshop);
    SaveResult remove(qint64 id, int rowVersion);

    // People registered (not cancelled, not merely invited) per category id.
    QHash<qint64, int> registeredPerCategory(qint64 workshopId) const;

private:
    bool writeChildren(Transaction &t, const Workshop &w);
    FieldErrors checkCategories(const Workshop &w) const;

    QSqlDatabase m_db;
};

} // namespace khana
