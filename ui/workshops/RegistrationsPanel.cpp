#include "RegistrationsPanel.h"

#include "RegisterPeopleDialog.h"
#include "RegistrationImportDialog.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/RegistrationsModel.h"
#include "stores/RegistrationStore.h"
#include "widgets/ViewPlace.h"
#include "widgets/WriteLock.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace khana {

RegistrationsPanel::RegistrationsPanel(const QSqlDatabase &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new RegistrationsModel(db, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_status(new QToolButton(this))
{
    setObjectName(QStringLiteral("registrationsPanel"));
    m_view->setObjectName(QStringLiteral("registrationsView"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(ItemRole::Raw);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(RegistrationsModel::Name, 220);
    m_view->horizontalHeader()->resizeSection(RegistrationsModel::Category, 220);
    m_filter->setPlaceholderText(tr("Filter by name, category, province or status"));
    m_filter->setClearButtonEnabled(true);

    auto *importButton = new QPushButton(tr("Import from CSV…"), this);
    importButton->setObjectName(QStringLiteral("importRegistrations"));
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import registrations"), QString(), tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    auto *add = new QPushButton(tr("&Register people…"), this);
    add->setObjectName(QStringLiteral("registerPeople"));
    m_status->setText(tr("Set &status"));
    m_status->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_status);
    for (RegistrationStatus s : RegistrationCodes::statuses()) {
        menu->addAction(RegistrationCodes::statusLabel(s), this, [this, s] {
            RegistrationStore store(m_db);
            for (qint64 id : selectedRegistrations()) {
                const auto result = store.setStatus(id, s);
                if (!result.ok()) {
                    QMessageBox::warning(this, tr("Registrations"), result.error);
                    break;
                }
            }
            m_model->reload();
            Q_EMIT changed();
        });
    }
    m_status->setMenu(menu);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(add);
    top->addWidget(importButton);
    top->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(add, &QPushButton::clicked, this, &RegistrationsPanel::registerPeople);
    m_writers = {add, importButton, m_status};
}

void RegistrationsPanel::addWriteControlsTo(WriteLock &lock)
{
    for (QWidget *control : std::as_const(m_writers))
        lock.add(control);
}

void RegistrationsPanel::setWorkshop(qint64 workshopId)
{
    m_model->setWorkshop(workshopId);
    setEnabled(workshopId != 0);
}

void RegistrationsPanel::refresh()
{
    const ViewPlace place = ViewPlace::of(m_view);
    m_model->reload();
    place.restoreTo(m_view);
}

QList<qint64> RegistrationsPanel::selectedRegistrations() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids.append(index.data(ItemRole::Id).toLongLong());
    return ids;
}

void RegistrationsPanel::importFile(const QString &path)
{
    if (m_model->workshopId() == 0)
        return;
    const CsvReader::Table table = ImportDialog::readFile(this, path);
    if (table.cancelled)
        return;
    RegistrationImportDialog dialog(m_db, m_model->workshopId(), table, path, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_model->reload();
        Q_EMIT changed();
        QMessageBox::information(this, tr("Import registrations"), tr("%n registration(s) imported.", nullptr, dialog.imported()));
    }
}

void RegistrationsPanel::registerPeople()
{
    if (m_model->workshopId() == 0)
        return;
    RegisterPeopleDialog dialog(m_db, m_model->workshopId(), this);
    if (dialog.exec() == QDialog::Accepted) {
        m_model->reload();
        Q_EMIT changed();
    }
}

} // namespace khana
