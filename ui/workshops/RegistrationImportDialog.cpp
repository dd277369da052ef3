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

RegistrationImportDialog::RegistrationImportDialog(const QSqlDatabase &db, qint64 workshopId, const CsvReader::Table &table, const QString &path,
                                                   QWidget *parent)
    : ImportDialog(tr("Import registrations — %1").arg(QFileInfo(path).fileName()), db, table, registrationFields,
                   [this](const QList<int> &columns) { return job(columns, false); },
                   [this](const QList<int> &columns) { return job(columns, true); }, parent)
    , m_workshopId(workshopId)
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

ImportDialog::Job RegistrationImportDialog::job(const QList<int> &columns, bool write)
{
    RegistrationImporter::Mapping mapping;
    for (qsizetype f = 0; f < columns.size(); ++f)
        mapping.insert(RegistrationImporter::Field(f), columns.at(f));
    const qint64 category = m_defaultCategory->currentData().toLongLong();
    return [this, mapping, category, write](const QSqlDatabase &db, const WorkProgress &) {
        RegistrationImporter importer(db, m_workshopId);
        importer.setDefaultCategory(category);
        const RegistrationImporter::Result result = write ? importer.import(table(), mapping) : importer.check(table(), mapping);
        int known = 0;
        for (const auto &row : result.good)
            known += row.existingPerson ? 1 : 0;
        return ImportPreview{int(result.good.size()), result.errors, result.fileError, tr("(%n already in People)", nullptr, known), result.imported};
    };
}

} // namespace khana
