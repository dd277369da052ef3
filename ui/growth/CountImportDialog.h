#pragma once

#include "io/MemberCountImporter.h"
#include "widgets/ImportDialog.h"

class QCheckBox;

namespace khana {

// Imports recorded member counts from CSV, replacing counts already recorded only when asked.
class CountImportDialog : public ImportDialog
{
    Q_OBJECT

public:
    CountImportDialog(const QSqlDatabase &db, const QString &path, QWidget *parent = nullptr);

private:
    ImportPreview run(const CsvReader::Table &table, const QList<int> &columns, bool write);

    MemberCountImporter m_importer;
    QCheckBox *m_replace;
};

} // namespace khana
