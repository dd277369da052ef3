#pragma once

#include "shell/Page.h"

#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace khana {

class AuditModel;
class DateEdit;

// The audit trail, for administrators: who added, changed, removed, imported, exported or
// printed what and when, newest first, filtered by user, action, period and person, and
// exported with its own entry in the trail. Nothing here changes the trail.
class AuditPage : public Page
{
    Q_OBJECT

public:
    explicit AuditPage(const QSqlDatabase &db, QWidget *parent = nullptr);

    void activated() override;
    void colleaguesChanged(const QSet<QString> &tables) override;

    // Shows only the entries about one person (their record and their registrations).
    void showPerson(qint64 personId, const QString &name);

    AuditModel *model() const { return m_model; }
    // Writes the entries shown to `path` (.xlsx, else CSV); true when written.
    bool exportTo(const QString &path);

Q_SIGNALS:
    void message(const QString &text);

private:
    void refresh();
    void fillActors();

    QSqlDatabase m_db;
    AuditModel *m_model;
    QTableView *m_table;
    QComboBox *m_actor;
    QComboBox *m_action;
    DateEdit *m_from;
    DateEdit *m_to;
    QPushButton *m_person;
    qint64 m_personId = 0;
    QLabel *m_error;
};

} // namespace khana
