#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace khana {

class PeopleModel;

// Registers people from People: search, select one or many, choose the category.
class RegisterPeopleDialog : public QDialog
{
    Q_OBJECT

public:
    RegisterPeopleDialog(const QSqlDatabase &db, qint64 workshopId, QWidget *parent = nullptr);

    void accept() override;
    int registered() const { return m_registered; }

private:
    QSqlDatabase m_db;
    qint64 m_workshopId;
    PeopleModel *m_people;
    QLineEdit *m_search;
    QTableView *m_view;
    QComboBox *m_category;
    QLabel *m_message;
    int m_registered = 0;
};

} // namespace khana
