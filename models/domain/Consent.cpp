#include "Consent.h"

#include <QCoreApplication>

namespace khana::ConsentCodes {

QString methodCode(ConsentMethod method)
{
    switch (method) {
    case ConsentMethod::Paper: return QStringLiteral("paper");
    case ConsentMethod::Online: return QStringLiteral("online");
    case ConsentMethod::InPerson: return QStringLiteral("in_person");
    case ConsentMethod::Phone: return QStringLiteral("phone");
    }
    return QStringLiteral("paper");
}

std::optional<ConsentMethod> methodFromCode(const QString &code)
{
    for (ConsentMethod m : methods())
        if (methodCode(m) == code)
            return m;
    return std::nullopt;
}

QString methodLabel(ConsentMethod method)
{
    switch (method) {
    case ConsentMethod::Paper: return QCoreApplication::translate("Consent", "Signed paper form");
    case ConsentMethod::Online: return QCoreApplication::translate("Consent", "Online form");
    case ConsentMethod::InPerson: return QCoreApplication::translate("Consent", "In person");
    case ConsentMethod::Phone: return QCoreApplication::translate("Consent", "By phone");
    }
    return {};
}

QList<ConsentMethod> methods()
{
    return {ConsentMethod::Paper, ConsentMethod::Online, ConsentMethod::InPerson, ConsentMethod::Phone};
}

} // namespace khana::ConsentCodes
