#include "PersonCommands.h"

#include "stores/PersonStore.h"

#include <QCoreApplication>

namespace khana {

PersonCommand::PersonCommand(PersonStore &store, Changed changed, Report report, const QString &text)
    : QUndoCommand(text)
    , m_store(store)
    , m_changed(std::move(changed))
    , m_report(std::move(report))
{
}

bool PersonCommand::firstRedo()
{
    const bool first = m_done;
    m_done = false;
    return first;
}

void PersonCommand::report(const PersonStore::SaveResult &result)
{
    if (!result.ok())
        m_report(result.error.isEmpty() ? result.fieldErrors.value(0).message : result.error);
}

void PersonCommand::removeStored(Person &person)
{
    const auto current = m_store.find(person.id);
    if (!current) {
        m_report(QCoreApplication::translate("PersonCommands", "This person no longer exists."));
        return;
    }
    person = *current;
    report(m_store.remove(person.id, person.rowVersion));
    m_changed(0);
}

void PersonCommand::restoreStored(const Person &person)
{
    report(m_store.restore(person));
    m_changed(person.id);
}

AddPersonCommand::AddPersonCommand(PersonStore &store, const Person &added, Changed changed, Report report)
    : PersonCommand(store, std::move(changed), std::move(report),
                    QCoreApplication::translate("PersonCommands", "Add %1").arg(added.nameTh))
    , m_person(added)
{
}

void AddPersonCommand::undo()
{
    removeStored(m_person);
}

void AddPersonCommand::redo()
{
    if (!firstRedo())
        restoreStored(m_person);
}

EditPersonCommand::EditPersonCommand(PersonStore &store, const Person &before, const Person &after, Changed changed,
                                     Report report)
    : PersonCommand(store, std::move(changed), std::move(report),
                    QCoreApplication::translate("PersonCommands", "Edit %1").arg(after.nameTh))
    , m_before(before)
    , m_after(after)
    , m_leftAt(after.rowVersion)
{
}

void EditPersonCommand::apply(Person values)
{
    const auto current = m_store.find(values.id);
    if (!current) {
        m_report(QCoreApplication::translate("PersonCommands", "This person no longer exists."));
        return;
    }
    if (current->rowVersion != m_leftAt) {
        m_report(QCoreApplication::translate("PersonCommands", "Someone else saved %1 since; undoing or redoing here would overwrite "
                                                               "their change, so nothing was changed.").arg(current->nameTh));
        m_changed(values.id);
        return;
    }
    values.rowVersion = current->rowVersion;
    const PersonStore::SaveResult saved = m_store.save(values);
    if (saved.ok())
        m_leftAt = values.rowVersion;
    report(saved);
    m_changed(values.id);
}

void EditPersonCommand::undo()
{
    apply(m_before);
}

void EditPersonCommand::redo()
{
    if (firstRedo())
        return;
    apply(m_after);
}

DeletePersonCommand::DeletePersonCommand(PersonStore &store, const Person &deleted, Changed changed, Report report)
    : PersonCommand(store, std::move(changed), std::move(report),
                    QCoreApplication::translate("PersonCommands", "Delete %1").arg(deleted.nameTh))
    , m_person(deleted)
{
}

void DeletePersonCommand::undo()
{
    restoreStored(m_person);
}

void DeletePersonCommand::redo()
{
    if (!firstRedo())
        removeStored(m_person);
}

ImportRosterCommand::ImportRosterCommand(PersonStore &store, QList<qint64> added, QList<PersonStore::MembershipSnapshot> replaced,
                                         Changed changed, Report report)
    : PersonCommand(store, std::move(changed), std::move(report),
                    QCoreApplication::translate("PersonCommands", "Import roster (%n people)", nullptr, int(added.size() + replaced.size())))
    , m_added(std::move(added))
    , m_replaced(std::move(replaced))
{
}

void ImportRosterCommand::undo()
{
    report(m_store.takeBackImport(m_added, m_replaced));
    setObsolete(true);
    m_changed(0);
}

void ImportRosterCommand::redo()
{
    // Only the first redo happens: an undone import leaves the stack.
    firstRedo();
}

} // namespace khana
