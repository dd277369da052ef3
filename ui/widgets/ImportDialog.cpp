#include "ImportDialog.h"

#include "BackgroundWork.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace khana {

ImportDialog::ImportDialog(const QString &title, const QSqlDatabase &db, CsvReader::Table table, const FieldsFor &fieldsFor, Step check,
                           Step import, QWidget *parent)
    : QDialog(parent)
    , m_connectionName(db.connectionName())
    , m_table(std::move(table))
    , m_check(std::move(check))
    , m_import(std::move(import))
    , m_form(new QFormLayout)
    , m_sample(new QTableWidget(this))
    , m_explanation(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_errors(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(title);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_errors->setObjectName(QStringLiteral("importErrors"));
    m_errors->setReadOnly(true);

    const QList<Field> fields = fieldsFor(m_table.header);
    for (qsizetype f = 0; f < fields.size(); ++f) {
        auto *box = new QComboBox(this);
        box->setObjectName(QStringLiteral("column%1").arg(f));
        box->addItem(fields.at(f).required ? tr("(choose a column)") : tr("(not imported)"), -1);
        for (int c = 0; c < m_table.header.size(); ++c)
            box->addItem(m_table.header.at(c), c);
        box->setCurrentIndex(qMax(0, box->findData(fields.at(f).guessedColumn)));
        connect(box, &QComboBox::currentIndexChanged, this, &ImportDialog::refreshPreview);
        m_columns.append(box);
        m_form->addRow(fields.at(f).label + QLatin1Char(':'), box);
    }

    // The first rows as they are in the file, to recognise the columns.
    const int sampleRows = int(qMin<qsizetype>(8, m_table.records.size()));
    m_sample->setColumnCount(int(m_table.header.size()));
    m_sample->setHorizontalHeaderLabels(m_table.header);
    m_sample->setRowCount(sampleRows);
    for (int r = 0; r < sampleRows; ++r)
        for (int c = 0; c < m_table.header.size(); ++c)
            m_sample->setItem(r, c, new QTableWidgetItem(m_table.records.at(r).fields.value(c)));
    m_sample->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sample->setMaximumHeight(200);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setEnabled(m_table.ok());
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(m_table.ok() ? tr("%n row(s) read as %1.", nullptr, int(m_table.records.size())).arg(m_table.encoding)
                                              : m_table.error,
                                 this));
    layout->addWidget(m_sample);
    m_explanation->setWordWrap(true);
    m_explanation->hide();
    layout->addWidget(m_explanation);
    // A file that could not be read has no columns to map: only why is shown.
    auto *mappingBox = new QWidget(this);
    mappingBox->setLayout(m_form);
    m_form->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mappingBox);
    mappingBox->setVisible(m_table.ok());
    m_sample->setVisible(m_table.ok());
    m_summary->setVisible(m_table.ok());
    m_errors->setVisible(m_table.ok());
    layout->addWidget(m_summary);
    layout->addWidget(m_errors, 1);
    layout->addWidget(buttons);
    if (m_table.ok())
        resize(820, 720);
    else
        layout->addStretch();
}

CsvReader::Table ImportDialog::readFile(QWidget *parent, const QString &path)
{
    CsvReader::Table table;
    BackgroundWork::run(parent, tr("Reading %1…").arg(QFileInfo(path).fileName()),
                        [&](const WorkProgress &progress, const std::atomic<bool> &) { table = CsvReader::readFile(path, progress); });
    return table;
}

ImportPreview ImportDialog::runInBackground(const QString &label, const Job &job)
{
    ImportPreview result;
    const QString connection = m_connectionName;
    // Before the dialog is shown (its first preview), progress shows over the window behind.
    QWidget *over = isVisible() ? this : parentWidget();
    const bool finished = BackgroundWork::runOnConnection(over, label, connection, &result.fileError,
                                                          [&](const QSqlDatabase &db, const WorkProgress &progress) { result = job(db, progress); });
    // Cancel pressed after the rows were committed does not undo them: they are imported.
    if (!finished && result.imported == 0)
        result.cancelled = true;
    return result;
}

void ImportDialog::addOption(const QString &label, QWidget *editor)
{
    m_form->addRow(label, editor);
}

void ImportDialog::setExplanation(const QString &text)
{
    m_explanation->setText(text);
    m_explanation->setVisible(!text.isEmpty() && m_table.ok());
}

QList<int> ImportDialog::mapping() const
{
    QList<int> columns;
    for (const QComboBox *box : m_columns)
        columns.append(box->currentData().toInt());
    return columns;
}

void ImportDialog::refreshPreview()
{
    if (!m_table.ok())
        return;
    const ImportPreview preview = runInBackground(tr("Checking the rows…"), m_check(mapping()));
    if (preview.cancelled) {
        // Import checks every row again, so it need not wait for this check.
        m_importButton->setEnabled(true);
        m_summary->setText(tr("Checking was cancelled: the rows are checked again when you import."));
        m_errors->clear();
        return;
    }
    // Nothing to import is not an import: the button waits for at least one good row.
    m_importButton->setEnabled(preview.fileError.isEmpty() && preview.goodRows > 0);
    if (!preview.fileError.isEmpty()) {
        m_summary->setText(preview.fileError);
        m_errors->clear();
        return;
    }
    QString summary = tr("%n row(s) will be imported", nullptr, preview.goodRows);
    if (!preview.note.isEmpty())
        summary += QLatin1Char(' ') + preview.note;
    m_summary->setText(summary + QStringLiteral("; ") + tr("%n problem(s).", nullptr, int(preview.errors.size())));
    // Enough to see what is wrong with a file; a list of a million problems helps nobody.
    constexpr qsizetype kShown = 1000;
    QStringList lines;
    for (qsizetype i = 0; i < qMin(kShown, preview.errors.size()); ++i) {
        const RowError &e = preview.errors.at(i);
        lines.append(tr("Row %1, column %2: %3").arg(e.line).arg(e.column, e.message));
    }
    if (preview.errors.size() > kShown)
        lines.append(tr("… and %n more problem(s).", nullptr, int(preview.errors.size() - kShown)));
    m_errors->setPlainText(lines.join(QLatin1Char('\n')));
}

void ImportDialog::accept()
{
    const ImportPreview result = runInBackground(tr("Importing…"), m_import(mapping()));
    if (result.cancelled) {
        m_summary->setText(tr("The import was cancelled; nothing was imported."));
        return;
    }
    if (!result.fileError.isEmpty()) {
        m_summary->setText(result.fileError);
        return;
    }
    if (result.imported == 0) {
        m_summary->setText(tr("Nothing was imported: no row of the file can be imported as it is."));
        return;
    }
    m_imported = result.imported;
    QDialog::accept();
}

} // namespace khana
