#pragma once

#include "domain/WorkProgress.h"

#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>

class QWidget;

namespace khana {

// Runs long work (an import, a backup) on a thread of its own while the window goes on
// painting: a progress dialog with Cancel appears once the work takes more than a moment, and
// until the work ends nothing else in the application takes clicks or keys. Returns when the
// work has finished. The work gets a WorkProgress to report to (it returns false after Cancel)
// and the cancel flag itself, for a WorkerConnection to interrupt a running statement.
class BackgroundWork
{
public:
    using Work = std::function<void(const WorkProgress &progress, const std::atomic<bool> &cancelled)>;

    // True when the work ran to its end, false when Cancel was pressed.
    static bool run(QWidget *parent, const QString &label, const Work &work);

    // The same with a connection of the work's own, opened like `connectionName` on the work's
    // thread and interrupted by Cancel mid-statement (WorkerConnection). When it cannot be
    // opened the work does not run and `connectionError` gets why.
    using DatabaseWork = std::function<void(const QSqlDatabase &db, const WorkProgress &progress)>;
    static bool runOnConnection(QWidget *parent, const QString &label, const QString &connectionName, QString *connectionError,
                                const DatabaseWork &work);
    // Whether some work is running now (tests wait for it to end before they act).
    static bool isRunning();

    // Shown this long after the work starts, if it is still going.
    static constexpr int kShowAfterMs = 400;
};

} // namespace khana
