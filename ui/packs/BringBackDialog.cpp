#include "BringBackDialog.h"

#include "PassphraseDialog.h"
#include "pack/PackSeal.h"

#include "domain/BreakoutGroup.h"
#include "domain/DisplayConventions.h"
#include "domain/PhoneNumber.h"
#include "widgets/BackgroundWork.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace khana {

namespace {

// A table whose last column takes the room left and whose rows grow to their wrapped text.
QTableWidget *table(QWidget *parent, const QStringList &headers, const QString &name)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    for (int c = 0; c + 1 < headers.size(); ++c)
        t->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(int(headers.size()) - 1, QHeaderView::Stretch);
    t->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setWordWrap(true);
    return t;
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

} // namespace

void BringBackDialog::bringBack(QWidget *parent, const QSqlDatabase &db)
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("packs/lastFolder")).toString();
    const QString path = QFileDialog::getOpenFileName(parent, tr("Bring back a workshop pack"), folder,
                                                      tr("Workshop packs (*.%1);;All files (*)").arg(WorkshopPack::fileSuffix()));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("packs/lastFolder"), QFileInfo(path).absolutePath());
    // A sealed pack: asked again while the passphrase does not open it.
    QString passphrase;
    QString problem;
    for (;;) {
        if (PackSeal::isSealed(path)) {
            const auto given = PassphraseDialog::ask(parent, path, problem);
            if (!given)
                return;
            passphrase = *given;
        }
        QApplication::setOverrideCursor(Qt::WaitCursor);
        BringBackDialog dialog(db, path, passphrase, parent);
        QApplication::restoreOverrideCursor();
        if (dialog.m_merge.passphraseRefused() && PackSeal::isSealed(path)) {
            problem = dialog.openError();
            continue;
        }
        if (!dialog.openError().isEmpty()) {
            QMessageBox::warning(parent, tr("Bring back a workshop pack"), dialog.openError());
            return;
        }
        dialog.exec();
        return;
    }
}

BringBackDialog::BringBackDialog(const QSqlDatabase &db, const QString &path, const QString &passphrase, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_path(path)
    , m_passphrase(passphrase)
    , m_merge(db)
    , m_pages(new QStackedWidget(this))
    , m_walkInTable(table(this, {tr("Walk-in"), tr("Phone"), tr("Who they are")}, QStringLiteral("walkIns")))
    , m_outcomeTable(table(this, {tr("At the workshop"), tr("At the office"), tr("Keep")}, QStringLiteral("outcomeConflicts")))
    , m_summary(new QLabel(this))
    , m_lines(table(this, {tr("What"), tr("Record"), tr("Why")}, QStringLiteral("mergeReport")))
    , m_remove(new QCheckBox(tr("&Remove the pack from this computer"), this))
    , m_mergeButton(new QPushButton(tr("&Merge"), this))
    , m_closeButton(new QPushButton(tr("&Close"), this))
{
    setObjectName(QStringLiteral("bringBackDialog"));
    setWindowTitle(tr("Bring back a workshop pack"));
    if (!m_merge.open(path, passphrase, &m_openError))
        return;
    const WorkshopPackInfo &info = m_merge.info();
    const QDateTime made = info.madeAt.toLocalTime();
    auto *about = new QLabel(tr("“%1”, the pack for %2, taken by %3 on %4 %5. %6 changes made there are not merged yet.")
                                 .arg(info.workshopTitle, info.label, info.madeBy, DisplayConventions::current().dates().longDate(made.date()),
                                      made.toString(QStringLiteral("HH:mm")))
                                 .arg(m_merge.changesToMerge()),
                             this);
    about->setObjectName(QStringLiteral("packAbout"));
    about->setWordWrap(true);

    auto *decide = new QWidget(m_pages);
    auto *decideLayout = new QVBoxLayout(decide);
    decideLayout->setContentsMargins(0, 0, 0, 0);
    decideLayout->addWidget(about);
    buildDecisions();
    auto *walkInsNote = new QLabel(tr("Walk-ins alike to someone in the office's people (the same phone or name). Choose who each is; "
                                      "one left to decide later is not merged now, with their check-in."),
                                   decide);
    walkInsNote->setWordWrap(true);
    auto *outcomesNote = new QLabel(tr("Outcomes changed both at the workshop and at the office meanwhile. Choose whose version to keep."), decide);
    outcomesNote->setWordWrap(true);
    for (auto [note, t, shown] : {std::tuple{walkInsNote, m_walkInTable, !m_walkIns.isEmpty()}, std::tuple{outcomesNote, m_outcomeTable, !m_conflicts.isEmpty()}}) {
        note->setVisible(shown);
        t->setVisible(shown);
        decideLayout->addWidget(note);
        decideLayout->addWidget(t, 1);
    }
    if (m_walkIns.isEmpty() && m_conflicts.isEmpty()) {
        auto *nothing = new QLabel(tr("Nothing in it needs a decision: merge it."), decide);
        decideLayout->addWidget(nothing);
        decideLayout->addStretch(1);
    }
    m_pages->addWidget(decide);

    auto *reportPage = new QWidget(m_pages);
    auto *reportLayout = new QVBoxLayout(reportPage);
    reportLayout->setContentsMargins(0, 0, 0, 0);
    m_summary->setObjectName(QStringLiteral("mergeSummary"));
    m_summary->setWordWrap(true);
    reportLayout->addWidget(m_summary);
    reportLayout->addWidget(m_lines, 1);
    m_remove->setObjectName(QStringLiteral("removePack"));
    m_remove->setToolTip(tr("The file is overwritten, then removed. Copies elsewhere (a USB stick, a backup) are not."));
    reportLayout->addWidget(m_remove);
    m_pages->addWidget(reportPage);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_mergeButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);
    m_mergeButton->setDefault(true);
    connect(m_mergeButton, &QPushButton::clicked, this, &BringBackDialog::merge);
    connect(m_closeButton, &QPushButton::clicked, this, [this] {
        if (m_remove->isVisible() && m_remove->isChecked())
            removePack();
        reject();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);
    resize(860, 520);
}

void BringBackDialog::buildDecisions()
{
    m_walkIns = m_merge.walkInsToDecide();
    m_conflicts = m_merge.conflicts();
    m_walkInTable->setRowCount(int(m_walkIns.size()));
    for (int row = 0; row < m_walkIns.size(); ++row) {
        const PackMerge::WalkIn &w = m_walkIns.at(row);
        m_walkInTable->setItem(row, 0, cell(DisplayConventions::current().pick(w.nameTh, w.nameEn)));
        m_walkInTable->setItem(row, 1, cell(PhoneNumber::format(w.phone)));
        auto *choice = new QComboBox(m_walkInTable);
        choice->addItem(tr("Decide later"), -1);
        choice->addItem(tr("A new person"), 0);
        for (const PackMerge::Candidate &c : w.candidates) {
            const QString alike = c.sameName && c.samePhone ? tr("same name and phone")
                                  : c.samePhone              ? tr("same phone")
                                                             : tr("same name");
            choice->addItem(tr("%1 · %2 (%3)").arg(DisplayConventions::current().pick(c.nameTh, c.nameEn), PhoneNumber::format(c.phone), alike),
                            c.personId);
        }
        m_walkInTable->setCellWidget(row, 2, choice);
    }
    m_outcomeTable->setRowCount(int(m_conflicts.size()));
    for (int row = 0; row < m_conflicts.size(); ++row) {
        const PackMerge::OutcomeConflict &c = m_conflicts.at(row);
        // Each side with its kind: a finding made a decision is a change even with the same words.
        const auto shown = [](const QString &kind, const QString &text) {
            return tr("%1: %2").arg(OutcomeCodes::kindLabel(OutcomeCodes::kindFromCode(kind)), text);
        };
        m_outcomeTable->setItem(row, 0, cell(c.packText.isEmpty() ? tr("(removed at the workshop)") : shown(c.packKind, c.packText)));
        m_outcomeTable->setItem(row, 1, cell(c.officeText.isEmpty() ? tr("(removed at the office)") : shown(c.officeKind, c.officeText)));
        auto *choice = new QComboBox(m_outcomeTable);
        choice->addItem(tr("Decide later"), -1);
        choice->addItem(tr("The workshop's"), 1);
        choice->addItem(tr("The office's"), 0);
        m_outcomeTable->setCellWidget(row, 2, choice);
    }
}

PackMerge::Decisions BringBackDialog::decisions() const
{
    PackMerge::Decisions d;
    for (int row = 0; row < m_walkIns.size(); ++row) {
        const qint64 chosen = static_cast<QComboBox *>(m_walkInTable->cellWidget(row, 2))->currentData().toLongLong();
        if (chosen >= 0)
            d.walkIns.insert(m_walkIns.at(row).changeUid, chosen);
    }
    for (int row = 0; row < m_conflicts.size(); ++row) {
        const int chosen = static_cast<QComboBox *>(m_outcomeTable->cellWidget(row, 2))->currentData().toInt();
        if (chosen >= 0)
            d.keepPackOutcome.insert(m_conflicts.at(row).outcomeUid, chosen == 1);
    }
    return d;
}

void BringBackDialog::merge()
{
    const PackMerge::Decisions chosen = decisions();
    const QString connection = m_db.connectionName();
    PackMerge::Report report;
    const bool finished = BackgroundWork::runOnConnection(this, tr("Merging the workshop pack…"), connection, &report.error,
                                                          [&](const QSqlDatabase &db, const WorkProgress &progress) {
                                                              PackMerge merge(db);
                                                              if (merge.open(m_path, m_passphrase, &report.error))
                                                                  report = merge.merge(chosen, progress);
                                                          });
    if (!finished || report.cancelled)
        return; // nothing was merged; the choices stay for another try
    m_report = report;
    if (!report.ok()) {
        QMessageBox::warning(this, windowTitle(), tr("Nothing was merged: %1").arg(report.error));
        return;
    }
    showReport();
}

void BringBackDialog::showReport()
{
    m_summary->setText(m_report.summary());
    m_lines->setRowCount(int(m_report.lines.size()));
    for (int row = 0; row < m_report.lines.size(); ++row) {
        const PackMerge::Report::Line &line = m_report.lines.at(row);
        const QString kind = line.kind == PackMerge::Report::Kind::Skipped   ? tr("Not merged")
                             : line.kind == PackMerge::Report::Kind::Waiting ? tr("Waits for a decision")
                                                                             : tr("Note");
        m_lines->setItem(row, 0, cell(kind));
        m_lines->setItem(row, 1, cell(line.what));
        m_lines->setItem(row, 2, cell(line.why));
    }
    // Only a pack with nothing left to merge may go.
    m_remove->setVisible(m_report.count(PackMerge::Report::Kind::Waiting) == 0);
    m_mergeButton->hide();
    m_pages->setCurrentIndex(1);
}

void BringBackDialog::removePack()
{
    // Overwritten first, so that its bytes are not simply left on the disk; a copy made
    // elsewhere, or a flash drive's own remapping, is beyond a program's reach.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile file(m_path + suffix);
        if (!file.exists())
            continue;
        if (file.open(QIODevice::ReadWrite)) {
            const QByteArray zeros(64 * 1024, '\0');
            for (qint64 left = file.size(); left > 0; left -= zeros.size())
                file.write(zeros.constData(), std::min<qint64>(left, zeros.size()));
            file.flush();
            file.close();
        }
        if (!file.remove())
            QMessageBox::warning(this, windowTitle(), tr("%1 could not be removed: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    }
}

} // namespace khana
