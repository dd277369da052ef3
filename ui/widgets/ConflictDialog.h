#pragma once

#include <QDialog>
#include <QList>
#include <QString>

#include <optional>

class QTableWidget;

namespace khana {

// Shown when a save is refused because someone else changed or deleted the record since the
// form was opened: the fields that differ, side by side (yours and the one now stored), and
// the choices — keep yours (save it over theirs, knowingly), take theirs (drop your edits),
// or copy yours to the clipboard to put aside. Nothing is overwritten without a choice. Each
// kind of record says which fields it has and how they read (PersonConflictDialog,
// WorkshopConflictDialog).
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { KeepMine, TakeTheirs, Cancel };

    // One field as the form labels it and as the user reads it.
    struct Field
    {
        QString label;
        QString value;
    };
    using Fields = QList<Field>;
    struct Difference
    {
        QString field;
        QString mine;
        QString theirs;
    };
    static QList<Difference> differences(const Fields &mine, const Fields &theirs);
    // A version as text, for the clipboard: "label: value" lines, empty fields left out.
    static QString describe(const Fields &fields);

    Choice choice() const { return m_choice; }

    // What the dialog says in the words of the kind of record (a saved record's words are
    // the same for every kind).
    struct Texts
    {
        QString title;
        QString deleted; // %1: the record's name
    };

protected:
    // `theirs` empty: the record was deleted (or is no longer this login's to see).
    ConflictDialog(const Texts &texts, const QString &name, const Fields &mine, const std::optional<Fields> &theirs,
                   QWidget *parent = nullptr);

private:
    Choice m_choice = Choice::Cancel;
    QTableWidget *m_table;
};

} // namespace khana
