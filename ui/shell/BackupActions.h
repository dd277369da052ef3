#pragma once

#include "database/Backup.h"

#include <QObject>
#include <QString>

#include <functional>

class QThread;
class QWidget;

namespace khana {

// File › Back up… and File › Restore…, and the daily automatic backup: the window's side of
// models/database/Backup. The work runs on a worker thread with its own SQLite connections;
// the window shows progress and can cancel, and a cancelled backup leaves no file.
class BackupActions : public QObject
{
    Q_OBJECT

public:
    BackupActions(const QString &databasePath, QWidget *window);
    ~BackupActions() override;

    void backUp();
    void restore();
    // Once a day (AppSettings), in the background; says what it did through message().
    void backUpAutomatically();

Q_SIGNALS:
    // The database's contents were replaced: everything shown must be read again.
    void restored();
    void message(const QString &text);

private:
    using Work = std::function<Backup::Result(const Backup::Progress &)>;
    Backup::Result runWithProgress(const QString &label, const Work &work);
    // Says why a backup or restore did not succeed (a status message when cancelled).
    bool succeeded(const Backup::Result &r, const QString &title, const QString &whenCancelled);

    QString m_databasePath;
    QWidget *m_window;
    QThread *m_automatic = nullptr;
};

} // namespace khana
