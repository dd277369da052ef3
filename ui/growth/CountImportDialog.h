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
    // `table` as ImportDialog::readFile() read it from `path`.
    CountImportDialog(const QSqlDatabase &db, const CsvReader::Table &table, const QString &path, QWidget *parent = nullptr);

    // After the import: the counts written, and those they replaced as they were.
    const QList<MemberCount> &written() const { return m_written; }
    const QList<MemberCount> &replaced() const { return m_replaced; }

private:
    Job job(const QList<int> &columns, bool write);

    QCheckBox *m_replace;
    QList<MemberCount> m_written;
    QList<MemberCount> m_replaced;
};

} // namespace khana
