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

CountImportDialog::CountImportDialog(const QSqlDatabase &db, const CsvReader::Table &table, const QString &path, QWidget *parent)
    : ImportDialog(tr("Import member counts — %1").arg(QFileInfo(path).fileName()), db, table, countFields,
                   [this](const QList<int> &columns) { return job(columns, false); },
                   [this](const QList<int> &columns) { return job(columns, true); }, parent)
    , m_replace(new QCheckBox(tr("Replace counts already recorded for the same place and date"), this))
{
    setObjectName(QStringLiteral("countImportDialog"));
    m_replace->setObjectName(QStringLiteral("replaceCounts"));
    connect(m_replace, &QCheckBox::toggled, this, &CountImportDialog::refreshPreview);
    addOption(QString(), m_replace);
    refreshPreview();
}

ImportDialog::Job CountImportDialog::job(const QList<int> &columns, bool write)
{
    MemberCountImporter::Mapping mapping;
    for (qsizetype f = 0; f < columns.size(); ++f)
        mapping.insert(MemberCountImporter::Field(f), columns.at(f));
    const bool replace = m_replace->isChecked();
    return [this, mapping, replace, write](const QSqlDatabase &db, const WorkProgress &) {
        MemberCountImporter importer(db);
        importer.setReplaceExisting(replace);
        const MemberCountImporter::Result result = write ? importer.import(table(), mapping) : importer.check(table(), mapping);
        // Read by the window once this work has finished.
        if (write && result.imported > 0) {
            m_written = result.good;
            m_replaced = result.replaced;
        }
        return ImportPreview{int(result.good.size()), result.errors, result.fileError,
                             result.replacing > 0 ? tr("(%n replacing a recorded count)", nullptr, result.replacing) : QString(), result.imported};
    };
}

} // namespace khana
