#include "RosterImportDialog.h"

#include <QApplication>
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

RosterImportDialog::RosterImportDialog(const QSqlDatabase &db, const QString &path, QWidget *parent)
    : ImportDialog(tr("Import member roster — %1").arg(QFileInfo(path).fileName()), CsvReader::readFile(path), rosterFields,
                   [this](const CsvReader::Table &table, const QList<int> &columns) { return run(table, columns, false); },
                   [this](const CsvReader::Table &table, const QList<int> &columns) { return run(table, columns, true); }, parent)
    , m_importer(db)
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

ImportPreview RosterImportDialog::run(const CsvReader::Table &table, const QList<int> &columns, bool write)
{
    RosterImporter::Mapping mapping;
    for (qsizetype f = 0; f < columns.size(); ++f)
        mapping.insert(RosterImporter::Field(f), columns.at(f));
    m_importer.setDefaultMembership(MembershipType(m_defaultMembership->currentData().toInt()));
    // A roster can hold a whole country's members: checking it takes a moment.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const RosterImporter::Result result = write ? m_importer.import(table, mapping) : m_importer.check(table, mapping);
    QApplication::restoreOverrideCursor();
    if (write && result.imported > 0) {
        m_addedIds = result.addedIds;
        m_replaced = result.replaced;
    }
    return {result.goodRows(), result.errors, result.fileError,
            tr("(%n new, %1 already in People)", nullptr, result.newPeople).arg(result.matchedPeople), result.imported};
}

} // namespace khana
