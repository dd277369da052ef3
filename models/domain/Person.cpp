#include "Person.h"

#include "NationalId.h"
#include "PhoneNumber.h"
#include "ThaiText.h"

#include <QCoreApplication>

namespace khana {

namespace PersonCodes {

QString membershipCode(MembershipType type)
{
    switch (type) {
    case MembershipType::None: return QStringLiteral("none");
    case MembershipType::Annual: return QStringLiteral("annual");
    case MembershipType::Lifetime: return QStringLiteral("lifetime");
    }
    return QStringLiteral("none");
}

MembershipType membershipFromCode(const QString &code)
{
    for (MembershipType t : membershipTypes())
        if (membershipCode(t) == code)
            return t;
    return MembershipType::None;
}

QString membershipLabel(MembershipType type)
{
    switch (type) {
    case MembershipType::None: return QCoreApplication::translate("Person", "Not a member");
    case MembershipType::Annual: return QCoreApplication::translate("Person", "Annual member");
    case MembershipType::Lifetime: return QCoreApplication::translate("Person", "Lifetime member");
    }
    return {};
}

QList<MembershipType> membershipTypes()
{
    return {MembershipType::None, MembershipType::Annual, MembershipType::Lifetime};
}

QString statusCode(PersonStatus status)
{
    switch (status) {
    case PersonStatus::Active: return QStringLiteral("active");
    case PersonStatus::Lapsed: return QStringLiteral("lapsed");
    case PersonStatus::Resigned: return QStringLiteral("resigned");
    case PersonStatus::Deceased: return QStringLiteral("deceased");
    }
    return QStringLiteral("active");
}

PersonStatus statusFromCode(const QString &code)
{
    for (PersonStatus s : statuses())
        if (statusCode(s) == code)
            return s;
    return PersonStatus::Active;
}

QString statusLabel(PersonStatus status)
{
    switch (status) {
    case PersonStatus::Active: return QCoreApplication::translate("Person", "Active");
    case PersonStatus::Lapsed: return QCoreApplication::translate("Person", "Lapsed");
    case PersonStatus::Resigned: return QCoreApplication::translate("Person", "Resigned");
    case PersonStatus::Deceased: return QCoreApplication::translate("Person", "Deceased");
    }
    return {};
}

QList<PersonStatus> statuses()
{
    return {PersonStatus::Active, PersonStatus::Lapsed, PersonStatus::Resigned, PersonStatus::Deceased};
}

QStringList tagCodes()
{
    return {QStringLiteral("staff"), QStringLiteral("volunteer"), QStringLiteral("district_rep"),
            QStringLiteral("coordinator"), QStringLiteral("speaker"), QStringLiteral("media")};
}

QString tagLabel(const QString &code)
{
    if (code == QLatin1String("staff")) return QCoreApplication::translate("Person", "Staff");
    if (code == QLatin1String("volunteer")) return QCoreApplication::translate("Person", "Volunteer");
    if (code == QLatin1String("district_rep")) return QCoreApplication::translate("Person", "District representative");
    if (code == QLatin1String("coordinator")) return QCoreApplication::translate("Person", "Coordinator");
    if (code == QLatin1String("speaker")) return QCoreApplication::translate("Person", "Speaker");
    if (code == QLatin1String("media")) return QCoreApplication::translate("Person", "Media");
    return code;
}

} // namespace PersonCodes

FieldErrors cleanAndValidate(Person &p)
{
    FieldErrors errors;
    auto fail = [&errors](const QString &field, const QString &message) { errors.append({field, message}); };

    p.nameTh = ThaiText::normalise(p.nameTh);
    p.nameEn = ThaiText::normalise(p.nameEn);
    p.nickname = ThaiText::normalise(p.nickname);
    p.memberNumber = ThaiText::toArabicDigits(ThaiText::normalise(p.memberNumber));
    p.notes = p.notes.normalized(QString::NormalizationForm_C).trimmed();

    // Control characters (NUL, escape, …) come from broken files, never from people; a name
    // of NULs is not a name. Notes may hold line breaks and tabs.
    auto hasControl = [](const QString &text, bool lineBreaksAllowed) {
        for (const QChar c : text)
            if (c.category() == QChar::Other_Control && !(lineBreaksAllowed && (c == u'\n' || c == u'\t' || c == u'\r')))
                return true;
        return false;
    };
    // (translated only when needed: an import cleans a million people)
    const auto controlMessage = [] {
        return QCoreApplication::translate("Person", "This holds a control character (an invisible code from a damaged file): retype it.");
    };
    for (const auto &[field, text] : {std::pair{PersonField::NameTh, &p.nameTh}, std::pair{PersonField::NameEn, &p.nameEn},
                                      std::pair{PersonField::Nickname, &p.nickname}, std::pair{PersonField::MemberNumber, &p.memberNumber},
                                      std::pair{PersonField::Phone, &p.phone}, std::pair{PersonField::NationalId, &p.nationalId}}) {
        if (hasControl(*text, false))
            fail(field, controlMessage());
    }
    if (hasControl(p.notes, true))
        fail(PersonField::Notes, controlMessage());
    if (!errors.isEmpty())
        return errors;

    if (p.nameTh.isEmpty())
        fail(PersonField::NameTh, QCoreApplication::translate("Person", "Enter the person's name."));
    else if (p.nameTh.size() > 200)
        fail(PersonField::NameTh, QCoreApplication::translate("Person", "The name is longer than 200 characters."));

    const QString phoneInput = p.phone.trimmed();
    if (phoneInput.isEmpty()) {
        p.phone.clear();
    } else {
        const QString digits = PhoneNumber::normalise(phoneInput);
        if (digits.isEmpty())
            fail(PersonField::Phone, PhoneNumber::describeInvalid());
        else
            p.phone = digits;
    }

    if (p.nationalId.trimmed().isEmpty()) {
        p.nationalId.clear();
    } else {
        QString digits;
        const auto problem = NationalId::check(p.nationalId, &digits);
        if (problem != NationalId::Problem::None)
            fail(PersonField::NationalId, NationalId::describe(problem));
        else
            p.nationalId = digits;
    }

    if (!p.districtCode.isEmpty() && p.provinceCode.isEmpty())
        fail(PersonField::Province, QCoreApplication::translate("Person", "Choose the province of this district."));

    if (p.membershipType != MembershipType::None && !p.joinDate.isValid())
        fail(PersonField::JoinDate, QCoreApplication::translate("Person", "A member needs a join date."));
    if (p.joinDate.isValid() && p.endDate.isValid() && p.endDate < p.joinDate)
        fail(PersonField::EndDate, QCoreApplication::translate("Person", "The end date is before the join date."));
    if (p.membershipType == MembershipType::Lifetime && p.endDate.isValid())
        fail(PersonField::EndDate, QCoreApplication::translate("Person", "A lifetime membership has no end date."));

    const QStringList known = PersonCodes::tagCodes();
    QStringList tags;
    for (const QString &tag : std::as_const(p.tags)) {
        if (!known.contains(tag))
            fail(PersonField::Tags, QCoreApplication::translate("Person", "Unknown tag: %1").arg(tag));
        else if (!tags.contains(tag))
            tags.append(tag);
    }
    p.tags = tags;
    return errors;
}

} // namespace khana
