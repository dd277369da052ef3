#pragma once

#include <QString>

class QWidget;

namespace khana {

// Says that the database at `damagedPath` is damaged (`why`) and offers to save what can still
// be read into a new file (models/database/Recovery), on a worker thread with progress and
// Cancel. Returns the recovered file when the user chose to open it, otherwise empty.
QString offerRecovery(QWidget *parent, const QString &damagedPath, const QString &why);

} // namespace khana
