#include "RegistrationImportDialog.h"

#include "stores/WorkshopStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace khana {

RegistrationImportDialog::RegistrationImportDialog(const QSqlDatabase &db, qint64 workshopId, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_importer(db, workshopId)
    , m_table(CsvReader::readFile(path))
    , m_defaultCategory(new QComboBox(this))
    , m_sample(new QTableWidget(this))
    , m_summary(new QLabel(this))
    , m_errors(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("registrationImportDialog"));
    setWindowTitle(tr("Import registrations — %1").arg(QFileInfo(path).fileName()));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_errors->setObjectName(QStringLiteral("importErrors"));
    m_errors->setReadOnly(true);

    auto *form = new QFormLayout;
    const RegistrationImporter::Mapping guessed = RegistrationImporter::guessMapping(m_table.header);
    for (int f = 0; f < RegistrationImporter::FieldCount; ++f) {
        const auto field = RegistrationImporter::Field(f);
        auto *box = new QComboBox(this);
        box->setObjectName(QStringLiteral("column%1").arg(f));
        box->addItem(RegistrationImporter::isRequired(field) ? tr("(choose a column)") : tr("(not imported)"), -1);
        for (int c = 0; c < m_table.header.size(); ++c)
            box->addItem(m_table.header.at(c), c);
        box->setCurrentIndex(qMax(0, box->findData(guessed.value(field, -1))));
        connect(box, &QComboBox::currentIndexChanged, this, &RegistrationImportDialog::refreshPreview);
        m_columns.insert(field, box);
        form->addRow(RegistrationImporter::fieldLabel(field) + QLatin1Char(':'), box);
    }
    m_defaultCategory->addItem(tr("(none: every row names its category)"), 0);
    if (const auto w = WorkshopStore(db).find(workshopId))
        for (const ParticipantCategory &c : w->categories)
            m_defaultCategory->addItem(c.name, c.id);
    connect(m_defaultCategory, &QComboBox::currentIndexChanged, this, &RegistrationImportDialog::refreshPreview);
    form->addRow(tr("Category when none is given:"), m_defaultCategory);

    // The first rows as they are in the file, to recognise the columns.
    const int sampleRows = int(qMin<qsizetype>(8, m_table.records.size()));
    m_sample->setColumnCount(int(m_table.header.size()));
    m_sample->setHorizontalHeaderLabels(m_table.header);
    m_sample->setRowCount(sampleRows);
    for (int r = 0; r < sampleRows; ++r)
        for (int c = 0; c < m_table.header.size(); ++c)
            m_sample->setItem(r, c, new QTableWidgetItem(m_table.records.at(r).fields.value(c)));
    m_sample->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sample->setMaximumHeight(200);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole)->setObjectName(QStringLiteral("importButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RegistrationImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RegistrationImportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(m_table.ok() ? tr("%n row(s) read as %1.", nullptr, int(m_table.records.size())).arg(m_table.encoding)
                                              : m_table.error,
                                 this));
    layout->addWidget(m_sample);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_errors, 1);
    layout->addWidget(buttons);
    resize(820, 720);
    refreshPreview();
}

RegistrationImporter::Mapping RegistrationImportDialog::mapping() const
{
    RegistrationImporter::Mapping m;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it)
        m.insert(it.key(), it.value()->currentData().toInt());
    return m;
}

void RegistrationImportDialog::refreshPreview()
{
    m_importer.setDefaultCategory(m_defaultCategory->currentData().toLongLong());
    const auto preview = m_importer.check(m_table, mapping());
    if (!preview.fileError.isEmpty()) {
        m_summary->setText(preview.fileError);
        m_errors->clear();
        return;
    }
    int known = 0;
    for (const auto &row : preview.good)
        known += row.existingPerson ? 1 : 0;
    m_summary->setText(tr("%n row(s) will be imported", nullptr, int(preview.good.size())) + QLatin1Char(' ')
                       + tr("(%n already in People);", nullptr, known) + QLatin1Char(' ')
                       + tr("%n problem(s).", nullptr, int(preview.errors.size())));
    QStringList lines;
    for (const RowError &e : preview.errors)
        lines.append(tr("Row %1, column %2: %3").arg(e.line).arg(e.column, e.message));
    m_errors->setPlainText(lines.join(QLatin1Char('\n')));
}

void RegistrationImportDialog::accept()
{
    const auto result = m_importer.import(m_table, mapping());
    if (!result.fileError.isEmpty()) {
        m_summary->setText(result.fileError);
        return;
    }
    m_imported = result.imported;
    QDialog::accept();
}

} // namespace khana
