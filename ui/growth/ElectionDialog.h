#pragma once

#include "stores/GrowthStore.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace khana {

class DateEdit;
class FieldErrorDisplay;

// Records a district-representative election: the district, the day and the meeting it was
// held at, candidates and votes, who was elected and for which term.
class ElectionDialog : public QDialog
{
    Q_OBJECT

public:
    // `provinceCode` limits the districts offered (empty: all of them).
    ElectionDialog(const QSqlDatabase &db, const QString &provinceCode, QWidget *parent = nullptr);

    // Edits a stored election instead of recording a new one.
    void setElection(const RepresentativeElection &election);
    // Offers `workshopId` as the meeting the election was held at.
    void setMeeting(qint64 workshopId);
    // The election as stored once the dialog is accepted.
    const RepresentativeElection &saved() const { return m_saved; }

    void accept() override;

private:
    void fillPeople();

    QSqlDatabase m_db;
    QComboBox *m_district;
    DateEdit *m_heldOn;
    QComboBox *m_workshop;
    QSpinBox *m_candidates;
    QSpinBox *m_votes;
    QComboBox *m_elected;
    DateEdit *m_termStart;
    DateEdit *m_termEnd;
    QLineEdit *m_notes;
    FieldErrorDisplay *m_errors;
    RepresentativeElection m_saved; // id and row version of the election edited, if any
};

} // namespace khana
