#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeView;

namespace khana {

class WriteLock;

class CheckInSession;
class QuotaMatrixModel;

// Check-in on the day: one large field takes a name fragment, a phone number or a badge code
// (a USB scanner types the code and Enter); Enter checks the person in. Clear feedback, a
// clear refusal for a second check-in, undo, walk-ins, live counts against quotas. Works on
// the local database alone.
class CheckInWindow : public QDialog
{
    Q_OBJECT

public:
    CheckInWindow(const QSqlDatabase &db, qint64 workshopId, QWidget *parent = nullptr);

    CheckInSession *session() const { return m_session; }
    // Undo and walk-ins are held disabled, and check-ins refused, once the lock is on.
    void addWriteControlsTo(WriteLock &lock);

    // Checks in the only match of the search text, or asks to choose among several.
    void checkInFromSearch();
    void undoLast();
    void addWalkIn();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showMatches();
    void checkInEntry(int entry);
    void updateCounts();
    void say(const QString &text, const QString &colour);
    QString describe(int entry) const;

    QSqlDatabase m_db;
    CheckInSession *m_session;
    QuotaMatrixModel *m_quota;
    QLabel *m_counts;
    QLineEdit *m_search;
    QListWidget *m_results;
    QLabel *m_feedback;
    QPushButton *m_undo;
    QPushButton *m_walkIn = nullptr;
    // The workshops page's lock, which outlives this window (its child).
    WriteLock *m_lock = nullptr;
    QTreeView *m_quotaView;
};

} // namespace khana
