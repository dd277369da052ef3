#pragma once

#include "io/CsvReader.h"

#include <QDialog>
#include <QSqlDatabase>

#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace khana {

// What one importer tells the dialog: how many rows it would take, and what it refuses.
struct ImportPreview
{
    int goodRows = 0;
    QList<RowError> errors;
    QString fileError;
    QString note; // e.g. "(3 already in People)"
    int imported = 0;
    bool cancelled = false; // the user stopped it: nothing was written
};

// The steps every CSV import shares: the file's encoding and first rows, a column for each
// field (guessed from the header), a preview of the rows that will be taken and of those
// refused (row, column, reason), then the import of the good rows. Reading, checking and
// importing run on a worker thread with a connection of its own (BackgroundWork): a roster of
// a million rows shows its progress, can be cancelled, and leaves the window responsive.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    struct Field
    {
        QString label;
        bool required = false;
        int guessedColumn = -1;
    };
    // Runs on the worker thread, on the worker's own connection; reports rows to `progress`.
    using Job = std::function<ImportPreview(const QSqlDatabase &db, const WorkProgress &progress)>;
    // Called on the window's thread with the chosen column of each field (-1: not imported):
    // reads the dialog's options and returns the work to do with them.
    using Step = std::function<Job(const QList<int> &columns)>;

    // The fields to map, with the columns guessed from the file's header.
    using FieldsFor = std::function<QList<Field>(const QStringList &header)>;

    ImportDialog(const QString &title, const QSqlDatabase &db, CsvReader::Table table, const FieldsFor &fieldsFor, Step check, Step import,
                 QWidget *parent = nullptr);

    // Reads a CSV file on a worker thread, with progress and Cancel (Table::cancelled).
    static CsvReader::Table readFile(QWidget *parent, const QString &path);

    const CsvReader::Table &table() const { return m_table; }
    // A further choice shown below the columns (a default category, "replace existing").
    void addOption(const QString &label, QWidget *editor);
    // A sentence on what the import does with the rows, shown above the columns.
    void setExplanation(const QString &text);
    void refreshPreview();
    int imported() const { return m_imported; }
    void accept() override;

private:
    QList<int> mapping() const;
    ImportPreview runInBackground(const QString &label, const Job &job);

    QString m_connectionName;
    CsvReader::Table m_table;
    Step m_check;
    Step m_import;
    QList<QComboBox *> m_columns;
    QFormLayout *m_form;
    QTableWidget *m_sample;
    QLabel *m_explanation;
    QLabel *m_summary;
    QPushButton *m_importButton = nullptr;
    QPlainTextEdit *m_errors;
    int m_imported = 0;
};

} // namespace khana
