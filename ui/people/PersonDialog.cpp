#include "PersonDialog.h"

#include "PersonConflictDialog.h"

#include "domain/DisplayConventions.h"
#include "domain/NationalId.h"
#include "domain/PhoneNumber.h"
#include "stores/AreaStore.h"
#include "stores/PersonStore.h"
#include "widgets/DateEdit.h"
#include "widgets/FieldErrorDisplay.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace khana {

PersonDialog::PersonDialog(const QSqlDatabase &db, PersonStore &store, const Person &person, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_store(store)
    , m_person(person)
    , m_original(person)
    , m_nameTh(new QLineEdit(this))
    , m_nameEn(new QLineEdit(this))
    , m_nickname(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_nationalId(new QLineEdit(this))
    , m_province(new QComboBox(this))
    , m_district(new QComboBox(this))
    , m_memberNumber(new QLineEdit(this))
    , m_membership(new QComboBox(this))
    , m_joinDate(new DateEdit(this))
    , m_endDate(new DateEdit(this))
    , m_status(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_generalError(new QLabel(this))
    , m_colleagueNotice(new QLabel(this))
    , m_errors(new FieldErrorDisplay(this))
{
    setWindowTitle(person.id == 0 ? tr("Add person") : tr("Edit person"));
    setObjectName(QStringLiteral("personDialog"));
    m_nameTh->setObjectName(QStringLiteral("nameTh"));
    m_nameEn->setObjectName(QStringLiteral("nameEn"));
    m_nickname->setObjectName(QStringLiteral("nickname"));
    m_phone->setObjectName(QStringLiteral("phone"));
    m_nationalId->setObjectName(QStringLiteral("nationalId"));
    m_province->setObjectName(QStringLiteral("province"));
    m_district->setObjectName(QStringLiteral("district"));
    m_memberNumber->setObjectName(QStringLiteral("memberNumber"));
    m_membership->setObjectName(QStringLiteral("membership"));
    m_joinDate->setObjectName(QStringLiteral("joinDate"));
    m_endDate->setObjectName(QStringLiteral("endDate"));
    m_status->setObjectName(QStringLiteral("status"));

    m_nameTh->setPlaceholderText(tr("e.g. สมชาย ใจดี"));
    m_phone->setPlaceholderText(tr("e.g. 081-234-5678"));
    m_nationalId->setPlaceholderText(tr("13 digits, optional"));
    m_nationalId->setToolTip(tr("The national ID number is sensitive personal data: enter it only when it is needed."));

    const DisplayConventions &conventions = DisplayConventions::current();
    m_province->addItem(tr("(none)"), QString());
    for (const Province &p : AreaStore(m_db).provinces())
        m_province->addItem(conventions.pick(p.nameTh, p.nameEn), p.code);
    for (MembershipType t : PersonCodes::membershipTypes())
        m_membership->addItem(PersonCodes::membershipLabel(t), PersonCodes::membershipCode(t));
    for (PersonStatus s : PersonCodes::statuses())
        m_status->addItem(PersonCodes::statusLabel(s), PersonCodes::statusCode(s));

    auto *tagBox = new QWidget(this);
    auto *tagGrid = new QGridLayout(tagBox);
    tagGrid->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (const QString &code : PersonCodes::tagCodes()) {
        auto *box = new QCheckBox(PersonCodes::tagLabel(code), tagBox);
        box->setObjectName(QStringLiteral("tag_") + code);
        m_tags.insert(code, box);
        tagGrid->addWidget(box, i / 3, i % 3);
        ++i;
    }

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name (Thai):"), m_errors->wrap(PersonField::NameTh, m_nameTh));
    form->addRow(tr("Name in &English:"), m_errors->wrap(PersonField::NameEn, m_nameEn));
    form->addRow(tr("Nic&kname:"), m_errors->wrap(PersonField::Nickname, m_nickname));
    form->addRow(tr("&Phone:"), m_errors->wrap(PersonField::Phone, m_phone));
    form->addRow(tr("National &ID:"), m_errors->wrap(PersonField::NationalId, m_nationalId));
    form->addRow(tr("Pro&vince:"), m_errors->wrap(PersonField::Province, m_province));
    form->addRow(tr("&District:"), m_errors->wrap(PersonField::District, m_district));
    form->addRow(tr("&Member no.:"), m_errors->wrap(PersonField::MemberNumber, m_memberNumber));
    form->addRow(tr("Members&hip:"), m_errors->wrap(PersonField::MembershipType, m_membership));
    form->addRow(tr("&Joined on:"), m_errors->wrap(PersonField::JoinDate, m_joinDate));
    form->addRow(tr("Membership &ends:"), m_errors->wrap(PersonField::EndDate, m_endDate));
    form->addRow(tr("&Status:"), m_errors->wrap(PersonField::Status, m_status));
    form->addRow(tr("&Tags:"), m_errors->wrap(PersonField::Tags, tagBox));
    form->addRow(tr("N&otes:"), m_errors->wrap(PersonField::Notes, m_notes));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);

    m_generalError->setWordWrap(true);
    m_generalError->setObjectName(QStringLiteral("generalError"));
    m_generalError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_generalError->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PersonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PersonDialog::reject);

    m_colleagueNotice->setObjectName(QStringLiteral("colleagueNotice"));
    m_colleagueNotice->setWordWrap(true);
    m_colleagueNotice->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: black; padding: 6px; }"));
    m_colleagueNotice->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_colleagueNotice);
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addWidget(buttons);

    connect(m_province, &QComboBox::currentIndexChanged, this,
            [this](int) { loadDistricts(m_province->currentData().toString()); });

    // Fill in the person.
    m_nameTh->setText(person.nameTh);
    m_nameEn->setText(person.nameEn);
    m_nickname->setText(person.nickname);
    m_phone->setText(PhoneNumber::format(person.phone));
    m_nationalId->setText(NationalId::format(person.nationalId));
    if (!m_store.mayReadNationalIds()) {
        // The server keeps national IDs from this login; a new person may still be given one.
        m_nationalId->setReadOnly(person.id != 0);
        m_nationalId->setPlaceholderText(person.id != 0 ? tr("Not shown to your role") : tr("13 digits, optional"));
    }
    m_province->setCurrentIndex(qMax(0, m_province->findData(person.provinceCode)));
    loadDistricts(person.provinceCode, person.districtCode);
    m_memberNumber->setText(person.memberNumber);
    m_membership->setCurrentIndex(qMax(0, m_membership->findData(PersonCodes::membershipCode(person.membershipType))));
    m_joinDate->setDate(person.joinDate);
    m_endDate->setDate(person.endDate);
    m_status->setCurrentIndex(qMax(0, m_status->findData(PersonCodes::statusCode(person.status))));
    for (auto it = m_tags.cbegin(); it != m_tags.cend(); ++it)
        it.value()->setChecked(person.tags.contains(it.key()));
    m_notes->setPlainText(person.notes);
    m_nameTh->setFocus();
}

void PersonDialog::loadDistricts(const QString &provinceCode, const QString &select)
{
    m_district->clear();
    m_district->addItem(tr("(none)"), QString());
    const QList<District> districts = provinceCode.isEmpty() ? QList<District>{} : AreaStore(m_db).districts(provinceCode);
    const DisplayConventions &conventions = DisplayConventions::current();
    for (const District &d : districts)
        m_district->addItem(conventions.pick(d.nameTh, d.nameEn), d.code);
    m_district->setEnabled(!districts.isEmpty());
    m_district->setToolTip(!provinceCode.isEmpty() && districts.isEmpty()
                               ? tr("No districts of this province are in the database yet: import them in Settings.")
                               : QString());
    m_district->setCurrentIndex(qMax(0, m_district->findData(select)));
}

Person PersonDialog::collect() const
{
    Person p = m_person;
    p.nameTh = m_nameTh->text();
    p.nameEn = m_nameEn->text();
    p.nickname = m_nickname->text();
    p.phone = m_phone->text();
    p.nationalId = m_nationalId->text();
    p.provinceCode = m_province->currentData().toString();
    p.districtCode = m_district->currentData().toString();
    p.memberNumber = m_memberNumber->text();
    p.membershipType = PersonCodes::membershipFromCode(m_membership->currentData().toString());
    p.joinDate = m_joinDate->date();
    p.endDate = m_endDate->date();
    p.status = PersonCodes::statusFromCode(m_status->currentData().toString());
    p.tags.clear();
    for (const QString &code : PersonCodes::tagCodes())
        if (m_tags.value(code)->isChecked())
            p.tags.append(code);
    p.notes = m_notes->toPlainText();
    return p;
}

bool PersonDialog::resolveConflict(Person &mine)
{
    const std::optional<Person> theirs = m_store.find(mine.id);
    PersonConflictDialog ask(m_db, mine, theirs, this);
    if (ask.exec() != QDialog::Accepted)
        return false; // the form stays open with the user's edits
    if (ask.choice() == PersonConflictDialog::Choice::TakeTheirs) {
        m_tookTheirs = true;
        reject();
        return false;
    }
    // Keeping mine replaces their version knowingly; undo goes back to theirs, not to what
    // the form first showed.
    mine.rowVersion = theirs->rowVersion;
    m_original = *theirs;
    return true;
}

void PersonDialog::checkForColleaguesSave()
{
    if (m_original.id == 0)
        return;
    const std::optional<Person> stored = m_store.find(m_original.id);
    if (stored && stored->rowVersion == m_original.rowVersion)
        return;
    m_colleagueNotice->setText(stored ? tr("Someone else has saved changes to this person since you opened the form. What you typed "
                                           "is still here: when you save, Khana shows both versions and asks which to keep.")
                                      : tr("Someone else has deleted this person since you opened the form. What you typed is still "
                                           "here; saving will ask what to do."));
    m_colleagueNotice->show();
}

void PersonDialog::showErrors(const FieldErrors &errors)
{
    if (QWidget *first = m_errors->show(errors))
        first->setFocus();
}

void PersonDialog::accept()
{
    m_errors->clear();
    m_generalError->hide();
    FieldErrors dateErrors;
    if (!m_joinDate->hasValidDate())
        dateErrors.append({PersonField::JoinDate, m_joinDate->problem()});
    if (!m_endDate->hasValidDate())
        dateErrors.append({PersonField::EndDate, m_endDate->problem()});
    if (!dateErrors.isEmpty()) {
        showErrors(dateErrors);
        return;
    }
    Person candidate = collect();
    PersonStore::SaveResult result = m_store.save(candidate);
    if (result.conflict && candidate.id != 0) {
        if (!resolveConflict(candidate))
            return;
        result = m_store.save(candidate);
    }
    if (!result.fieldErrors.isEmpty()) {
        showErrors(result.fieldErrors);
        return;
    }
    if (!result.error.isEmpty()) {
        m_generalError->setText(result.error);
        m_generalError->show();
        return;
    }
    m_person = candidate;
    QDialog::accept();
}

} // namespace khana
