#pragma once

#include "io/RegistrationImporter.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace khana {

// Imports a registration list: shows the file's encoding and first rows, lets the user say
// which column holds what, previews which rows will be imported and which are refused (row,
// column, reason), then imports the good rows.
class RegistrationImportDialog : public QDialog
{
    Q_OBJECT

public:
    RegistrationImportDialog(const QSqlDatabase &db, qint64 workshopId, const QString &path, QWidget *parent = nullptr);

    int imported() const { return m_imported; }
    void accept() override;

private:
    RegistrationImporter::Mapping mapping() const;
    void refreshPreview();

    RegistrationImporter m_importer;
    CsvReader::Table m_table;
    QHash<RegistrationImporter::Field, QComboBox *> m_columns;
    QComboBox *m_defaultCategory;
    QTableWidget *m_sample;
    QLabel *m_summary;
    QPlainTextEdit *m_errors;
    int m_imported = 0;
};

} // namespace khana
