#pragma once

#include "PackSeal.h"
#include "WorkshopPack.h"
#include "domain/WorkProgress.h"

#include <QSqlDatabase>
#include <QString>

namespace khana {

// A pack sealed with a passphrase (PackSeal), or not when the passphrase is empty.
struct PackSealing
{
    QString passphrase;
    PackKey::Cost cost = PackKey::Cost::Moderate;
    bool sealed() const { return !passphrase.isEmpty(); }
};

// Takes a workshop offline: writes a workshop pack (a file readable by its owner only) from
// the office database, and records on the office who took it when. The pack is written under
// a temporary name beside the chosen one and named only once it is complete and recorded, so a
// failed or cancelled pack leaves no file that could be taken for one.
class PackWriter
{
public:
    explicit PackWriter(const QSqlDatabase &office);

    struct Result
    {
        QString error; // translated; empty when written
        bool cancelled = false;
        WorkshopPackInfo info;
        int registrations = 0;
        int people = 0;
        bool ok() const { return error.isEmpty() && !cancelled; }
    };
    // `label` names the desk or laptop ("Desk 2"). Progress counts rows copied.
    Result write(qint64 workshopId, const QString &path, const QString &label, const WorkProgress &progress = {}, const PackSealing &sealing = {});

    // The columns of people a pack carries: what check-in, badges and sign-in sheets need.
    static QStringList personColumns();

private:
    QSqlDatabase m_office;
};

} // namespace khana
