#pragma once

#include "domain/Registration.h"
#include "domain/Workshop.h"

#include <QHash>
#include <QTabWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTreeView;

namespace khana {

class DateEdit;
class FieldErrorDisplay;
class QuotaMatrixModel;
class RowsTable;
class WriteLock;

// The tabs that edit one workshop: details, days and agenda, budget, participant categories
// with the live quota matrix.
class WorkshopEditor : public QTabWidget
{
    Q_OBJECT

public:
    enum Tab { DetailsTab, DaysTab, BudgetTab, ParticipantsTab };

    explicit WorkshopEditor(const QStringList &provinceCodes, const QHash<QString, QString> &provinceNames, QWidget *parent = nullptr);

    void load(const Workshop &workshop, const QList<RegistrationCount> &counts);
    // What the tabs hold now; cells that cannot be read (a time "8.3x") are reported in
    // `problems` with the same field names as the store's checks.
    Workshop collect(FieldErrors *problems) const;

    // Marks every problem at its field or cell and shows the first tab that has one.
    void showErrors(const FieldErrors &errors);
    void clearErrors();

    QuotaMatrixModel *quotaModel() const { return m_quota; }
    RowsTable *categoriesTable() const { return m_categories; }
    // The four tabs built here are forms; the panels added as further tabs lock their own.
    void addWriteControlsTo(WriteLock &lock);

Q_SIGNALS:
    void edited();

private:
    QWidget *buildDetails();
    QWidget *buildDays();
    QWidget *buildBudget();
    QWidget *buildParticipants();
    void addCategoryRow(const ParticipantCategory &category);
    void refreshTotals();

    QStringList m_provinceCodes;
    Workshop m_loaded;
    QList<RegistrationCount> m_counts;
    bool m_loading = false;

    FieldErrorDisplay *m_errors;
    QLineEdit *m_title;
    QComboBox *m_kind;
    QComboBox *m_status;
    QLineEdit *m_venueName;
    QLineEdit *m_venueAddress;
    QLineEdit *m_mapUrl;
    QLineEdit *m_organiser;
    QLineEdit *m_approvedBy;
    DateEdit *m_approvedOn;
    QPlainTextEdit *m_objectives;
    QPlainTextEdit *m_description;
    RowsTable *m_days;
    RowsTable *m_agenda;
    RowsTable *m_budget;
    QLabel *m_budgetTotals;
    RowsTable *m_categories;
    QTreeView *m_quotaView;
    QuotaMatrixModel *m_quota;
};

} // namespace khana
