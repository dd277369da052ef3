#pragma once

#include "domain/Person.h"
#include "widgets/ConflictDialog.h"

#include <QSqlDatabase>

#include <optional>

namespace khana {

// A person's save refused because someone else changed or deleted them meanwhile.
class PersonConflictDialog : public ConflictDialog
{
    Q_OBJECT

public:
    // `theirs` empty: the person was deleted (or is no longer visible to this login).
    PersonConflictDialog(const QSqlDatabase &db, const Person &mine, const std::optional<Person> &theirs, QWidget *parent = nullptr);

    // Each field as the form labels it and as the user reads it.
    static Fields fieldsOf(const QSqlDatabase &db, const Person &p);
};

} // namespace khana
