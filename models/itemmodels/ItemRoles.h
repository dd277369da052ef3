#pragma once

#include <Qt>

namespace khana::ItemRole {

// The display role shows formatted text (B.E. dates, labels); these give what sorting,
// filtering and editing need.
enum : int {
    Raw = Qt::UserRole + 1, // ISO date, code, digits
    Id,                     // the record's id
};

} // namespace khana::ItemRole
