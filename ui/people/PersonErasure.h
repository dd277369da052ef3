#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

class QWidget;

namespace khana {

// "Erase this person": says what goes and what stays before it acts, erases through
// ErasureStore, then (on this computer's database) clears the search index, the WAL and the
// backups of them with progress and Cancel. Used by People and by the retention review.
class PersonErasure
{
    Q_DECLARE_TR_FUNCTIONS(PersonErasure)

public:
    enum class Outcome { Erased, NotErased, Cancelled };

    // Asks first (unless `confirmed`), then erases. `done` gets the sentence for the status bar
    // on success; a failure has been shown to the user already.
    static Outcome confirmAndErase(QWidget *parent, const QSqlDatabase &db, qint64 personId, QString *done, bool confirmed = false);

    // What the question says about the person's records (public for the retention review,
    // which erases several at once after one question).
    static QString whatHappens();

    // Clears this computer's files of everyone erased whose files are not clean yet; a
    // sentence on what remains, empty when all is clean. Nothing to do on an office server.
    static QString cleanFiles(QWidget *parent, const QSqlDatabase &db);
};

} // namespace khana
