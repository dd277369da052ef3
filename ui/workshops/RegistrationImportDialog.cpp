#include "RegistrationImportDialog.h"

#include "stores/WorkshopStore.h"

#include <QComboBox>
#include <QFileInfo>

namespace khana {

namespace {

QList<ImportDialog::Field> registrationFields(const QStringList &header)
{
    const RegistrationImporter::Mapping guessed = RegistrationImporter::guessMapping(header);
    QList<ImportDialog::Field> fields;
    for (int f = 0; f < RegistrationImporter::FieldCount; ++f) {
        const auto field = RegistrationImporter::Field(f);
        fields.append({RegistrationImporter::fieldLabel(field), RegistrationImporter::isRequired(field), guessed.value(field, -1)});
    }
    return fields;
}

} // namespace

RegistrationImportDialog::RegistrationImportDialog(const QSqlDatabase &db, qint64 workshopId, const QString &path, QWidget *parent)
    : ImportDialog(tr("Import registrations — %1").arg(QFileInfo(path).fileName()), CsvReader::readFile(path), registrationFields,
                   [this](const CsvReader::Table &table, const QList<int> &columns) { return run(table, columns, false); },
                   [this](const CsvReader::Table &table, const QList<int> &columns) { return run(table, columns, true); }, parent)
    , m_importer(db, workshopId)
    , m_defaultCategory(new QComboBox(this))
{
    setObjectName(QStringLiteral("registrationImportDialog"));
    m_defaultCategory->addItem(tr("(none: every row names its category)"), 0);
    if (const auto w = WorkshopStore(db).find(workshopId))
        for (const ParticipantCategory &c : w->categories)
            m_defaultCategory->addItem(c.name, c.id);
    connect(m_defaultCategory, &QComboBox::currentIndexChanged, this, &RegistrationImportDialog::refreshPreview);
    addOption(tr("Category when none is given:"), m_defaultCategory);
    refreshPreview();
}

ImportPreview RegistrationImportDialog::run(const CsvReader::Table &table, const QList<int> &columns, bool write)
{
    RegistrationImporter::Mapping mapping;
    for (qsizetype f = 0; f < columns.size(); ++f)
        mapping.insert(RegistrationImporter::Field(f), columns.at(f));
    m_importer.setDefaultCategory(m_defaultCategory->currentData().toLongLong());
    const RegistrationImporter::Result result = write ? m_importer.import(table, mapping) : m_importer.check(table, mapping);
    int known = 0;
    for (const auto &row : result.good)
        known += row.existingPerson ? 1 : 0;
    return {int(result.good.size()), result.errors, result.fileError, tr("(%n already in People)", nullptr, known), result.imported};
}

} // namespace khana
