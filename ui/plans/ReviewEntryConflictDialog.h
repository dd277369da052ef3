#pragma once

#include "stores/ReviewStore.h"
#include "widgets/ConflictDialog.h"

#include <optional>

namespace khana {

// A quarterly review line's save refused because someone else saved the same line meanwhile.
class ReviewEntryConflictDialog : public ConflictDialog
{
    Q_OBJECT

public:
    // `activity`: the line's activity as the review table shows it. `theirs` empty: the review
    // was removed.
    ReviewEntryConflictDialog(const QString &activity, const ReviewEntry &mine, const std::optional<ReviewEntry> &theirs,
                              QWidget *parent = nullptr);

    // Each field as the review table heads it and as the user reads it.
    static Fields fieldsOf(const ReviewEntry &entry);
};

} // namespace khana
