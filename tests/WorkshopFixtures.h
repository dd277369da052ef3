#pragma once

// Real workshops from the seed documents, for tests (the same records the demo holds).

#include "demo/SeedWorkshops.h"
#include "domain/Registration.h"

namespace fixtures {

inline khana::Workshop forum427()
{
    return khana::SeedWorkshops::forum427();
}

inline khana::Workshop chiangRaiWorkshop()
{
    khana::Workshop w = khana::SeedWorkshops::chiangRai();
    w.venueMapUrl = QStringLiteral("https://maps.example.org/?q=19.9,99.83");
    return w;
}

// `personId` registered for `w` in its first participant category, from Chiang Rai.
inline khana::Registration registrationFor(const khana::Workshop &w, qint64 personId)
{
    khana::Registration r;
    r.workshopId = w.id;
    r.personId = personId;
    r.categoryId = w.categories.first().id;
    r.provinceCode = QStringLiteral("TH-57");
    return r;
}

} // namespace fixtures
