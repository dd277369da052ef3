#pragma once

#include "domain/Growth.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace khana {

class DateEdit;
class FieldErrorDisplay;

// Records a member count for a place and date; a second count for the same place and date is
// saved only when the user agrees to replace the first.
class RecordCountDialog : public QDialog
{
    Q_OBJECT

public:
    RecordCountDialog(const QSqlDatabase &db, const Scope &scope, const QString &scopeName, QWidget *parent = nullptr);

    void accept() override;
    // After Save: the count as stored, and the one it replaced, if any (for undo).
    const MemberCount &saved() const { return m_saved; }
    const std::optional<MemberCount> &replaced() const { return m_replaced; }

private:
    QSqlDatabase m_db;
    Scope m_scope;
    DateEdit *m_date;
    QSpinBox *m_count;
    QLineEdit *m_source;
    FieldErrorDisplay *m_errors;
    MemberCount m_saved;
    std::optional<MemberCount> m_replaced;
};

// Sets a target for a place: what is counted, how many, from when and by when.
class TargetDialog : public QDialog
{
    Q_OBJECT

public:
    TargetDialog(const QSqlDatabase &db, const Scope &scope, const QString &scopeName, QWidget *parent = nullptr);
    // Changes a target already set.
    void edit(const GrowthTarget &target);

    void accept() override;
    const GrowthTarget &saved() const { return m_saved; }

private:
    QSqlDatabase m_db;
    Scope m_scope;
    QComboBox *m_metric;
    QSpinBox *m_value;
    DateEdit *m_starts;
    DateEdit *m_due;
    QLineEdit *m_note;
    FieldErrorDisplay *m_errors;
    GrowthTarget m_editing; // id 0 for a new target
    GrowthTarget m_saved;
};

} // namespace khana
