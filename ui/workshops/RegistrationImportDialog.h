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
    // `table` as ImportDialog::readFile() read it from `path`.
    RegistrationImportDialog(const QSqlDatabase &db, qint64 workshopId, const CsvReader::Table &table, const QString &path,
                             QWidget *parent = nullptr);

private:
    Job job(const QList<int> &columns, bool write);

    qint64 m_workshopId;
    QComboBox *m_defaultCategory;
};

} // namespace khana
