#include "SpreadsheetExport.h"

#include "BackgroundWork.h"
#include "io/DataExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace khana::SpreadsheetExport {

QString askSavePath(QWidget *parent, const QString &caption, const QString &name, const QString &filters)
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("export/folder"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    QString filter;
    QString path = QFileDialog::getSaveFileName(parent, caption, folder + QLatin1Char('/') + name, filters, &filter);
    if (path.isEmpty())
        return {};
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    // The filter's suffix when the name was typed without one.
    static const QRegularExpression suffix(QStringLiteral("\\*(\\.\\w+)"));
    if (const auto m = suffix.match(filter); QFileInfo(path).suffix().isEmpty() && m.hasMatch())
        path += m.captured(1);
    return path;
}

bool run(QWidget *parent, const QSqlDatabase &db, const QString &caption, const QString &name, const Read &read)
{
    const QString path = askSavePath(parent, caption, name,
                                     QCoreApplication::translate("SpreadsheetExport", "Excel workbook (*.xlsx);;CSV file (*.csv)"));
    return !path.isEmpty() && writeTo(parent, db, path, caption, read);
}

bool writeTo(QWidget *parent, const QSqlDatabase &db, const QString &path, const QString &caption, const Read &read)
{
    QString error;
    bool written = false;
    const QString connection = db.connectionName();
    const bool finished = BackgroundWork::runOnConnection(
        parent, QCoreApplication::translate("SpreadsheetExport", "Writing %1…").arg(QDir::toNativeSeparators(path)), connection, &error,
        [&](const QSqlDatabase &worker, const WorkProgress &progress) {
            const TableExport::Table table = read(worker, &error);
            if (!error.isEmpty() || !keepGoing(progress, 0, 0))
                return;
            const bool workbook = path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
            if (!DataExport::recordExport(worker, table, workbook ? QStringLiteral("xlsx") : QStringLiteral("csv"), &error))
                return;
            written = workbook ? TableExport::writeXlsx(table, path, &error) : TableExport::writeCsv(table, path, &error);
        });
    if (!finished)
        return false; // cancelled: nothing written
    if (!written && !error.isEmpty())
        QMessageBox::warning(parent, caption, error);
    return written;
}

} // namespace khana::SpreadsheetExport
