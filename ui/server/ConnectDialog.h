#pragma once

#include "database/ServerDatabase.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace khana {

class FieldErrorDisplay;
class ServerProbe;

// File › Connect to server…: where the office server is, who signs in, how the connection is
// secured, the password and whether the system keychain should keep it. Connect tries the
// connection on `connectionName` and closes only once it is open; a refusal is shown at the
// field it concerns (password, host, security, database) and the dialog stays. While the
// server is being reached the dialog stays responsive and Cancel stops waiting.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(const QString &connectionName, QWidget *parent = nullptr);

    // Fills the fields from a known server and puts the cursor in the password.
    void setAddress(const ServerAddress &address);
    // Why the dialog is shown (a refused stored password, no keychain…).
    void setMessage(const QString &message);
    void setRemember(bool remember);

    ServerAddress address() const;
    QString password() const;
    bool remember() const;

    void accept() override;
    void reject() override;
    // Whether a connection is being tried (Connect pressed, no answer yet).
    bool isConnecting() const;

private:
    void answered(const Database::OpenResult &probed);
    void showRefusal(const Database::OpenResult &opened);
    void setConnecting(bool connecting);
    void chooseRecent(int index);
    void describeSecurity();

    QString m_connectionName;
    QComboBox *m_recent;
    QLineEdit *m_name;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_security;
    QLabel *m_securityHelp;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_message;
    QLabel *m_progress;
    QDialogButtonBox *m_buttons;
    FieldErrorDisplay *m_errors;
    ServerProbe *m_probe;
    ServerAddress m_trying; // what Connect is trying
    QString m_cancelText;   // the Cancel button's own words, while it is not Stop
};

} // namespace khana
