#include "CheckInSession.h"

#include "AreaStore.h"
#include "WorkshopStore.h"
#include "domain/BadgeCode.h"
#include "domain/DisplayConventions.h"
#include "domain/PhoneNumber.h"
#include "domain/ThaiText.h"

#include <QCoreApplication>

namespace khana {

CheckInSession::CheckInSession(const QSqlDatabase &db, qint64 workshopId, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_workshopId(workshopId)
    , m_store(db)
{
    reload();
}

void CheckInSession::reload()
{
    const auto workshop = WorkshopStore(m_db).find(m_workshopId);
    m_categories = workshop ? workshop->categories : QList<ParticipantCategory>{};
    m_entries = m_store.loadForCheckIn(m_workshopId, DisplayConventions::current().prefersThaiNames());
    m_searchable.clear();
    m_byCode.clear();
    m_byRegistration.clear();
    for (int i = 0; i < m_entries.size(); ++i)
        index(i);
    QStringList provinces;
    for (const Province &p : AreaStore(m_db).provinces())
        provinces.append(p.code);
    m_matrix = QuotaMatrix(m_categories, provinces, m_store.counts(m_workshopId));
    m_undo.clear();
    Q_EMIT reloaded();
    Q_EMIT countsChanged();
}

void CheckInSession::index(int i)
{
    const CheckInEntry &e = m_entries.at(i);
    m_searchable.append({ThaiText::normalise(e.nameTh + QLatin1Char(' ') + e.nameEn + QLatin1Char(' ') + e.nickname).toCaseFolded(),
                         e.phone});
    m_byCode.insert(e.badgeCode, i);
    m_byRegistration.insert(e.registrationId, i);
}

int CheckInSession::attendedCount() const
{
    return m_matrix.total().attended;
}

QList<int> CheckInSession::find(const QString &typed, int limit) const
{
    QList<int> found;
    const QString text = ThaiText::normalise(typed);
    if (text.isEmpty())
        return found;
    if (BadgeCode::looksLikeCode(text)) {
        const auto it = m_byCode.constFind(BadgeCode::normalise(text));
        if (it != m_byCode.cend())
            return {it.value()};
    }
    if (PhoneNumber::looksLikePhone(text)) {
        const QString digits = PhoneNumber::searchDigits(text);
        if (digits.size() >= 3) {
            for (int i = 0; i < m_searchable.size() && found.size() < limit; ++i)
                if (m_searchable.at(i).phone.contains(digits))
                    found.append(i);
        }
        return found;
    }
    const QString needle = text.toCaseFolded();
    for (int i = 0; i < m_searchable.size() && found.size() < limit; ++i)
        if (m_searchable.at(i).text.contains(needle))
            found.append(i);
    return found;
}

CheckInSession::Outcome CheckInSession::checkIn(int entryIndex, const QDateTime &at)
{
    Outcome outcome;
    outcome.entry = entryIndex;
    if (entryIndex < 0 || entryIndex >= m_entries.size()) {
        outcome.result = RegistrationStore::CheckIn::Result::NotFound;
        return outcome;
    }
    CheckInEntry &e = m_entries[entryIndex];
    const RegistrationStore::CheckIn done = m_store.checkIn(e.registrationId, at);
    outcome.result = done.result;
    outcome.at = done.at;
    outcome.by = done.by;
    outcome.error = done.error;
    if (done.result == RegistrationStore::CheckIn::Result::CheckedIn) {
        m_matrix.apply(e.categoryId, e.provinceCode, done.previousStatus, RegistrationStatus::Attended);
        e.status = RegistrationStatus::Attended;
        e.checkedInAt = done.at;
        m_undo.append({e.registrationId, done.previousStatus});
        Q_EMIT entryChanged(entryIndex);
        Q_EMIT countsChanged();
    } else if (done.result == RegistrationStore::CheckIn::Result::AlreadyCheckedIn && !e.checkedInAt.isValid()) {
        // Checked in elsewhere (a shared database): show it here too.
        m_matrix.apply(e.categoryId, e.provinceCode, e.status, RegistrationStatus::Attended);
        e.status = RegistrationStatus::Attended;
        e.checkedInAt = done.at;
        Q_EMIT entryChanged(entryIndex);
        Q_EMIT countsChanged();
    }
    return outcome;
}

int CheckInSession::undoLast(QString *error)
{
    if (m_undo.isEmpty()) {
        *error = QCoreApplication::translate("CheckInSession", "There is no check-in to take back.");
        return -1;
    }
    const Undo last = m_undo.takeLast();
    const auto result = m_store.undoCheckIn(last.registrationId, last.previous);
    if (!result.ok()) {
        *error = result.error;
        return -1;
    }
    const int i = m_byRegistration.value(last.registrationId, -1);
    if (i >= 0) {
        CheckInEntry &e = m_entries[i];
        const RegistrationStatus restored = last.previous == RegistrationStatus::Attended ? RegistrationStatus::Registered : last.previous;
        m_matrix.apply(e.categoryId, e.provinceCode, RegistrationStatus::Attended, restored);
        e.status = restored;
        e.checkedInAt = {};
        Q_EMIT entryChanged(i);
        Q_EMIT countsChanged();
    }
    return i;
}

int CheckInSession::walkIn(Person person, qint64 categoryId, PersonStore::SaveResult *result)
{
    PersonStore people(m_db);
    *result = people.save(person);
    if (!result->ok())
        return -1;
    Registration r;
    r.workshopId = m_workshopId;
    r.personId = person.id;
    r.categoryId = categoryId;
    r.provinceCode = person.provinceCode;
    *result = m_store.add(r);
    if (!result->ok()) {
        // The person stays in People (they are real); only the registration failed.
        return -1;
    }
    const QList<CheckInEntry> fresh = m_store.loadForCheckIn(m_workshopId, DisplayConventions::current().prefersThaiNames());
    for (const CheckInEntry &e : fresh) {
        if (e.registrationId != r.id)
            continue;
        m_entries.append(e);
        index(int(m_entries.size() - 1));
        m_matrix.apply(e.categoryId, e.provinceCode, RegistrationStatus::Cancelled, e.status);
        break;
    }
    const int i = m_byRegistration.value(r.id, -1);
    if (i >= 0)
        checkIn(i);
    return i;
}

} // namespace khana
