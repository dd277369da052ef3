#pragma once

#include "domain/Consent.h"

#include <QDialog>
#include <QGroupBox>
#include <QSqlDatabase>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace khana {

class ConsentPurposeModel;
class FieldErrorDisplay;

// One consent purpose: its name, the statement people agree to (a changed statement is a new
// version; consents given keep the version they were given to), whether exports warn without
// it, and whether it is still asked for.
class ConsentPurposeDialog : public QDialog
{
    Q_OBJECT

public:
    ConsentPurposeDialog(const QSqlDatabase &db, const ConsentPurpose &purpose, QWidget *parent = nullptr);
    const ConsentPurpose &purpose() const { return m_purpose; }
    void accept() override;

private:
    QSqlDatabase m_db;
    ConsentPurpose m_purpose;
    QLineEdit *m_name;
    QPlainTextEdit *m_statement;
    QCheckBox *m_checkedOnExport;
    QCheckBox *m_retired;
    FieldErrorDisplay *m_errors;
};

// Settings › Consent purposes: the purposes the office asks people to agree to.
class ConsentPurposesPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit ConsentPurposesPanel(const QSqlDatabase &db, QWidget *parent = nullptr);
    void reload();
    void addPurpose();
    void editSelected();

private:
    void removeSelected();
    void updateButtons();
    int selectedRow() const;

    QSqlDatabase m_db;
    ConsentPurposeModel *m_model;
    QTableView *m_view;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace khana
