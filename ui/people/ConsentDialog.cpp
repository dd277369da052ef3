#include "ConsentDialog.h"

#include "domain/DisplayConventions.h"
#include "itemmodels/ConsentModel.h"
#include "stores/ConsentStore.h"
#include "widgets/DateEdit.h"
#include "widgets/FieldErrorDisplay.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace khana {

ConsentDialog::ConsentDialog(const QSqlDatabase &db, qint64 personId, const QString &personName, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_personId(personId)
    , m_model(new ConsentModel(db, personId, this))
    , m_view(new QTableView(this))
    , m_statement(new QLabel(this))
    , m_decidedOn(new DateEdit(this))
    , m_method(new QComboBox(this))
    , m_give(new QPushButton(tr("Record consent &given"), this))
    , m_withdraw(new QPushButton(tr("Record &withdrawal"), this))
    , m_history(new QStandardItemModel(this))
    , m_historyView(new QTreeView(this))
    , m_errors(new FieldErrorDisplay(this))
{
    setObjectName(QStringLiteral("consentDialog"));
    setWindowTitle(tr("Consent — %1").arg(personName));
    m_view->setObjectName(QStringLiteral("consentView"));
    m_give->setObjectName(QStringLiteral("giveConsent"));
    m_withdraw->setObjectName(QStringLiteral("withdrawConsent"));
    m_historyView->setObjectName(QStringLiteral("consentHistory"));
    m_decidedOn->setObjectName(QStringLiteral("consentDecidedOn"));
    m_method->setObjectName(QStringLiteral("consentMethod"));

    auto *intro = new QLabel(tr("What %1 has agreed to. Record each decision as the person gives or withdraws it; "
                                "every decision stays in the history below.").arg(personName.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ConsentModel::Purpose, QHeaderView::Stretch);
    m_view->setWordWrap(false);

    m_statement->setWordWrap(true);
    m_statement->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statement->setObjectName(QStringLiteral("consentStatement"));

    for (ConsentMethod method : ConsentCodes::methods())
        m_method->addItem(ConsentCodes::methodLabel(method), ConsentCodes::methodCode(method));
    m_decidedOn->setDate(QDate::currentDate());

    auto *form = new QFormLayout;
    form->addRow(tr("&Decided on:"), m_errors->wrap(ConsentField::DecidedOn, m_decidedOn));
    form->addRow(tr("&How:"), m_method);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_give);
    buttons->addWidget(m_withdraw);
    buttons->addStretch(1);
    form->addRow(buttons);

    m_history->setHorizontalHeaderLabels({tr("Decided on"), tr("Purpose"), tr("Decision"), tr("How"), tr("Statement version"),
                                          tr("Recorded by"), tr("Recorded at")});
    m_historyView->setModel(m_history);
    m_historyView->setRootIsDecorated(false);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 2);
    if (m_model->rowCount() == 0) {
        auto *none = new QLabel(tr("The office has not set up any consent purposes yet: an administrator adds them in "
                                   "Settings › Consent purposes."),
                                this);
        none->setWordWrap(true);
        layout->addWidget(none);
    }
    layout->addWidget(m_statement);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("History"), this));
    layout->addWidget(m_historyView, 2);
    layout->addWidget(close);
    resize(760, 560);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ConsentDialog::showSelected);
    connect(m_give, &QPushButton::clicked, this, [this] { record(true); });
    connect(m_withdraw, &QPushButton::clicked, this, [this] { record(false); });
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    showSelected();
    reloadHistory();
}

int ConsentDialog::selectedRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ConsentDialog::showSelected()
{
    const int row = selectedRow();
    if (row < 0) {
        m_statement->clear();
        m_give->setEnabled(false);
        m_withdraw->setEnabled(false);
        return;
    }
    const ConsentPurpose &purpose = m_model->purpose(row);
    const ConsentDecision &decision = m_model->decision(row);
    const bool givenNow = decision.personId != 0 && decision.given;
    m_statement->setText(tr("<b>%1</b>, statement version %2: “%3”")
                             .arg(purpose.name.toHtmlEscaped())
                             .arg(purpose.statementVersion)
                             .arg(purpose.statement.toHtmlEscaped()));
    // Consent to the current words can be given again (a renewed form); to a retired purpose
    // only withdrawn.
    m_give->setEnabled(!purpose.retired && !(givenNow && decision.statementVersion == purpose.statementVersion));
    m_withdraw->setEnabled(givenNow);
}

void ConsentDialog::record(bool given)
{
    const int row = selectedRow();
    if (row < 0)
        return;
    m_errors->clear();
    if (!m_decidedOn->hasValidDate()) {
        m_errors->show({{ConsentField::DecidedOn, m_decidedOn->problem()}});
        return;
    }
    ConsentDecision d;
    d.personId = m_personId;
    d.purposeId = m_model->purpose(row).id;
    d.given = given;
    d.method = ConsentCodes::methodFromCode(m_method->currentData().toString()).value_or(ConsentMethod::Paper);
    d.decidedOn = m_decidedOn->date();
    d.rowVersion = m_model->decision(row).rowVersion;
    const ConsentStore::SaveResult result = ConsentStore(m_db).record(d);
    FieldErrors atFields;
    QString whole = result.error;
    for (const FieldError &e : result.fieldErrors) {
        if (e.field == ConsentField::DecidedOn)
            atFields.append(e);
        else
            whole = e.message; // the purpose itself: said over the dialog
    }
    const qint64 purposeId = d.purposeId;
    if (m_errors->refused(this, whole, atFields)) {
        if (result.conflict) {
            m_model->reload();
            reloadHistory();
        }
        return;
    }
    m_model->reload();
    m_view->selectRow(m_model->rowOfPurpose(purposeId));
    showSelected();
    reloadHistory();
    Q_EMIT decided();
}

void ConsentDialog::reloadHistory()
{
    m_history->removeRows(0, m_history->rowCount());
    const ConsentStore store(m_db);
    QHash<qint64, QString> names;
    for (const ConsentPurpose &p : store.purposes(true))
        names.insert(p.id, p.name);
    const DateFormatter &dates = DisplayConventions::current().dates();
    const QList<ConsentDecision> history = store.history(m_personId);
    for (auto it = history.crbegin(); it != history.crend(); ++it) { // newest first
        const QDateTime at = QDateTime::fromString(it->recordedAt, Qt::ISODateWithMs).toLocalTime();
        QList<QStandardItem *> items{new QStandardItem(dates.shortDate(it->decidedOn)), new QStandardItem(names.value(it->purposeId)),
                                     new QStandardItem(it->given ? tr("Given") : tr("Withdrawn")),
                                     new QStandardItem(ConsentCodes::methodLabel(it->method)),
                                     new QStandardItem(QString::number(it->statementVersion)), new QStandardItem(it->recordedBy),
                                     new QStandardItem(at.isValid() ? dates.shortDate(at.date()) + QLatin1Char(' ') + at.toString(QStringLiteral("HH:mm"))
                                                                    : it->recordedAt)};
        m_history->appendRow(items);
    }
    for (int c = 0; c < m_history->columnCount(); ++c)
        m_historyView->resizeColumnToContents(c);
}

} // namespace khana
