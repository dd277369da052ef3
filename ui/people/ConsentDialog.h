#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTreeView;

namespace khana {

class ConsentModel;
class DateEdit;
class FieldErrorDisplay;

// One person's consents: where each purpose stands, and a decision recorded as the person
// gives or withdraws it (withdrawing takes the same one step as giving). Every decision stays
// in the history shown below.
class ConsentDialog : public QDialog
{
    Q_OBJECT

public:
    ConsentDialog(const QSqlDatabase &db, qint64 personId, const QString &personName, QWidget *parent = nullptr);

Q_SIGNALS:
    // A decision was stored (lists limited to a consent change).
    void decided();

private:
    void showSelected();
    void record(bool given);
    void reloadHistory();
    int selectedRow() const;

    QSqlDatabase m_db;
    qint64 m_personId;
    ConsentModel *m_model;
    QTableView *m_view;
    QLabel *m_statement;
    DateEdit *m_decidedOn;
    QComboBox *m_method;
    QPushButton *m_give;
    QPushButton *m_withdraw;
    QStandardItemModel *m_history;
    QTreeView *m_historyView;
    FieldErrorDisplay *m_errors;
};

} // namespace khana
