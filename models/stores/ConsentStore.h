#pragma once

#include "PersonStore.h"
#include "domain/Consent.h"

#include <QSqlDatabase>

#include <optional>

namespace khana {

// The office's consent purposes and each person's decisions about them. A decision is recorded,
// never edited: a mistake is put right by recording the right decision, and both stay in the
// person's history (the evidence of what they agreed to, and when).
class ConsentStore
{
public:
    explicit ConsentStore(const QSqlDatabase &db);

    using SaveResult = PersonStore::SaveResult;

    // In name order; retired purposes only when asked for.
    QList<ConsentPurpose> purposes(bool withRetired = false) const;
    std::optional<ConsentPurpose> purpose(qint64 id) const;
    // The words of one version of a purpose's statement (empty when there is no such version).
    QString statement(qint64 purposeId, int version) const;

    // Inserts (id == 0) or updates a purpose; a changed statement becomes the next version. An
    // update is refused as a conflict when the purpose is no longer at `purpose.rowVersion`.
    SaveResult savePurpose(ConsentPurpose &purpose);
    // Removes a purpose nobody has decided about yet; one with decisions can only be retired.
    SaveResult removePurpose(qint64 purposeId);

    // Where each of a person's consents stands now, one per purpose decided about.
    QList<ConsentDecision> decisions(qint64 personId) const;
    // Every decision recorded about the person, oldest first.
    QList<ConsentDecision> history(qint64 personId) const;

    // Records a decision (given or withdrawn) to the purpose's current statement. `decision`
    // names the person, purpose, method and day; its rowVersion is that of the consent as the
    // user saw it (0: nothing recorded yet), so that a colleague's decision recorded
    // meanwhile is not overwritten unseen. On success `decision` holds what was stored.
    SaveResult record(ConsentDecision &decision);

private:
    QSqlDatabase m_db;
};

} // namespace khana
