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

AddPersonCommand::AddPersonCommand(PersonStore &store, const Person &added, Changed changed, Report report)
    : PersonCommand(store, std::move(changed), std::move(report),
                    QCoreApplication::translate("PersonCommands", "Add %1").arg(added.nameTh))
    , m_person(added)
{
}

void AddPersonCommand::undo()
{
    const auto current = m_store.find(m_person.id);
    if (!current) {
        m_report(QCoreApplication::translate("PersonCommands", "This person no longer exists."));
        return;
    }
    m_person = *current;
    const auto result = m_store.remove(m_person.id, m_person.rowVersion);
    if (!result.ok())
        m_report(result.error);
    m_changed(0);
}

void AddPersonCommand::redo()
{
    if (firstRedo())
        return;
    const auto result = m_store.restore(m_person);
    if (!result.ok())
        m_report(result.error.isEmpty() ? result.fieldErrors.value(0).message : result.error);
    m_changed(m_person.id);
}

EditPersonCommand::EditPersonCommand(PersonStore &store, const Person &before, const Person &after, Changed changed,
                                     Report report)
    : PersonCommand(store, std::move(changed), std::move(report),
                    QCoreApplication::translate("PersonCommands", "Edit %1").arg(after.nameTh))
    , m_before(before)
    , m_after(after)
{
}

void EditPersonCommand::apply(Person values)
{
    const auto current = m_store.find(values.id);
    if (!current) {
        m_report(QCoreApplication::translate("PersonCommands", "This person no longer exists."));
        return;
    }
    values.rowVersion = current->rowVersion;
    const auto result = m_store.save(values);
    if (!result.ok())
        m_report(result.error.isEmpty() ? result.fieldErrors.value(0).message : result.error);
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
    const auto result = m_store.restore(m_person);
    if (!result.ok())
        m_report(result.error.isEmpty() ? result.fieldErrors.value(0).message : result.error);
    m_changed(m_person.id);
}

void DeletePersonCommand::redo()
{
    if (firstRedo())
        return;
    const auto current = m_store.find(m_person.id);
    if (!current)
        return;
    m_person = *current;
    const auto result = m_store.remove(m_person.id, m_person.rowVersion);
    if (!result.ok())
        m_report(result.error);
    m_changed(0);
}

} // namespace khana
