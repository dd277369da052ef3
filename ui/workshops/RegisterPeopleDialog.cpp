#include "RegisterPeopleDialog.h"

#include "itemmodels/PeopleModel.h"
#include "people/PersonDialog.h"
#include "stores/PersonStore.h"
#include "stores/RegistrationStore.h"
#include "stores/WorkshopStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace khana {

RegisterPeopleDialog::RegisterPeopleDialog(const QSqlDatabase &db, qint64 workshopId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_workshopId(workshopId)
    , m_people(new PeopleModel(db, this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_category(new QComboBox(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Register people"));
    setObjectName(QStringLiteral("registerPeopleDialog"));
    m_search->setObjectName(QStringLiteral("registerSearch"));
    m_view->setObjectName(QStringLiteral("registerPeopleView"));
    m_category->setObjectName(QStringLiteral("registerCategory"));
    m_search->setPlaceholderText(tr("Search by name, phone or member number"));
    m_view->setModel(m_people);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->verticalHeader()->hide();
    for (int c = PeopleModel::MemberNumber + 1; c < PeopleModel::ColumnCount; ++c)
        if (c != PeopleModel::Province)
            m_view->hideColumn(c);
    m_view->horizontalHeader()->resizeSection(PeopleModel::Name, 220);
    if (const auto w = WorkshopStore(db).find(workshopId))
        for (const ParticipantCategory &c : w->categories)
            m_category->addItem(c.name, c.id);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    auto *newPerson = new QPushButton(tr("&New person…"), this);
    newPerson->setObjectName(QStringLiteral("registerNewPerson"));
    newPerson->setToolTip(tr("Add someone who is not in People yet, and select them."));
    connect(newPerson, &QPushButton::clicked, this, [this] {
        PersonStore store(m_db);
        Person start;
        start.nameTh = m_search->text();
        PersonDialog dialog(m_db, store, start, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        // Show just the new person, selected, ready to register.
        m_search->setText(dialog.person().phone.isEmpty() ? dialog.person().nameTh : dialog.person().phone);
        m_people->setSearchText(m_search->text());
        const int row = m_people->rowOfPerson(dialog.person().id);
        if (row >= 0)
            m_view->selectRow(row);
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(newPerson, QDialogButtonBox::ActionRole);
    buttons->addButton(tr("&Register"), QDialogButtonBox::AcceptRole)->setObjectName(QStringLiteral("registerButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RegisterPeopleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RegisterPeopleDialog::reject);
    connect(m_search, &QLineEdit::textChanged, m_people, &PeopleModel::setSearchText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Category:"), m_category);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(760, 520);
    m_search->setFocus();
}

void RegisterPeopleDialog::accept()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || m_category->currentIndex() < 0) {
        m_message->setText(m_category->count() == 0 ? tr("Add participant categories to the workshop first.")
                                                    : tr("Choose one or more people in the list."));
        m_message->show();
        return;
    }
    RegistrationStore store(m_db);
    QStringList problems;
    for (const QModelIndex &index : rows) {
        Registration r;
        r.workshopId = m_workshopId;
        r.personId = m_people->personId(index.row());
        r.categoryId = m_category->currentData().toLongLong();
        const auto result = store.add(r);
        if (result.ok())
            ++m_registered;
        else
            problems.append(QStringLiteral("%1: %2").arg(m_people->index(index.row(), PeopleModel::Name).data().toString(),
                                                         result.error.isEmpty() ? result.fieldErrors.value(0).message : result.error));
    }
    if (!problems.isEmpty()) {
        m_message->setText(tr("%n registered. Not registered:", nullptr, m_registered) + QLatin1Char('\n') + problems.join(QLatin1Char('\n')));
        m_message->show();
        if (m_registered == 0)
            return;
    }
    QDialog::accept();
}

} // namespace khana
