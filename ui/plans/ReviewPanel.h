#pragma once

#include "stores/ReviewStore.h"

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace khana {

class WriteLock;

// The quarterly review of a plan: choose a quarter (opening it creates its lines: activities
// running then, and those left unfinished before), record each activity's status, actual
// value, cause of delay, remedy and direction for the next quarter, and read the summary.
class ReviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPanel(const QSqlDatabase &db, QWidget *parent = nullptr);

    void setPlan(qint64 planId);
    void openQuarter(const Quarter &quarter);
    bool saveAll();
    // Lines typed or statuses chosen since the review was shown, not saved yet.
    bool hasUnsavedEdits() const { return m_edited; }
    QTableWidget *table() const { return m_table; }
    Quarter currentQuarter() const;
    // Opening and saving a review and its table write; choosing the quarter only reads.
    void addWriteControlsTo(WriteLock &lock);

Q_SIGNALS:
    // Statuses of activities changed (the framework shows them).
    void saved();

private:
    void refreshQuarters();
    void showReview();
    // One line's editable cells.
    void showEntry(int row, const ReviewEntry &entry);
    // The line as stored now (none: its review was removed).
    std::optional<ReviewEntry> storedEntry(qint64 entryId) const;

    QSqlDatabase m_db;
    qint64 m_planId = 0;
    PlanYear m_year = PlanYear::Calendar; // the plan's quarters
    std::optional<Review> m_review;
    bool m_filling = false;
    bool m_edited = false;
    QComboBox *m_quarter;
    QTableWidget *m_table;
    QList<QWidget *> m_writers;
    QLabel *m_summary;
    QLabel *m_errors;
};

} // namespace khana
