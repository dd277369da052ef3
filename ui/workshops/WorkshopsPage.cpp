#include "WorkshopsPage.h"

#include "WorkshopConflictDialog.h"
#include "packs/TakeOfflineDialog.h"

#include "CheckInWindow.h"
#include "GroupsPanel.h"
#include "growth/ElectionsPanel.h"
#include "RegistrationsPanel.h"
#include "WorkshopEditor.h"
#include "WorkshopPrinting.h"
#include "domain/DisplayConventions.h"
#include "io/DataExport.h"
#include "stores/AreaStore.h"
#include "stores/CheckInSession.h"
#include "stores/RegistrationStore.h"
#include "stores/WorkshopStore.h"
#include "widgets/SpreadsheetExport.h"
#include "widgets/WriteLock.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <tuple>

namespace khana {

namespace {

// Undo of a save: puts back the values the workshop had before (as a new save).
class SaveWorkshopCommand : public QUndoCommand
{
public:
    SaveWorkshopCommand(WorkshopsPage *page, WorkshopStore &store, Workshop before, Workshop after)
        : QUndoCommand(QCoreApplication::translate("WorkshopsPage", "Save %1").arg(after.title))
        , m_page(page)
        , m_store(store)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    void undo() override { apply(m_before); }
    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        apply(m_after);
    }

private:
    // Puts `values` back over the version this command left, and only over that one: a
    // colleague's save since then is not undone silently.
    void apply(Workshop values)
    {
        const auto current = m_store.find(values.id);
        if (!current || current->rowVersion != m_leftVersion) {
            QMessageBox::warning(m_page, QCoreApplication::translate("WorkshopsPage", "Workshops"),
                                 QCoreApplication::translate("WorkshopsPage", "Someone else has changed or deleted %1 since; undoing "
                                                                              "would replace their changes, so nothing was changed.")
                                     .arg(values.title));
            setObsolete(true);
            m_page->openWorkshop(current ? values.id : 0);
            return;
        }
        values.rowVersion = current->rowVersion;
        for (ParticipantCategory &c : values.categories)
            if (std::none_of(current->categories.cbegin(), current->categories.cend(),
                             [&c](const ParticipantCategory &now) { return now.id == c.id; }))
                c.id = 0;
        const auto result = m_store.save(values);
        if (result.ok())
            m_leftVersion = values.rowVersion;
        else
            QMessageBox::warning(m_page, QCoreApplication::translate("WorkshopsPage", "Workshops"),
                                 result.error.isEmpty() ? result.fieldErrors.value(0).message : result.error);
        m_page->openWorkshop(values.id);
    }

    WorkshopsPage *m_page;
    WorkshopStore &m_store;
    Workshop m_before;
    Workshop m_after;
    int m_leftVersion = m_after.rowVersion; // the stored version after this command's last change
    bool m_first = true;
};

} // namespace

WorkshopsPage::WorkshopsPage(const QSqlDatabase &db, QWidget *parent)
    : Page(parent)
    , m_db(db)
    , m_store(std::make_unique<WorkshopStore>(db))
    , m_undo(new QUndoStack(this))
    , m_list(new QListWidget(this))
    , m_splitter(new QSplitter(this))
    , m_heading(new QLabel(this))
    , m_general(new QLabel(this))
    , m_colleagueNotice(new QLabel(this))
{
    setObjectName(QStringLiteral("workshopsPage"));
    m_list->setObjectName(QStringLiteral("workshopList"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    QStringList codes;
    QHash<QString, QString> names;
    const DisplayConventions &conventions = DisplayConventions::current();
    for (const Province &p : AreaStore(db).provinces()) {
        codes.append(p.code);
        names.insert(p.code, conventions.pick(p.nameTh, p.nameEn));
    }
    m_editor = new WorkshopEditor(codes, names, this);
    m_registrations = new RegistrationsPanel(db, m_editor);
    m_editor->addTab(m_registrations, tr("Registrations"));
    m_groups = new GroupsPanel(db, m_editor);
    m_editor->addTab(m_groups, tr("Groups and outcomes"));
    // District meetings are where representatives are elected (five provinces on one day).
    m_elections = new ElectionsPanel(db, m_undo, m_editor);
    m_editor->addTab(m_elections, tr("Elections"));

    m_newAction = new QAction(tr("&New workshop"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_saveAction = new QAction(tr("&Save"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_revertAction = new QAction(tr("&Revert"), this);
    m_deleteAction = new QAction(tr("&Delete workshop…"), this);
    connect(m_deleteAction, &QAction::triggered, this, &WorkshopsPage::deleteWorkshop);
    m_checkInAction = new QAction(tr("&Check-in mode"), this);
    m_checkInAction->setShortcut(QKeySequence(Qt::Key_F9));
    m_checkInAction->setToolTip(tr("Check people in on the day (F9)"));
    for (QAction *a : {m_newAction, m_saveAction, m_revertAction, m_checkInAction})
        addAction(a);
    connect(m_newAction, &QAction::triggered, this, &WorkshopsPage::newWorkshop);
    connect(m_saveAction, &QAction::triggered, this, &WorkshopsPage::save);
    connect(m_revertAction, &QAction::triggered, this, &WorkshopsPage::revert);
    connect(m_checkInAction, &QAction::triggered, this, &WorkshopsPage::startCheckIn);
    m_takeOfflineAction = new QAction(tr("Take &offline…"), this);
    m_takeOfflineAction->setObjectName(QStringLiteral("takeOffline"));
    m_takeOfflineAction->setToolTip(tr("Write this workshop's pack for a laptop at the venue, to work without a network"));
    connect(m_takeOfflineAction, &QAction::triggered, this, &WorkshopsPage::takeOffline);
    for (QAction *a : {m_newAction, m_saveAction, m_revertAction, m_deleteAction, m_checkInAction})
        writeLock()->add(a);
    m_editor->addWriteControlsTo(*writeLock());
    m_registrations->addWriteControlsTo(*writeLock());
    m_groups->addWriteControlsTo(*writeLock());
    m_elections->addWriteControlsTo(*writeLock());

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *listButtons = new QHBoxLayout;
    for (QAction *a : {m_newAction, m_deleteAction}) {
        auto *b = new QToolButton(left);
        b->setDefaultAction(a);
        listButtons->addWidget(b);
    }
    listButtons->addStretch(1);
    leftLayout->addLayout(listButtons);
    leftLayout->addWidget(m_list, 1);

    auto *right = new QWidget(this);
    auto *buttons = new QHBoxLayout;
    for (QAction *a : {m_saveAction, m_revertAction, m_checkInAction, m_takeOfflineAction}) {
        auto *b = new QToolButton(right);
        b->setDefaultAction(a);
        buttons->addWidget(b);
    }
    auto *print = new QToolButton(right);
    print->setObjectName(QStringLiteral("workshopPrint"));
    print->setText(tr("&Print"));
    print->setPopupMode(QToolButton::InstantPopup);
    auto *printMenu = new QMenu(print);
    WorkshopPrinting::populateMenu(printMenu, m_db, [this] { return m_currentId; }, this);
    print->setMenu(printMenu);
    connect(printMenu, &QMenu::aboutToShow, this, [this, printMenu] {
        for (QAction *a : printMenu->actions())
            a->setEnabled(m_currentId != 0 && !m_dirty);
    });
    buttons->addWidget(print);
    auto *exportButton = new QToolButton(right);
    exportButton->setObjectName(QStringLiteral("workshopExport"));
    exportButton->setText(tr("E&xport"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    for (const auto &[what, text, name] : {std::tuple{Export::Registrations, tr("Registrations and attendance…"), tr("Registrations")},
                                           std::tuple{Export::Budget, tr("Budget…"), tr("Budget")}}) {
        QAction *action = exportMenu->addAction(text, this, [this, what, name] {
            const auto w = WorkshopStore(m_db).find(m_currentId);
            if (!w)
                return;
            const QString path = SpreadsheetExport::askSavePath(this, tr("Export"), QStringLiteral("%1 — %2").arg(name, w->title),
                                                                tr("Excel workbook (*.xlsx);;CSV file (*.csv)"));
            if (!path.isEmpty() && exportTo(what, path))
                Q_EMIT message(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
        });
        if (what == Export::Registrations)
            m_exportRegistrations = action;
    }
    exportButton->setMenu(exportMenu);
    connect(exportMenu, &QMenu::aboutToShow, this, [this, exportMenu] {
        for (QAction *a : exportMenu->actions())
            a->setEnabled(m_currentId != 0 && !m_dirty);
    });
    buttons->addWidget(exportButton);
    buttons->addStretch(1);
    m_general->setObjectName(QStringLiteral("workshopGeneralError"));
    m_general->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_general->setWordWrap(true);
    m_general->hide();
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_heading);
    rightLayout->addWidget(m_editor, 1);
    rightLayout->addWidget(m_general);
    m_colleagueNotice->setObjectName(QStringLiteral("workshopColleagueNotice"));
    m_colleagueNotice->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: black; padding: 6px; }"));
    m_colleagueNotice->setWordWrap(true);
    m_colleagueNotice->hide();
    rightLayout->addWidget(m_colleagueNotice);
    rightLayout->addLayout(buttons);

    m_splitter->setObjectName(QStringLiteral("workshopsSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({260, 800});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    connect(m_editor, &WorkshopEditor::edited, this, [this] { setDirty(true); });
    connect(m_registrations, &RegistrationsPanel::changed, this, [this] {
        // New counts for the quota matrix, keeping unsaved edits of the workshop.
        if (!m_dirty)
            openWorkshop(m_currentId);
    });
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current, QListWidgetItem *previous) {
        const qint64 id = current ? current->data(Qt::UserRole).toLongLong() : 0;
        if (id == m_currentId)
            return;
        if (!confirmLeaving()) {
            const QSignalBlocker block(m_list);
            m_list->setCurrentItem(previous);
            return;
        }
        openWorkshop(id);
    });
    reloadList(0);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        newWorkshop();
}

WorkshopsPage::~WorkshopsPage() = default;

void WorkshopsPage::activated()
{
    updateActions();
    if (m_currentId == 0)
        m_editor->findChild<QWidget *>(QStringLiteral("workshopTitle"))->setFocus();
    else
        m_list->setFocus();
}

void WorkshopsPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("workshops/splitter"), m_splitter->saveState());
}

void WorkshopsPage::restoreState(const QSettings &settings)
{
    m_splitter->restoreState(settings.value(QStringLiteral("workshops/splitter")).toByteArray());
}

void WorkshopsPage::reloadList(qint64 select)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    const DisplayConventions &conventions = DisplayConventions::current();
    for (const WorkshopSummary &s : m_store->list()) {
        auto *item = new QListWidgetItem(QStringLiteral("%1\n%2 · %3")
                                             .arg(s.title, conventions.dates().longDate(s.firstDay), WorkshopCodes::statusLabel(s.status)),
                                         m_list);
        item->setData(Qt::UserRole, s.id);
        if (s.id == select)
            m_list->setCurrentItem(item);
    }
}

void WorkshopsPage::openWorkshop(qint64 id)
{
    const auto w = id ? m_store->find(id) : std::nullopt;
    m_currentId = w ? w->id : 0;
    m_editor->load(w ? *w : Workshop{}, w ? RegistrationStore(m_db).counts(w->id) : QList<RegistrationCount>{});
    m_registrations->setWorkshop(m_currentId);
    m_groups->setWorkshop(m_currentId);
    m_elections->showWorkshop(m_currentId);
    m_heading->setText(QStringLiteral("<h2>%1</h2>").arg((w ? w->title : tr("New workshop")).toHtmlEscaped()));
    m_general->hide();
    m_colleagueNotice->hide();
    m_loadedVersion = w ? w->rowVersion : 0;
    reloadList(m_currentId);
    setDirty(false);
}

void WorkshopsPage::limitToFacilitating()
{
    auto *lock = new WriteLock(this);
    for (QAction *a : {m_newAction, m_saveAction, m_revertAction, m_deleteAction})
        lock->add(a);
    m_editor->addWriteControlsTo(*lock);
    m_elections->addWriteControlsTo(*lock);
    lock->lock();
    m_exportRegistrations->setVisible(false);
}

void WorkshopsPage::limitToPack()
{
    limitToFacilitating();
    m_takeOfflineAction->setVisible(false);
    // Elections are recorded at the office; the pack does not carry them.
    m_editor->setTabVisible(m_editor->indexOf(m_elections), false);
    for (QToolButton *b : findChildren<QToolButton *>())
        if (b->defaultAction() == m_takeOfflineAction)
            b->hide();
}

void WorkshopsPage::takeOffline()
{
    const auto w = m_currentId ? m_store->find(m_currentId) : std::nullopt;
    if (!w)
        return;
    TakeOfflineDialog dialog(m_db, w->id, w->title, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT message(tr("Wrote the pack for %1 to %2.").arg(dialog.result().info.label, QDir::toNativeSeparators(dialog.path())));
}

void WorkshopsPage::colleaguesChanged(const QSet<QString> &tables)
{
    static const QSet<QString> workshopTables{QStringLiteral("workshop"), QStringLiteral("workshop_day"), QStringLiteral("budget_line"),
                                              QStringLiteral("agenda_item"), QStringLiteral("participant_category")};
    static const QSet<QString> groupTables{QStringLiteral("breakout_group"), QStringLiteral("group_member"), QStringLiteral("outcome"),
                                           QStringLiteral("registration")};
    const bool workshops = tables.intersects(workshopTables);
    const bool registrations = tables.contains(QStringLiteral("registration")) || tables.contains(QStringLiteral("person"));
    if (workshops) {
        const int scrolled = m_list->verticalScrollBar()->value();
        reloadList(m_currentId);
        m_list->verticalScrollBar()->setValue(scrolled);
    }
    if (m_checkIn && (workshops || registrations))
        m_checkIn->session()->reload();
    if (m_currentId == 0 || !(workshops || registrations || tables.intersects(groupTables)
                              || tables.contains(QStringLiteral("representative_election"))))
        return;

    const auto stored = m_store->find(m_currentId);
    if (m_dirty) {
        // What the user is typing stays; saving over a colleague's version is refused by the
        // store (row versions), and this says why before they try.
        if (!stored)
            m_colleagueNotice->setText(tr("Someone else has deleted this workshop. What you typed is still here, but it can no longer "
                                          "be saved over it."));
        else if (stored->rowVersion != m_loadedVersion)
            m_colleagueNotice->setText(tr("Someone else has saved changes to this workshop since you began editing. What you typed is "
                                          "still here; to see their version, choose Revert (your changes are then dropped)."));
        m_colleagueNotice->setVisible(!stored || stored->rowVersion != m_loadedVersion);
        return;
    }
    if (!stored) {
        Q_EMIT message(tr("Someone else has deleted the workshop that was open."));
        reloadList(0);
        if (m_list->count() > 0)
            m_list->setCurrentRow(0);
        else
            newWorkshop();
        return;
    }
    if (workshops || registrations) {
        // Not being edited: show the colleague's version in place, on the same tab.
        const int tab = m_editor->currentIndex();
        m_editor->load(*stored, RegistrationStore(m_db).counts(stored->id));
        m_editor->setCurrentIndex(tab);
        m_heading->setText(QStringLiteral("<h2>%1</h2>").arg(stored->title.toHtmlEscaped()));
        m_loadedVersion = stored->rowVersion;
        setDirty(false);
    }
    if (registrations)
        m_registrations->refresh();
    if (tables.intersects(groupTables))
        m_groups->reload();
    if (tables.contains(QStringLiteral("representative_election")))
        m_elections->reload();
}

void WorkshopsPage::newWorkshop()
{
    if (!confirmLeaving())
        return;
    Workshop w;
    w.days = {{QDate::currentDate().addDays(30), QTime(8, 30), QTime(17, 0)}};
    m_currentId = 0;
    m_editor->load(w, {});
    m_registrations->setWorkshop(0);
    m_groups->setWorkshop(0);
    m_elections->showWorkshop(0);
    m_editor->setCurrentIndex(WorkshopEditor::DetailsTab);
    m_heading->setText(QStringLiteral("<h2>%1</h2>").arg(tr("New workshop").toHtmlEscaped()));
    {
        const QSignalBlocker block(m_list);
        m_list->clearSelection();
        m_list->setCurrentItem(nullptr);
    }
    setDirty(true);
    m_editor->findChild<QWidget *>(QStringLiteral("workshopTitle"))->setFocus();
}

bool WorkshopsPage::save()
{
    FieldErrors problems;
    Workshop w = m_editor->collect(&problems);
    m_general->hide();
    if (!problems.isEmpty()) {
        m_editor->showErrors(problems);
        return false;
    }
    auto before = m_currentId ? m_store->find(m_currentId) : std::nullopt;
    auto result = m_store->save(w);
    if (result.conflict) {
        // Someone else saved (or deleted) it since it was opened: nothing is written over
        // their version without the user's choice.
        const std::optional<Workshop> theirs = m_store->find(w.id);
        WorkshopConflictDialog ask(w, theirs, this);
        ask.exec();
        if (ask.choice() == ConflictDialog::Choice::TakeTheirs) {
            setDirty(false);
            openWorkshop(theirs ? w.id : 0);
            Q_EMIT message(theirs ? tr("Kept the details someone else saved.") : tr("The workshop was deleted by someone else."));
            return false;
        }
        if (ask.choice() == ConflictDialog::Choice::KeepMine && theirs) {
            // Theirs is what this save replaces (and what Undo puts back). Categories they
            // removed that are still in this version are added again.
            before = theirs;
            w.rowVersion = theirs->rowVersion;
            for (ParticipantCategory &c : w.categories)
                if (std::none_of(theirs->categories.cbegin(), theirs->categories.cend(),
                                 [&c](const ParticipantCategory &t) { return t.id == c.id; }))
                    c.id = 0;
            result = m_store->save(w);
        }
    }
    if (!result.fieldErrors.isEmpty()) {
        m_editor->showErrors(result.fieldErrors);
        return false;
    }
    if (!result.error.isEmpty()) {
        m_general->setText(result.error);
        m_general->show();
        return false;
    }
    if (before)
        m_undo->push(new SaveWorkshopCommand(this, *m_store, *before, w));
    openWorkshop(w.id);
    Q_EMIT message(tr("Saved %1.").arg(w.title));
    return true;
}

void WorkshopsPage::revert()
{
    openWorkshop(m_currentId);
}

bool WorkshopsPage::confirmLeaving()
{
    if (!m_dirty)
        return true;
    const auto answer = QMessageBox::question(this, tr("Workshops"), tr("Save the changes to this workshop?"),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        setDirty(false);
        return true;
    }
    return false;
}

void WorkshopsPage::setDirty(bool dirty)
{
    m_dirty = dirty;
    updateActions();
}

void WorkshopsPage::updateActions()
{
    m_saveAction->setEnabled(m_dirty);
    m_revertAction->setEnabled(m_dirty && m_currentId != 0);
    m_checkInAction->setEnabled(m_currentId != 0 && !m_dirty);
    m_takeOfflineAction->setEnabled(m_currentId != 0 && !m_dirty);
    m_deleteAction->setEnabled(m_currentId != 0);
}

void WorkshopsPage::deleteWorkshop()
{
    const auto w = m_currentId ? m_store->find(m_currentId) : std::nullopt;
    if (!w)
        return;
    if (QMessageBox::question(this, tr("Workshops"), tr("Delete %1? This cannot be undone.").arg(w->title)) != QMessageBox::Yes)
        return;
    const auto result = m_store->remove(w->id, w->rowVersion);
    if (!result.ok()) {
        QMessageBox::warning(this, tr("Workshops"), result.error);
        return;
    }
    m_undo->clear(); // its saves can no longer be undone
    setDirty(false);
    reloadList(0);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        newWorkshop();
    Q_EMIT message(tr("Deleted %1.").arg(w->title));
}

void WorkshopsPage::startCheckIn()
{
    if (m_currentId == 0 || m_dirty)
        return;
    auto *window = new CheckInWindow(m_db, m_currentId, this);
    m_checkIn = window;
    window->addWriteControlsTo(*writeLock());
    window->setAttribute(Qt::WA_DeleteOnClose);
    // Back from check-in, the quota matrix shows the new counts.
    connect(window, &QDialog::finished, this, [this] { openWorkshop(m_currentId); });
    window->show();
}

bool WorkshopsPage::exportTo(Export what, const QString &path)
{
    const qint64 workshop = m_currentId;
    if (workshop == 0)
        return false;
    return SpreadsheetExport::writeTo(this, m_db, path, tr("Export"), [what, workshop](const QSqlDatabase &db, QString *error) {
        return what == Export::Budget ? DataExport::budget(db, workshop, error) : DataExport::registrations(db, workshop, error);
    });
}

} // namespace khana
