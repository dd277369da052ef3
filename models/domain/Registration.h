#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace khana {

enum class RegistrationStatus { Invited, Registered, Confirmed, Attended, NoShow, Cancelled };

// One person's place at one workshop.
struct Registration
{
    qint64 id = 0;
    int rowVersion = 0;
    qint64 workshopId = 0;
    qint64 personId = 0;
    qint64 categoryId = 0;
    QString provinceCode; // the province they represent (per-province quotas); the person's own by default
    RegistrationStatus status = RegistrationStatus::Registered;
    QString badgeCode;
    QDateTime checkedInAt; // UTC
    QString checkedInBy;   // "login · computer" of the desk that checked them in
};

namespace RegistrationCodes {
QString statusCode(RegistrationStatus status);
RegistrationStatus statusFromCode(const QString &code);
QString statusLabel(RegistrationStatus status);
QList<RegistrationStatus> statuses();
// Counts towards "registered" in the quota matrix: everyone but the invited and the cancelled.
bool countsAsRegistered(RegistrationStatus status);
} // namespace RegistrationCodes

// Planned, registered and attended, per category and (for per-province quotas) per province.
struct QuotaCell
{
    int planned = 0;
    int registered = 0;
    int attended = 0;

    QuotaCell &operator+=(const QuotaCell &other)
    {
        planned += other.planned;
        registered += other.registered;
        attended += other.attended;
        return *this;
    }
};

// How many registrations of one category, province and status a workshop has.
struct RegistrationCount
{
    qint64 categoryId = 0;
    QString provinceCode;
    RegistrationStatus status = RegistrationStatus::Registered;
    int count = 0;
};

} // namespace khana
