#include "BackupActions.h"

#include "AppSettings.h"
#include "domain/DisplayConventions.h"
#include "stores/ErasureCleanup.h"
#include "widgets/BackgroundWork.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QThread>

namespace khana {

namespace {

QString rowsSummary(const Backup::Result &r)
{
    const QLocale &locale = DisplayConventions::current().locale();
    return QCoreApplication::translate("BackupActions", "%1 people, %2 registrations, %3 plan items; checked whole.")
        .arg(locale.toString(r.rowCounts.value(QStringLiteral("person"))),
             locale.toString(r.rowCounts.value(QStringLiteral("registration"))),
             locale.toString(r.rowCounts.value(QStringLiteral("plan_item"))));
}

} // namespace

BackupActions::BackupActions(const QString &databasePath, QWidget *window)
    : QObject(window)
    , m_databasePath(databasePath)
    , m_window(window)
{
}

BackupActions::~BackupActions()
{
    // The automatic backup finishes (it is short and leaves nothing half-written if stopped,
    // but its own connections must close before the database does).
    if (m_automatic) {
        m_automatic->wait();
        delete m_automatic;
    }
}

Backup::Result BackupActions::runWithProgress(const QString &label, const Work &work)
{
    Backup::Result result;
    BackgroundWork::run(m_window, label, [&](const WorkProgress &progress, const std::atomic<bool> &) {
        result = work([&](int done, int total) { return progress(done, total); });
    });
    return result;
}

bool BackupActions::succeeded(const Backup::Result &r, const QString &title, const QString &whenCancelled)
{
    if (r.cancelled)
        Q_EMIT message(whenCancelled);
    else if (!r.ok())
        QMessageBox::critical(m_window, title, r.error);
    return r.ok();
}

void BackupActions::backUp()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("khana-%1.sqlite").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString target = QFileDialog::getSaveFileName(m_window, tr("Back up the database"), suggested, tr("Khana databases (*.sqlite)"));
    if (target.isEmpty())
        return;
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(m_databasePath).absoluteFilePath()) {
        QMessageBox::warning(m_window, tr("Back up the database"), tr("Choose another file than the database itself."));
        return;
    }
    const Backup::Result r = runWithProgress(tr("Backing up the database…"), [&](const Backup::Progress &progress) {
        return Backup::create(m_databasePath, target, progress);
    });
    if (!succeeded(r, tr("Back up the database"), tr("Backup cancelled; nothing was written.")))
        return;
    QMessageBox::information(m_window, tr("Back up the database"),
                             tr("The backup %1 is written.").arg(QDir::toNativeSeparators(target)) + QLatin1Char(' ') + rowsSummary(r)
                                 + QLatin1Char('\n') + tr("It holds personal data: keep it where only the office can read it."));
}

void BackupActions::restore()
{
    const QString backup = QFileDialog::getOpenFileName(m_window, tr("Restore from a backup"), Backup::automaticFolder(),
                                                        tr("Khana databases (*.sqlite);;All files (*)"));
    if (backup.isEmpty())
        return;
    const Backup::Result checked = Backup::verify(backup);
    if (!checked.ok()) {
        QMessageBox::critical(m_window, tr("Restore from a backup"), checked.error);
        return;
    }
    const auto answer = QMessageBox::question(m_window, tr("Restore from a backup"),
                                              tr("Replace everything in this database with the backup %1 (%2)?")
                                                      .arg(QDir::toNativeSeparators(backup), rowsSummary(checked))
                                                  + QLatin1Char('\n') + tr("What the database holds now is backed up first, beside it."),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    // People erased since the backup was made are erased again in what it brings back.
    const ErasureCleanup::Erased erased = ErasureCleanup::erasedIn(m_databasePath);
    ErasureCleanup::Result erasedAgain;
    int erasedAgainCount = 0;
    const Backup::Result r = runWithProgress(tr("Restoring the backup…"), [&](const Backup::Progress &progress) {
        Backup::Result restored = Backup::restore(backup, m_databasePath, progress);
        if (restored.ok())
            erasedAgain = ErasureCleanup::eraseAgainIn(m_databasePath, erased, &erasedAgainCount);
        return restored;
    });
    if (!succeeded(r, tr("Restore from a backup"), tr("Restore cancelled; the database is as it was.")))
        return;
    QString text = tr("The backup is restored. What the database held before is kept in %1.").arg(QDir::toNativeSeparators(r.path));
    if (!erasedAgain.error.isEmpty())
        text += QStringLiteral("\n\n") + tr("People erased since the backup was made could not be erased again: %1. Erase them again before anyone uses these records.").arg(erasedAgain.error);
    else if (erasedAgainCount > 0)
        text += QStringLiteral("\n\n") + tr("%n person(s) erased since the backup was made were erased again.", nullptr, erasedAgainCount);
    QMessageBox::information(m_window, tr("Restore from a backup"), text);
    Q_EMIT restored();
}

void BackupActions::backUpAutomatically()
{
    if (!AppSettings::automaticBackups() || m_automatic)
        return;
    const QString source = m_databasePath;
    const QString folder = Backup::automaticFolder();
    const int keep = AppSettings::backupsKept();
    auto result = std::make_shared<Backup::Result>();
    auto made = std::make_shared<bool>(false);
    m_automatic = QThread::create([source, folder, keep, result, made] {
        *result = Backup::automatic(source, folder, QDate::currentDate(), keep, made.get());
    });
    connect(m_automatic, &QThread::finished, this, [this, result, made] {
        if (!result->ok())
            Q_EMIT message(tr("Today's automatic backup failed: %1").arg(result->error));
        else if (*made)
            Q_EMIT message(tr("Today's automatic backup is written (%1).").arg(QDir::toNativeSeparators(result->path)));
    });
    m_automatic->start(QThread::LowPriority);
}

} // namespace khana
