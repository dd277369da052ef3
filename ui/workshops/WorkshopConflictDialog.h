#pragma once

#include "domain/Workshop.h"
#include "widgets/ConflictDialog.h"

#include <optional>

namespace khana {

// A workshop's save refused because someone else changed or deleted it meanwhile.
class WorkshopConflictDialog : public ConflictDialog
{
    Q_OBJECT

public:
    // `theirs` empty: the workshop was deleted (or is no longer visible to this login).
    WorkshopConflictDialog(const Workshop &mine, const std::optional<Workshop> &theirs, QWidget *parent = nullptr);

    // Each field as the editor labels it and as the user reads it; lists one line per row.
    static Fields fieldsOf(const Workshop &w);
};

} // namespace khana
