#include "RosterImportDialog.h"

#include <QComboBox>
#include <QFileInfo>

namespace khana {

namespace {

QList<ImportDialog::Field> rosterFields(const QStringList &header)
{
    const RosterImporter::Mapping guessed = RosterImporter::guessMapping(header);
    QList<ImportDialog::Field> fields;
    for (int f = 0; f < RosterImporter::FieldCount; ++f) {
        const auto field = RosterImporter::Field(f);
        fields.append({RosterImporter::fieldLabel(field), RosterImporter::isRequired(field), guessed.value(field, -1)});
    }
    return fields;
}

} // namespace

RosterImportDialog::RosterImportDialog(const QSqlDatabase &db, const CsvReader::Table &table, const QString &path, QWidget *parent)
    : ImportDialog(tr("Import member roster — %1").arg(QFileInfo(path).fileName()), db, table, rosterFields,
                   [this](const QList<int> &columns) { return job(columns, false); },
                   [this](const QList<int> &columns) { return job(columns, true); }, parent)
    , m_defaultMembership(new QComboBox(this))
{
    setObjectName(QStringLiteral("rosterImportDialog"));
    m_defaultMembership->setObjectName(QStringLiteral("defaultMembership"));
    for (const MembershipType type : {MembershipType::Annual, MembershipType::Lifetime})
        m_defaultMembership->addItem(PersonCodes::membershipLabel(type), int(type));
    connect(m_defaultMembership, &QComboBox::currentIndexChanged, this, &RosterImportDialog::refreshPreview);
    addOption(tr("Membership when a row does not say:"), m_defaultMembership);
    setExplanation(tr("People already in Khana are found by national ID, member number, or phone with the same name: "
                      "their membership is updated and their name kept. Everyone else is added. "
                      "Undo (Ctrl+Z) takes the whole import back while nobody in it has been changed since."));
    refreshPreview();
}

ImportDialog::Job RosterImportDialog::job(const QList<int> &columns, bool write)
{
    RosterImporter::Mapping mapping;
    for (qsizetype f = 0; f < columns.size(); ++f)
        mapping.insert(RosterImporter::Field(f), columns.at(f));
    const auto membership = MembershipType(m_defaultMembership->currentData().toInt());
    return [this, mapping, membership, write](const QSqlDatabase &db, const WorkProgress &progress) {
        RosterImporter importer(db);
        importer.setDefaultMembership(membership);
        const RosterImporter::Result result = write ? importer.import(table(), mapping, progress) : importer.check(table(), mapping, progress);
        // Read by the window once this work has finished.
        if (write && result.imported > 0) {
            m_addedIds = result.addedIds;
            m_replaced = result.replaced;
        }
        ImportPreview preview{result.goodRows(), result.errors, result.fileError,
                              tr("(%n new, %1 already in People)", nullptr, result.newPeople).arg(result.matchedPeople), result.imported};
        preview.cancelled = result.cancelled;
        return preview;
    };
}

} // namespace khana
