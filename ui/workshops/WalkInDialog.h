#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QLineEdit;

namespace khana {

class CheckInSession;
class FieldErrorDisplay;

// Adds someone who was not registered: name, phone, province and category, in seconds. The
// person joins People, is registered and checked in.
class WalkInDialog : public QDialog
{
    Q_OBJECT

public:
    WalkInDialog(const QSqlDatabase &db, CheckInSession &session, const QString &typed, QWidget *parent = nullptr);

    int entry() const { return m_entry; }
    void accept() override;

private:
    CheckInSession &m_session;
    FieldErrorDisplay *m_errors;
    QLineEdit *m_name;
    QLineEdit *m_phone;
    QComboBox *m_province;
    QComboBox *m_category;
    QLabel *m_general;
    int m_entry = -1;
};

} // namespace khana
