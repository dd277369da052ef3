#pragma once

#include "domain/Person.h"
#include "stores/PersonStore.h"

#include <QUndoCommand>

#include <functional>

namespace khana {

// Undoable changes to people. Each is created after the change was made through the store
// (so the form could show its errors), and so skips its first redo.
class PersonCommand : public QUndoCommand
{
public:
    using Report = std::function<void(const QString &error)>;
    using Changed = std::function<void(qint64 id)>;

    PersonCommand(PersonStore &store, Changed changed, Report report, const QString &text);

protected:
    bool firstRedo();
    // Deletes the stored person (at their current version) or puts them back, reporting problems.
    void removeStored(Person &person);
    void restoreStored(const Person &person);
    void report(const PersonStore::SaveResult &result);
    PersonStore &m_store;
    Changed m_changed;
    Report m_report;

private:
    bool m_done = true;
};

class AddPersonCommand : public PersonCommand
{
public:
    AddPersonCommand(PersonStore &store, const Person &added, Changed changed, Report report);
    void undo() override;
    void redo() override;

private:
    Person m_person;
};

class EditPersonCommand : public PersonCommand
{
public:
    EditPersonCommand(PersonStore &store, const Person &before, const Person &after, Changed changed, Report report);
    void undo() override;
    void redo() override;

private:
    void apply(Person values);
    Person m_before;
    Person m_after;
    // The row version this command last left the person at: undo and redo change the person
    // only while nobody else has saved it since, so a colleague's change is never undone.
    int m_leftAt = 0;
};

class DeletePersonCommand : public PersonCommand
{
public:
    DeletePersonCommand(PersonStore &store, const Person &deleted, Changed changed, Report report);
    void undo() override;
    void redo() override;

private:
    Person m_person;
};

// A roster import, done by the import dialog. Undo takes it all back (the people it added
// deleted, the memberships it changed put back) or, when anyone in it was changed since,
// nothing. Either way the command then leaves the stack: the file can be imported again,
// but the people it added do not come back with their old ids.
class ImportRosterCommand : public PersonCommand
{
public:
    ImportRosterCommand(PersonStore &store, QList<qint64> added, QList<PersonStore::MembershipSnapshot> replaced,
                        Changed changed, Report report);
    void undo() override;
    void redo() override;

private:
    QList<qint64> m_added;
    QList<PersonStore::MembershipSnapshot> m_replaced;
};

} // namespace khana
