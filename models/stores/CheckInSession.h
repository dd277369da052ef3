#pragma once

#include "RegistrationStore.h"
#include "domain/QuotaMatrix.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>

namespace khana {

// Check-in on the day of a workshop. Every registration is held in memory so that finding a
// person by a name fragment, a phone number or a badge code (typed, or by a scanner that types
// it and presses Enter) takes no database round trip; each check-in is written at once to the
// local database, so nothing depends on a network. Keeps the quota counts live and the
// check-ins of this session undoable.
class CheckInSession : public QObject
{
    Q_OBJECT

public:
    CheckInSession(const QSqlDatabase &db, qint64 workshopId, QObject *parent = nullptr);

    void reload();

    int size() const { return int(m_entries.size()); }
    const CheckInEntry &entry(int index) const { return m_entries.at(index); }
    const QuotaMatrix &matrix() const { return m_matrix; }
    const QList<ParticipantCategory> &categories() const { return m_categories; }
    int attendedCount() const;

    // Entries matching what was typed, best first: an exact badge code alone; otherwise phone
    // numbers containing the digits, or names containing the text.
    QList<int> find(const QString &text, int limit = 50) const;

    struct Outcome
    {
        RegistrationStore::CheckIn::Result result = RegistrationStore::CheckIn::Result::Failed;
        int entry = -1;
        QDateTime at;
        QString by; // the desk ("login · computer") that checked them in
        QString error;
    };
    Outcome checkIn(int entryIndex, const QDateTime &at = QDateTime::currentDateTimeUtc());

    // This desk, as its check-ins are recorded.
    QString desk() const { return m_store.desk(); }

    bool canUndo() const { return !m_undo.isEmpty(); }
    // Takes back the latest check-in of this session; returns the entry, or -1 with `error`.
    int undoLast(QString *error);

    // Someone who was not registered: adds the person and registers and checks them in.
    // Returns the new entry, or -1 with the problems in `result`.
    int walkIn(Person person, qint64 categoryId, PersonStore::SaveResult *result);

Q_SIGNALS:
    void entryChanged(int index);
    void countsChanged();
    void reloaded();

private:
    struct Searchable
    {
        QString text;  // names, normalised and case-folded
        QString phone; // digits
    };
    void index(int i);

    QSqlDatabase m_db;
    qint64 m_workshopId;
    RegistrationStore m_store;
    QList<ParticipantCategory> m_categories;
    QList<CheckInEntry> m_entries;
    QList<Searchable> m_searchable;
    QHash<QString, int> m_byCode;
    QHash<qint64, int> m_byRegistration;
    QuotaMatrix m_matrix;
    struct Undo
    {
        qint64 registrationId;
        RegistrationStatus previous;
    };
    QList<Undo> m_undo;
};

} // namespace khana
