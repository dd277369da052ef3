#include "Registration.h"

#include <QCoreApplication>

namespace khana::RegistrationCodes {

QString statusCode(RegistrationStatus status)
{
    switch (status) {
    case RegistrationStatus::Invited: return QStringLiteral("invited");
    case RegistrationStatus::Registered: return QStringLiteral("registered");
    case RegistrationStatus::Confirmed: return QStringLiteral("confirmed");
    case RegistrationStatus::Attended: return QStringLiteral("attended");
    case RegistrationStatus::NoShow: return QStringLiteral("no_show");
    case RegistrationStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("registered");
}

RegistrationStatus statusFromCode(const QString &code)
{
    for (RegistrationStatus s : statuses())
        if (statusCode(s) == code)
            return s;
    return RegistrationStatus::Registered;
}

QString statusLabel(RegistrationStatus status)
{
    switch (status) {
    case RegistrationStatus::Invited: return QCoreApplication::translate("Registration", "Invited");
    case RegistrationStatus::Registered: return QCoreApplication::translate("Registration", "Registered");
    case RegistrationStatus::Confirmed: return QCoreApplication::translate("Registration", "Confirmed");
    case RegistrationStatus::Attended: return QCoreApplication::translate("Registration", "Attended");
    case RegistrationStatus::NoShow: return QCoreApplication::translate("Registration", "No-show");
    case RegistrationStatus::Cancelled: return QCoreApplication::translate("Registration", "Cancelled");
    }
    return {};
}

QList<RegistrationStatus> statuses()
{
    return {RegistrationStatus::Invited, RegistrationStatus::Registered, RegistrationStatus::Confirmed,
            RegistrationStatus::Attended, RegistrationStatus::NoShow, RegistrationStatus::Cancelled};
}

bool countsAsRegistered(RegistrationStatus status)
{
    return status != RegistrationStatus::Invited && status != RegistrationStatus::Cancelled;
}

} // namespace khana::RegistrationCodes
