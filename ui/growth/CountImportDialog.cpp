#include "CountImportDialog.h"

#include <QCheckBox>
#include <QFileInfo>

namespace khana {

namespace {

QList<ImportDialog::Field> countFields(const QStringList &header)
{
    const MemberCountImporter::Mapping guessed = MemberCountImporter::guessMapping(header);
    QList<ImportDialog::Field> fields;
    for (int f = 0; f < MemberCountImporter::FieldCount; ++f) {
        const auto field = MemberCountImporter::Field(f);
        fields.append({MemberCountImporter::fieldLabel(field), MemberCountImporter::isRequired(field), guessed.value(field, -1)});
    }
    return fields;
}

} // namespace

CountImportDialog::CountImportDialog(const QSqlDatabase &db, const QString &path, QWidget *parent)
    : ImportDialog(tr("Import member counts — %1").arg(QFileInfo(path).fileName()), CsvReader::readFile(path), countFields,
                   [this](const CsvReader::Table &table, const QList<int> &columns) { return run(table, columns, false); },
                   [this](const CsvReader::Table &table, const QList<int> &columns) { return run(table, columns, true); }, parent)
    , m_importer(db)
    , m_replace(new QCheckBox(tr("Replace counts already recorded for the same place and date"), this))
{
    setObjectName(QStringLiteral("countImportDialog"));
    m_replace->setObjectName(QStringLiteral("replaceCounts"));
    connect(m_replace, &QCheckBox::toggled, this, &CountImportDialog::refreshPreview);
    addOption(QString(), m_replace);
    refreshPreview();
}

ImportPreview CountImportDialog::run(const CsvReader::Table &table, const QList<int> &columns, bool write)
{
    MemberCountImporter::Mapping mapping;
    for (qsizetype f = 0; f < columns.size(); ++f)
        mapping.insert(MemberCountImporter::Field(f), columns.at(f));
    m_importer.setReplaceExisting(m_replace->isChecked());
    const MemberCountImporter::Result result = write ? m_importer.import(table, mapping) : m_importer.check(table, mapping);
    if (write && result.imported > 0) {
        m_written = result.good;
        m_replaced = result.replaced;
    }
    return {int(result.good.size()), result.errors, result.fileError,
            result.replacing > 0 ? tr("(%n replacing a recorded count)", nullptr, result.replacing) : QString(), result.imported};
}

} // namespace khana
