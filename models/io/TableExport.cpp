#include "TableExport.h"

#include "domain/DisplayConventions.h"
#include "itemmodels/ItemRoles.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#include <xlsxwriter.h>

namespace khana::TableExport {

namespace {

bool isNumber(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

QString csvField(const QVariant &v)
{
    if (isNumber(v))
        return v.typeId() == QMetaType::Double ? QString::number(v.toDouble(), 'g', 15) : v.toString();
    // As the user writes dates (03/05/2567 in the Buddhist Era); Khana's imports read them back.
    if (v.typeId() == QMetaType::QDate)
        return DisplayConventions::current().dates().shortDate(v.toDate());
    QString text = neutralised(v.toString());
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))
        || text.contains(QLatin1Char('\t'))) {
        text.replace(QLatin1Char('"'), QLatin1String("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

// Excel refuses sheet names longer than 31 characters or containing []:*?/\ .
QByteArray sheetName(const QString &name)
{
    QString safe = name;
    for (QChar c : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        safe.replace(c, QLatin1Char(' '));
    safe = safe.trimmed().left(31);
    return (safe.isEmpty() ? QStringLiteral("Sheet1") : safe).toUtf8();
}

} // namespace

Table fromModel(const QAbstractItemModel &model, const QString &name)
{
    Table table;
    table.name = name;
    for (int c = 0; c < model.columnCount(); ++c)
        table.headers.append(model.headerData(c, Qt::Horizontal).toString());
    for (int r = 0; r < model.rowCount(); ++r) {
        QVariantList row;
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex index = model.index(r, c);
            const QVariant raw = index.data(ItemRole::Raw);
            row.append(raw.isValid() ? raw : index.data(Qt::DisplayRole));
        }
        table.rows.append(row);
    }
    return table;
}

QString neutralised(const QString &text)
{
    // Spreadsheets skip leading spaces and invisible characters and read the full-width forms
    // of = + - @ as formula starters too, so the first character that shows decides.
    auto ignorable = [](QChar c) {
        return c == u' ' || c == u'\u00A0' || c == u'\u3000' || c == u'\u200B' || c == u'\u200C' || c == u'\u200D'
            || c == u'\u2060' || c == u'\uFEFF' || c.category() == QChar::Other_Format;
    };
    qsizetype i = 0;
    while (i < text.size() && ignorable(text.at(i)))
        ++i;
    if (i == text.size())
        return text;
    const QChar first = text.at(i);
    const bool starter = first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r'
        || first == u'\n' || first == u'\uFF1D' || first == u'\uFF0B' || first == u'\uFF0D' || first == u'\uFF20';
    return starter ? QLatin1Char('\'') + text : text;
}

bool writeCsv(const Table &table, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("TableExport", "%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QByteArray out("\xEF\xBB\xBF");
    auto line = [&out](const QStringList &fields) { out += fields.join(QLatin1Char(',')).toUtf8() + "\r\n"; };
    QStringList header;
    for (const QString &h : table.headers)
        header.append(csvField(h));
    line(header);
    for (const QVariantList &row : table.rows) {
        QStringList fields;
        for (const QVariant &v : row)
            fields.append(csvField(v));
        line(fields);
    }
    file.write(out);
    if (!file.commit()) {
        *error = QCoreApplication::translate("TableExport", "%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool writeXlsx(const Table &table, const QString &path, QString *error)
{
    // libxlsxwriter writes the file when the workbook closes; it goes to a new name beside the
    // target first so a failure leaves the old file as it was.
    const QFileInfo target(path);
    QString partial;
    {
        QTemporaryFile reserve(target.absolutePath() + QStringLiteral("/.khana-export-XXXXXX.xlsx"));
        if (!reserve.open()) {
            *error = QCoreApplication::translate("TableExport", "%1 could not be written: %2").arg(QDir::toNativeSeparators(path), reserve.errorString());
            return false;
        }
        partial = reserve.fileName();
    }
    const QByteArray partialName = QFile::encodeName(partial);
    lxw_workbook *workbook = workbook_new(partialName.constData());
    if (!workbook) {
        *error = QCoreApplication::translate("TableExport", "%1 could not be written.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    const QByteArray name = sheetName(table.name);
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, name.constData());
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format *date = workbook_add_format(workbook);
    // A real date, sortable and computable, shown in the user's era: Excel's calendar code 07 is
    // the Thai Buddhist calendar (041E: Thai), so 2024-05-03 shows as 03/05/2567.
    const bool buddhist = DisplayConventions::current().dates().era() == Era::Buddhist;
    format_set_num_format(date, buddhist ? "[$-107041E]dd/mm/yyyy" : "dd/mm/yyyy");
    for (int c = 0; c < table.headers.size(); ++c) {
        worksheet_write_string(sheet, 0, lxw_col_t(c), table.headers.at(c).toUtf8().constData(), bold);
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), 18, nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    for (int r = 0; r < table.rows.size(); ++r) {
        const QVariantList &row = table.rows.at(r);
        const auto sheetRow = lxw_row_t(r + 1);
        for (int c = 0; c < row.size(); ++c) {
            const QVariant &v = row.at(c);
            if (isNumber(v)) {
                worksheet_write_number(sheet, sheetRow, lxw_col_t(c), v.toDouble(), nullptr);
            } else if (v.typeId() == QMetaType::QDate && v.toDate().isValid()) {
                const QDate d = v.toDate();
                lxw_datetime when{d.year(), d.month(), d.day(), 0, 0, 0};
                worksheet_write_datetime(sheet, sheetRow, lxw_col_t(c), &when, date);
            } else if (!v.toString().isEmpty()) {
                // Strings are stored as strings: a workbook never runs them as formulas.
                worksheet_write_string(sheet, sheetRow, lxw_col_t(c), v.toString().toUtf8().constData(), nullptr);
            }
        }
    }
    const lxw_error closed = workbook_close(workbook);
    if (closed != LXW_NO_ERROR) {
        QFile::remove(partial);
        *error = QCoreApplication::translate("TableExport", "%1 could not be written: %2")
                     .arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(closed)));
        return false;
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        *error = QCoreApplication::translate("TableExport", "%1 could not be written.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

} // namespace khana::TableExport
