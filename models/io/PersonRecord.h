#pragma once

#include "domain/Consent.h"
#include "domain/Person.h"
#include "stores/AuditTrail.h"

#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlDatabase>

#include <optional>

namespace khana {

// Everything Khana holds about one person, for their request to see it (PDPA sections 30 and
// 31): their record with membership and tags, their registrations with check-ins and breakout
// groups, the elections that chose them, their consents with the words they agreed to, and the
// audit trail's entries about them. Read with the login's own rights: a role that may not read
// national ids or the audit trail gets the record without them, and says so.
struct PersonRecord
{
    struct Attendance
    {
        QString workshop;
        QDate firstDay;
        QString category;
        QString status; // RegistrationCodes' code
        QString badgeCode;
        QDateTime checkedInAt; // UTC
        QString checkedInBy;
        QString group; // "2 · topic" when in a breakout group
    };
    struct Election
    {
        QString district;
        QDate heldOn;
        QDate termStart;
        QDate termEnd;
    };
    struct ConsentLine
    {
        QString purpose;
        ConsentDecision decision;
        QString statement; // the words of the decision's version
    };

    Person person;
    QString provinceName; // in the user's language, as the province and district lists show them
    QString districtName;
    bool nationalIdWithheld = false; // the login's role may not read it
    QList<Attendance> attendance;
    QList<Election> elections;
    QList<ConsentLine> consentNow;
    QList<ConsentLine> consentHistory; // oldest first
    QList<AuditEntry> audit;           // newest first
    QString auditWithheld;             // why the trail could not be read (not an administrator)
    QDateTime madeAt;                  // UTC
    QString madeBy;

    // Reads it; nullopt (and `error`) when there is no such person for this login or the
    // database failed.
    static std::optional<PersonRecord> collect(const QSqlDatabase &db, qint64 personId, QString *error);

    // The machine-readable file (docs/person-data.md describes its shape).
    QJsonDocument toJson() const;
    // The readable document in the user's language, as rich text for printing.
    QString toHtml() const;

    // Records in the audit trail that this person's data was handed out as `formats`
    // ("json+pdf"); before the files are written. False (and `error`) when it could not be.
    static bool recordRequest(const QSqlDatabase &db, qint64 personId, const QString &formats, QString *error);
};

} // namespace khana
