#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace khana {

// A purpose the office asks people to agree to (membership, contact by phone or LINE, photos at
// events, sharing with the national party…), with the statement they agree to. Changing the
// statement makes a new version: a consent is to the words a person saw.
struct ConsentPurpose
{
    qint64 id = 0;
    int rowVersion = 0;
    QString name;
    QString statement;
    int statementVersion = 1;
    // Exports of people warn about everyone in them who has not given this consent.
    bool checkedOnExport = false;
    // No longer asked for; decisions already recorded stay.
    bool retired = false;
};

enum class ConsentMethod { Paper, Online, InPerson, Phone };

// One decision of one person about one purpose, as it was recorded.
struct ConsentDecision
{
    qint64 personId = 0;
    qint64 purposeId = 0;
    bool given = false;
    int statementVersion = 0;
    ConsentMethod method = ConsentMethod::Paper;
    QDate decidedOn;
    QString recordedBy;
    QString recordedAt; // ISO date and time, UTC
    int rowVersion = 0; // of where things stand now (0: nothing recorded yet, or a past decision)
};

namespace ConsentField {
inline const QString Name = QStringLiteral("name");
inline const QString Statement = QStringLiteral("statement");
inline const QString DecidedOn = QStringLiteral("decidedOn");
inline const QString Purpose = QStringLiteral("purpose");
} // namespace ConsentField

namespace ConsentCodes {
QString methodCode(ConsentMethod method);
std::optional<ConsentMethod> methodFromCode(const QString &code);
QString methodLabel(ConsentMethod method);
QList<ConsentMethod> methods();
} // namespace ConsentCodes

} // namespace khana
