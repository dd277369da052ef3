#include "ServerSignIn.h"

#include "ConnectDialog.h"
#include "PasswordKeychain.h"
#include "ServerList.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace khana {

namespace {

// Free functions' texts, under the context "ServerSignIn" that lupdate and the translator share.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ServerSignIn)
};

} // namespace

std::optional<ServerSession> signInToServer(QWidget *parent, const std::optional<ServerAddress> &known, const QString &connectionName)
{
    QString why;
    bool kept = false;
    if (known) {
        const PasswordKeychain::Result stored = PasswordKeychain::read(*known);
        kept = stored.ok();
        if (stored.ok()) {
            const Database::OpenResult opened = ServerDatabase::open(*known, stored.password, connectionName);
            if (opened.ok()) {
                ServerList::remember(*known);
                return ServerSession{*known, stored.password};
            }
            why = opened.status == Database::Status::AuthenticationFailed
                ? Text::tr("The password kept in the system keychain was not accepted. Type the current one.")
                : opened.message;
        } else {
            why = stored.message; // empty when simply none is kept
        }
    }

    ConnectDialog dialog(connectionName, parent);
    if (known)
        dialog.setAddress(*known);
    dialog.setRemember(kept);
    dialog.setMessage(why);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;

    const ServerSession session{dialog.address(), dialog.password()};
    ServerList::remember(session.address);
    const PasswordKeychain::Result keychain
        = dialog.remember() ? PasswordKeychain::store(session.address, session.password) : PasswordKeychain::forget(session.address);
    // Not being able to keep it changes nothing about this connection; the user is told once.
    if (dialog.remember() && !keychain.ok())
        QMessageBox::information(parent, Text::tr("The password was not remembered"), keychain.message);
    return session;
}

} // namespace khana
