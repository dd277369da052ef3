#include "SeedConsent.h"

#include "stores/ConsentStore.h"

#include <QCoreApplication>

namespace khana::SeedConsent {

bool add(const QSqlDatabase &db, const QList<Person> &people, const QDate &today, QString *error)
{
    ConsentStore store(db);
    struct Seed
    {
        const char *name;
        const char *statement;
        bool checkedOnExport;
        int everyNth; // of the people, who gave it
    };
    static const Seed seeds[] = {
        {QT_TRANSLATE_NOOP("SeedConsent", "Membership records"),
         QT_TRANSLATE_NOOP("SeedConsent", "I agree that the party keeps my name, contact details and membership to manage my membership."), false, 1},
        {QT_TRANSLATE_NOOP("SeedConsent", "Contact by phone and LINE"),
         QT_TRANSLATE_NOOP("SeedConsent", "I agree to be contacted by phone and LINE about the party's activities."), false, 2},
        {QT_TRANSLATE_NOOP("SeedConsent", "Photos at events"),
         QT_TRANSLATE_NOOP("SeedConsent", "I agree that photos of me taken at events may be published by the party."), false, 3},
        {QT_TRANSLATE_NOOP("SeedConsent", "Sharing with the national party"),
         QT_TRANSLATE_NOOP("SeedConsent", "I agree that the provincial team sends my name and membership to the national party office."), true, 4},
    };
    QList<ConsentPurpose> purposes;
    for (const Seed &seed : seeds) {
        ConsentPurpose p;
        p.name = QCoreApplication::translate("SeedConsent", seed.name);
        p.statement = QCoreApplication::translate("SeedConsent", seed.statement);
        p.checkedOnExport = seed.checkedOnExport;
        const ConsentStore::SaveResult saved = store.savePurpose(p);
        if (!saved.ok()) {
            *error = saved.error;
            return false;
        }
        purposes.append(p);
    }
    // The first hundred people: enough to see every state in the list and its filter.
    const qsizetype decided = std::min<qsizetype>(people.size(), 100);
    // The store takes no decision after the real today, which a demo's own `today` may pass.
    const QDate latest = std::min(today, QDate::currentDate());
    for (qsizetype i = 0; i < decided; ++i) {
        const Person &person = people.at(i);
        const QDate joined = person.joinDate.isValid() && person.joinDate <= latest ? person.joinDate : latest.addMonths(-6);
        for (qsizetype s = 0; s < purposes.size(); ++s) {
            if (i % seeds[s].everyNth != 0)
                continue;
            ConsentDecision d;
            d.personId = person.id;
            d.purposeId = purposes.at(s).id;
            d.given = true;
            d.method = i % 5 == 0 ? ConsentMethod::Online : ConsentMethod::Paper;
            d.decidedOn = joined;
            ConsentStore::SaveResult result = store.record(d);
            // Every seventh who agreed to be contacted later asked not to be.
            if (result.ok() && s == 1 && i % 7 == 0) {
                d.given = false;
                d.method = ConsentMethod::Phone;
                d.decidedOn = std::min(latest, joined.addMonths(3));
                result = store.record(d);
            }
            if (!result.ok()) {
                *error = result.error.isEmpty() && !result.fieldErrors.isEmpty() ? result.fieldErrors.first().message : result.error;
                return false;
            }
        }
    }
    return true;
}

} // namespace khana::SeedConsent
