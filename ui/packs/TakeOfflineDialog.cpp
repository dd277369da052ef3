#include "TakeOfflineDialog.h"

#include "domain/DisplayConventions.h"
#include "domain/ThaiDate.h"
#include "widgets/BackgroundWork.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QSysInfo>
#include <QVBoxLayout>

namespace khana {

namespace {

// A file name from a workshop's title and a desk: letters, digits and spaces kept (Thai too).
QString fileNameFor(const QString &title, const QString &label)
{
    QString name = QStringLiteral("%1 — %2").arg(title, label);
    for (QChar &c : name)
        if (!c.isLetterOrNumber() && !c.isMark() && c != QLatin1Char(' ') && c != QChar(0x2014))
            c = QLatin1Char('-');
    return name.left(120) + QLatin1Char('.') + WorkshopPack::fileSuffix();
}

} // namespace

TakeOfflineDialog::TakeOfflineDialog(const QSqlDatabase &db, qint64 workshopId, const QString &workshopTitle, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_workshopId(workshopId)
    , m_title(workshopTitle)
    , m_label(new QLineEdit(QSysInfo::machineHostName(), this))
    , m_path(new QLineEdit(this))
    , m_seal(new QCheckBox(tr("Prot&ect the pack with a passphrase"), this))
    , m_passphrase(new QLineEdit(this))
    , m_again(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("takeOfflineDialog"));
    setWindowTitle(tr("Take “%1” offline").arg(workshopTitle));
    auto *intro = new QLabel(tr("A workshop pack is a file for a laptop at the venue: check people in (F9), add walk-ins, form groups, "
                                "record outcomes and print badges and sign-in sheets there, without a network. Bring it back with File › "
                                "Bring back a workshop pack… and everything done there is merged into the office database."),
                             this);
    intro->setWordWrap(true);
    auto *holds = new QLabel(tr("It holds this workshop, its days, budget, categories, registrations and groups, and of each registered person only "
                                "the name, nickname, phone and province. National ids, notes, memberships and everyone not registered "
                                "stay at the office. The file can be read only by you on this computer: keep the laptop with you."),
                             this);
    holds->setObjectName(QStringLiteral("packHolds"));
    holds->setWordWrap(true);
    m_label->setObjectName(QStringLiteral("packLabel"));
    m_path->setObjectName(QStringLiteral("packPath"));
    m_path->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(fileNameFor(workshopTitle, m_label->text())));
    connect(m_label, &QLineEdit::textEdited, this, [this](const QString &label) {
        const QFileInfo now(m_path->text());
        m_path->setText(now.dir().filePath(fileNameFor(m_title, label)));
    });
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &TakeOfflineDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    auto *form = new QFormLayout;
    form->addRow(tr("For the &desk or laptop:"), m_label);
    auto *pathLabel = new QLabel(tr("&Save as:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    // Sealed unless the facilitator chooses not to: a laptop at a hotel can be lost or borrowed.
    m_seal->setObjectName(QStringLiteral("packSeal"));
    m_seal->setChecked(true);
    m_passphrase->setObjectName(QStringLiteral("packPassphrase"));
    m_again->setObjectName(QStringLiteral("packPassphraseAgain"));
    for (QLineEdit *field : {m_passphrase, m_again})
        field->setEchoMode(QLineEdit::Password);
    auto *sealNote = new QLabel(tr("At least %1 characters, Thai or English. The pack cannot be opened without it, not even by the office: "
                                   "tell it to the facilitators yourself, not in the message that carries the file.")
                                    .arg(PackSeal::kMinimumLength),
                                this);
    sealNote->setWordWrap(true);
    form->addRow(m_seal);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("Passphrase a&gain:"), m_again);
    form->addRow(QString(), sealNote);
    connect(m_seal, &QCheckBox::toggled, this, [this, sealNote](bool on) {
        for (QWidget *w : std::initializer_list<QWidget *>{m_passphrase, m_again, sealNote})
            w->setEnabled(on);
    });
    // Which desks have a pack of this workshop, and which are not back yet.
    const QList<WorkshopPack::TakenPack> taken = WorkshopPack::packsOf(db, workshopId);
    QStringList lines;
    const DateFormatter &dates = DisplayConventions::current().dates();
    for (const WorkshopPack::TakenPack &p : taken) {
        const QDateTime made = p.madeAt.toLocalTime();
        const QString when = dates.shortDate(made.date()) + QLatin1Char(' ') + made.toString(QStringLiteral("HH:mm"));
        lines.append(p.mergedAt.isValid() ? tr("%1 — taken by %2 on %3, brought back on %4").arg(p.label, p.madeBy, when, dates.shortDate(p.mergedAt.toLocalTime().date()))
                                          : tr("%1 — taken by %2 on %3, not brought back yet").arg(p.label, p.madeBy, when));
    }
    auto *takenLabel = new QLabel(tr("Packs taken of this workshop:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')), this);
    takenLabel->setObjectName(QStringLiteral("packsTaken"));
    takenLabel->setWordWrap(true);
    takenLabel->setVisible(!taken.isEmpty());
    m_error->setObjectName(QStringLiteral("packError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Take offline"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TakeOfflineDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TakeOfflineDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(holds);
    layout->addLayout(form);
    layout->addWidget(takenLabel);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
}

QString TakeOfflineDialog::path() const
{
    QString p = m_path->text().trimmed();
    if (!p.isEmpty() && QFileInfo(p).suffix().compare(WorkshopPack::fileSuffix(), Qt::CaseInsensitive) != 0)
        p += QLatin1Char('.') + WorkshopPack::fileSuffix();
    return p;
}

void TakeOfflineDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, windowTitle(), m_path->text(), tr("Workshop packs (*.%1)").arg(WorkshopPack::fileSuffix()));
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
}

void TakeOfflineDialog::accept()
{
    const QString target = path();
    m_error->hide();
    if (m_label->text().trimmed().isEmpty()) {
        m_error->setText(tr("Name the desk or laptop the pack is for, so the office can tell packs apart."));
        m_error->show();
        m_label->setFocus();
        return;
    }
    if (target.isEmpty() || !QFileInfo(QFileInfo(target).absolutePath()).isDir()) {
        m_error->setText(tr("Choose a folder that exists for the pack."));
        m_error->show();
        m_path->setFocus();
        return;
    }
    if (m_seal->isChecked()) {
        const QString passphrase = m_passphrase->text();
        if (passphrase.trimmed().size() < PackSeal::kMinimumLength) {
            m_error->setText(tr("The passphrase needs at least %1 characters.").arg(PackSeal::kMinimumLength));
            m_error->show();
            m_passphrase->setFocus();
            return;
        }
        if (m_again->text() != passphrase) {
            m_error->setText(tr("The two passphrases are not the same: type it again."));
            m_error->show();
            m_again->clear();
            m_again->setFocus();
            return;
        }
    }
    if (QFileInfo::exists(target)
        && QMessageBox::question(this, windowTitle(), tr("%1 exists already. Replace it with a new pack?").arg(QDir::toNativeSeparators(target)))
               != QMessageBox::Yes)
        return;
    const QString connection = m_db.connectionName();
    const QString label = m_label->text().trimmed();
    PackSealing sealing;
    if (m_seal->isChecked())
        sealing.passphrase = m_passphrase->text();
    PackWriter::Result result;
    const bool finished = BackgroundWork::runOnConnection(this, tr("Writing the workshop pack…"), connection, &result.error,
                                                          [&](const QSqlDatabase &db, const WorkProgress &progress) {
                                                              result = PackWriter(db).write(m_workshopId, target, label, progress, sealing);
                                                          });
    m_result = result;
    if (!finished || result.cancelled)
        return; // nothing was left behind; the dialog stays for another try
    if (!result.ok()) {
        m_error->setText(result.error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace khana
