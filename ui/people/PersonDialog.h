#pragma once

#include "domain/Person.h"

#include <QDialog>
#include <QHash>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;


namespace khana {

class DateEdit;
class FieldErrorDisplay;
class PersonStore;

// The add/edit form for a person. Save runs the store's checks: every problem is shown beside
// its field, the first such field gets the focus, and nothing is stored until all are fixed.
class PersonDialog : public QDialog
{
    Q_OBJECT

public:
    PersonDialog(const QSqlDatabase &db, PersonStore &store, const Person &person, QWidget *parent = nullptr);

    // The person as stored, after a successful save.
    const Person &person() const { return m_person; }
    // The values before the edit (for undo).
    const Person &original() const { return m_original; }

    // After a conflict the user chose the version someone else saved: the form closed without
    // saving, and the page shows theirs.
    bool tookTheirs() const { return m_tookTheirs; }

    void accept() override;

    // Colleagues changed people on the server: if this person is among them, says so above the
    // form and keeps what the user typed (their save will then show both versions).
    void checkForColleaguesSave();

private:
    void showErrors(const FieldErrors &errors);
    void loadDistricts(const QString &provinceCode, const QString &select = {});
    Person collect() const;
    // Someone else saved or deleted the person first: asks what to do. True when the save
    // should be tried again over their version.
    bool resolveConflict(Person &mine);

    QSqlDatabase m_db;
    PersonStore &m_store;
    Person m_person;
    Person m_original;
    bool m_tookTheirs = false;

    QLineEdit *m_nameTh;
    QLineEdit *m_nameEn;
    QLineEdit *m_nickname;
    QLineEdit *m_phone;
    QLineEdit *m_nationalId;
    QComboBox *m_province;
    QComboBox *m_district;
    QLineEdit *m_memberNumber;
    QComboBox *m_membership;
    DateEdit *m_joinDate;
    DateEdit *m_endDate;
    QComboBox *m_status;
    QHash<QString, QCheckBox *> m_tags;
    QPlainTextEdit *m_notes;
    QLabel *m_generalError;
    QLabel *m_colleagueNotice;
    FieldErrorDisplay *m_errors;
};

} // namespace khana
