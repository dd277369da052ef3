#pragma once

#include <QDialog>
#include <QGroupBox>
#include <QSqlDatabase>

class QLabel;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace khana {

// Settings › Keeping personal data: how long the office keeps people who are not members and
// people whose membership ended, and the review of those past it.
class RetentionPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit RetentionPanel(const QSqlDatabase &db, QWidget *parent = nullptr);
    void reload();

private:
    void save();

    QSqlDatabase m_db;
    QSpinBox *m_contacts;
    QSpinBox *m_formerMembers;
};

// The people past the office's retention periods, for someone to decide about each: keep them
// for another year, or erase them (their registrations stay in the figures without them).
// Nothing goes without that decision.
class RetentionReviewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RetentionReviewDialog(const QSqlDatabase &db, QWidget *parent = nullptr);
    int rowCount() const;

private:
    void reload();
    QList<qint64> selectedPeople() const;
    void keepSelected();
    void eraseSelected();

    QSqlDatabase m_db;
    QStandardItemModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
};

} // namespace khana
