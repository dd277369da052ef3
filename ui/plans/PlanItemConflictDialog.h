#pragma once

#include "domain/Plan.h"
#include "widgets/ConflictDialog.h"

#include <QSqlDatabase>

#include <optional>

namespace khana {

// A plan item's save refused because someone else changed or removed it meanwhile.
class PlanItemConflictDialog : public ConflictDialog
{
    Q_OBJECT

public:
    // `theirs` empty: the item was removed.
    PlanItemConflictDialog(const QSqlDatabase &db, const PlanItem &mine, const std::optional<PlanItem> &theirs, QWidget *parent = nullptr);

    // Each field as the item's form labels it and as the user reads it.
    static Fields fieldsOf(const QSqlDatabase &db, const PlanItem &item);
};

} // namespace khana
