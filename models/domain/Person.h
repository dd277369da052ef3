#pragma once

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace khana {

enum class MembershipType { None, Annual, Lifetime };
enum class PersonStatus { Active, Lapsed, Resigned, Deceased };

// A person Khana knows: a member, a district representative, a contact. Values are stored
// normalised: Thai text through ThaiText::normalise, the phone as national digits, the
// national id as 13 bare digits (or empty).
struct Person
{
    qint64 id = 0;
    int rowVersion = 0;
    QString nameTh;
    QString nameEn;
    QString nickname;
    QString phone;
    QString nationalId;
    QString provinceCode;
    QString districtCode;
    QString memberNumber;
    MembershipType membershipType = MembershipType::None;
    QDate joinDate;
    QDate endDate;
    PersonStatus status = PersonStatus::Active;
    QStringList tags;
    QString notes;
};

// One problem with one field of a record, for showing beside that field.
struct FieldError
{
    QString field;
    QString message;
};
using FieldErrors = QList<FieldError>;

namespace PersonField {
inline const QString NameTh = QStringLiteral("nameTh");
inline const QString NameEn = QStringLiteral("nameEn");
inline const QString Nickname = QStringLiteral("nickname");
inline const QString Phone = QStringLiteral("phone");
inline const QString NationalId = QStringLiteral("nationalId");
inline const QString Province = QStringLiteral("province");
inline const QString District = QStringLiteral("district");
inline const QString MemberNumber = QStringLiteral("memberNumber");
inline const QString MembershipType = QStringLiteral("membershipType");
inline const QString JoinDate = QStringLiteral("joinDate");
inline const QString EndDate = QStringLiteral("endDate");
inline const QString Status = QStringLiteral("status");
inline const QString Tags = QStringLiteral("tags");
inline const QString Notes = QStringLiteral("notes");
} // namespace PersonField

// Stable codes written to the database, and translated labels shown to people.
namespace PersonCodes {
QString membershipCode(MembershipType type);
MembershipType membershipFromCode(const QString &code);
QString membershipLabel(MembershipType type);
QList<MembershipType> membershipTypes();

QString statusCode(PersonStatus status);
PersonStatus statusFromCode(const QString &code);
QString statusLabel(PersonStatus status);
QList<PersonStatus> statuses();

// Tags a team uses for people; stored by code.
QStringList tagCodes();
QString tagLabel(const QString &code);
} // namespace PersonCodes

// Cleans what the user typed (normalises Thai text, phone and id) and checks every rule.
// Returns the problems found; an empty list means `person` is ready to store.
FieldErrors cleanAndValidate(Person &person);

} // namespace khana

Q_DECLARE_METATYPE(khana::Person)
