#include "PeoplePage.h"

#include "ConsentDialog.h"
#include "PersonCommands.h"
#include "PersonDialog.h"
#include "PersonErasure.h"
#include "RosterImportDialog.h"
#include "domain/DisplayConventions.h"
#include "domain/NationalId.h"
#include "domain/PhoneNumber.h"
#include "io/DataExport.h"
#include "io/PersonRecord.h"
#include "reports/WorkshopDocuments.h"
#include "itemmodels/PeopleModel.h"
#include "stores/AreaStore.h"
#include "stores/ConsentStore.h"
#include "stores/ErasureStore.h"
#include "widgets/BackgroundWork.h"
#include "widgets/SpreadsheetExport.h"
#include "widgets/ViewPlace.h"
#include "widgets/WriteLock.h"
#include "stores/PersonStore.h"

#include <QAction>
#include <QComboBox>
#include <QPushButton>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSaveFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace khana {

PeoplePage::PeoplePage(const QSqlDatabase &db, QWidget *parent)
    : Page(parent)
    , m_db(db)
    , m_store(std::make_unique<PersonStore>(db))
    , m_model(new PeopleModel(db, this))
    , m_undo(new QUndoStack(this))
    , m_search(new QLineEdit(this))
    , m_consentFilter(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
    , m_details(new QLabel(this))
    , m_splitter(new QSplitter(this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("peoplePage"));
    m_search->setObjectName(QStringLiteral("peopleSearch"));
    m_search->setPlaceholderText(tr("Search by name, phone or member number (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("peopleView"));
    m_count->setObjectName(QStringLiteral("peopleCount"));
    m_details->setObjectName(QStringLiteral("personDetails"));

    m_addAction = new QAction(tr("&Add person…"), this);
    m_addAction->setShortcut(QKeySequence::New);
    m_addAction->setToolTip(tr("Add a person (Ctrl+N)"));
    m_editAction = new QAction(tr("&Edit person…"), this);
    m_editAction->setShortcuts({QKeySequence(Qt::Key_F2), QKeySequence(Qt::Key_Return)});
    m_editAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteAction = new QAction(tr("&Delete person"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    // What the audit trail holds about this person (their record, their registrations).
    m_auditAction = new QAction(tr("Audit &trail of this person"), this);
    m_auditAction->setObjectName(QStringLiteral("personAuditTrail"));
    m_view->addAction(m_auditAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_auditAction, &QAction::triggered, this, [this] {
        const qint64 id = selectedId();
        if (const auto person = id ? m_store->find(id) : std::nullopt)
            Q_EMIT auditRequested(id, DisplayConventions::current().pick(person->nameTh, person->nameEn));
    });
    // Consent is recorded as it is given or withdrawn, apart from editing the person.
    m_consentAction = new QAction(tr("C&onsent…"), this);
    m_consentAction->setObjectName(QStringLiteral("personConsent"));
    m_consentAction->setToolTip(tr("What this person has agreed to, and recording a decision"));
    m_view->addAction(m_consentAction);
    connect(m_consentAction, &QAction::triggered, this, &PeoplePage::showConsent);
    m_consentFilter->setObjectName(QStringLiteral("consentFilter"));
    m_consentFilter->setToolTip(tr("Only the people who have given this consent (and not withdrawn it)"));
    m_consentFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_consentFilter->setMinimumContentsLength(16); // the search keeps the room
    connect(m_consentFilter, &QComboBox::activated, this, [this] {
        m_model->setConsentPurpose(m_consentFilter->currentData().toLongLong());
    });
    // A person's request to see what the office holds about them (PDPA sections 30 and 31).
    m_everythingAction = new QAction(tr("Everything about this &person…"), this);
    m_everythingAction->setObjectName(QStringLiteral("personEverything"));
    m_view->addAction(m_everythingAction);
    connect(m_everythingAction, &QAction::triggered, this, [this] {
        const qint64 id = selectedId();
        const auto person = id ? m_store->find(id) : std::nullopt;
        if (!person)
            return;
        const QString path = SpreadsheetExport::askSavePath(this, tr("Everything about this person"),
                                                            tr("Personal data — %1").arg(person->nameTh), tr("PDF document (*.pdf)"));
        if (!path.isEmpty() && saveEverythingAbout(id, path))
            Q_EMIT message(tr("Saved %1 and %2.").arg(QDir::toNativeSeparators(path), QFileInfo(path).completeBaseName() + QStringLiteral(".json")));
    });
    // Erasure on request (PDPA section 33): unlike Delete, it keeps the person's registrations
    // and elections as anonymous figures, and it cannot be undone.
    m_eraseAction = new QAction(tr("E&rase this person…"), this);
    m_eraseAction->setObjectName(QStringLiteral("personErase"));
    m_eraseAction->setToolTip(tr("Remove this person's personal data for good, keeping attendance and vote figures without them"));
    connect(m_eraseAction, &QAction::triggered, this, &PeoplePage::eraseSelected);
    auto *findAction = new QAction(tr("Find"), this);
    findAction->setShortcut(QKeySequence::Find);
    m_view->addAction(m_editAction);
    m_view->addAction(m_deleteAction);
    m_view->addAction(m_eraseAction);
    addAction(m_addAction);
    addAction(findAction);
    connect(m_addAction, &QAction::triggered, this, &PeoplePage::addPerson);
    connect(m_editAction, &QAction::triggered, this, &PeoplePage::editSelected);
    connect(m_deleteAction, &QAction::triggered, this, &PeoplePage::deleteSelected);
    connect(findAction, &QAction::triggered, this, &PeoplePage::focusSearch);

    auto *addButton = new QToolButton(this);
    addButton->setDefaultAction(m_addAction);
    addButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *editButton = new QToolButton(this);
    editButton->setDefaultAction(m_editAction);
    auto *deleteButton = new QToolButton(this);
    deleteButton->setDefaultAction(m_deleteAction);
    auto *importButton = new QToolButton(this);
    importButton->setObjectName(QStringLiteral("importRoster"));
    importButton->setText(tr("&Import roster…"));
    importButton->setToolTip(tr("Add or update members from a CSV file"));
    connect(importButton, &QToolButton::clicked, this, [this] {
        QSettings settings;
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import member roster"),
            settings.value(QStringLiteral("people/importFolder"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString(),
            tr("CSV files (*.csv *.txt)"));
        if (path.isEmpty())
            return;
        settings.setValue(QStringLiteral("people/importFolder"), QFileInfo(path).absolutePath());
        importRosterFrom(path);
    });

    for (QAction *action : {m_addAction, m_editAction, m_deleteAction, m_eraseAction})
        writeLock()->add(action);
    writeLock()->add(importButton);
    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("exportPeople"));
    exportButton->setText(tr("E&xport…"));
    exportButton->setToolTip(tr("The people listed (all, or those the search finds) as an Excel workbook or CSV file"));
    connect(exportButton, &QToolButton::clicked, this, [this] {
        const QString name = m_search->text().trimmed().isEmpty() ? tr("People") : tr("People — %1").arg(m_search->text().trimmed());
        const QString path = SpreadsheetExport::askSavePath(this, tr("Export people"), name, tr("Excel workbook (*.xlsx);;CSV file (*.csv)"));
        if (!path.isEmpty() && exportTo(path))
            Q_EMIT message(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_consentFilter);
    top->addWidget(m_count);
    top->addWidget(addButton);
    top->addWidget(editButton);
    top->addWidget(deleteButton);
    auto *consentButton = new QToolButton(this);
    consentButton->setDefaultAction(m_consentAction);
    top->addWidget(consentButton);
    top->addWidget(importButton);
    top->addWidget(exportButton);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setSortIndicator(PeopleModel::Name, Qt::AscendingOrder);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(PeopleModel::Name, 200);
    m_view->horizontalHeader()->resizeSection(PeopleModel::NameEn, 180);

    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMargin(8);
    m_details->setMinimumWidth(220);

    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setObjectName(QStringLiteral("peopleSplitter"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);

    // Wait for a pause in typing so each keystroke does not run a query.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        m_model->setSearchText(m_search->text());
        m_view->setFocus();
        if (m_model->rowCount() > 0)
            m_view->selectRow(0);
    });
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_model->setSearchText(m_search->text()); });
    // Through the action, so a double-click does nothing while editing is locked.
    connect(m_view, &QTableView::doubleClicked, m_editAction, &QAction::trigger);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder) {
        if (!PeopleModel::isSortable(column)) {
            // Keep the indicator on the column the list is really sorted by.
            QSignalBlocker block(m_view->horizontalHeader());
            m_view->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
            Q_EMIT message(tr("This column cannot be sorted."));
        }
    });
    connect(m_model, &PeopleModel::matchCountChanged, this, &PeoplePage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PeoplePage::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->isCounting())
            updateCount(-1);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PeoplePage::showDetails);
    refreshConsentFilter();
    updateCount(m_model->matchCount());
    showDetails();
}

PeoplePage::~PeoplePage() = default;

void PeoplePage::activated()
{
    refreshConsentFilter();
    m_search->setFocus();
}

void PeoplePage::refreshConsentFilter()
{
    const qint64 current = m_consentFilter->currentData().toLongLong();
    QSignalBlocker block(m_consentFilter);
    m_consentFilter->clear();
    m_consentFilter->addItem(tr("Everyone"), qint64(0));
    for (const ConsentPurpose &p : ConsentStore(m_db).purposes())
        m_consentFilter->addItem(tr("Consented: %1").arg(p.name), p.id);
    const int index = m_consentFilter->findData(current);
    m_consentFilter->setCurrentIndex(index < 0 ? 0 : index);
    m_consentFilter->setVisible(m_consentFilter->count() > 1);
    if (index < 0 && current != 0)
        m_model->setConsentPurpose(0);
}

void PeoplePage::showConsent()
{
    const qint64 id = selectedId();
    const auto person = id ? m_store->find(id) : std::nullopt;
    if (!person)
        return;
    auto *dialog = new ConsentDialog(m_db, id, DisplayConventions::current().pick(person->nameTh, person->nameEn), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConsentDialog::decided, this, [this, id] {
        if (m_model->consentPurpose() != 0) {
            m_model->reload();
            selectPerson(id);
        }
    });
    dialog->open();
}

bool PeoplePage::confirmConsentForExport(const QString &search, QList<qint64> *consentedTo)
{
    if (const qint64 purpose = m_model->consentPurpose())
        consentedTo->append(purpose);
    // Counting a million people against each purpose takes a while: beside the window, with
    // Cancel.
    QString error;
    std::optional<QList<DataExport::MissingConsent>> missing;
    QString connectionError;
    const bool finished = BackgroundWork::runOnConnection(this, tr("Checking consent before the export…"), m_db.connectionName(), &connectionError,
                                                          [&](const QSqlDatabase &worker, const WorkProgress &) {
                                                              missing = DataExport::missingConsent(worker, search, *consentedTo, &error);
                                                          });
    if (!finished)
        return false;
    if (!connectionError.isEmpty())
        error = connectionError;
    if (!missing) {
        reportError(tr("Khana could not check consent before the export: %1").arg(error));
        return false;
    }
    if (missing->isEmpty())
        return true;
    const QLocale &locale = DisplayConventions::current().locale();
    QStringList lines;
    for (const DataExport::MissingConsent &m : *missing)
        lines.append(tr("%1 of them have not consented to “%2”.").arg(locale.toString(m.people), m.purposeName));
    QMessageBox box(QMessageBox::Warning, tr("Export people"),
                    tr("The office asks for consent before people are exported.") + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')),
                    QMessageBox::Cancel, this);
    QPushButton *limit = box.addButton(tr("Export only those who &consented"), QMessageBox::AcceptRole);
    QPushButton *all = box.addButton(tr("Export &everyone"), QMessageBox::DestructiveRole);
    box.setDefaultButton(limit);
    box.exec();
    if (box.clickedButton() == limit) {
        for (const DataExport::MissingConsent &m : *missing)
            consentedTo->append(m.purposeId);
        return true;
    }
    return box.clickedButton() == all;
}

void PeoplePage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void PeoplePage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("people/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("people/header"), m_view->horizontalHeader()->saveState());
}

void PeoplePage::restoreState(const QSettings &settings)
{
    m_splitter->restoreState(settings.value(QStringLiteral("people/splitter")).toByteArray());
    m_view->horizontalHeader()->restoreState(settings.value(QStringLiteral("people/header")).toByteArray());
}

void PeoplePage::updateCount(qint64 count)
{
    // A server counts a search's matches after its first rows are shown.
    if (count < 0) {
        m_count->setText(m_model->isCounting() ? tr("Counting…") : QString());
        return;
    }
    const QString number = DisplayConventions::current().locale().toString(count);
    const bool filtered = !m_model->searchText().isEmpty() || m_model->consentPurpose() != 0;
    m_count->setText(filtered ? tr("%1 found").arg(number) : tr("%1 people").arg(number));
}

qint64 PeoplePage::selectedId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_model->personId(current.row()) : 0;
}

void PeoplePage::offerErasure(bool offer)
{
    m_eraseAction->setVisible(offer);
}

void PeoplePage::offerExport(bool offer)
{
    findChild<QToolButton *>(QStringLiteral("exportPeople"))->setVisible(offer);
    m_everythingAction->setVisible(offer);
}

void PeoplePage::colleaguesChanged(const QSet<QString> &tables)
{
    static const QSet<QString> shown{QStringLiteral("person"), QStringLiteral("person_tag"), QStringLiteral("province"),
                                     QStringLiteral("district"), QStringLiteral("person_consent"), QStringLiteral("consent_purpose")};
    if (!tables.intersects(shown))
        return;
    if (tables.contains(QStringLiteral("consent_purpose")))
        refreshConsentFilter();
    const ViewPlace place = ViewPlace::of(m_view);
    m_model->reload();
    place.restoreTo(m_view);
    if (m_openDialog)
        m_openDialog->checkForColleaguesSave();
}

void PeoplePage::selectPerson(qint64 id)
{
    const int row = m_model->rowOfPerson(id);
    if (row >= 0) {
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    }
}

void PeoplePage::reportError(const QString &error)
{
    QMessageBox::warning(this, tr("People"), error);
}

void PeoplePage::showDetails()
{
    const qint64 id = selectedId();
    m_editAction->setEnabled(id != 0);
    m_deleteAction->setEnabled(id != 0);
    m_auditAction->setEnabled(id != 0);
    m_consentAction->setEnabled(id != 0);
    m_everythingAction->setEnabled(id != 0);
    const auto person = id ? m_store->find(id) : std::nullopt;
    if (!person) {
        m_details->setText(QStringLiteral("<p style='color:gray'>%1</p>")
                               .arg(tr("Choose a person to see their details.").toHtmlEscaped()));
        return;
    }
    const DisplayConventions &conventions = DisplayConventions::current();
    QString province;
    QString district;
    AreaStore areas(m_db);
    for (const Province &p : areas.provinces())
        if (p.code == person->provinceCode)
            province = conventions.pick(p.nameTh, p.nameEn);
    if (!person->provinceCode.isEmpty()) {
        for (const District &d : areas.districts(person->provinceCode))
            if (d.code == person->districtCode)
                district = conventions.prefersThaiNames() ? d.formalNameTh() : conventions.pick(d.nameTh, d.nameEn);
    }
    QStringList tags;
    for (const QString &t : person->tags)
        tags.append(PersonCodes::tagLabel(t));

    QString html = QStringLiteral("<h3>%1</h3><table cellspacing='4'>").arg(person->nameTh.toHtmlEscaped());
    auto row = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td style='color:gray'>%1</td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("English name"), person->nameEn);
    row(tr("Nickname"), person->nickname);
    row(tr("Phone"), PhoneNumber::format(person->phone));
    row(tr("National ID"), NationalId::masked(person->nationalId));
    row(tr("Province"), province);
    row(tr("District"), district);
    row(tr("Member no."), person->memberNumber);
    if (person->membershipType != MembershipType::None)
        row(tr("Membership"), PersonCodes::membershipLabel(person->membershipType));
    row(tr("Joined"), conventions.dates().longDate(person->joinDate));
    row(tr("Ends"), conventions.dates().longDate(person->endDate));
    row(tr("Status"), PersonCodes::statusLabel(person->status));
    row(tr("Tags"), tags.join(QStringLiteral(", ")));
    QStringList consented;
    const ConsentStore consent(m_db);
    const QList<ConsentDecision> decisions = consent.decisions(person->id);
    for (const ConsentPurpose &p : consent.purposes(true))
        for (const ConsentDecision &d : decisions)
            if (d.purposeId == p.id && d.given)
                consented.append(p.name);
    row(tr("Consented to"), consented.join(QStringLiteral(", ")));
    html += QStringLiteral("</table>");
    if (!person->notes.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(person->notes.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    m_details->setText(html);
}

PersonCommand::Changed PeoplePage::showChanged()
{
    return [this](qint64 id) {
        m_model->reload();
        selectPerson(id);
    };
}

PersonCommand::Report PeoplePage::reporter()
{
    return [this](const QString &error) { reportError(error); };
}

void PeoplePage::addPerson()
{
    auto *dialog = new PersonDialog(m_db, *m_store, Person{}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Person added = dialog->person();
        m_undo->push(new AddPersonCommand(*m_store, added, showChanged(), reporter()));
        showChanged()(added.id);
        m_view->setFocus();
        Q_EMIT message(tr("Added %1.").arg(added.nameTh));
    });
    dialog->open();
}

void PeoplePage::editSelected()
{
    const qint64 id = selectedId();
    const auto person = id ? m_store->find(id) : std::nullopt;
    if (!person)
        return;
    auto *dialog = new PersonDialog(m_db, *m_store, *person, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_openDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_undo->push(new EditPersonCommand(*m_store, dialog->original(), dialog->person(), showChanged(), reporter()));
        showChanged()(dialog->person().id);
        m_view->setFocus();
        Q_EMIT message(tr("Saved %1.").arg(dialog->person().nameTh));
    });
    connect(dialog, &QDialog::rejected, this, [this, dialog] {
        if (!dialog->tookTheirs())
            return;
        showChanged()(dialog->person().id);
        Q_EMIT message(tr("Kept the details someone else saved."));
    });
    dialog->open();
}

int PeoplePage::importRosterFrom(const QString &path)
{
    const CsvReader::Table table = ImportDialog::readFile(this, path);
    if (table.cancelled)
        return 0;
    RosterImportDialog dialog(m_db, table, path, this);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    if (dialog.imported() > 0)
        m_undo->push(new ImportRosterCommand(*m_store, dialog.addedIds(), dialog.replaced(), showChanged(), reporter()));
    m_model->reload();
    Q_EMIT message(tr("Roster imported: %n added", nullptr, dialog.added()) + QStringLiteral(", ")
                   + tr("%n updated.", nullptr, dialog.updated()));
    return dialog.imported();
}

void PeoplePage::deleteSelected()
{
    const qint64 id = selectedId();
    const auto person = id ? m_store->find(id) : std::nullopt;
    if (!person)
        return;
    // Their registrations and elections would go with them, and the office's figures with
    // those: that is what erasure is for.
    if (const auto impact = ErasureStore(m_db).impact(person->id);
        impact && (impact->registrations > 0 || impact->elections > 0 || impact->planActivities > 0)) {
        QMessageBox::information(this, tr("Delete person"),
                                 tr("%1 is registered for workshops, was elected or leads plan activities, and deleting them would take "
                                    "those records too. To remove their personal data and keep those figures, use Erase this person…")
                                     .arg(person->nameTh));
        return;
    }
    // Consent decisions go with the person and are not brought back by undo: they are the
    // record of what the person agreed to, and a person put back has agreed to nothing yet.
    const qsizetype decisions = ConsentStore(m_db).history(person->id).size();
    const QString question = decisions == 0
        ? tr("Delete %1? You can undo this with Ctrl+Z.").arg(person->nameTh)
        : tr("Delete %1? You can undo this with Ctrl+Z, but their %n consent decision(s) are removed with them and undo does not bring those back.", nullptr, int(decisions)).arg(person->nameTh);
    const auto answer = QMessageBox::question(this, tr("Delete person"), question);
    if (answer != QMessageBox::Yes)
        return;
    const auto result = m_store->remove(person->id, person->rowVersion);
    if (!result.ok()) {
        reportError(result.error);
        return;
    }
    const int row = m_view->currentIndex().row();
    m_undo->push(new DeletePersonCommand(*m_store, *person, showChanged(), reporter()));
    m_model->reload();
    if (m_model->rowCount() > 0)
        m_view->selectRow(qMin(row, m_model->rowCount() - 1));
    Q_EMIT message(tr("Deleted %1.").arg(person->nameTh));
}

void PeoplePage::eraseSelected()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    const int row = m_view->currentIndex().row();
    QString done;
    if (PersonErasure::confirmAndErase(this, m_db, id, &done) != PersonErasure::Outcome::Erased)
        return;
    // The undo history holds the person's earlier values and could not apply to them anyway.
    m_undo->clear();
    m_model->reload();
    if (m_model->rowCount() > 0)
        m_view->selectRow(qMin(row, m_model->rowCount() - 1));
    Q_EMIT message(done);
}

bool PeoplePage::saveEverythingAbout(qint64 personId, const QString &pdfPath)
{
    QString error;
    const auto record = PersonRecord::collect(m_db, personId, &error);
    if (!record || !PersonRecord::recordRequest(m_db, personId, QStringLiteral("json+pdf"), &error)) {
        reportError(error);
        return false;
    }
    const QFileInfo pdf(pdfPath);
    const QString jsonPath = pdf.dir().filePath(pdf.completeBaseName() + QStringLiteral(".json"));
    QSaveFile json(jsonPath);
    if (!json.open(QIODevice::WriteOnly) || json.write(record->toJson().toJson(QJsonDocument::Indented)) < 0 || !json.commit()) {
        reportError(tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(jsonPath), json.errorString()));
        return false;
    }
    const QString title = tr("Personal data — %1").arg(record->person.nameTh);
    const QString html = record->toHtml();
    if (WorkshopDocuments::writePdf(pdfPath, title, false, [&html](QPagedPaintDevice *device) { return WorkshopDocuments::printHtml(html, device); })
        <= 0) {
        QFile::remove(jsonPath); // both or neither: the request is answered by the pair
        reportError(tr("%1 could not be written.").arg(QDir::toNativeSeparators(pdfPath)));
        return false;
    }
    // Whatever the folder's defaults: these files are the person's data.
    for (const QString &written : {jsonPath, pdfPath})
        QFile::setPermissions(written, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

bool PeoplePage::exportTo(const QString &path)
{
    const QString search = m_search->text();
    QList<qint64> consentedTo;
    if (!confirmConsentForExport(search, &consentedTo))
        return false;
    return SpreadsheetExport::writeTo(this, m_db, path, tr("Export people"), [search, consentedTo](const QSqlDatabase &db, QString *error) {
        return DataExport::people(db, error, search, consentedTo);
    });
}

} // namespace khana
