#include "ConnectDialog.h"

#include "ServerList.h"
#include "database/ServerProbe.h"
#include "widgets/FieldErrorDisplay.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace khana {

ConnectDialog::ConnectDialog(const QString &connectionName, QWidget *parent)
    : QDialog(parent)
    , m_connectionName(connectionName)
    , m_recent(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(QStringLiteral("khana"), this))
    , m_user(new QLineEdit(this))
    , m_security(new QComboBox(this))
    , m_securityHelp(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember the password in the system keychain"), this))
    , m_message(new QLabel(this))
    , m_progress(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_errors(new FieldErrorDisplay(this))
    , m_probe(new ServerProbe(this))
{
    setWindowTitle(tr("Connect to an office server"));
    setObjectName(QStringLiteral("connectDialog"));
    m_recent->setObjectName(QStringLiteral("recentServers"));
    m_name->setObjectName(QStringLiteral("serverName"));
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    m_user->setObjectName(QStringLiteral("serverUser"));
    m_security->setObjectName(QStringLiteral("serverSecurity"));
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_message->setObjectName(QStringLiteral("connectMessage"));
    m_progress->setObjectName(QStringLiteral("connectProgress"));

    m_recent->addItem(tr("A new server"));
    for (const ServerAddress &s : ServerList::recent())
        m_recent->addItem(s.name, s.name);
    m_name->setPlaceholderText(tr("What your office calls it, e.g. Chiang Rai office"));
    m_host->setPlaceholderText(tr("Name or address, e.g. khana.example.org"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_user->setPlaceholderText(tr("Your login on the server"));
    m_security->addItem(tr("Encrypted, server checked (verify-full, recommended)"), QStringLiteral("verify-full"));
    m_security->addItem(tr("Encrypted, server's certificate checked but not its name (verify-ca)"), QStringLiteral("verify-ca"));
    m_security->addItem(tr("Encrypted, server not checked (require)"), QStringLiteral("require"));
    m_security->addItem(tr("Not encrypted (disable)"), QStringLiteral("disable"));
    m_securityHelp->setWordWrap(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    m_progress->setWordWrap(true);
    m_progress->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Recent &servers:"), m_recent);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Host:"), m_errors->wrap(QStringLiteral("host"), m_host));
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_errors->wrap(QStringLiteral("database"), m_database));
    form->addRow(tr("&User name:"), m_errors->wrap(QStringLiteral("user"), m_user));
    form->addRow(tr("S&ecurity:"), m_errors->wrap(QStringLiteral("security"), m_security));
    form->addRow(QString(), m_securityHelp);
    form->addRow(tr("Pass&word:"), m_errors->wrap(QStringLiteral("password"), m_password));
    form->addRow(QString(), m_remember);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_cancelText = m_buttons->button(QDialogButtonBox::Cancel)->text();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    connect(m_probe, &ServerProbe::answered, this, &ConnectDialog::answered);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    connect(m_recent, &QComboBox::currentIndexChanged, this, &ConnectDialog::chooseRecent);
    connect(m_security, &QComboBox::currentIndexChanged, this, &ConnectDialog::describeSecurity);
    connect(m_host, &QLineEdit::textChanged, this, &ConnectDialog::describeSecurity);
    describeSecurity();
    setMinimumWidth(560);
}

void ConnectDialog::chooseRecent(int index)
{
    if (index <= 0)
        return;
    if (const auto known = ServerList::named(m_recent->itemData(index).toString()))
        setAddress(*known);
}

void ConnectDialog::describeSecurity()
{
    const bool socket = m_host->text().trimmed().startsWith(QLatin1Char('/'));
    m_security->setEnabled(!socket);
    const QString mode = m_security->currentData().toString();
    if (socket)
        m_securityHelp->setText(tr("A folder names the server's socket on this computer: nothing travels over a network, so there is nothing to encrypt."));
    else if (mode == QLatin1String("verify-full"))
        m_securityHelp->setText(tr("Nobody on the network can read or change what is sent, and Khana talks only to the server whose "
                                   "certificate names this host. The server needs a certificate this computer trusts."));
    else if (mode == QLatin1String("verify-ca"))
        m_securityHelp->setText(tr("Encrypted, and the certificate must be signed by an authority this computer trusts, but it may name "
                                   "another host."));
    else if (mode == QLatin1String("require"))
        m_securityHelp->setText(tr("Encrypted, but another machine could pretend to be the server and read what is sent. Use only "
                                   "while the office sets up a certificate."));
    else
        m_securityHelp->setText(tr("Names, phone numbers and passwords cross the network readable by anyone on it. Use only on a "
                                   "network the office controls end to end."));
}

void ConnectDialog::setAddress(const ServerAddress &address)
{
    const QSignalBlocker block(m_recent);
    m_recent->setCurrentIndex(qMax(0, m_recent->findData(address.name)));
    m_name->setText(address.name);
    m_host->setText(address.host);
    m_port->setValue(address.port);
    m_database->setText(address.database);
    m_user->setText(address.user);
    m_security->setCurrentIndex(qMax(0, m_security->findData(address.sslMode)));
    m_password->clear();
    m_password->setFocus();
}

void ConnectDialog::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void ConnectDialog::setRemember(bool remember)
{
    m_remember->setChecked(remember);
}

ServerAddress ConnectDialog::address() const
{
    ServerAddress a;
    a.host = m_host->text().trimmed();
    a.name = m_name->text().trimmed().isEmpty() ? a.host : m_name->text().trimmed();
    a.port = m_port->value();
    a.database = m_database->text().trimmed();
    a.user = m_user->text().trimmed();
    a.sslMode = m_security->currentData().toString();
    return a;
}

QString ConnectDialog::password() const
{
    return m_password->text();
}

bool ConnectDialog::remember() const
{
    return m_remember->isChecked();
}

void ConnectDialog::accept()
{
    if (isConnecting())
        return;
    m_errors->clear();
    setMessage(QString());
    const ServerAddress a = address();
    FieldErrors missing;
    if (a.host.isEmpty())
        missing.append({QStringLiteral("host"), tr("Say where the server is.")});
    if (a.database.isEmpty())
        missing.append({QStringLiteral("database"), tr("Say which database on the server holds Khana's data (usually khana).")});
    if (a.user.isEmpty())
        missing.append({QStringLiteral("user"), tr("Say who signs in.")});
    if (QWidget *first = m_errors->show(missing)) {
        first->setFocus();
        return;
    }
    m_trying = a;
    setConnecting(true);
    m_probe->start(a, password());
}

void ConnectDialog::reject()
{
    if (!isConnecting()) {
        QDialog::reject();
        return;
    }
    m_probe->cancel();
    setConnecting(false);
    setMessage(tr("Stopped waiting for %1. Check the address, or try again.").arg(m_trying.describe()));
}

bool ConnectDialog::isConnecting() const
{
    return m_probe->isRunning();
}

void ConnectDialog::setConnecting(bool connecting)
{
    // The fields stay as typed but cannot change under the attempt; Cancel stops waiting.
    for (QWidget *w : {static_cast<QWidget *>(m_recent), static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_host),
                       static_cast<QWidget *>(m_port), static_cast<QWidget *>(m_database), static_cast<QWidget *>(m_user),
                       static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_remember)})
        w->setEnabled(!connecting);
    m_security->setEnabled(!connecting && !m_host->text().trimmed().startsWith(QLatin1Char('/')));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!connecting);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(connecting ? tr("&Stop") : m_cancelText);
    m_progress->setText(connecting ? tr("Connecting to %1…").arg(m_trying.describe()) : QString());
    m_progress->setVisible(connecting);
    if (connecting)
        m_buttons->button(QDialogButtonBox::Cancel)->setFocus();
}

void ConnectDialog::answered(const Database::OpenResult &probed)
{
    setConnecting(false);
    if (!probed.ok()) {
        showRefusal(probed);
        return;
    }
    // The server answers and takes the password: the window's own connection, and the schema
    // check, on this thread.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Database::OpenResult opened = ServerDatabase::open(m_trying, password(), m_connectionName);
    QApplication::restoreOverrideCursor();
    if (opened.ok())
        QDialog::accept();
    else
        showRefusal(opened);
}

void ConnectDialog::showRefusal(const Database::OpenResult &opened)
{
    const auto field = [&opened]() -> QString {
        switch (opened.status) {
        case Database::Status::AuthenticationFailed:
            return QStringLiteral("password");
        case Database::Status::Unreachable:
            return QStringLiteral("host");
        case Database::Status::SecureConnectionFailed:
            return QStringLiteral("security");
        default:
            return QString();
        }
    }();
    if (field.isEmpty())
        setMessage(opened.message);
    else if (QWidget *editor = m_errors->show({{field, opened.message}}))
        editor->setFocus();
    if (field == QLatin1String("password"))
        m_password->selectAll();
}

} // namespace khana
