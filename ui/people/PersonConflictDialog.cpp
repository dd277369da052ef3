#include "PersonConflictDialog.h"

#include "domain/DisplayConventions.h"
#include "domain/NationalId.h"
#include "stores/AreaStore.h"

namespace khana {

ConflictDialog::Fields PersonConflictDialog::fieldsOf(const QSqlDatabase &db, const Person &p)
{
    const DisplayConventions &c = DisplayConventions::current();
    QString province = p.provinceCode;
    for (const Province &known : AreaStore(db).provinces())
        if (known.code == p.provinceCode)
            province = c.pick(known.nameTh, known.nameEn);
    QString district = p.districtCode;
    if (!p.districtCode.isEmpty())
        for (const District &known : AreaStore(db).districts(p.provinceCode))
            if (known.code == p.districtCode)
                district = c.pick(known.nameTh, known.nameEn);
    QStringList tags;
    for (const QString &code : p.tags)
        tags.append(PersonCodes::tagLabel(code));
    const auto date = [&c](const QDate &d) { return d.isValid() ? c.dates().longDate(d) : QString(); };
    return {
        {tr("Name (Thai)"), p.nameTh},
        {tr("Name in English"), p.nameEn},
        {tr("Nickname"), p.nickname},
        {tr("Phone"), p.phone},
        // Masked here too: the dialog shows a colleague's version, and Copy mine puts text on
        // the clipboard, where a full number would outlive the dialog.
        {tr("National ID"), NationalId::masked(p.nationalId)},
        {tr("Province"), province},
        {tr("District"), district},
        {tr("Member no."), p.memberNumber},
        {tr("Membership"), PersonCodes::membershipLabel(p.membershipType)},
        {tr("Joined on"), date(p.joinDate)},
        {tr("Membership ends"), date(p.endDate)},
        {tr("Status"), PersonCodes::statusLabel(p.status)},
        {tr("Tags"), tags.join(QStringLiteral(", "))},
        {tr("Notes"), p.notes},
    };
}

namespace {

ConflictDialog::Texts personTexts()
{
    return {PersonConflictDialog::tr("Someone else changed this person"),
            PersonConflictDialog::tr("%1 was deleted by someone else while you edited (or is no longer yours to see). Nothing was saved. "
                                     "Copy your details to add the person again if they should stay.")};
}

} // namespace

PersonConflictDialog::PersonConflictDialog(const QSqlDatabase &db, const Person &mine, const std::optional<Person> &theirs, QWidget *parent)
    : ConflictDialog(personTexts(), mine.nameTh, fieldsOf(db, mine), theirs ? std::optional<Fields>(fieldsOf(db, *theirs)) : std::nullopt, parent)
{
    setObjectName(QStringLiteral("personConflict"));
}

} // namespace khana
