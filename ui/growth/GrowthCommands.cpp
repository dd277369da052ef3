#include "GrowthCommands.h"

#include "stores/GrowthStore.h"

#include <QCoreApplication>

namespace khana {

CountChangeCommand::CountChangeCommand(const QSqlDatabase &db, std::optional<MemberCount> before, std::optional<MemberCount> after, bool done,
                                       QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_db(db)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_skipRedo(done)
{
    setText(m_after ? QCoreApplication::translate("GrowthCommands", "Record count") : QCoreApplication::translate("GrowthCommands", "Remove count"));
}

void CountChangeCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    apply(m_before, m_after);
}

void CountChangeCommand::apply(const std::optional<MemberCount> &from, const std::optional<MemberCount> &to)
{
    GrowthStore store(m_db);
    if (from)
        if (const auto stored = store.findCount(from->scope, from->countedOn))
            store.removeCount(stored->first);
    if (to) {
        MemberCount count = *to;
        count.id = 0;
        // Dated before today when it was recorded, so the rules that let it in still do.
        store.saveCount(count, true);
    }
}

TargetChangeCommand::TargetChangeCommand(const QSqlDatabase &db, std::optional<GrowthTarget> before, std::optional<GrowthTarget> after, bool done)
    : m_db(db)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_skipRedo(done)
{
    setText(m_after ? QCoreApplication::translate("GrowthCommands", "Set target") : QCoreApplication::translate("GrowthCommands", "Remove target"));
}

void TargetChangeCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    apply(m_before, m_after);
}

void TargetChangeCommand::apply(std::optional<GrowthTarget> &from, std::optional<GrowthTarget> &to)
{
    GrowthStore store(m_db);
    if (from)
        store.removeTarget(from->id);
    if (to) {
        // Put back as a new row; remember its id for the next undo.
        to->id = 0;
        to->rowVersion = 0;
        store.saveTarget(*to);
    }
}

ElectionChangeCommand::ElectionChangeCommand(const QSqlDatabase &db, std::optional<RepresentativeElection> before,
                                             std::optional<RepresentativeElection> after, bool done)
    : m_db(db)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_skipRedo(done)
{
    setText(!m_before  ? QCoreApplication::translate("GrowthCommands", "Record election")
            : m_after ? QCoreApplication::translate("GrowthCommands", "Edit election")
                      : QCoreApplication::translate("GrowthCommands", "Remove election"));
}

void ElectionChangeCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    apply(m_before, m_after);
}

void ElectionChangeCommand::apply(const std::optional<RepresentativeElection> &from, const std::optional<RepresentativeElection> &to)
{
    GrowthStore store(m_db);
    const qint64 id = from ? from->id : to->id;
    const std::optional<RepresentativeElection> current = store.findElection(id);
    if (to && current) {
        RepresentativeElection e = *to;
        e.rowVersion = current->rowVersion;
        store.saveElection(e);
    } else if (to) {
        store.restoreElection(*to);
    } else if (current) {
        store.removeElection(id, current->rowVersion);
    }
}

} // namespace khana
