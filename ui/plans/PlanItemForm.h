#pragma once

#include "domain/Plan.h"

#include <QSqlDatabase>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace khana {

class DateEdit;
class FieldErrorDisplay;

// The detail panel: every field of the chosen framework item (project and activity fields
// where they apply), with problems shown beside their fields. Apply hands the edited item to
// the page, which stores it as one undoable edit.
class PlanItemForm : public QWidget
{
    Q_OBJECT

public:
    explicit PlanItemForm(const QSqlDatabase &db, QWidget *parent = nullptr);

    void load(const PlanItem *item);
    PlanItem collect(FieldErrors *problems) const;
    void showErrors(const FieldErrors &errors);
    // The user has changed a field since the item was loaded and not applied it yet.
    bool hasUnappliedEdits() const { return m_edited; }

Q_SIGNALS:
    void applyRequested(const khana::PlanItem &item);

private:
    QSqlDatabase m_db;
    PlanItem m_item;
    bool m_loading = false;
    bool m_edited = false;
    FieldErrorDisplay *m_errors;
    QLabel *m_heading;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QWidget *m_projectBox;
    QLineEdit *m_partners;
    QLineEdit *m_mou;
    QLineEdit *m_beneficiaries;
    QLineEdit *m_beneficiaryUnit;
    QWidget *m_activityBox;
    QLineEdit *m_unit;
    QComboBox *m_lead;
    DateEdit *m_starts;
    DateEdit *m_ends;
    QLineEdit *m_budget;
    QLineEdit *m_funding;
    QLineEdit *m_indicator;
    QLineEdit *m_target;
    QLineEdit *m_targetUnit;
    QComboBox *m_status;
    QSpinBox *m_progress;
    QCheckBox *m_milestone;
    QComboBox *m_workshop;
    QLabel *m_source;
    QPushButton *m_apply;
};

} // namespace khana
