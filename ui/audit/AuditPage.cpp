#include "AuditPage.h"

#include "io/DataExport.h"
#include "itemmodels/AuditModel.h"
#include "widgets/DateEdit.h"
#include "widgets/SpreadsheetExport.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace khana {

AuditPage::AuditPage(const QSqlDatabase &db, QWidget *parent)
    : Page(parent)
    , m_db(db)
    , m_model(new AuditModel(db, this))
    , m_table(new QTableView(this))
    , m_actor(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_from(new DateEdit(this))
    , m_to(new DateEdit(this))
    , m_person(new QPushButton(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("auditPage"));
    auto *intro = new QLabel(tr("Every change, import, export and print of personal data, with who did it and when. Entries cannot "
                                "be changed or removed; they name records, never the personal data itself."),
                             this);
    intro->setWordWrap(true);
    m_actor->setObjectName(QStringLiteral("auditActor"));
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->addItem(tr("Every action"), QString());
    for (const QString &code : AuditTrail::actions())
        m_action->addItem(AuditTrail::actionLabel(code), code);
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_person->setObjectName(QStringLiteral("auditPerson"));
    m_person->setToolTip(tr("Show everyone's entries again"));
    m_person->hide();
    auto *exportButton = new QPushButton(tr("E&xport…"), this);
    exportButton->setObjectName(QStringLiteral("auditExport"));

    auto *filters = new QHBoxLayout;
    auto *who = new QLabel(tr("&User:"), this);
    who->setBuddy(m_actor);
    auto *what = new QLabel(tr("&Action:"), this);
    what->setBuddy(m_action);
    auto *from = new QLabel(tr("&From:"), this);
    from->setBuddy(m_from);
    auto *to = new QLabel(tr("&To:"), this);
    to->setBuddy(m_to);
    for (QWidget *w : std::initializer_list<QWidget *>{who, m_actor, what, m_action, from, m_from, to, m_to, m_person})
        filters->addWidget(w);
    filters->addStretch(1);
    filters->addWidget(exportButton);

    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_error->setObjectName(QStringLiteral("auditError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(filters);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);

    fillActors();
    connect(m_actor, &QComboBox::currentIndexChanged, this, &AuditPage::refresh);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditPage::refresh);
    connect(m_from, &DateEdit::dateChanged, this, &AuditPage::refresh);
    connect(m_to, &DateEdit::dateChanged, this, &AuditPage::refresh);
    connect(m_person, &QPushButton::clicked, this, [this] { showPerson(0, QString()); });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = SpreadsheetExport::askSavePath(this, tr("Export the audit trail"), tr("Audit trail"), tr("Excel workbook (*.xlsx);;CSV file (*.csv)"));
        if (!path.isEmpty() && exportTo(path))
            Q_EMIT message(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
    });
}

void AuditPage::fillActors()
{
    const QString chosen = m_actor->currentData().toString();
    const QSignalBlocker quiet(m_actor);
    m_actor->clear();
    m_actor->addItem(tr("Everyone"), QString());
    for (const QString &actor : AuditTrail(m_db).actors())
        m_actor->addItem(actor, actor);
    m_actor->setCurrentIndex(qMax(0, m_actor->findData(chosen)));
}

void AuditPage::activated()
{
    fillActors();
    refresh();
}

void AuditPage::colleaguesChanged(const QSet<QString> &tables)
{
    if (isVisible() && tables.contains(QStringLiteral("audit_entry")))
        refresh();
}

void AuditPage::showPerson(qint64 personId, const QString &name)
{
    m_personId = personId;
    m_person->setText(tr("About %1 ✕").arg(name));
    m_person->setVisible(personId > 0);
    refresh();
}

void AuditPage::refresh()
{
    AuditFilter filter;
    filter.actor = m_actor->currentData().toString();
    filter.action = m_action->currentData().toString();
    filter.personId = m_personId;
    filter.from = m_from->date();
    filter.to = m_to->date();
    const bool read = m_model->setFilter(filter);
    m_error->setText(m_model->error());
    m_error->setVisible(!read);
    m_table->resizeColumnsToContents();
}

bool AuditPage::exportTo(const QString &path)
{
    const AuditFilter filter = m_model->filter();
    return SpreadsheetExport::writeTo(this, m_db, path, tr("Export the audit trail"),
                                      [filter](const QSqlDatabase &db, QString *error) { return DataExport::auditTrail(db, filter, error); });
}

} // namespace khana
