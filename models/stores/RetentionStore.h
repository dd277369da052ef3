#pragma once

#include "PersonStore.h"

#include <QDate>
#include <QSqlDatabase>

#include <optional>

namespace khana {

// How long the office keeps personal data it no longer needs (PDPA: no longer than the
// purpose needs), and the people past it, for someone to decide about: keep them for longer,
// or delete them. Nothing is deleted on its own.
class RetentionStore
{
public:
    explicit RetentionStore(const QSqlDatabase &db);

    // Months after which people are reviewed; 0: not reviewed.
    struct Policy
    {
        int contactMonths = 0;       // people who are not members, after their last activity
        int formerMemberMonths = 0;  // people whose membership ended, after it ended
    };
    Policy policy() const;
    // An office-wide setting: on a server only an administrator may change it.
    PersonStore::SaveResult savePolicy(const Policy &policy);

    enum class Reason { NotAMember, MembershipEnded };
    struct Due
    {
        qint64 personId = 0;
        QString name;
        Reason reason = Reason::NotAMember;
        QDate since; // the last activity, or the membership's end
    };
    // People past the policy on `today`, longest past first; those kept until a later day are
    // left out. nullopt (and `error`) when the database could not be asked.
    std::optional<QList<Due>> due(const QDate &today, QString *error) const;

    // Keeps a person for `months` more from `today`: they leave the list until then.
    PersonStore::SaveResult keep(qint64 personId, const QDate &today, int months);

private:
    QSqlDatabase m_db;
};

} // namespace khana
