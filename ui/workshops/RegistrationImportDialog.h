#pragma once

#include "io/RegistrationImporter.h"
#include "widgets/ImportDialog.h"

#include <QSqlDatabase>

class QComboBox;

namespace khana {

// Imports a registration list into a workshop, with a category for rows that name none.
class RegistrationImportDialog : public ImportDialog
{
    Q_OBJECT

public:
    RegistrationImportDialog(const QSqlDatabase &db, qint64 workshopId, const QString &path, QWidget *parent = nullptr);

private:
    ImportPreview run(const CsvReader::Table &table, const QList<int> &columns, bool write);

    RegistrationImporter m_importer;
    QComboBox *m_defaultCategory;
};

} // namespace khana
