#pragma once

#include "domain/Person.h"

#include <QDialog>
#include <QSqlDatabase>

#include <optional>

class QTableWidget;

namespace khana {

// Shown when a save is refused because someone else changed or deleted the person since the
// form was opened: the fields that differ, side by side (yours and the one now stored), and
// the choices — keep yours (save it over theirs, knowingly), take theirs (drop your edits),
// or copy yours to the clipboard to put aside. Nothing is overwritten without a choice.
class PersonConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { KeepMine, TakeTheirs, Cancel };

    // `theirs` empty: the person was deleted (or is no longer visible to this login).
    PersonConflictDialog(const QSqlDatabase &db, const Person &mine, const std::optional<Person> &theirs, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    // The fields that differ, as the table shows them: label, yours, theirs.
    struct Difference
    {
        QString field;
        QString mine;
        QString theirs;
    };
    static QList<Difference> differences(const QSqlDatabase &db, const Person &mine, const Person &theirs);
    // Your version as text, for the clipboard.
    static QString describe(const QSqlDatabase &db, const Person &person);

private:
    Choice m_choice = Choice::Cancel;
    QTableWidget *m_table;
};

} // namespace khana
