#include "PassphraseDialog.h"

#include "pack/SealedPack.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace khana {

PassphraseDialog::PassphraseDialog(const QString &fileName, const QString &problem, QWidget *parent)
    : QDialog(parent)
    , m_passphrase(new QLineEdit(this))
{
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowTitle(tr("Open a sealed workshop pack"));
    auto *intro = new QLabel(tr("%1 is protected with a passphrase. Type the passphrase the office gave with the pack.").arg(fileName), this);
    intro->setWordWrap(true);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    auto *error = new QLabel(problem, this);
    error->setObjectName(QStringLiteral("passphraseError"));
    error->setStyleSheet(QStringLiteral("color: #b00020;"));
    error->setWordWrap(true);
    error->setVisible(!problem.isEmpty());
    auto *form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphrase);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PassphraseDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

QString PassphraseDialog::passphrase() const
{
    return m_passphrase->text();
}

std::optional<QString> PassphraseDialog::ask(QWidget *parent, const QString &path, const QString &problem)
{
    PassphraseDialog dialog(QFileInfo(path).fileName(), problem, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.passphrase();
}

std::optional<Database::OpenResult> PassphraseDialog::openSealedPack(QWidget *parent, const QString &path)
{
    QString problem;
    for (;;) {
        const auto passphrase = ask(parent, path, problem);
        if (!passphrase)
            return std::nullopt;
        // Making the key from the passphrase takes about a second, on purpose.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const SealedPack::Opened opened = SealedPack::open(path, *passphrase);
        QApplication::restoreOverrideCursor();
        if (opened.failure != PackSeal::Failure::WrongPassphrase)
            return opened.result;
        problem = opened.result.message;
    }
}

} // namespace khana
