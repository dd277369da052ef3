#pragma once

#include "domain/Growth.h"

#include <QComboBox>
#include <QSqlDatabase>

namespace khana {

// Chooses where growth is counted: the whole country or one province, named in the user's
// language.
class ScopeComboBox : public QComboBox
{
    Q_OBJECT

public:
    ScopeComboBox(const QSqlDatabase &db, QWidget *parent = nullptr);

    Scope scope() const;
    // Chooses the place by province code (empty: the country) without announcing the change,
    // for restoring a page before it is shown.
    void restoreCode(const QString &code);
};

} // namespace khana
