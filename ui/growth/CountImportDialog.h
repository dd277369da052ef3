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

    // After the import: the counts written, and those they replaced as they were.
    const QList<MemberCount> &written() const { return m_written; }
    const QList<MemberCount> &replaced() const { return m_replaced; }

private:
    ImportPreview run(const CsvReader::Table &table, const QList<int> &columns, bool write);

    MemberCountImporter m_importer;
    QCheckBox *m_replace;
    QList<MemberCount> m_written;
    QList<MemberCount> m_replaced;
};

} // namespace khana
