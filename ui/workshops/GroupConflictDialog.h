#pragma once

#include "domain/BreakoutGroup.h"
#include "widgets/ConflictDialog.h"

#include <optional>

namespace khana {

// A breakout group's details, or one of its outcomes, saved from a version someone else has
// changed (or removed) since.
class GroupConflictDialog : public ConflictDialog
{
    Q_OBJECT

public:
    // `theirs` empty: removed.
    GroupConflictDialog(const BreakoutGroup &mine, const std::optional<BreakoutGroup> &theirs, QWidget *parent = nullptr);
    GroupConflictDialog(const Outcome &mine, const std::optional<Outcome> &theirs, QWidget *parent = nullptr);

    static Fields fieldsOf(const BreakoutGroup &group);
    static Fields fieldsOf(const Outcome &outcome);
};

} // namespace khana
