#include "ElectionsPanel.h"

#include "ElectionDialog.h"
#include "GrowthCommands.h"
#include "itemmodels/ElectionsModel.h"
#include "stores/AreaStore.h"
#include "widgets/WriteLock.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace khana {

ElectionsPanel::ElectionsPanel(const QSqlDatabase &db, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_undo(undo)
    , m_model(new ElectionsModel(db, this))
    , m_view(new QTableView(this))
    , m_record(new QPushButton(tr("Record &election…"), this))
    , m_edit(new QPushButton(tr("E&dit…"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
{
    setObjectName(QStringLiteral("electionsPanel"));
    m_view->setObjectName(QStringLiteral("elections"));
    m_edit->setObjectName(QStringLiteral("editElection"));
    m_remove->setObjectName(QStringLiteral("removeElection"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Meeting titles run long ("ประชุมเชิงปฏิบัติการจัดโครงสร้าง…"): that column takes what is
    // left and elides, so the term stays in view; the full title is in the tooltip.
    m_view->horizontalHeader()->setSectionResizeMode(ElectionsModel::Meeting, QHeaderView::Stretch);
    m_view->setWordWrap(false);
    auto *removeAction = new QAction(tr("&Remove"), m_view);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(removeAction);

    m_record->setObjectName(QStringLiteral("recordElectionHere"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_record);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    connect(m_record, &QPushButton::clicked, this, &ElectionsPanel::recordElection);
    connect(m_edit, &QPushButton::clicked, this, &ElectionsPanel::editElection);
    // Through the button, so activating a row does nothing while editing is locked.
    connect(m_view, &QAbstractItemView::activated, m_edit, &QPushButton::click);
    connect(m_remove, &QPushButton::clicked, this, &ElectionsPanel::removeElection);
    connect(removeAction, &QAction::triggered, this, &ElectionsPanel::removeElection);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ElectionsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ElectionsPanel::updateButtons);
    // Undo and redo change elections behind the list's back.
    connect(m_undo, &QUndoStack::indexChanged, this, &ElectionsPanel::reload);
    updateButtons();
}

void ElectionsPanel::setFilter(const ElectionFilter &filter)
{
    m_filter = filter;
    m_model->setFilter(filter);
    // Within one workshop the meeting goes without saying.
    m_view->setColumnHidden(ElectionsModel::Meeting, filter.workshopId != 0);
    m_view->horizontalHeader()->setStretchLastSection(filter.workshopId != 0);
}

void ElectionsPanel::showWorkshop(qint64 workshopId)
{
    setEnabled(workshopId != 0);
    if (workshopId)
        setFilter({QString(), workshopId});
    else
        m_model->clear();
}

void ElectionsPanel::setRecordButtonVisible(bool visible)
{
    m_record->setVisible(visible);
}

void ElectionsPanel::reload()
{
    const QModelIndex index = m_view->currentIndex();
    const qint64 id = index.isValid() ? m_model->listing(index.row()).election.id : 0;
    m_model->reload();
    select(id);
}

std::optional<RepresentativeElection> ElectionsPanel::current() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    return GrowthStore(m_db).findElection(m_model->listing(index.row()).election.id);
}

void ElectionsPanel::updateButtons()
{
    const bool chosen = m_view->currentIndex().isValid();
    m_edit->setEnabled(chosen);
    m_remove->setEnabled(chosen);
}

void ElectionsPanel::select(qint64 id)
{
    const int row = id ? m_model->rowOf(id) : -1;
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    updateButtons();
}

void ElectionsPanel::recordElection()
{
    ElectionDialog dialog(m_db, m_filter.provinceCode, this);
    if (m_filter.workshopId)
        dialog.setMeeting(m_filter.workshopId);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_undo->push(new ElectionChangeCommand(m_db, std::nullopt, dialog.saved(), true));
    select(dialog.saved().id);
    Q_EMIT changed();
}

void ElectionsPanel::editElection()
{
    const std::optional<RepresentativeElection> before = current();
    if (!before) {
        if (m_view->currentIndex().isValid()) {
            QMessageBox::information(this, tr("Edit election"), tr("Someone else removed this election."));
            reload();
        }
        return;
    }
    ElectionDialog dialog(m_db, m_filter.provinceCode.isEmpty() ? QString() : District::provinceCodeOf(before->districtCode), this);
    dialog.setElection(*before);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_undo->push(new ElectionChangeCommand(m_db, before, dialog.saved(), true));
    select(dialog.saved().id);
    Q_EMIT changed();
}

void ElectionsPanel::removeElection()
{
    const std::optional<RepresentativeElection> before = current();
    if (!before)
        return;
    const GrowthStore::SaveResult result = GrowthStore(m_db).removeElection(before->id, before->rowVersion);
    if (!result.ok()) {
        QMessageBox::warning(this, tr("Remove election"), result.error);
        reload();
        return;
    }
    m_undo->push(new ElectionChangeCommand(m_db, before, std::nullopt, true));
    Q_EMIT changed();
}

void ElectionsPanel::addWriteControlsTo(WriteLock &lock)
{
    lock.addForm(this);
}

} // namespace khana
