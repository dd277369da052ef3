#pragma once

#include "PersonStore.h"
#include "domain/Registration.h"

#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace khana {

class Transaction;

// What check-in shows about a registration: enough to greet the person and count them.
struct CheckInEntry
{
    qint64 registrationId = 0;
    qint64 personId = 0;
    qint64 categoryId = 0;
    QString nameTh;
    QString nameEn;
    QString nickname;
    QString phone;
    QString badgeCode;
    QString categoryName;
    QString provinceCode;
    QString provinceName;
    RegistrationStatus status = RegistrationStatus::Registered;
    QDateTime checkedInAt;
};

// Registrations: who takes part in which workshop, in which category, and when they arrived.
class RegistrationStore
{
public:
    explicit RegistrationStore(const QSqlDatabase &db);

    static inline const QString PersonField = QStringLiteral("person");
    static inline const QString CategoryField = QStringLiteral("category");

    std::optional<Registration> find(qint64 id) const;

    using SaveResult = PersonStore::SaveResult;
    // Registers a person: a badge code is made, the province defaults to the person's own, and
    // the same person cannot be registered twice in one workshop.
    SaveResult add(Registration &registration);
    // Inserts many registrations (imports, benchmarks); all or nothing. In its own transaction
    // unless the caller holds one (`ownTransaction` false).
    // Adds many registrations in their own transaction (demo data, benchmarks), or inside the
    // caller's (imports, add()).
    bool addBulk(QList<Registration> &registrations, QString *error);
    bool addBulk(Transaction &t, QList<Registration> &registrations);
    SaveResult setStatus(qint64 id, RegistrationStatus status);

    struct CheckIn
    {
        enum class Result { CheckedIn, AlreadyCheckedIn, Cancelled, NotFound, Failed };
        Result result = Result::Failed;
        QDateTime at; // when they were checked in (now, or the earlier time)
        QString by;   // at which desk: "login · computer"
        RegistrationStatus previousStatus = RegistrationStatus::Registered;
        QString error;
    };
    // Marks the person as arrived at `at`, unless they already were (then says when).
    CheckIn checkIn(qint64 registrationId, const QDateTime &at);
    // Takes back a mistaken check-in, restoring the status it had.
    SaveResult undoCheckIn(qint64 registrationId, RegistrationStatus previousStatus);

    QList<CheckInEntry> loadForCheckIn(qint64 workshopId, bool thaiNames) const;

    // This connection's desk as check-ins record it: the signed-in login (the server's, or the
    // operating-system user's on a laptop) and the computer's name.
    QString desk() const;

    // Counts per category, province and status, for the quota matrix.
    QList<RegistrationCount> counts(qint64 workshopId) const;

private:
    QSqlDatabase m_db;
    mutable QString m_desk;
};

} // namespace khana
