#include "PersonErasure.h"

#include "database/Backup.h"
#include "database/Database.h"
#include "stores/ErasureCleanup.h"
#include "stores/ErasureStore.h"
#include "widgets/BackgroundWork.h"

#include <QMessageBox>
#include <QPushButton>
#include <QStringList>

namespace khana {

QString PersonErasure::whatHappens()
{
    return tr("Their name, phone, national ID, address, notes, tags, consent decisions and breakout groups are removed for good; "
              "undo cannot bring them back.");
}

PersonErasure::Outcome PersonErasure::confirmAndErase(QWidget *parent, const QSqlDatabase &db, qint64 personId, QString *done, bool confirmed)
{
    ErasureStore store(db);
    QString error;
    const auto impact = store.impact(personId, &error);
    if (!impact) {
        QMessageBox::warning(parent, tr("Erase this person"), error.isEmpty() ? tr("This person is no longer in the database.") : error);
        return Outcome::NotErased;
    }
    if (!confirmed) {
        QStringList kept;
        if (impact->registrations > 0)
            kept.append(tr("%n workshop registration(s), counted in attendance and quotas as before", nullptr, impact->registrations));
        if (impact->elections > 0)
            kept.append(tr("%n election(s), with their votes, without the person elected", nullptr, impact->elections));
        if (impact->planActivities > 0)
            kept.append(tr("%n plan activity(ies), without them as lead", nullptr, impact->planActivities));
        kept.append(impact->auditEntries >= 0
                        ? tr("the audit trail's %n entry(ies) about them, which name their record number only", nullptr, impact->auditEntries)
                        : tr("the audit trail's entries about them, which name their record number only"));
        QMessageBox box(QMessageBox::Warning, tr("Erase this person"), tr("Erase %1 from Khana?").arg(impact->name), QMessageBox::Cancel, parent);
        box.setInformativeText(whatHappens() + QStringLiteral("\n\n") + tr("Kept without their name, so that the office's figures stay right:")
                               + QStringLiteral("\n• ") + kept.join(QStringLiteral("\n• ")) + QStringLiteral("\n\n")
                               + tr("Copies outside this database are not reached: exported files, printed lists and workshop packs taken "
                                    "offline. Ask whoever holds them to destroy them."));
        QPushButton *erase = box.addButton(tr("&Erase"), QMessageBox::DestructiveRole);
        erase->setObjectName(QStringLiteral("confirmErase"));
        box.setDefaultButton(QMessageBox::Cancel);
        box.setEscapeButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != erase)
            return Outcome::Cancelled;
    }
    const PersonStore::SaveResult result = store.erase(personId, impact->rowVersion);
    if (!result.ok()) {
        QMessageBox::warning(parent, tr("Erase this person"), result.error);
        return Outcome::NotErased;
    }
    const QString remains = cleanFiles(parent, db);
    if (done)
        *done = remains.isEmpty() ? tr("Erased %1; no copy Khana keeps holds their details.").arg(impact->name)
                                  : tr("Erased %1.").arg(impact->name);
    if (!remains.isEmpty())
        QMessageBox::warning(parent, tr("Erase this person"), remains);
    return Outcome::Erased;
}

QString PersonErasure::cleanFiles(QWidget *parent, const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QSQLITE"))
        return {}; // an office server's files and backups are its administrator's
    const QList<qint64> pending = ErasureStore(db).filesNotCleaned();
    if (pending.isEmpty())
        return {};
    const QStringList backups = ErasureCleanup::backupsOf(db.databaseName(), Backup::automaticFolder());
    const QString officeId = Database::metaValue(db, QStringLiteral("office_id"));
    ErasureCleanup::Result inFile;
    ErasureCleanup::Result inBackups;
    bool marked = false;
    QString connectionError;
    const bool finished = BackgroundWork::runOnConnection(
        parent, tr("Removing the erased details from the search index and the backups…"), db.connectionName(), &connectionError,
        [&](const QSqlDatabase &worker, const WorkProgress &progress) {
            inFile = ErasureCleanup::cleanDatabase(worker);
            if (!inFile.ok())
                return;
            inBackups = ErasureCleanup::cleanBackups(backups, officeId, pending, progress);
            if (inBackups.ok())
                marked = ErasureStore(worker).markFilesCleaned(pending);
        });
    // Whatever is left stays listed (filesNotCleaned) and is done with the next erasure.
    const QString later = tr("Khana tries again the next time a person is erased.");
    if (!connectionError.isEmpty())
        return tr("The person is erased, but the search index and backups could not be cleaned of them: %1").arg(connectionError) + QLatin1Char(' ') + later;
    if (!finished || inBackups.cancelled)
        return tr("The person is erased. Cleaning the search index and the backups was stopped; until it is done they may still hold "
                  "the person's details.") + QLatin1Char(' ') + later;
    if (!inFile.ok())
        return inFile.error + QLatin1Char(' ') + later;
    if (!inBackups.ok())
        return inBackups.error + QLatin1Char(' ') + later;
    if (!marked)
        return tr("The backups are cleaned, but that could not be noted in the database.") + QLatin1Char(' ') + later;
    if (!inFile.walCleared)
        return tr("The person is erased and the backups are cleaned. The database's journal still holds the earlier pages while another "
                  "window reads them; it is emptied when Khana closes.");
    return {};
}

} // namespace khana
