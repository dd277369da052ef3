#pragma once

// Real workshops from the seed documents, for tests (the same records the demo holds).

#include "demo/SeedWorkshops.h"

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

} // namespace fixtures
