#include "BackgroundWork.h"

#include "database/WorkerConnection.h"

#include <QApplication>
#include <QEvent>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <limits>

namespace khana {

namespace {

// While work runs, input goes only to its progress dialog: the window behind it must not
// start a second import or edit what is being written (the dialog is window-modal only once
// it is shown, which is a moment after the work starts).
class InputGuard : public QObject
{
public:
    explicit InputGuard(const QWidget *allowed)
        : m_allowed(allowed)
    {
        qApp->installEventFilter(this);
    }
    ~InputGuard() override { qApp->removeEventFilter(this); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::KeyPress:
        case QEvent::KeyRelease:
        case QEvent::Shortcut:
        case QEvent::ShortcutOverride:
        case QEvent::Wheel:
        case QEvent::Close:
            break;
        default:
            return false;
        }
        for (const QObject *o = watched; o; o = o->parent())
            if (o == m_allowed)
                return false;
        return true;
    }

private:
    const QWidget *m_allowed;
};

// QProgressDialog counts in int: large totals (bytes of a file) are scaled down.
int scaled(qint64 value, qint64 total)
{
    constexpr qint64 kMax = std::numeric_limits<int>::max() / 2;
    return total <= kMax ? int(value) : int(value * kMax / total);
}

// Work runs from the window's thread only: a plain counter is enough.
int running = 0;

} // namespace

bool BackgroundWork::isRunning()
{
    return running > 0;
}

bool BackgroundWork::run(QWidget *parent, const QString &label, const Work &work)
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<bool> cancelled{false};
    QThread *worker = QThread::create([&] {
        work(
            [&](qint64 d, qint64 t) {
                done = d;
                total = t;
                return !cancelled.load();
            },
            cancelled);
    });
    QProgressDialog progress(label, QCoreApplication::translate("BackgroundWork", "Cancel"), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(kShowAfterMs);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    progress.setValue(0); // starts the timer that shows it after kShowAfterMs
    InputGuard guard(&progress);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &progress, [&] {
        const qint64 t = total;
        progress.setMaximum(scaled(t, t));
        progress.setValue(scaled(qMin(done.load(), t), t));
    });
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&] {
        cancelled = true;
        progress.setLabelText(QCoreApplication::translate("BackgroundWork", "Cancelling…"));
    });
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    ++running;
    worker->start();
    poll.start(100);
    loop.exec();
    worker->wait();
    delete worker;
    --running;
    return !cancelled;
}

bool BackgroundWork::runOnConnection(QWidget *parent, const QString &label, const QString &connectionName, QString *connectionError,
                                     const DatabaseWork &work)
{
    return run(parent, label, [&](const WorkProgress &progress, const std::atomic<bool> &cancelled) {
        WorkerConnection worker(connectionName);
        if (!worker.ok()) {
            *connectionError = worker.error();
            return;
        }
        worker.interruptWhen(&cancelled);
        work(worker.database(), progress);
    });
}

} // namespace khana
