#include "RetentionPanel.h"

#include "domain/DisplayConventions.h"
#include "people/PersonErasure.h"
#include "stores/ErasureStore.h"
#include "stores/PersonStore.h"
#include "stores/RetentionStore.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace khana {

namespace {

QSpinBox *monthsEditor(QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, 1200);
    box->setSuffix(QCoreApplication::translate("khana::RetentionPanel", " months"));
    box->setSpecialValueText(QCoreApplication::translate("khana::RetentionPanel", "not reviewed"));
    return box;
}

} // namespace

RetentionPanel::RetentionPanel(const QSqlDatabase &db, QWidget *parent)
    : QGroupBox(tr("Keeping personal data"), parent)
    , m_db(db)
    , m_contacts(monthsEditor(this))
    , m_formerMembers(monthsEditor(this))
{
    setObjectName(QStringLiteral("retention"));
    m_contacts->setObjectName(QStringLiteral("retentionContacts"));
    m_formerMembers->setObjectName(QStringLiteral("retentionFormerMembers"));
    auto *save = new QPushButton(tr("&Save periods"), this);
    save->setObjectName(QStringLiteral("saveRetention"));
    auto *review = new QPushButton(tr("&Review people past them…"), this);
    review->setObjectName(QStringLiteral("reviewRetention"));
    connect(save, &QPushButton::clicked, this, &RetentionPanel::save);
    connect(review, &QPushButton::clicked, this, [this] {
        RetentionReviewDialog dialog(m_db, this);
        dialog.exec();
    });
    auto *form = new QFormLayout;
    form->addRow(tr("People who are not &members, after their last activity:"), m_contacts);
    form->addRow(tr("&Former members, after their membership ended:"), m_formerMembers);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addWidget(review);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    reload();
}

void RetentionPanel::reload()
{
    const RetentionStore::Policy policy = RetentionStore(m_db).policy();
    m_contacts->setValue(policy.contactMonths);
    m_formerMembers->setValue(policy.formerMemberMonths);
}

void RetentionPanel::save()
{
    const PersonStore::SaveResult result = RetentionStore(m_db).savePolicy({m_contacts->value(), m_formerMembers->value()});
    if (!result.ok()) {
        QMessageBox::warning(this, title(), result.error);
        reload();
    }
}

RetentionReviewDialog::RetentionReviewDialog(const QSqlDatabase &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_model(new QStandardItemModel(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("retentionReview"));
    setWindowTitle(tr("People past the retention periods"));
    m_view->setObjectName(QStringLiteral("retentionView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_summary->setWordWrap(true);
    auto *keep = new QPushButton(tr("&Keep for another year"), this);
    keep->setObjectName(QStringLiteral("keepPeople"));
    auto *remove = new QPushButton(tr("&Erase…"), this);
    remove->setObjectName(QStringLiteral("erasePeople"));
    connect(keep, &QPushButton::clicked, this, &RetentionReviewDialog::keepSelected);
    connect(remove, &QPushButton::clicked, this, &RetentionReviewDialog::eraseSelected);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(keep);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    resize(720, 480);
    reload();
}

int RetentionReviewDialog::rowCount() const
{
    return m_model->rowCount();
}

void RetentionReviewDialog::reload()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Name"), tr("Why"), tr("Since")});
    QString error;
    const auto due = RetentionStore(m_db).due(QDate::currentDate(), &error);
    if (!due) {
        m_summary->setText(tr("The review could not be read: %1").arg(error));
        return;
    }
    const DateFormatter &dates = DisplayConventions::current().dates();
    for (const RetentionStore::Due &d : *due) {
        auto *name = new QStandardItem(d.name);
        name->setData(d.personId, Qt::UserRole);
        m_model->appendRow({name,
                            new QStandardItem(d.reason == RetentionStore::Reason::NotAMember ? tr("Not a member; nothing since")
                                                                                              : tr("Membership ended")),
                            new QStandardItem(dates.longDate(d.since))});
    }
    m_view->resizeColumnsToContents();
    m_summary->setText(due->isEmpty() ? tr("Nobody is past the office's retention periods.")
                                      : tr("%n people are past the office's retention periods. Choose, for each, to keep them for "
                                           "another year or to erase them; nothing is erased without that choice.",
                                           nullptr, int(due->size())));
}

QList<qint64> RetentionReviewDialog::selectedPeople() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids.append(m_model->item(index.row())->data(Qt::UserRole).toLongLong());
    return ids;
}

void RetentionReviewDialog::keepSelected()
{
    RetentionStore store(m_db);
    for (qint64 id : selectedPeople()) {
        const PersonStore::SaveResult result = store.keep(id, QDate::currentDate(), 12);
        if (!result.ok()) {
            QMessageBox::warning(this, windowTitle(), result.error);
            break;
        }
    }
    reload();
}

void RetentionReviewDialog::eraseSelected()
{
    const QList<qint64> ids = selectedPeople();
    if (ids.isEmpty())
        return;
    // Erased, not deleted: a walk-in's registrations stay in the workshop's figures.
    if (QMessageBox::question(this, windowTitle(),
                              tr("Erase %n people?", nullptr, int(ids.size())) + QLatin1Char(' ') + PersonErasure::whatHappens() + QLatin1Char(' ')
                                  + tr("Their workshop registrations and elections stay in the figures, without their names."))
        != QMessageBox::Yes)
        return;
    ErasureStore store(m_db);
    QStringList refused;
    for (qint64 id : ids) {
        const auto impact = store.impact(id);
        if (!impact)
            continue;
        const PersonStore::SaveResult result = store.erase(id, impact->rowVersion);
        if (!result.ok())
            refused.append(QStringLiteral("%1: %2").arg(impact->name, result.error));
    }
    const QString remains = PersonErasure::cleanFiles(this, m_db);
    if (!refused.isEmpty())
        QMessageBox::warning(this, windowTitle(), tr("Some people were not erased:") + QLatin1Char('\n') + refused.join(QLatin1Char('\n')));
    else if (!remains.isEmpty())
        QMessageBox::warning(this, windowTitle(), remains);
    reload();
}

} // namespace khana
