#pragma once

#include "database/Database.h"

#include <QDialog>
#include <QString>

#include <optional>

class QLabel;
class QLineEdit;

namespace khana {

// Asks for the passphrase of a sealed workshop pack, saying why when the last one did not open it.
class PassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    PassphraseDialog(const QString &fileName, const QString &problem, QWidget *parent = nullptr);
    QString passphrase() const;

    // The passphrase, or nothing when the user gave up.
    static std::optional<QString> ask(QWidget *parent, const QString &path, const QString &problem = {});

    // Opens the sealed pack at `path` as the window's database, asking again while the
    // passphrase is wrong; nothing when the user gave up.
    static std::optional<Database::OpenResult> openSealedPack(QWidget *parent, const QString &path);

private:
    QLineEdit *m_passphrase;
};

} // namespace khana
