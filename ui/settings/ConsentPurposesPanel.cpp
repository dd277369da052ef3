#include "ConsentPurposesPanel.h"

#include "itemmodels/ConsentModel.h"
#include "stores/ConsentStore.h"
#include "widgets/FieldErrorDisplay.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace khana {

ConsentPurposeDialog::ConsentPurposeDialog(const QSqlDatabase &db, const ConsentPurpose &purpose, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_purpose(purpose)
    , m_name(new QLineEdit(purpose.name, this))
    , m_statement(new QPlainTextEdit(purpose.statement, this))
    , m_checkedOnExport(new QCheckBox(tr("&Warn before exporting people who have not given this consent"), this))
    , m_retired(new QCheckBox(tr("&Retired: no longer asked for (decisions already recorded are kept)"), this))
    , m_errors(new FieldErrorDisplay(this))
{
    setObjectName(QStringLiteral("consentPurposeDialog"));
    setWindowTitle(purpose.id == 0 ? tr("New consent purpose") : tr("Consent purpose"));
    m_name->setObjectName(QStringLiteral("purposeName"));
    m_statement->setObjectName(QStringLiteral("purposeStatement"));
    m_checkedOnExport->setObjectName(QStringLiteral("purposeCheckedOnExport"));
    m_retired->setObjectName(QStringLiteral("purposeRetired"));
    m_name->setPlaceholderText(tr("e.g. Contact by phone and LINE"));
    m_statement->setPlaceholderText(tr("The words people agree to, as on the consent form"));
    m_statement->setTabChangesFocus(true);
    m_checkedOnExport->setChecked(purpose.checkedOnExport);
    m_retired->setChecked(purpose.retired);
    m_retired->setVisible(purpose.id != 0);

    auto *form = new QFormLayout;
    form->addRow(tr("&Purpose:"), m_errors->wrap(ConsentField::Name, m_name));
    form->addRow(tr("&Statement:"), m_errors->wrap(ConsentField::Statement, m_statement));
    if (purpose.id != 0) {
        auto *note = new QLabel(tr("This is version %1 of the statement. Changing its words makes version %2: "
                                   "consents already given stay with the words people saw.")
                                    .arg(purpose.statementVersion)
                                    .arg(purpose.statementVersion + 1),
                                this);
        note->setWordWrap(true);
        form->addRow(note);
    }
    form->addRow(m_checkedOnExport);
    form->addRow(m_retired);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConsentPurposeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, 360);
}

void ConsentPurposeDialog::accept()
{
    m_errors->clear();
    ConsentPurpose edited = m_purpose;
    edited.name = m_name->text();
    edited.statement = m_statement->toPlainText();
    edited.checkedOnExport = m_checkedOnExport->isChecked();
    edited.retired = m_retired->isChecked();
    const ConsentStore::SaveResult result = ConsentStore(m_db).savePurpose(edited);
    if (m_errors->refused(this, result.error, result.fieldErrors))
        return;
    m_purpose = edited;
    QDialog::accept();
}

ConsentPurposesPanel::ConsentPurposesPanel(const QSqlDatabase &db, QWidget *parent)
    : QGroupBox(tr("Consent purposes"), parent)
    , m_db(db)
    , m_model(new ConsentPurposeModel(db, this))
    , m_view(new QTableView(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
{
    setObjectName(QStringLiteral("consentPurposes"));
    m_view->setObjectName(QStringLiteral("purposeView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ConsentPurposeModel::Name, QHeaderView::Stretch);
    m_view->setMinimumHeight(110);
    auto *intro = new QLabel(tr("What the office asks people to agree to (PDPA section 26). People's decisions are recorded in "
                                "People › Consent."),
                             this);
    intro->setWordWrap(true);
    auto *add = new QPushButton(tr("&Add purpose…"), this);
    add->setObjectName(QStringLiteral("addPurpose"));
    m_edit->setObjectName(QStringLiteral("editPurpose"));
    m_remove->setObjectName(QStringLiteral("removePurpose"));
    connect(add, &QPushButton::clicked, this, &ConsentPurposesPanel::addPurpose);
    connect(m_edit, &QPushButton::clicked, this, &ConsentPurposesPanel::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &ConsentPurposesPanel::removeSelected);
    connect(m_view, &QTableView::doubleClicked, this, &ConsentPurposesPanel::editSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ConsentPurposesPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConsentPurposesPanel::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    updateButtons();
}

void ConsentPurposesPanel::reload()
{
    m_model->reload();
}

int ConsentPurposesPanel::selectedRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ConsentPurposesPanel::updateButtons()
{
    m_edit->setEnabled(selectedRow() >= 0);
    m_remove->setEnabled(selectedRow() >= 0);
}

void ConsentPurposesPanel::addPurpose()
{
    auto *dialog = new ConsentPurposeDialog(m_db, ConsentPurpose{}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_model->reload();
        m_view->selectRow(m_model->rowOfPurpose(dialog->purpose().id));
    });
    dialog->open();
}

void ConsentPurposesPanel::editSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    auto *dialog = new ConsentPurposeDialog(m_db, m_model->purpose(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_model->reload();
        m_view->selectRow(m_model->rowOfPurpose(dialog->purpose().id));
    });
    dialog->open();
}

void ConsentPurposesPanel::removeSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const ConsentPurpose purpose = m_model->purpose(row);
    if (QMessageBox::question(this, tr("Remove purpose"), tr("Remove the purpose “%1”?").arg(purpose.name)) != QMessageBox::Yes)
        return;
    const ConsentStore::SaveResult result = ConsentStore(m_db).removePurpose(purpose.id);
    if (!result.ok())
        QMessageBox::warning(this, tr("Remove purpose"), result.error);
    m_model->reload();
}

} // namespace khana
