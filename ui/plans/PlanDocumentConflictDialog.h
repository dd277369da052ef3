#pragma once

#include "domain/Plan.h"
#include "widgets/ConflictDialog.h"

#include <optional>

namespace khana {

// A plan document's save (title, number, dates, vision, what it implements) refused because
// someone else saved the plan meanwhile.
class PlanDocumentConflictDialog : public ConflictDialog
{
    Q_OBJECT

public:
    // `theirs` empty: the plan was deleted.
    PlanDocumentConflictDialog(const Plan &mine, const std::optional<Plan> &theirs, QWidget *parent = nullptr);

    // Each field as the document form labels it and as the user reads it; references one
    // line each.
    static Fields fieldsOf(const Plan &plan);
};

} // namespace khana
