#pragma once

#include "domain/Growth.h"
#include "stores/GrowthStore.h"

#include <QSqlDatabase>
#include <QUndoCommand>

#include <optional>

namespace khana {

// Undoable changes to recorded counts: a count recorded (perhaps replacing another for the
// same place and day) or removed. A count is known by its place and day, so undo and redo
// find it again whatever id it was given.
class CountChangeCommand : public QUndoCommand
{
public:
    // `done`: the change is already in the database (the dialog saved it); the first redo
    // does nothing.
    CountChangeCommand(const QSqlDatabase &db, std::optional<MemberCount> before, std::optional<MemberCount> after, bool done,
                       QUndoCommand *parent = nullptr);

    void undo() override { apply(m_after, m_before); }
    void redo() override;

private:
    void apply(const std::optional<MemberCount> &from, const std::optional<MemberCount> &to);

    QSqlDatabase m_db;
    std::optional<MemberCount> m_before;
    std::optional<MemberCount> m_after;
    bool m_skipRedo;
};

// Undoable changes to targets: one set or removed.
class TargetChangeCommand : public QUndoCommand
{
public:
    TargetChangeCommand(const QSqlDatabase &db, std::optional<GrowthTarget> before, std::optional<GrowthTarget> after, bool done);

    void undo() override { apply(m_after, m_before); }
    void redo() override;

private:
    void apply(std::optional<GrowthTarget> &from, std::optional<GrowthTarget> &to);

    QSqlDatabase m_db;
    std::optional<GrowthTarget> m_before;
    std::optional<GrowthTarget> m_after;
    bool m_skipRedo;
};

// Undoable changes to representative elections: one recorded, edited or removed. Elections
// keep their ids through undo and redo, so later commands still find them.
class ElectionChangeCommand : public QUndoCommand
{
public:
    ElectionChangeCommand(const QSqlDatabase &db, std::optional<RepresentativeElection> before,
                          std::optional<RepresentativeElection> after, bool done);

    void undo() override { apply(m_after, m_before); }
    void redo() override;

private:
    void apply(const std::optional<RepresentativeElection> &from, const std::optional<RepresentativeElection> &to);

    QSqlDatabase m_db;
    std::optional<RepresentativeElection> m_before;
    std::optional<RepresentativeElection> m_after;
    bool m_skipRedo;
};

} // namespace khana
