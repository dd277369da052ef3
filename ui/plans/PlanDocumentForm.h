#pragma once

#include "domain/Plan.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace khana {

class DateEdit;
class FieldErrorDisplay;
class RowsTable;

// The plan document's own fields: title, number, date, issuing body, period, vision, status,
// and the resolutions or decisions it implements.
class PlanDocumentForm : public QWidget
{
    Q_OBJECT

public:
    explicit PlanDocumentForm(QWidget *parent = nullptr);

    void load(const Plan &plan);
    Plan collect(FieldErrors *problems) const;
    void showErrors(const FieldErrors &errors);

Q_SIGNALS:
    void edited();

private:
    Plan m_plan;
    FieldErrorDisplay *m_errors;
    QLineEdit *m_title;
    QLineEdit *m_number;
    DateEdit *m_issuedOn;
    QLineEdit *m_issuer;
    DateEdit *m_periodStart;
    DateEdit *m_periodEnd;
    QPlainTextEdit *m_vision;
    QComboBox *m_status;
    QComboBox *m_year;
    RowsTable *m_references;
};

} // namespace khana
